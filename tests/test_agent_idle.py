"""An agent who claimed a conversation and went quiet (a shift ended, a resolve was forgotten): the
customer's next message after TANDEM_AGENT_IDLE_HOURS goes to the bot again, not into a thread nobody reads."""

from __future__ import annotations

from typing import Any

from bot.models import State
from tandem.testing.playground import kinds, playground, texts
from tests.support.clock import ManualClock


async def claimed(clock: ManualClock, **env: Any):  # Any: passed on to playground's **env
    play = await playground(clock=clock, **env)
    await play.say("I need to talk to a person")
    await play.say("/claim")
    await play.say("/agent Hi Ada, I'm looking into it.")
    return play


async def test_a_day_after_the_agents_last_word_the_bot_takes_the_conversation_back_and_answers():
    clock = ManualClock()
    play = await claimed(clock)
    try:
        clock.advance(25 * 60)
        out = await play.say("where is my order?")
        said = texts(out, "customer")
        assert "Sam isn't available right now, so I've picked this up again" in said
        assert "#1001" in said  # and the question is answered
        assert "returned to the bot: the customer wrote again after 25 hours" in texts(out, "agents").lower()
        conv = await play.conversation()
        assert conv.state is State.BOT and not conv.handoff.open
        assert [a.action for a in await play.store.audit_log(conv.id)][-1] == "agent_quiet"

        again = await play.say("I want to talk to a person")  # a fresh handoff, with a new card
        assert "handoff" in kinds(again, "agents")
    finally:
        await play.close()


async def test_while_the_agent_is_around_the_customers_words_still_reach_the_thread():
    clock = ManualClock()
    play = await claimed(clock)
    try:
        clock.advance(23 * 60)
        await play.say("/agent Still on it, sorry for the wait.")  # the agent's reply resets the clock
        clock.advance(23 * 60)
        out = await play.say("thanks, any news?")
        assert kinds(out) == ["relay"] and (await play.conversation()).state is State.WITH_AGENT
    finally:
        await play.close()


async def test_a_team_can_turn_it_off():
    clock = ManualClock()
    play = await claimed(clock, TANDEM_AGENT_IDLE_HOURS="0")
    try:
        clock.advance(24 * 60 * 7)
        out = await play.say("hello?")
        assert kinds(out) == ["relay"]
    finally:
        await play.close()
