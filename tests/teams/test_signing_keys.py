"""Checking a Teams token never blocks the event loop: the signing keys are fetched in a thread with a
timeout, kept, and refreshed in the background. A forged token while Microsoft's key endpoint hung once
froze Slack, Teams and /healthz; a token without ``exp`` was accepted for ever."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import aiohttp
import pytest

from adapters.teams.auth import CloudEndpoints
from adapters.teams.signing_keys import KeyPolicy, KeysUnavailable, SigningKeys
from bot.settings import Settings
from tandem.platforms import slack_adapter, teams_adapter
from tandem.server import start_server
from tandem.testing.playground import FAST
from tandem.testing.polling import wait_for
from tandem.testing.slack import payloads as slack_payloads
from tandem.testing.slack.standin import SlackStandin
from tandem.testing.teams import payloads as p
from tandem.testing.teams.tokens import TokenService

from .test_security import APP_ID, open_with_credentials, tokens  # noqa: F401 (the fixture)

QUICK = KeyPolicy(timeout=0.5, max_age=3600, unknown_every=300)
HANG = 10.0  # seconds the hanging key endpoint holds a request before it drops it


class HangingKeyEndpoint:
    """A key endpoint that accepts connections and never answers (until the test ends)."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.requests = 0
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                endpoint.requests += 1
                endpoint.released.wait(HANG)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1/.well-known/openidconfiguration"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def close(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hanging():
    endpoint = HangingKeyEndpoint()
    try:
        yield endpoint
    finally:
        endpoint.close()


@pytest.mark.slow
async def test_a_forged_token_while_the_key_endpoint_hangs_holds_up_nothing_else(standin, hanging, tmp_path):
    slack = await SlackStandin().start()
    slack.add_user("U0ADA", "Ada Lovelace", "ada@example.com", display_name="Ada")
    settings = replace(
        Settings.from_env(
            {
                "TEAMS_APP_ID": APP_ID,
                "TEAMS_APP_PASSWORD": "not-a-real-secret",
                "TEAMS_APP_TENANT_ID": p.TENANT,
                "TEAMS_SERVICE_URL": standin.url,
                "SLACK_BOT_TOKEN": "xoxb-test-token",
                "SLACK_SIGNING_SECRET": slack_payloads.SECRET,
                "SLACK_API_URL": slack.url,
                "TANDEM_AGENT_CHANNEL": "slack:C0AGENTS",
                "DATABASE_URL": f"sqlite:///{tmp_path / 'tandem.db'}",
                "HOST": "127.0.0.1",
            }
        ),
        port=0,
    )
    teams = teams_adapter(
        settings, endpoints=CloudEndpoints(openid_metadata_url=hanging.url), key_policy=QUICK
    )
    server = await start_server(settings, adapters=[slack_adapter(settings), teams], timings=FAST)
    forger = TokenService()  # its keys are published nowhere
    try:
        async with aiohttp.ClientSession() as session:
            forged = forger.header(APP_ID, standin.url)
            started = time.monotonic()
            teams_call = asyncio.ensure_future(
                session.post(f"{server.url}/api/messages", json=p.personal_message(standin.url, "hi"), headers=forged)
            )
            await wait_for(lambda: hanging.requests >= 1, what="the key fetch to start")
            async with session.get(f"{server.url}/healthz") as health:
                assert health.status == 200
            body, headers = slack_payloads.event_request(
                slack_payloads.event_callback(slack_payloads.dm("where is my order?"))
            )
            async with session.post(f"{server.url}/slack/events", data=body.encode(), headers=headers) as answered:
                assert answered.status == 200
            assert time.monotonic() - started < HANG / 2  # answered while the key fetch still hangs
            await wait_for(lambda: slack.posts("D0ADA"), what="the Slack answer")

            refused = await teams_call
            assert refused.status == 503  # no key to check it with: Teams would send it again, nothing stored
            refused.release()
        assert standin.calls == []
    finally:
        await server.stop()
        await slack.stop()


async def test_a_token_without_an_expiry_is_refused(standin, tokens, tmp_path):  # noqa: F811
    world = await open_with_credentials(standin, tokens, tmp_path)
    try:
        import jwt

        claims = {
            "iss": "https://api.botframework.com",
            "aud": APP_ID,
            "serviceurl": standin.url,
            "nbf": int(time.time()) - 60,
        }
        forever = jwt.encode(claims, tokens.key, algorithm="RS256", headers={"kid": tokens.kid})
        status, body = await world.post(
            p.personal_message(standin.url, "hi"), headers={"Authorization": f"Bearer {forever}"}
        )
        assert status == 401 and body == {"error": "unauthorized"}
        assert await world.say(p.personal_message(standin.url, "hi")) == 401  # and no token at all, as before
        status, _ = await world.post(p.personal_message(standin.url, "hi"), headers=tokens.header(APP_ID, standin.url))
        assert status == 200  # the same key with an expiry is fine
    finally:
        await world.close()


class BlockingFetch:
    """A key fetch that blocks its thread until released, counting how often it was started."""

    def __init__(self, document: dict | None = None) -> None:
        self.release = threading.Event()
        self.started = 0
        self.document = document or TokenService().jwks()

    def __call__(self, url: str, timeout: float) -> dict:
        self.started += 1
        if not self.release.wait(10):
            raise TimeoutError("never released")
        return self.document


@pytest.mark.slow
async def test_many_tokens_waiting_for_the_keys_share_one_fetch_and_the_loop_stays_free():
    fetch = BlockingFetch()
    keys = SigningKeys("https://keys.example/", QUICK, fetch=fetch)
    ticks = 0

    async def ticking() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)  # a heartbeat: each tick is one pass of the event loop

    ticker = asyncio.ensure_future(ticking())
    try:
        results = await asyncio.gather(*(keys.get("k") for _ in range(20)), return_exceptions=True)
    finally:
        ticker.cancel()
        fetch.release.set()
    assert all(isinstance(r, KeysUnavailable) for r in results)
    assert fetch.started == 1 and ticks >= 10  # one fetch; the loop kept turning while the keys were awaited


async def test_kept_keys_serve_at_once_are_refreshed_in_the_background_and_unknown_ids_do_not_refetch_each_time():
    service = TokenService()
    fetch = BlockingFetch(service.jwks())
    now = [0.0]
    keys = SigningKeys("https://keys.example/", QUICK, fetch=fetch, clock=lambda: now[0])
    fetch.release.set()
    assert (await keys.get(service.kid)).endorsements == ["msteams"]
    assert fetch.started == 1

    assert await keys.get("made-up") is None  # looked once for a rolled-over key ...
    assert await keys.get("made-up-too") is None  # ... not again for a while
    assert fetch.started == 2

    fetch.release.clear()
    now[0] += QUICK.max_age + 1  # stale: refreshed in the background while the kept keys serve
    assert (await keys.get(service.kid)) is not None and not keys.fresh
    await wait_for(lambda: fetch.started == 3, what="the background refresh")
    fetch.release.set()
    await wait_for(lambda: keys.fresh, what="the refreshed keys")
