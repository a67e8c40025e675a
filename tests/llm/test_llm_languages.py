"""With a language model configured, a customer writing in another language is answered in it (the model
is told which), over real HTTP to the stand-in; without an answer from it, the bundled words in their
language take over."""

from __future__ import annotations

import pytest

from bot.models import State
from tandem.testing.llm import Reply, Status, call
from tandem.testing.playground import kinds, playground, texts


async def started(standin):
    return await playground(OPENAI_BASE_URL=standin.base_url, TANDEM_LLM_MODEL="standin-model")


@pytest.mark.slow
async def test_the_model_is_told_the_customers_language_and_its_answer_in_it_reaches_them(standin):
    standin.add(Reply("Su taza azul está en camino con UPS y debería llegar el 25 de noviembre.", 300, 20))
    play = await started(standin)
    try:
        out = await play.say("¿Ya enviaron mi taza azul?")
        assert texts(out, "customer") == "Su taza azul está en camino con UPS y debería llegar el 25 de noviembre."
        conv = await play.conversation()
        assert conv.failed_turns == 0 and conv.state is State.BOT
    finally:
        await play.close()
    [request] = standin.requests
    system = request["messages"][0]["content"]
    assert "The customer writes in Spanish: reply in Spanish." in system


@pytest.mark.slow
async def test_english_messages_get_no_language_instruction(standin):
    standin.add(Reply("Your blue mug is on its way.", 200, 10))
    play = await started(standin)
    try:
        await play.say("did the blue mug ship yet?")
    finally:
        await play.close()
    assert "The customer writes in" not in standin.requests[0]["messages"][0]["content"]


@pytest.mark.slow
async def test_the_model_handing_off_a_german_customer_hands_off_in_german(standin):
    standin.add(
        Reply(tool_calls=[call("handoff_to_human", reason="complaint", summary="Wants: a refund for a broken lamp")])
    )
    play = await started(standin)
    try:
        out = await play.say("Die Lampe kam kaputt an und ich bin wirklich verärgert darüber")
        assert kinds(out, "customer") == ["handoff", "privacy_notice"]
        assert "aus unserem Team" in texts(out, "customer", "handoff")
        assert "Datenschutz" in texts(out, "customer", "privacy_notice")
    finally:
        await play.close()


@pytest.mark.slow
async def test_with_the_model_down_the_customer_still_hears_in_their_language_what_the_bot_can_do(standin):
    standin.default = Status(500)
    play = await started(standin)
    try:
        out = await play.say("Bonjour, où en est ma commande ?")
        assert kinds(out) == ["reply"] and "conseiller" in out[0]["text"]
        assert (await play.conversation()).failed_turns == 0
    finally:
        await play.close()
