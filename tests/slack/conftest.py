"""Slack test kit: the Web API stand-in, a signed-request client, and the adapter served on loopback."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from adapters.slack import SlackAdapter
from adapters.slack.api import RetryPolicy, WebApi
from bot.models import Address, Inbound, Person, State, conversation_id_for
from bot.platform import Receipt
from bot.ports import StoreError
from bot.store import MemoryStore
from tandem.testing.slack import SlackClient, SlackStandin
from tandem.testing.slack.payloads import SECRET

AGENTS = "C0AGENTS"
INSTANT = RetryPolicy(attempts=4, base_delay=0.0, max_delay=0.0)


class NoSleep:
    """Stands in for asyncio.sleep in the retry policy: records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
async def standin():
    server = await SlackStandin().start()
    server.add_user("U0ADA", "Ada Lovelace", "ada@example.com", display_name="Ada")
    server.add_user("U0SAM", "Sam Rivera", "sam@support.example.com", display_name="Sam")
    server.add_user("U0BEA", "Bea Okafor", "bea@example.com", display_name="Bea")
    try:
        yield server
    finally:
        await server.stop()


@dataclass
class RecordingRuntime:
    """The runtime's inbound side, recorded: what the adapter handed over, with a real store behind it."""

    store: Any = field(default_factory=MemoryStore)
    received: list[Inbound] = field(default_factory=list)
    problem: str | None = None
    broken: bool = False
    seen: set[str] = field(default_factory=set)

    async def receive(self, item: Inbound) -> Receipt:
        if self.broken:
            raise StoreError("database is locked")
        if self.problem:
            return Receipt(accepted=False, problem=self.problem)
        if item.event_id in self.seen:
            return Receipt(accepted=False, duplicate=True)
        self.seen.add(item.event_id)
        self.received.append(item)
        return Receipt(accepted=True)

    async def in_conversation(self, where: Address, person: Person) -> bool:
        return await self.store.conversation(conversation_id_for(where, person)) is not None

    async def with_people(self, where: Address, person: Person) -> bool:
        conversation = await self.store.conversation(conversation_id_for(where, person))
        return conversation is not None and conversation.state is not State.BOT


@dataclass
class Served:
    adapter: SlackAdapter
    runtime: RecordingRuntime
    client: SlackClient
    sleeps: NoSleep
    runner: web.AppRunner


def make_adapter(standin: SlackStandin, sleeps: NoSleep | None = None, **kw: Any) -> SlackAdapter:
    options: dict[str, Any] = {"signing_secret": SECRET, "api_url": standin.url, "agent_channel": AGENTS}
    options.update(kw)
    return SlackAdapter("xoxb-test-token", web_api=WebApi(INSTANT, sleep=sleeps or NoSleep()), **options)


@pytest.fixture
def sleeps():
    """The retry policy's waits, recorded instead of waited."""
    return NoSleep()


@pytest.fixture
async def messenger(standin, sleeps):
    """The Slack adapter's Messenger, against the stand-in, retrying at once."""
    adapter = make_adapter(standin, sleeps)
    yield adapter.messenger
    await adapter.stop()


@pytest.fixture
async def served(standin):
    """The Slack adapter alone on loopback, in front of a recording runtime."""
    sleeps = NoSleep()
    adapter = make_adapter(standin, sleeps)
    runtime = RecordingRuntime()
    app = web.Application()
    await adapter.start(runtime, app)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    client = SlackClient(f"http://127.0.0.1:{runner.addresses[0][1]}")
    try:
        yield Served(adapter, runtime, client, sleeps, runner)
    finally:
        await client.close()
        await runner.cleanup()
        await adapter.stop()
