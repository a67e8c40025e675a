"""A handoff nobody has claimed for a while: the customer hears they are still in line, once, and the
agents get a nudge in the card's thread. Driven by the sweeper, so it survives restarts and is queued
once however many instances sweep."""

from __future__ import annotations

from bot.models import State
from bot.store import MemoryStore
from bot.store.sqlite import SQLiteStore
from tandem.testing.playground import kinds, playground, texts
from tandem.testing.polling import wait_for
from tests.support.clock import ManualClock


def notices(play) -> list[dict]:
    return [r for r in play.records if r["kind"] == "still_waiting" or (r["to"] == "agents" and r["kind"] == "notice")]


async def test_after_ten_minutes_unclaimed_the_customer_hears_they_are_still_in_line_once():
    clock = ManualClock()
    play = await playground(clock=clock)
    try:
        await play.say("I need to talk to a person")
        clock.advance(9)
        await play.swept()
        assert notices(play) == []

        clock.advance(1)
        await wait_for(lambda: len(notices(play)) >= 2, what="the customer's notice and the agents' nudge")
        found = notices(play)
        customer = texts(found, "customer", "still_waiting")
        assert "still in line" in customer and "never mind" in customer
        assert "10 minutes" in texts(found, "agents", "notice")
        conv = await play.conversation()
        assert conv.state is State.WAITING and conv.handoff.notify_at is None
        assert [a.action for a in await play.store.audit_log(conv.id)][-1] == "still_waiting"

        clock.advance(60)
        await play.swept()
        assert len(notices(play)) == 2  # once per handoff

        out = await play.say("/claim")
        assert "agent_joined" in kinds(out, "customer")
    finally:
        await play.close()


async def test_a_claimed_or_cancelled_handoff_is_never_reminded():
    clock = ManualClock()
    for ending in ("/claim", "never mind"):
        play = await playground(clock=clock)
        try:
            await play.say("agent please")
            await play.say(ending)
            clock.advance(30)
            await play.swept()
            assert notices(play) == []
            assert await play.store.due_wait_notices(clock()) == []
        finally:
            await play.close()


async def test_someone_in_crisis_hears_the_helplines_again_not_how_to_cancel():
    clock = ManualClock()
    play = await playground(clock=clock)
    try:
        await play.say("I don't want to be alive anymore")
        clock.advance(10)
        found = await wait_for(lambda: texts(notices(play), "customer"), what="the notice")
        assert "988" in found and "never mind" not in found
    finally:
        await play.close()


async def test_a_team_can_turn_it_off():
    clock = ManualClock()
    play = await playground(clock=clock, TANDEM_WAIT_NOTICE_MINUTES="0")
    try:
        await play.say("agent please")
        clock.advance(120)
        await play.swept()
        assert notices(play) == []
    finally:
        await play.close()


async def test_two_instances_sweeping_the_same_store_tell_the_customer_once():
    clock = ManualClock()
    store = MemoryStore()
    first = await playground(clock=clock, store=store)
    second = await playground(clock=clock, store=store)
    try:
        await first.say("agent please")
        clock.advance(10)
        await first.runtime.sweep()
        await second.runtime.sweep()
        await wait_for(lambda: notices(first) or notices(second), what="the notice")
        await first.runtime.idle()
        await second.runtime.idle()
        both = notices(first) + notices(second)
        assert sorted(r["to"] for r in both) == ["agents", "customer"]
    finally:
        await first.close()
        await second.close()


async def test_the_notice_is_due_after_a_restart(tmp_path):
    clock = ManualClock()
    path = str(tmp_path / "tandem.db")
    before = await playground(clock=clock, store=SQLiteStore(path))
    await before.say("agent please")
    await before.close()

    clock.advance(15)
    after = await playground(clock=clock, store=SQLiteStore(path))
    try:
        found = await wait_for(lambda: notices(after), what="the notice after the restart")
        assert "still in line" in texts(found, "customer")
    finally:
        await after.close()
