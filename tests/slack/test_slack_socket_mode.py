"""Socket Mode over a loopback WebSocket: envelopes in, acknowledgements (by envelope_id) out."""

from __future__ import annotations

import json

import aiohttp
import pytest
from aiohttp import web

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import block_actions, dm, event_callback
from tests.slack.conftest import AGENTS, RecordingRuntime, make_adapter


class CountingRuntime(RecordingRuntime):
    attempts: int = 0

    async def receive(self, item):
        self.attempts += 1
        return await super().receive(item)


@pytest.fixture
async def socket_mode(standin):
    adapter = make_adapter(standin, signing_secret=None, app_token="xapp-1-A0TANDEM-1-test")
    runtime = CountingRuntime()
    app = web.Application()
    await adapter.start(runtime, app)
    await wait_for(lambda: adapter.socket.sessions == 1, what="the Socket Mode hello")
    try:
        yield adapter, runtime, app
    finally:
        await adapter.stop()


def envelope(payload: dict, kind: str = "events_api", envelope_id: str = "env-1", retry: int = 0) -> dict:
    return {
        "envelope_id": envelope_id,
        "payload": payload,
        "type": kind,
        "accepts_response_payload": False,
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
    }


def acked(standin, envelope_id: str) -> bool:
    return any(a.get("envelope_id") == envelope_id for a in standin.acks)


async def test_an_event_envelope_is_handed_to_the_runtime_and_acknowledged(socket_mode, standin):
    adapter, runtime, _ = socket_mode
    assert standin.of("apps.connections.open")[0].token == "xapp-1-A0TANDEM-1-test"
    event = event_callback(dm("where is my order?"), event_id="Ev0SOCKET")
    await standin.push(envelope(event, envelope_id="env-1"))
    await wait_for(lambda: acked(standin, "env-1"), what="the ack of env-1")
    assert [i.text for i in runtime.received] == ["where is my order?"]

    await standin.push(envelope(event, envelope_id="env-2", retry=1))  # Slack's retry of the same event
    await wait_for(lambda: acked(standin, "env-2"), what="the ack of the retry")
    assert len(runtime.received) == 1
    assert adapter.health() == {"mode": "socket", "socket": {"connected": True, "connections": 1}}


async def test_an_envelope_that_cannot_be_persisted_is_not_acknowledged(socket_mode, standin):
    _, runtime, _ = socket_mode
    runtime.broken = True
    await standin.push(envelope(event_callback(dm("hello")), envelope_id="env-lost"))
    await wait_for(lambda: runtime.attempts == 1, what="the attempt")
    runtime.broken = False
    await standin.push(envelope(event_callback(dm("hello again")), envelope_id="env-next"))
    await wait_for(lambda: acked(standin, "env-next"), what="the next ack")
    assert not acked(standin, "env-lost")  # Slack will deliver it again


async def test_a_button_press_over_the_socket_is_acknowledged(socket_mode, standin):
    _, runtime, _ = socket_mode
    value = json.dumps({"conversation_id": "c_1", "handoff_id": "h_1"})
    press = block_actions("tandem_claim", value, "U0SAM", AGENTS, "1800000000.000001")
    await standin.push(envelope(press, kind="interactive", envelope_id="env-click"))
    await wait_for(lambda: acked(standin, "env-click"), what="the ack of the click")
    assert [i.action.value for i in runtime.received] == ["claim"]


async def test_without_a_signing_secret_there_is_no_http_endpoint(socket_mode):
    _, _, app = socket_mode
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"
            async with session.post(url, json=event_callback(dm("unsigned"))) as response:
                assert response.status == 404
    finally:
        await runner.cleanup()
