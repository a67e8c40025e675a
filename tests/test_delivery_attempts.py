"""What the outbox tells a platform about each attempt: the item's lasting key, and whether an earlier
attempt may have got through (so a platform that can look must look before posting again)."""

from __future__ import annotations

from bot.models import Conversation
from bot.platform import DeliveryError, Outgoing
from bot.runtime.outbox import Deliverer
from bot.runtime.turn import Effect, Op, Turn
from bot.store import MemoryStore
from tests.factories import NOW, card_address, customer_message


class Recorder:
    platform = "slack"

    def __init__(self) -> None:
        self.attempts: list[tuple[str, str, bool]] = []  # (text, key, maybe_sent)
        self.failures: list[DeliveryError] = []

    async def send(self, to, message, attempt=None):
        self.attempts.append((message.text, attempt.key, attempt.maybe_sent))
        if self.failures:
            raise self.failures.pop(0)
        return None


def deliverer(store, recorder) -> Deliverer:
    return Deliverer(store, {"slack": recorder}, card_address(), lambda: NOW, "unreachable")


async def commit(store, *texts: str):
    conv = Conversation.new(customer_message("hi"))
    effects = tuple(Effect(Op.SEND, message=Outgoing("reply", t)) for t in texts)
    return conv, await store.commit(Turn(conversation=conv, effects=effects))


async def test_items_just_committed_are_sent_without_looking_and_labelled_for_good():
    store, recorder = MemoryStore(), Recorder()
    conv, queued = await commit(store, "one", "two")
    assert await deliverer(store, recorder).deliver(conv, queued, fresh=True)
    assert recorder.attempts == [
        ("one", queued[0].attempt(False).key, False),
        ("two", queued[1].attempt(False).key, False),
    ]
    assert queued[0].attempt(False).key != queued[1].attempt(False).key
    assert queued[0].attempt(False).key.startswith(f"{queued[0].id}.")


async def test_a_retry_after_a_failure_may_follow_a_post_that_got_through():
    store, recorder = MemoryStore(), Recorder()
    recorder.failures = [DeliveryError("chat.postMessage: network error after 5 attempt(s)")]
    conv, queued = await commit(store, "one")
    assert not await deliverer(store, recorder).deliver(conv, queued, fresh=True)
    await store.failed(queued[0].id, "again", NOW)  # due now
    assert await deliverer(store, recorder).deliver_pending(conv.id)
    (_, key, _), retried = recorder.attempts
    assert retried == ("one", key, True)


async def test_what_a_crashed_worker_left_in_the_outbox_is_looked_for_before_it_is_sent():
    store, recorder = MemoryStore(), Recorder()
    conv, queued = await commit(store, "one")  # committed; the worker died before (or while) sending it
    assert await deliverer(store, recorder).deliver_pending(conv.id)
    assert recorder.attempts == [("one", queued[0].attempt(True).key, True)]
