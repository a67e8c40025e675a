"""What strangers and odd payloads do to /slack/events, with the real runtime and a real store behind it."""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from dataclasses import replace

import pytest

from bot.settings import Settings
from tandem.server import start_server
from tandem.testing.polling import wait_for
from tandem.testing.slack.client import SlackClient
from tandem.testing.slack.payloads import SECRET, dm
from tests.slack.test_slack_story import FAST, slack_env

CUSTOMER_DM = "D0ADA"


@pytest.fixture(params=["sqlite", "postgres"])
async def running(request, standin, tmp_path, schema_or_none):
    settings = Settings.from_env(slack_env(standin, tmp_path / "tandem.db", 3000))
    if request.param == "postgres":
        settings = replace(settings, database_url=await schema_or_none())
    server = await start_server(replace(settings, port=0), timings=FAST)
    client = SlackClient(server.url)
    try:
        yield server, client
    finally:
        await client.close()
        await server.stop()


@pytest.fixture
async def schema_or_none():
    from tests.pg import create_schema, database_url_for_tests, drop_schema

    made: list[str] = []

    async def make() -> str:
        made.append(await create_schema())
        return f"{database_url_for_tests()}?search_path={made[-1]}"

    yield make
    for name in made:
        await drop_schema(name)


@pytest.mark.slow
async def test_half_an_emoji_is_stored_as_a_replacement_character_and_the_message_answered(running, standin):
    _, client = running
    broken = dm("where is my order? \ud83d")  # a lone surrogate: JSON "\ud83d" without its pair
    assert (await client.event(broken)).status == 200
    await wait_for(lambda: standin.posts(CUSTOMER_DM), what="the answer")
    assert "1001" in standin.posts(CUSTOMER_DM)[0]["text"]
    assert (await client.event(dm("thanks!"))).status == 200
    await wait_for(lambda: len(standin.posts(CUSTOMER_DM)) == 2, what="the next answer")


# the status, the body, and its headers (or the content type to sign it with: None for JSON)
STRANGERS: dict[str, tuple[int, str | bytes, dict[str, str] | str | None]] = {
    "no signature, garbage JSON": (401, "{not json", {"Content-Type": "application/json"}),
    "no signature, a JSON list": (401, "[1, 2]", {"Content-Type": "application/json"}),
    "a timestamp that is not a number": (401, "{}",
                                         {"Content-Type": "application/json", "X-Slack-Request-Timestamp": "soon",
                                          "X-Slack-Signature": "v0=00"}),
    "a signature of another length": (401, "{}",
                                      {"Content-Type": "application/json",
                                       "X-Slack-Request-Timestamp": str(int(time.time())),
                                       "X-Slack-Signature": "v0=\u00e9"}),
    "a huge timestamp": (401, "{}",
                         {"Content-Type": "application/json", "X-Slack-Request-Timestamp": "9" * 40,
                          "X-Slack-Signature": "v0=00"}),
    "signed garbage JSON": (400, "{not json", None),
    "signed JSON that is a list": (400, "[1, 2]", None),
    "signed form with a garbage payload": (400, "payload=%7Bnope", "application/x-www-form-urlencoded"),
    "signed body that is not UTF-8": (400, b"\xff\xfe{}", None),
    "signed text/plain": (400, "hello", "text/plain"),
}


@pytest.mark.parametrize("case", STRANGERS, ids=list(STRANGERS))
async def test_strangers_and_garbage_get_a_4xx_and_one_log_line_never_a_500(served, case, caplog):
    status, body, headers = STRANGERS[case]
    raw = body if isinstance(body, bytes) else body.encode()
    if headers is None or isinstance(headers, str):
        headers = signed_bytes(raw, headers or "application/json")
    caplog.set_level(logging.DEBUG)
    async with served.client.session.post(served.client.url, data=raw, headers=headers) as response:
        assert response.status == status
    assert served.runtime.received == []
    assert [r.levelname for r in caplog.records if r.levelno >= logging.WARNING] == ["WARNING"]
    assert "Traceback" not in caplog.text and "refused" in caplog.text


def signed_bytes(body: bytes, content_type: str) -> dict[str, str]:
    timestamp = str(int(time.time()))
    digest = hmac.new(SECRET.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": f"v0={digest}"}


async def test_a_flood_of_unsigned_requests_is_logged_a_few_lines_at_a_time(served, caplog):
    caplog.set_level(logging.WARNING)
    for _ in range(40):
        assert (await served.client.raw("{}", {"Content-Type": "application/json"})).status == 401
    assert 1 <= len(caplog.records) <= 10


async def test_signed_events_the_bot_does_not_use_are_acknowledged_so_slack_does_not_retry(served):
    reaction = {
        "type": "reaction_added",
        "user": "U0ADA",
        "reaction": "thumbsup",
        "item": {"type": "message", "channel": "D0ADA", "ts": "1.2"},
        "event_ts": "1.3",
    }
    assert (await served.client.event(reaction)).status == 200
    shortcut = {
        "type": "shortcut",
        "callback_id": "nope",
        "trigger_id": "1.2",
        "user": {"id": "U0ADA"},
        "team": {"id": "T0TEST"},
    }
    assert (await served.client.action(shortcut)).status == 200
    assert served.runtime.received == []
