"""The public server bounds what a connection may take: a request's headers and body must arrive in
time, and a body must be small. Raw sockets on loopback play the slow or greedy client."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from dataclasses import replace

import pytest

from bot.settings import Settings
from tandem.server import start_server
from tests.slack.test_slack_story import FAST, slack_env

IDLE, READ = 0.5, 0.5


@pytest.fixture
async def server(standin, tmp_path):
    settings = Settings.from_env(slack_env(standin, tmp_path / "tandem.db", 3000))
    running = await start_server(
        replace(settings, port=0, http_idle_seconds=IDLE, http_read_seconds=READ), timings=FAST
    )
    try:
        yield running
    finally:
        await running.stop()


async def closed_within(sock: socket.socket, seconds: float) -> bytes:
    """Everything the server sent until it closed the connection; fails if it is still open after ``seconds``."""
    loop = asyncio.get_running_loop()
    received = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        chunk = await asyncio.wait_for(loop.sock_recv(sock, 4096), deadline - time.monotonic())
        if not chunk:
            return received
        received += chunk
    raise AssertionError(f"the connection was still open after {seconds} s")


def connect(server) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.setblocking(False)
    return sock


@pytest.mark.slow
async def test_a_connection_that_never_finishes_its_headers_is_closed(server):
    with connect(server) as sock:
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: tandem\r\nX-Slack-Signature: v0=")
        assert await closed_within(sock, IDLE + 5) == b""


@pytest.mark.slow
async def test_a_connection_that_sends_nothing_is_closed(server):
    with connect(server) as sock:
        assert await closed_within(sock, IDLE + 5) == b""


@pytest.mark.slow
async def test_a_body_that_never_arrives_gets_408_and_the_connection_is_closed(server, caplog):
    caplog.set_level(logging.WARNING)
    with connect(server) as sock:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: tandem\r\nContent-Type: application/json\r\n"
            b"Content-Length: 500\r\n\r\n{\"type\":"
        )
        answer = await closed_within(sock, READ + 5)
    assert answer.startswith(b"HTTP/1.1 408")
    assert "did not send its request body" in caplog.text and "Traceback" not in caplog.text


async def test_a_huge_body_gets_413(server):
    with connect(server) as sock:
        body = b"x" * (2 * 1024 * 1024)
        head = b"POST /slack/events HTTP/1.1\r\nHost: tandem\r\nContent-Type: application/json\r\n"
        sock.sendall(head + b"Content-Length: %d\r\n\r\n" % len(body))
        loop = asyncio.get_running_loop()
        with contextlib.suppress(ConnectionError, OSError):  # the server may stop reading once it has refused it
            await asyncio.wait_for(loop.sock_sendall(sock, body), 5)
        answer = await closed_within(sock, 5)
    assert answer.startswith(b"HTTP/1.1 413")


async def test_an_ordinary_request_is_not_held_up(server):
    import aiohttp

    async with aiohttp.ClientSession() as session:
        for _ in range(3):  # the same kept-alive connection
            async with session.get(f"{server.url}/healthz") as response:
                assert response.status == 200


async def get_json(url: str) -> tuple[int, dict]:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


async def test_readyz_says_the_database_and_slack_are_reachable(server, standin):
    status, body = await get_json(f"{server.url}/readyz")
    assert status == 200
    assert body == {
        "ready": True,
        "database": "ok",
        "platforms": {"slack": {"mode": "http", "web_api": "ok", "ready": True}},
    }


async def test_readyz_says_not_ready_while_slacks_web_api_is_down_and_healthz_stays_cheap(server, standin):
    await standin.stop()  # Slack's Web API is away
    status, body = await get_json(f"{server.url}/readyz")
    assert status == 503 and body["ready"] is False and body["database"] == "ok"
    assert body["platforms"]["slack"]["ready"] is False and body["platforms"]["slack"]["web_api"].startswith(
        "unreachable"
    )
    status, _ = await get_json(f"{server.url}/healthz")
    assert status == 200  # liveness: the process and its database are fine


async def test_readyz_asks_slack_at_most_every_few_seconds(server, standin):
    for _ in range(5):
        assert (await get_json(f"{server.url}/readyz"))[0] == 200
    assert len(standin.of("auth.test")) == 2  # one at start-up, one for the five checks
