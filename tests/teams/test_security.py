"""Who may talk to /api/messages: with credentials, only requests whose Bot Framework token the SDK
accepts; without, only callers on this machine. A refused request changes nothing."""

from __future__ import annotations

import socket

import aiohttp
import pytest

from adapters.teams.auth import CloudEndpoints
from adapters.teams.inbound import where
from bot.models import Person, conversation_id_for
from tandem.testing.teams import payloads as p
from tandem.testing.teams.tokens import TokenService

from .harness import open_world

APP_ID = "0b6f1c5e-2d3a-4e8b-9f7a-1c2d3e4f5a6b"


@pytest.fixture
def tokens():
    service = TokenService().start()
    try:
        yield service
    finally:
        service.stop()


async def open_with_credentials(standin, tokens, tmp_path):
    """The Teams endpoint with app credentials, trusting the local token service's signing keys."""
    return await open_world(
        standin,
        f"sqlite:///{tmp_path / 'tandem.db'}",
        adapter_options={"endpoints": CloudEndpoints(openid_metadata_url=tokens.metadata_url)},
        TEAMS_ENABLED="",
        TEAMS_APP_ID=APP_ID,
        TEAMS_APP_PASSWORD="not-a-real-secret",
        TEAMS_APP_TENANT_ID=p.TENANT,
    )


@pytest.fixture
async def secured(standin, tokens, tmp_path):
    world = await open_with_credentials(standin, tokens, tmp_path)
    try:
        yield world
    finally:
        await world.close()


async def nothing_happened(world, activity) -> bool:
    sender = p.ADA if activity["from"]["id"] == p.ADA["id"] else activity["from"]
    conversation = conversation_id_for(where(activity), Person(sender["id"]))
    return world.standin.calls == [] and await world.server.store.conversation(conversation) is None


BAD_TOKENS = {
    "no Authorization header": lambda t, url: {},
    "not a JWT": lambda t, url: {"Authorization": "Bearer not.a.token"},
    "another scheme": lambda t, url: {"Authorization": "Basic " + t.token(APP_ID, url)},
    "signed with an unpublished key": lambda t, url: t.header(APP_ID, url, signed_by=t.other_key),
    "for another bot": lambda t, url: t.header("11111111-2222-3333-4444-555555555555", url),
    "from another issuer": lambda t, url: t.header(APP_ID, url, issuer="https://sts.example.com/"),
    "expired": lambda t, url: t.header(APP_ID, url, expires_in=-600),
    "for another service URL": lambda t, url: t.header(APP_ID, "https://smba.example.com/elsewhere/"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", BAD_TOKENS, ids=list(BAD_TOKENS))
async def test_with_credentials_a_missing_or_bad_token_gets_401_and_nothing_is_processed(
    secured, standin, tokens, case
):
    activity = p.personal_message(standin.url, "I want to talk to a person")
    status, body = await secured.post(activity, headers=BAD_TOKENS[case](tokens, standin.url))

    assert status == 401 and body == {"error": "unauthorized"}
    await secured.server.runtime.idle()
    assert await nothing_happened(secured, activity)


async def test_with_credentials_a_valid_token_is_accepted(secured, standin, tokens):
    installed = p.bot_added_to_team(standin.url)
    status, _ = await secured.post(installed, headers=tokens.header(APP_ID, standin.url))
    assert status == 200
    assert tokens.fetches >= 2  # the SDK read the signing keys to check the signature
    upgraded = dict(installed, type="installationUpdate", action="add-upgrade", id=p.next_id())
    del upgraded["membersAdded"]
    status, _ = await secured.post(upgraded, headers=tokens.header(APP_ID, standin.url))
    assert status == 200
    assert standin.calls == []


async def test_without_credentials_startup_says_the_endpoint_is_unauthenticated(standin, tmp_path, caplog):
    caplog.set_level("WARNING", logger="adapters.teams")
    world = await open_world(standin, f"sqlite:///{tmp_path / 'tandem.db'}")
    try:
        assert "UNAUTHENTICATED" in caplog.text and "from this machine only" in caplog.text
        assert (await (await world.session.get(f"{world.server.url}/healthz")).json())["platforms"]["teams"][
            "mode"
        ] == "loopback-only"
    finally:
        await world.close()


FORWARDING_HEADERS = {
    "Forwarded": "for=203.0.113.9;proto=https",
    "X-Forwarded-For": "203.0.113.9",
    "X-Forwarded-Host": "tandem.example.com",
    "X-Forwarded-Proto": "https",
    "X-Real-IP": "203.0.113.9",
    "X-Client-IP": "203.0.113.9",
    "True-Client-IP": "203.0.113.9",
    "CF-Connecting-IP": "203.0.113.9",
    "x-forwarded-port": "443",
    "Via": "1.1 proxy.example.com",
}


@pytest.mark.slow
@pytest.mark.parametrize("header", FORWARDING_HEADERS, ids=list(FORWARDING_HEADERS))
async def test_without_credentials_a_request_forwarded_by_a_proxy_is_refused(world, standin, header):
    activity = p.personal_message(standin.url, "hello")
    status, body = await world.post(activity, headers={header: FORWARDING_HEADERS[header]})
    assert status == 403 and "forwarded by a proxy" in body["error"]
    assert await nothing_happened(world, activity)


def outside_address() -> str | None:
    """This machine's address on a real network interface (no packet is sent), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.123", 9))
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


async def test_without_credentials_callers_from_other_machines_are_refused(standin, tmp_path):
    address = outside_address()
    if address is None:
        pytest.skip("this machine has no network interface besides loopback")
    world = await open_world(standin, f"sqlite:///{tmp_path / 'tandem.db'}", HOST="0.0.0.0")
    try:
        activity = p.personal_message(standin.url, "hello")
        url = f"http://{address}:{world.server.port}/api/messages"
        async with aiohttp.ClientSession() as session, session.post(url, json=activity) as response:
            assert response.status == 403
            assert "not on this machine" in (await response.json())["error"]
        assert await nothing_happened(world, activity)
        assert await world.say(activity) == 200  # the same request from loopback is served
    finally:
        await world.close()


class FakeAppCredentials:
    """Stands in for the SDK's MSAL-backed app credentials (which only talk to login.microsoftonline.com)."""

    def __init__(self, app_id: str) -> None:
        self.microsoft_app_id = app_id
        self.token_threads: list[str] = []

    def get_access_token(self, force_refresh: bool = False) -> str:
        import threading

        self.token_threads.append(threading.current_thread().name)
        return "bot-token-123"

    def signed_session(self, session=None):
        session.headers["Authorization"] = f"Bearer {self.get_access_token()}"
        return session


async def test_with_credentials_a_valid_customer_message_is_answered_with_the_bots_own_token(
    standin, tokens, tmp_path, monkeypatch
):
    from adapters.teams.auth import CachingCredentialFactory

    made: list[FakeAppCredentials] = []

    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate_authority):
        made.append(FakeAppCredentials(app_id))
        return made[-1]

    monkeypatch.setattr(CachingCredentialFactory.__bases__[0], "create_credentials", create_credentials)
    world = await open_with_credentials(standin, tokens, tmp_path)
    try:
        for text in ("where is my order?", "thanks"):
            status, _ = await world.post(
                p.personal_message(standin.url, text), headers=tokens.header(APP_ID, standin.url)
            )
            assert status == 200
            await world.server.runtime.idle()
    finally:
        await world.close()

    kinds = [c.kind for c in standin.calls]
    assert kinds.count("send") == 2 and "member" in kinds
    assert {c.headers.get("Authorization") for c in standin.calls} == {"Bearer bot-token-123"}
    assert len(made) == 1 and made[0].microsoft_app_id == APP_ID  # one set of credentials, kept
    assert any(name != "MainThread" for name in made[0].token_threads)  # fetched off the event loop
