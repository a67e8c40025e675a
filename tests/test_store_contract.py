"""The contract every Store passes (memory, SQLite, and PostgreSQL when it is available)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.facts import Fact, FactKind
from bot.models import ActionKind, AuditEntry, Conversation, Role, State, TranscriptEntry
from bot.platform import Outgoing
from bot.ports import ConflictError
from bot.runtime.turn import Effect, InboxItem, Op, Turn
from tests.factories import (
    NOW,
    address,
    card_address,
    customer_message,
    customer_payload,
    handoff_for,
    person,
)

pytestmark = pytest.mark.asyncio


def inbox_item(text: str = "hi", event: str = "E1", **kw) -> InboxItem:
    msg = customer_message(text, event_id=event, **kw)
    return InboxItem(
        event_key=f"slack:{event}", conversation_id=msg.conversation_id, payload=msg, received_at=msg.received_at
    )


async def test_accept_deduplicates_by_event_key(store):
    assert await store.accept(inbox_item(event="E1"))
    assert not await store.accept(inbox_item(event="E1", text="retry"))
    pending = await store.pending(inbox_item().conversation_id)
    assert [p.payload.text for p in pending] == ["hi"]


async def test_pending_keeps_arrival_order_and_round_trips_the_payload(store):
    for n in range(3):
        await store.accept(inbox_item(text=f"m{n}", event=f"E{n}"))
    pending = await store.pending(inbox_item().conversation_id)
    assert [p.payload.text for p in pending] == ["m0", "m1", "m2"]
    assert pending[0].payload == customer_message("m0", event_id="E0")
    assert all(p.id is not None for p in pending)


async def test_commit_saves_state_transcript_audit_outbox_and_marks_inbox(store):
    item = inbox_item()
    await store.accept(item)
    [pending] = await store.pending(item.conversation_id)
    conv = Conversation.new(customer_payload(item))
    turn = Turn(
        conversation=conv,
        inbox_id=pending.id,
        transcript=(TranscriptEntry(NOW, Role.CUSTOMER, "hi"), TranscriptEntry(NOW, Role.BOT, "hello")),
        audit=(AuditEntry(conv.id, NOW, "bot", "greet"),),
        effects=(Effect(Op.SEND, message=Outgoing("reply", "hello")),),
    )
    await store.commit(turn)
    assert await store.pending(item.conversation_id) == []
    saved = await store.conversation(conv.id)
    assert saved.state is State.BOT and saved.version == 1
    assert [e.text for e in await store.transcript(conv.id)] == ["hi", "hello"]
    assert [a.action for a in await store.audit_log(conv.id)] == ["greet"]
    [out] = await store.outbox(conv.id, NOW)
    assert out.effect.message.text == "hello"


async def test_commit_rejects_a_stale_version(store):
    conv = Conversation.new(customer_message("hi"))
    await store.commit(Turn(conversation=conv))
    with pytest.raises(ConflictError):
        await store.commit(Turn(conversation=conv))  # a second "new" conversation with the same id
    saved = await store.conversation(conv.id)
    await store.commit(Turn(conversation=replace(saved, state=State.WAITING), expected_version=1))
    with pytest.raises(ConflictError):
        await store.commit(Turn(conversation=saved, expected_version=1))
    assert (await store.conversation(conv.id)).state is State.WAITING


async def test_conversation_round_trips_a_handoff(store):
    conv = replace(Conversation.new(customer_message("help")), state=State.WAITING, handoff=handoff_for("c"))
    await store.commit(Turn(conversation=conv))
    saved = await store.conversation(conv.id)
    assert saved.handoff == conv.handoff
    assert saved.handoff.card.actions == (ActionKind.CLAIM, ActionKind.RESOLVE, ActionKind.RETURN)


async def test_a_waiting_handoff_is_due_its_wait_notice_until_claimed_or_told(store):
    handoff = replace(handoff_for("c"), notify_at=NOW + timedelta(minutes=10))
    conv = replace(Conversation.new(customer_message("help")), state=State.WAITING, handoff=handoff)
    await store.commit(Turn(conversation=conv))
    assert await store.due_wait_notices(NOW) == []
    assert await store.due_wait_notices(NOW + timedelta(minutes=10)) == [(conv.id, "h1")]
    await store.set_card_address(conv.id, "h1", card_address())  # the card posted: still due
    assert await store.due_wait_notices(NOW + timedelta(minutes=11)) == [(conv.id, "h1")]

    claimed = replace(conv, state=State.WITH_AGENT)
    await store.commit(Turn(conversation=claimed, expected_version=2))
    assert await store.due_wait_notices(NOW + timedelta(hours=1)) == []
    told = replace(conv, handoff=replace(handoff, notify_at=None))
    await store.commit(Turn(conversation=told, expected_version=3))
    assert await store.due_wait_notices(NOW + timedelta(hours=1)) == []


async def test_card_address_is_recorded_and_found(store):
    conv = replace(Conversation.new(customer_message("help")), state=State.WAITING, handoff=handoff_for("c"))
    await store.commit(Turn(conversation=conv))
    card = card_address()
    await store.set_card_address(conv.id, conv.handoff.id, card)
    assert await store.conversation_for_card(card) == conv.id
    assert await store.conversation_for_card(replace(card, thread="other")) is None
    saved = await store.conversation(conv.id)
    assert saved.handoff.card_address == card
    assert saved.version == 2


async def test_leases_are_exclusive_until_they_expire(store):
    later = NOW + timedelta(seconds=30)
    assert await store.acquire("c1", "a", NOW, later)
    assert not await store.acquire("c1", "b", NOW, later)
    assert await store.acquire("c1", "a", NOW, later)  # renewal by the holder
    assert await store.acquire("c2", "b", NOW, later)  # other conversations are independent
    assert await store.acquire("c1", "b", later + timedelta(seconds=1), later + timedelta(seconds=60))
    await store.release("c1", "a")  # not the holder any more: no effect
    assert not await store.acquire("c1", "a", later + timedelta(seconds=2), later + timedelta(seconds=60))
    await store.release("c1", "b")
    assert await store.acquire("c1", "a", later + timedelta(seconds=2), later + timedelta(seconds=60))


async def test_outbox_retry_keeps_order_and_dead_letters_are_kept(store):
    conv = Conversation.new(customer_message("hi"))
    effects = tuple(Effect(Op.SEND, message=Outgoing("reply", f"r{n}")) for n in range(3))
    await store.commit(Turn(conversation=conv, effects=effects))
    first, second, third = await store.outbox(conv.id, NOW)
    await store.failed(first.id, "429", NOW + timedelta(seconds=5))
    assert await store.outbox(conv.id, NOW) == []  # nothing overtakes a message waiting for a retry
    retry = await store.outbox(conv.id, NOW + timedelta(seconds=6))
    assert [i.effect.message.text for i in retry] == ["r0", "r1", "r2"] and retry[0].attempts == 1
    await store.delivered(first.id)
    await store.failed(second.id, "blocked", None)
    assert [i.effect.message.text for i in await store.outbox(conv.id, NOW)] == ["r2"]
    assert [(i.effect.message.text, i.error) for i in await store.dead_letters()] == [("r1", "blocked")]


async def test_revived_dead_letters_are_due_again_with_fresh_attempts(store):
    convs = [Conversation.new(customer_message("hi", where=address(channel))) for channel in ("D1", "D2")]
    for conv in convs:
        await store.commit(Turn(conversation=conv, effects=(Effect(Op.SEND, message=Outgoing("reply", conv.id)),)))
        [item] = await store.outbox(conv.id, NOW)
        await store.failed(item.id, "slack is down", NOW + timedelta(seconds=1))
        await store.failed(item.id, "slack is down", None)
    assert await store.stalled(NOW, NOW + timedelta(hours=1)) == []  # given up: nobody retries on their own
    assert await store.revive(convs[0].id) == 1
    [again] = await store.outbox(convs[0].id, NOW)
    assert (again.effect.message.text, again.attempts) == (convs[0].id, 0)
    assert await store.stalled(NOW, NOW) == [convs[0].id]
    assert [d.conversation_id for d in await store.dead_letters()] == [convs[1].id]
    assert await store.dead_letters(conversation_id=convs[0].id) == []
    assert [d.conversation_id for d in await store.dead_letters(conversation_id=convs[1].id)] == [convs[1].id]
    assert await store.revive() == 1 and await store.dead_letters() == []
    assert await store.revive() == 0


async def test_stalled_finds_unprocessed_inbox_and_due_outbox_without_a_lease(store):
    item = inbox_item()
    await store.accept(item)
    assert await store.stalled(NOW, NOW) == []  # received "now": not stalled yet
    assert await store.stalled(NOW + timedelta(seconds=10), NOW) == [item.conversation_id]
    await store.acquire(item.conversation_id, "w", NOW, NOW + timedelta(seconds=30))
    assert await store.stalled(NOW + timedelta(seconds=10), NOW) == []
    other = Conversation.new(customer_message("x", customer=person("U2")))
    await store.commit(Turn(conversation=other, effects=(Effect(Op.SEND, message=Outgoing("reply", "x")),)))
    assert await store.stalled(NOW, NOW) == [other.id]


async def test_purge_deletes_old_conversations_only(store):
    old = replace(Conversation.new(customer_message("old", customer=person("U1"))), updated_at=NOW - timedelta(days=40))
    new = Conversation.new(customer_message("new", customer=person("U2")))
    for conv in (old, new):
        await store.commit(Turn(conversation=conv, transcript=(TranscriptEntry(NOW, Role.CUSTOMER, "x"),)))
    assert await store.purge(NOW - timedelta(days=30)) == 1
    assert await store.conversation(old.id) is None
    assert await store.transcript(old.id) == []
    assert await store.conversation(new.id) is not None


async def test_forget_deletes_one_customer_and_leaves_an_anonymous_record(store):
    ada = Conversation.new(customer_message("hi", customer=person("U1", email="Ada@Example.com")))
    bob = Conversation.new(customer_message("hi", customer=person("U2", email="bob@example.com")))
    for conv in (ada, bob):
        await store.commit(
            Turn(conversation=conv, audit=(AuditEntry(conv.id, NOW, "bot", "greet"),),
                 transcript=(TranscriptEntry(NOW, Role.CUSTOMER, "secret"),))
        )
    assert await store.forget(" ada@example.com ", NOW) == 1
    assert await store.conversation(ada.id) is None
    assert await store.audit_log(ada.id) == []
    assert await store.conversation(bob.id) is not None
    [record] = await store.audit_log("-")
    assert record.action == "forget" and "ada" not in record.detail.lower()


async def test_ping(store):
    assert await store.ping()


async def test_discard_marks_an_item_processed(store):
    item = inbox_item()
    await store.accept(item)
    [pending] = await store.pending(item.conversation_id)
    await store.discard(pending.id)
    assert await store.pending(item.conversation_id) == []


async def test_commit_returns_the_items_it_queued_in_order(store):
    conv = Conversation.new(customer_message("hi"))
    effects = tuple(Effect(Op.SEND, message=Outgoing("reply", f"r{n}")) for n in range(3))
    queued = await store.commit(Turn(conversation=conv, effects=effects))
    assert queued == await store.outbox(conv.id, NOW)
    assert [i.effect for i in queued] == list(effects) and all(i.conversation_id == conv.id for i in queued)
    assert await store.commit(Turn(conversation=replace(conv, state=State.WAITING), expected_version=1)) == []



def fact(conv: Conversation, kind: FactKind, at=NOW, **fields) -> Fact:
    return Fact(kind, at, conv.id, conv.address.platform, **fields)


async def test_facts_are_committed_with_the_turn_and_read_back_by_time_and_kind(store):
    conv = Conversation.new(customer_message("I want a person"))
    handoff = fact(conv, FactKind.HANDOFF, handoff_id="h1", reason="human_request", text="I want a person")
    verdict = fact(
        conv, FactKind.VERDICT, NOW + timedelta(hours=2), handoff_id="h1", label="bot", reason="human_request"
    )
    await store.commit(Turn(conversation=conv, facts=(fact(conv, FactKind.MESSAGE), handoff)))
    await store.commit(Turn(conversation=replace(conv, state=State.WAITING), expected_version=1, facts=(verdict,)))
    day = timedelta(days=1)
    assert await store.facts(NOW - day, NOW + day) == [fact(conv, FactKind.MESSAGE), handoff, verdict]
    assert await store.facts(NOW - day, NOW + day, (FactKind.VERDICT, FactKind.HANDOFF)) == [handoff, verdict]
    assert await store.facts(NOW + timedelta(hours=1), NOW + day) == [verdict]
    assert await store.facts(NOW - day, NOW) == []  # the end is not included


async def test_a_conflicting_turn_records_no_facts(store):
    conv = Conversation.new(customer_message("hi"))
    await store.commit(Turn(conversation=conv))
    with pytest.raises(ConflictError):
        await store.commit(Turn(conversation=conv, facts=(fact(conv, FactKind.MESSAGE),)))
    assert await store.facts(NOW - timedelta(days=1), NOW + timedelta(days=1)) == []


async def test_facts_go_with_their_conversation_and_with_age(store):
    ada = Conversation.new(customer_message("hi", customer=person("U1", email="ada@example.com")))
    bob = Conversation.new(customer_message("hi", customer=person("U2", email="bob@example.com")))
    old = fact(bob, FactKind.UNANSWERED, NOW - timedelta(days=40), text="an old question")
    await store.commit(Turn(conversation=ada, facts=(fact(ada, FactKind.CSAT, value=2.0),)))
    await store.commit(Turn(conversation=bob, facts=(old, fact(bob, FactKind.MESSAGE))))
    everything = (NOW - timedelta(days=60), NOW + timedelta(days=1))
    assert await store.forget("ada@example.com", NOW) == 1
    assert [f.conversation_id for f in await store.facts(*everything)] == [bob.id, bob.id]
    assert await store.purge(NOW - timedelta(days=30)) == 0  # bob's conversation is recent; the old fact is not
    assert await store.facts(*everything) == [fact(bob, FactKind.MESSAGE)]


async def test_a_failed_inbox_item_waits_for_its_next_try_and_holds_up_its_conversation_only(store):
    for n in range(2):
        await store.accept(inbox_item(text=f"m{n}", event=f"E{n}"))
    other = inbox_item(event="E9", customer=person("U2"))
    await store.accept(other)
    first, second = await store.pending(inbox_item().conversation_id)
    await store.inbox_failed(first.id, "TypeError: expected str, got int", NOW + timedelta(seconds=2))

    failed, behind = await store.pending(first.conversation_id)
    assert (failed.id, failed.attempts, failed.due, failed.error) == (
        first.id,
        1,
        NOW + timedelta(seconds=2),
        "TypeError: expected str, got int",
    )
    assert (behind.id, behind.attempts, behind.due) == (second.id, 0, None)
    later = NOW + timedelta(seconds=10)
    assert await store.stalled(later, NOW + timedelta(seconds=1)) == [other.conversation_id]  # its pause is not over
    assert sorted(await store.stalled(later, NOW + timedelta(seconds=3))) == sorted(
        [first.conversation_id, other.conversation_id]
    )


async def test_an_inbox_item_given_up_on_is_a_dead_letter_and_the_next_goes_on(store):
    for n in range(2):
        await store.accept(inbox_item(text=f"m{n}", event=f"E{n}"))
    first, second = await store.pending(inbox_item().conversation_id)
    await store.inbox_failed(first.id, "boom", NOW + timedelta(seconds=1))
    await store.inbox_failed(first.id, "boom \x00\ud800 again", None)

    assert [i.id for i in await store.pending(first.conversation_id)] == [second.id]
    [dead] = await store.inbox_dead_letters()
    assert (dead.id, dead.event_key, dead.attempts, dead.payload.text) == (first.id, "slack:E0", 2, "m0")
    assert dead.error.startswith("boom") and "again" in dead.error
    assert await store.inbox_dead_letters(conversation_id="c_other") == []
    assert [d.id for d in await store.inbox_dead_letters(conversation_id=first.conversation_id)] == [first.id]
    # the next one
    assert await store.stalled(NOW + timedelta(hours=1), NOW + timedelta(hours=1)) == [first.conversation_id]
    await store.discard(second.id)
    assert await store.stalled(NOW + timedelta(hours=1), NOW + timedelta(hours=1)) == []  # the dead one is not retried


async def test_dead_inbox_letters_go_with_their_conversation(store):
    item = inbox_item(customer=person("U1", email="ada@example.com"))
    await store.accept(item)
    [pending] = await store.pending(item.conversation_id)
    await store.inbox_failed(pending.id, "boom", None)
    await store.commit(Turn(conversation=Conversation.new(customer_payload(item))))
    assert await store.forget("ada@example.com", NOW) == 1
    assert await store.inbox_dead_letters() == []


async def test_an_item_keeps_the_wall_clock_time_it_was_queued_and_so_its_key_through_retries(store):
    conv = Conversation.new(customer_message("hi"))
    before = datetime.now(UTC)
    [queued] = await store.commit(Turn(conversation=conv, effects=(Effect(Op.SEND, message=Outgoing("reply", "r")),)))
    after = datetime.now(UTC)
    # PostgreSQL: its own clock
    assert before - timedelta(seconds=5) <= queued.queued_at <= after + timedelta(seconds=5)
    await store.failed(queued.id, "timed out", NOW)
    [retry] = await store.outbox(conv.id, NOW)
    assert retry.queued_at == queued.queued_at and retry.attempt(True).key == queued.attempt(False).key
    await store.failed(queued.id, "timed out", None)
    [dead] = await store.dead_letters(conversation_id=conv.id)
    assert dead.queued_at == queued.queued_at
    await store.revive(conv.id)
    [revived] = await store.outbox(conv.id, NOW)
    assert revived.attempt(True) == queued.attempt(True)  # a revived message is looked for like any retry
