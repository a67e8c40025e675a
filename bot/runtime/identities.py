"""Who sent an inbound item, asked of the platform's Directory in the runtime's workers.

Adapters acknowledge at once with what they already know (a cached profile, or only the platform's id).
A customer's message without an email, or an agent's item without a name, is completed here, under the
conversation's lease, before its turn runs. The look-up starts as soon as the item is accepted, so the
worker usually finds it done.

When the platform cannot answer (a rate limit, an outage), the item stays unprocessed and the
conversation waits, trying again with growing pauses (a longer Retry-After wins), until ``patience``
has passed since the message arrived: then its turn runs without the email, and the bot says kindly
that it could not link the account. "No such user" does not wait. An email the platform gave for this
conversation earlier is used rather than none. Agents never wait: their name is only for display.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from ..models import Address, Conversation, Person, Work
from ..platform import DeliveryError, Directory
from .dispatch import handling
from .turn import InboxItem, Unreadable

logger = logging.getLogger(__name__)

FRESH_SECONDS = 60.0  # a finished look-up nobody took (another instance did the work) is stale after this
LONGEST_PAUSE = 60.0  # between two tries of a waiting message, unless the platform asks for more
KEEP = 10_000  # people remembered at most, in each of the tables below

Key = tuple[str, str, str]  # platform, workspace, platform id


@dataclass
class _Lookup:
    task: asyncio.Task[Person]
    finished_at: float = math.inf  # monotonic


@dataclass
class _Trouble:
    """A person the platform has been failing to tell us about: since when, how many look-ups failed."""

    since: float
    failures: int = 0
    last: float = 0.0


@dataclass(frozen=True)
class _Need:
    key: Key
    directory: Directory
    person: Person
    where: Address
    customer: bool


class Identities:
    def __init__(
        self,
        directories: Mapping[str, Directory],
        *,
        clock: Callable[[], datetime],
        deadline: float = 5.0,
        patience: float = 120.0,
        retry: float = 2.0,
    ) -> None:
        self.directories = dict(directories)
        self.clock = clock
        self.deadline = deadline  # one look-up, the platform's own retries included
        self.patience = patience  # how long a customer's message may wait for the platform
        self.retry = retry  # the first pause before trying a waiting message again, doubling
        self._lookups: OrderedDict[Key, _Lookup] = OrderedDict()  # in flight, or finished and not yet taken
        self._held: dict[Key, tuple[float, DeliveryError]] = {}  # not to be asked before (monotonic): why
        self._trouble: dict[Key, _Trouble] = {}
        self._waiting: dict[str, float] = {}  # conversation id → when (monotonic) to try its next item again

    # ---- used by the runtime ----

    def prefetch(self, inbound: Work | Unreadable) -> None:
        """Start looking up whoever sent an accepted item, if something is missing: no waiting."""
        need = self._need(inbound)
        if need is None or self._holding(need.key) is not None:
            return
        lookup = self._lookups.get(need.key)
        if lookup is None or lookup.task.done():
            self._start(need)

    def waiting(self, conversation_id: str) -> bool:
        """The conversation's next item waits for the platform; its next try is not due yet."""
        due = self._waiting.get(conversation_id)
        if due is None:
            return False
        if due > time.monotonic():
            return True
        del self._waiting[conversation_id]
        return False

    async def settle(
        self,
        item: InboxItem,
        stored: Callable[[], Awaitable[Conversation | None]],
    ) -> InboxItem | None:
        """The item with its sender completed, or None when it must wait (leave it unprocessed).
        ``stored`` reads the conversation, only when the platform failed.

        A worker waiting here keeps its turn: the look-up started when the item arrived is usually done
        or nearly (measured: lending the turn out meanwhile cost 10 % of the throughput), and a longer
        wait hands the turn on anyway (``Timings.slot_seconds``)."""
        need = self._need(item.payload)
        if need is None:
            return item
        if self.waiting(item.conversation_id):
            return None
        held = self._holding(need.key)
        if held is not None:
            return await self._failed(item, need, held, stored)
        lookup = self._lookups.get(need.key)
        if lookup is None or lookup.finished_at + FRESH_SECONDS < time.monotonic():
            lookup = self._start(need)
        try:
            found = await asyncio.shield(lookup.task)
        except DeliveryError as failure:
            return await self._failed(item, need, failure, stored)
        finally:
            if self._lookups.get(need.key) is lookup:
                del self._lookups[need.key]  # taken: the next message asks again (the adapter's cache answers)
        self._waiting.pop(item.conversation_id, None)
        return _with_sender(
            item, replace(found, platform_id=need.person.platform_id, name=found.name or need.person.name)
        )

    async def stop(self) -> None:
        tasks = [lookup.task for lookup in self._lookups.values() if not lookup.task.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._lookups.clear()

    # ---- looking up ----

    def _need(self, payload: Work | Unreadable) -> _Need | None:
        how = handling(payload)
        sender = how.sender if how is not None else None
        if sender is None:
            return None
        person, where, customer = sender.person(payload), sender.where(payload), sender.customer
        if person.email if customer else person.name:
            return None
        directory = self.directories.get(where.platform)
        if directory is None or not person.platform_id:
            return None
        return _Need((where.platform, where.workspace, person.platform_id), directory, person, where, customer)

    def _holding(self, key: Key) -> DeliveryError | None:
        held = self._held.get(key)
        if held is None:
            return None
        if held[0] > time.monotonic():
            return held[1]
        del self._held[key]
        return None

    def _start(self, need: _Need) -> _Lookup:
        lookup = _Lookup(asyncio.ensure_future(self._ask(need)))
        lookup.task.add_done_callback(_retrieved)  # a prefetch nobody takes must not log "never retrieved"
        self._lookups[need.key] = lookup
        self._lookups.move_to_end(need.key)
        self._forget_old(time.monotonic())
        return lookup

    async def _ask(self, need: _Need) -> Person:
        """One look-up, bounded by ``deadline``; notes how it went for the next ones."""
        what = f"{need.where.platform} user {need.person.platform_id}"
        try:
            try:
                async with asyncio.timeout(self.deadline):
                    found = await need.directory.resolve(need.person, need.where)
            except TimeoutError:
                raise DeliveryError(f"looking up {what}: no answer within {self.deadline:g} s") from None
            except DeliveryError:
                raise
            except Exception as exc:  # an adapter's bug: the message waits (bounded) rather than guesses
                logger.exception("looking up %s failed unexpectedly", what)
                raise DeliveryError(f"looking up {what}: {exc!r}") from exc
        except DeliveryError as failure:
            self._note_failure(need.key, failure)
            raise
        finally:
            lookup = self._lookups.get(need.key)
            if lookup is not None and lookup.task is asyncio.current_task():
                lookup.finished_at = time.monotonic()
        self._trouble.pop(need.key, None)
        return found

    def _note_failure(self, key: Key, failure: DeliveryError) -> None:
        now = time.monotonic()
        if failure.permanent:  # no such user: do not ask about them again for a while
            self._held[key] = (now + self.patience, failure)
            self._trouble.pop(key, None)
            return
        if failure.retry_after:  # the platform said when to ask again
            self._held[key] = (now + failure.retry_after, failure)
        trouble = self._trouble.get(key)
        if trouble is None or trouble.last + self.patience <= now:  # a new spell of trouble
            trouble = self._trouble[key] = _Trouble(since=now)
        trouble.failures += 1
        trouble.last = now

    async def _failed(
        self,
        item: InboxItem,
        need: _Need,
        failure: DeliveryError,
        stored: Callable[[], Awaitable[Conversation | None]],
    ) -> InboxItem | None:
        conversation_id = item.conversation_id
        if not need.customer:
            logger.info(
                "conversation %s: agent %s's name unknown (%s); going on without it",
                conversation_id,
                need.person.platform_id,
                failure,
            )
            return item
        conv = await stored()
        if conv is not None and conv.customer.platform_id == need.person.platform_id and conv.customer.email:
            logger.warning(
                "conversation %s: could not look up the customer (%s); using the email their platform gave before",
                conversation_id, failure,
            )
            self._waiting.pop(conversation_id, None)
            return _with_sender(item, conv.customer)
        if failure.permanent:
            logger.warning(
                "conversation %s: the platform does not know the customer (%s); answering without their email",
                conversation_id,
                failure,
            )
            self._waiting.pop(conversation_id, None)
            return item
        now = time.monotonic()
        trouble = self._trouble.get(need.key)
        waited = max((self.clock() - item.received_at).total_seconds(), now - trouble.since if trouble else 0.0)
        if waited >= self.patience:
            logger.warning(
                "conversation %s: could not look up the customer for %.0f s (%s); answering without their email",
                conversation_id, waited, failure,
            )
            self._waiting.pop(conversation_id, None)
            return item
        pause = min(self.retry * 2 ** ((trouble.failures if trouble else 1) - 1), LONGEST_PAUSE)
        held = self._held.get(need.key)
        due = max(now + pause, held[0] if held else 0.0)
        due = min(due, now + self.patience - waited)  # the last try comes when the patience ends
        self._waiting[conversation_id] = due
        logger.warning(
            "conversation %s: could not look up the customer yet (%s); their message waits, next try in %.1f s",
            conversation_id, failure, due - now,
        )
        return None

    def _forget_old(self, now: float) -> None:
        if len(self._lookups) > KEEP:
            for key in [k for k, v in self._lookups.items() if v.finished_at + FRESH_SECONDS < now]:
                del self._lookups[key]
        if len(self._held) > KEEP:
            for key in [k for k, (until, _) in self._held.items() if until <= now]:
                del self._held[key]
        if len(self._trouble) > KEEP:
            for key in [k for k, t in self._trouble.items() if t.last + self.patience <= now]:
                del self._trouble[key]
        if len(self._waiting) > KEEP:
            for conversation_id in [c for c, due in self._waiting.items() if due <= now]:
                del self._waiting[conversation_id]


def _retrieved(task: asyncio.Task) -> None:
    if not task.cancelled():
        task.exception()


def _with_sender(item: InboxItem, person: Person) -> InboxItem:
    how = handling(item.payload)
    assert how is not None and how.sender is not None, "only a message or an action needs its sender"
    return replace(item, payload=how.sender.with_person(item.payload, person))
