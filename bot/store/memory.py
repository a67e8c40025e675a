"""An in-memory Store for tests and throwaway runs: same contract as the durable ones."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ..facts import Fact, FactKind
from ..models import Address, AuditEntry, Conversation, TranscriptEntry
from ..ports import ConflictError
from ..runtime.turn import InboxItem, OutboxItem, Turn
from .records import card_key, forget_record, notify_at

logger = logging.getLogger(__name__)


@dataclass
class _Outbox:
    item: OutboxItem
    due: datetime | None  # None: deliver now
    done: bool = False
    dead: bool = False
    error: str = ""


class MemoryStore:
    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self._inbox: dict[str, InboxItem] = {}  # by event key
        self._processed: set[int] = set()
        self._dead: set[int] = set()  # inbox items set aside after failing too often (processed too)
        self._conversations: dict[str, Conversation] = {}
        self._transcripts: dict[str, list[TranscriptEntry]] = {}
        self._audit: list[AuditEntry] = []
        self._facts: list[Fact] = []
        self._outbox: list[_Outbox] = []
        self._leases: dict[str, tuple[str, datetime]] = {}
        self._cards: dict[str, str] = {}
        self.forgotten: list[AuditEntry] = []

    async def initialize(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def ping(self) -> bool:
        return True

    async def accept(self, item: InboxItem) -> bool:
        if item.event_key in self._inbox:
            return False
        self._inbox[item.event_key] = replace(item, id=next(self._ids))
        return True

    async def pending(self, conversation_id: str, limit: int = 50) -> list[InboxItem]:
        items = [
            i for i in self._inbox.values() if i.conversation_id == conversation_id and i.id not in self._processed
        ]
        return sorted(items, key=lambda i: i.id or 0)[:limit]

    async def stalled(self, older_than: datetime, now: datetime, limit: int = 100) -> list[str]:
        found: list[str] = []
        waiting = {
            i.conversation_id for i in self._inbox.values() if i.id not in self._processed and i.due and i.due > now
        }
        for item in self._inbox.values():
            if item.id not in self._processed and item.received_at < older_than and item.conversation_id not in waiting:
                found.append(item.conversation_id)
        for o in self._outbox:
            if not o.done and not o.dead and (o.due is None or o.due <= now):
                found.append(o.item.conversation_id)
        free = [c for c in dict.fromkeys(found) if not self._leased(c, now)]
        return free[:limit]

    def _leased(self, conversation_id: str, now: datetime) -> bool:
        lease = self._leases.get(conversation_id)
        return lease is not None and lease[1] > now

    async def inbox_failed(self, inbox_id: int, error: str, retry_at: datetime | None) -> None:
        for key, item in self._inbox.items():
            if item.id == inbox_id:
                self._inbox[key] = replace(item, attempts=item.attempts + 1, due=retry_at, error=error)
                if retry_at is None:
                    self._processed.add(inbox_id)
                    self._dead.add(inbox_id)

    async def inbox_dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[InboxItem]:
        dead = [i for i in self._inbox.values() if i.id in self._dead and conversation_id in (None, i.conversation_id)]
        return sorted(dead, key=lambda i: i.id or 0)[:limit]

    async def acquire(self, conversation_id: str, holder: str, now: datetime, until: datetime) -> bool:
        lease = self._leases.get(conversation_id)
        if lease is not None and lease[0] != holder and lease[1] > now:
            return False
        self._leases[conversation_id] = (holder, until)
        return True

    async def release(self, conversation_id: str, holder: str) -> None:
        lease = self._leases.get(conversation_id)
        if lease is not None and lease[0] == holder:
            del self._leases[conversation_id]

    async def conversation(self, conversation_id: str) -> Conversation | None:
        return self._conversations.get(conversation_id)

    async def conversation_for_card(self, card: Address) -> str | None:
        return self._cards.get(card_key(card))

    async def transcript(self, conversation_id: str, limit: int = 50) -> list[TranscriptEntry]:
        return list(self._transcripts.get(conversation_id, [])[-limit:])

    async def audit_log(self, conversation_id: str) -> list[AuditEntry]:
        return [a for a in self._audit if a.conversation_id == conversation_id]

    async def commit(self, turn: Turn) -> list[OutboxItem]:
        conv = turn.conversation
        current = self._conversations.get(conv.id)
        current_version = None if current is None else current.version
        if current_version != turn.expected_version:
            raise ConflictError(
                f"conversation {conv.id} changed (version {current_version}, expected {turn.expected_version})"
            )
        self._conversations[conv.id] = turn.stored
        self._transcripts.setdefault(conv.id, []).extend(turn.transcript)
        self._audit.extend(turn.audit)
        self._facts.extend(turn.facts)
        queued_at = datetime.now(UTC)  # the wall clock, like the other stores
        queued = [OutboxItem(next(self._ids), conv.id, effect, queued_at=queued_at) for effect in turn.effects]
        self._outbox.extend(_Outbox(item, due=None) for item in queued)
        if turn.inbox_id is not None:
            self._processed.add(turn.inbox_id)
        return queued

    async def discard(self, inbox_id: int) -> None:
        self._processed.add(inbox_id)

    async def set_card_address(self, conversation_id: str, handoff_id: str, card: Address) -> None:
        conv = self._conversations.get(conversation_id)
        if conv is None:
            return  # forgotten or purged while its card was being posted: keep no trace of it
        self._cards[card_key(card)] = conversation_id
        if conv.handoff is not None and conv.handoff.id == handoff_id:
            handoff = replace(conv.handoff, card_address=card)
            self._conversations[conversation_id] = replace(conv, handoff=handoff, version=conv.version + 1)

    async def due_wait_notices(self, now: datetime, limit: int = 100) -> list[tuple[str, str]]:
        due = [(at, conv) for conv in self._conversations.values() if (at := notify_at(conv)) is not None and at <= now]
        return [(conv.id, conv.handoff.id) for _, conv in sorted(due, key=lambda d: d[0])][:limit]  # type: ignore[union-attr]

    async def outbox(self, conversation_id: str, now: datetime, limit: int = 50) -> list[OutboxItem]:
        items = []
        for o in self._outbox:
            if o.item.conversation_id != conversation_id or o.done or o.dead:
                continue
            if o.due is not None and o.due > now:
                break  # keep order: nothing after a not-yet-due item
            items.append(o.item)
        return items[:limit]

    async def delivered(self, item_id: int) -> None:
        for o in self._outbox:
            if o.item.id == item_id:
                o.done = True

    async def failed(self, item_id: int, error: str, retry_at: datetime | None) -> None:
        for o in self._outbox:
            if o.item.id == item_id:
                o.item = replace(o.item, attempts=o.item.attempts + 1)
                o.error = error
                if retry_at is None:
                    o.dead = True
                else:
                    o.due = retry_at

    async def dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[OutboxItem]:
        mine = [o for o in self._outbox if o.dead and not o.done and conversation_id in (None, o.item.conversation_id)]
        return [replace(o.item, error=o.error) for o in mine][:limit]

    async def revive(self, conversation_id: str | None = None) -> int:
        revived = 0
        for o in self._outbox:
            if o.dead and not o.done and conversation_id in (None, o.item.conversation_id):
                o.dead, o.due, o.item = False, None, replace(o.item, attempts=0)
                revived += 1
        return revived

    async def facts(self, since: datetime, until: datetime, kinds: Sequence[FactKind] = ()) -> list[Fact]:
        wanted = {FactKind(k) for k in kinds}
        found = [f for f in self._facts if since <= f.at < until and (not wanted or f.kind in wanted)]
        return sorted(found, key=lambda f: f.at)  # stable: recording order within the same instant

    async def purge(self, before: datetime) -> int:
        old = [c.id for c in self._conversations.values() if c.updated_at < before]
        for cid in old:
            self._drop(cid)
        for key, item in list(self._inbox.items()):
            if item.received_at < before and item.id in self._processed:
                del self._inbox[key]
        self._facts = [f for f in self._facts if f.at >= before]
        return len(old)

    async def forget(self, email: str, now: datetime) -> int:
        wanted = email.strip().lower()
        ids = [c.id for c in self._conversations.values() if (c.customer.email or "").lower() == wanted]
        for cid in ids:
            self._drop(cid)
        self._audit.append(forget_record(now, len(ids)))
        return len(ids)

    def _drop(self, conversation_id: str) -> None:
        self._conversations.pop(conversation_id, None)
        self._transcripts.pop(conversation_id, None)
        self._audit = [a for a in self._audit if a.conversation_id != conversation_id]
        self._facts = [f for f in self._facts if f.conversation_id != conversation_id]
        self._outbox = [o for o in self._outbox if o.item.conversation_id != conversation_id]
        self._cards = {k: v for k, v in self._cards.items() if v != conversation_id}
        for key, item in list(self._inbox.items()):
            if item.conversation_id == conversation_id:
                del self._inbox[key]
