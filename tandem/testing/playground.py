"""An in-process playground for tests: the real runtime, the local messenger, records captured."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adapters.local.messenger import LocalMessenger
from bot.ports import Store
from bot.runtime.runtime import Runtime, Timings
from bot.settings import Settings
from bot.store import MemoryStore
from tandem.app import build_runtime
from tandem.commands.playground import ChatSession

FAST = Timings(sweep_every=0.02, stalled_after=0.05, purge_every=3600)


@dataclass
class Playground:
    runtime: Runtime
    store: Store
    session: ChatSession
    records: list[dict] = field(default_factory=list)
    seen: int = 0

    async def say(self, text: str) -> list[dict]:
        """Type a line (customer text or an agent command); the records it produced."""
        await self.session.handle(text)
        return self.new()

    def new(self) -> list[dict]:
        fresh = self.records[self.seen :]
        self.seen = len(self.records)
        return fresh

    async def conversation(self):
        return await self.store.conversation(self.session.conversation_id)

    async def swept(self) -> None:
        """One sweep, and the work it started done."""
        await self.runtime.sweep()
        await self.runtime.idle()

    async def close(self) -> None:
        await self.runtime.stop()
        await self.store.close()


async def playground(
    email: str = "ada@example.com",
    store: Store | None = None,
    settings: Settings | None = None,
    messenger: Any = None,
    clock: Any = None,
    **env: str,
) -> Playground:
    settings = settings or Settings.from_env({"DATABASE_URL": "memory://", **env})
    records: list[dict] = []
    local = messenger or LocalMessenger(records.append)
    extra = {"clock": clock} if clock is not None else {}
    runtime, opened = await build_runtime(
        settings, {"local": local}, local_agents=True, store=store or MemoryStore(), timings=FAST, **extra
    )
    await runtime.start()
    session = ChatSession(runtime, opened, email, records.append)
    return Playground(runtime, opened, session, records)


def kinds(records: list[dict], to: str | None = None) -> list[str]:
    return [r["kind"] for r in records if to is None or r["to"] == to]


def texts(records: list[dict], to: str | None = None, kind: str | None = None) -> str:
    return "\n".join(
        r["text"] for r in records if (to is None or r["to"] == to) and (kind is None or r["kind"] == kind)
    )


def handoff_card(records: list[dict]) -> dict:
    """The card posted to the agents' channel among ``records``."""
    return next(r for r in records if r["to"] == "agents" and r["kind"] == "handoff")["card"]
