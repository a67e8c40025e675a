"""The model inside real conversations: tool flow, one-call and zero-call paths, summaries, fallback."""

from __future__ import annotations

import json
import time

import pytest

from bot.models import Priority, State
from tandem.testing.llm import Hang, Reply, Status, call, sent_text
from tests.llm.harness import ADA, GRACE_SECRETS, Harness, assistant_for, card, kinds, replies, sends


async def test_one_call_answers_from_the_orders_in_the_prompt(standin):
    standin.add(Reply("Yes! Your blue rain jacket shipped with UPS and should arrive on 25 November.", 300, 25))
    h = Harness(assistant_for(standin))
    turn = await h.send("did the blue jacket ship yet?")
    assert replies(turn) == ["Yes! Your blue rain jacket shipped with UPS and should arrive on 25 November."]
    assert sends(turn)[0].message.private  # it speaks about the customer's order
    assert standin.calls == 1
    system = standin.requests[0]["messages"][0]["content"]
    assert "Blue rain jacket" in system and "1Z999AA10123456784" in system
    assert turn.conversation.llm_tokens == 325


async def test_a_tool_round_trip_for_what_is_not_in_the_prompt(standin):
    standin.add(
        Reply(tool_calls=[call("get_order", order_id="1004")], prompt_tokens=300, completion_tokens=15),
        Reply("Your desk lamp was delivered on 31 October.", prompt_tokens=360, completion_tokens=12),
    )
    h = Harness(assistant_for(standin))
    turn = await h.send("when will my stuff arrive")
    assert replies(turn) == ["Your desk lamp was delivered on 31 October."]
    second = standin.requests[1]["messages"]
    assert second[-2]["tool_calls"][0]["function"]["name"] == "get_order"
    tool_result = json.loads(second[-1]["content"])
    assert second[-1]["role"] == "tool" and tool_result["data_from"] == "order system"
    assert tool_result["result"]["order"]["order_id"] == "1004"
    assert turn.conversation.llm_tokens == 687


async def test_an_order_id_the_customer_owns_needs_no_model_call(standin):
    h = Harness(assistant_for(standin))
    turn = await h.send("where is order 1001?")
    assert replies(turn) == ["Order 1001 is shipped."]
    greeting = await h.send("hi")
    assert replies(greeting) == ["Hello! How can I help?"]
    assert standin.calls == 0


async def test_a_knowledge_question_is_answered_in_one_call_with_the_article_in_the_prompt(standin):
    standin.add(Reply("You can return it within 30 days for a full refund: https://help.example.com/returns"))
    h = Harness(assistant_for(standin))
    turn = await h.send("can I send back a lamp I don't like? what's the return window")
    assert "https://help.example.com/returns" in replies(turn)[0]
    assert "30 days" in standin.requests[0]["messages"][0]["content"]
    assert standin.calls == 1


async def test_malformed_tool_arguments_get_an_error_and_the_model_recovers(standin):
    standin.add(Reply(tool_calls=[("get_order", '{"order_id": 1004')]), Reply("Your desk lamp arrived on 31 October."))
    h = Harness(assistant_for(standin))
    turn = await h.send("where is my lamp order?")
    assert replies(turn) == ["Your desk lamp arrived on 31 October."]
    messages = standin.requests[1]["messages"]
    assert "error" in json.loads(messages[-1]["content"])
    assert messages[-2]["tool_calls"][0]["function"]["arguments"] == "{}"


async def test_tool_calls_per_turn_are_capped_and_then_the_rules_answer(standin):
    standin.default = Reply(tool_calls=[call("list_my_orders")])
    h = Harness(assistant_for(standin, max_tool_calls=2))
    turn = await h.send("where is my package?")
    assert standin.calls == 3  # two allowed tool calls, the third request is refused
    assert replies(turn) == ["Your orders: #1001 (shipped), #1004 (delivered)"]
    assert turn.conversation.llm_tokens == 3 * 150  # spent tokens are still counted


async def test_server_errors_fall_back_to_the_rules_and_the_model_is_switched_off(standin):
    standin.default = Status(500)
    h = Harness(assistant_for(standin, threshold=3))
    first = await h.send("where is my package?")
    assert replies(first) == ["Your orders: #1001 (shipped), #1004 (delivered)"]
    calls_before = standin.calls
    assert calls_before == 3  # retried with backoff, then the breaker opened
    second = await h.send("when will my stuff arrive?")
    assert replies(second) == ["Your orders: #1001 (shipped), #1004 (delivered)"]
    assert standin.calls == calls_before  # switched off: no call at all


@pytest.mark.slow
async def test_a_hanging_model_costs_at_most_the_turn_budget_and_the_customer_still_gets_an_answer(standin):
    standin.default = Hang()
    h = Harness(assistant_for(standin, call_timeout=0.4, budget=1.2, threshold=10, real_time=True))
    started = time.monotonic()
    turn = await h.send("when will my stuff arrive?")
    assert time.monotonic() - started < 1.2 + 0.5
    assert replies(turn) == ["Your orders: #1001 (shipped), #1004 (delivered)"]
    assert 2 <= standin.calls <= 3  # cut per call, retried, stopped by the turn budget


@pytest.mark.slow
async def test_a_turn_that_answers_and_then_hands_off_stays_within_one_budget(standin):
    standin.default = Hang()
    h = Harness(assistant_for(standin, call_timeout=0.4, budget=1.2, threshold=10, real_time=True))
    await h.send("blorp the frobnicator")
    started = time.monotonic()
    turn = await h.send("frobnicate harder")  # not understood twice: a handoff, whose summary has no time left
    assert time.monotonic() - started < 1.2 + 0.5
    assert turn.conversation.state is State.WAITING and card(turn).summary.startswith("Wants:")


async def test_rate_limits_are_retried_within_the_turn(standin):
    standin.add(Status(429, retry_after=1), Reply("Your jacket is on its way and should arrive on 25 November."))
    h = Harness(assistant_for(standin))
    turn = await h.send("when will my stuff arrive?")
    assert replies(turn) == ["Your jacket is on its way and should arrive on 25 November."]


async def test_unanswered_twice_still_hands_off_with_an_extractive_summary_when_the_model_is_down(standin):
    standin.default = Status(503)
    h = Harness(assistant_for(standin, threshold=2))
    await h.send("blorp the frobnicator")
    turn = await h.send("frobnicate harder")
    assert turn.conversation.state is State.WAITING
    assert card(turn).summary.startswith("Wants:")  # the extractive summary


async def test_the_handoff_summary_is_written_by_the_model_and_redacted_again(standin):
    standin.add(
        Reply(
            "Wants: a refund for order 1001\nTried: nothing yet\nOrders: #1001 (shipped)\n"
            "Mood: upset; paid with 4111 1111 1111 1111",
            prompt_tokens=200,
            completion_tokens=40,
        )
    )
    h = Harness(assistant_for(standin))
    await h.send("my card 4111 1111 1111 1111 was charged twice for order 1001")
    turn = await h.send("I want to talk to a person")
    assert turn.conversation.state is State.WAITING
    summary = card(turn).summary
    assert summary.splitlines()[0] == "Wants: a refund for order 1001"
    assert "4111" not in summary and "[card number removed]" in summary
    assert "4111" not in sent_text(standin.requests[-1])  # the model only ever saw the redacted transcript
    assert "model tokens so far: 240" in card(turn).footer


async def test_the_extractive_summary_is_the_fallback_when_the_model_writes_nothing_usable(standin):
    standin.add(Reply("Wants: help with order 1002 for grace@example.com"))  # things it was never shown
    h = Harness(assistant_for(standin))
    turn = await h.send("I want to talk to a person")
    assert "grace" not in card(turn).summary and "1002" not in card(turn).summary
    assert card(turn).summary.startswith("Wants: I want to talk to a person")


async def test_the_model_can_add_a_handoff_with_its_summary_in_the_same_call(standin):
    standin.add(
        Reply(tool_calls=[call("handoff_to_human", reason="frustration", summary="Wants: jacket\nMood: fed up")],
              prompt_tokens=310, completion_tokens=30)
    )
    h = Harness(assistant_for(standin))
    turn = await h.send("third week waiting for this jacket, honestly unbelievable")
    assert turn.conversation.state is State.WAITING
    assert turn.conversation.handoff.priority is Priority.HIGH
    assert kinds(turn)[:2] == ["handoff", "privacy_notice"]
    assert replies(turn)[0].startswith("Bringing in a person.")  # the fixed words, never model text
    assert card(turn).summary == "Wants: jacket\nMood: fed up"
    assert standin.calls == 1
    assert "model tokens so far: 340" in card(turn).footer


async def test_a_self_harm_handoff_from_the_model_gets_the_fixed_crisis_reply(standin):
    standin.add(
        Reply(content="here is some advice...", tool_calls=[call("handoff_to_human", reason="sensitive:self_harm")]),
        Reply("Wants: support"),
    )
    h = Harness(assistant_for(standin))
    turn = await h.send("everything feels pointless lately")
    assert turn.conversation.handoff.priority is Priority.URGENT
    assert replies(turn)[0] == "CRISIS: please call 988."
    assert all("advice" not in text for text in replies(turn))


async def test_a_model_answering_about_a_crisis_itself_is_replaced_by_the_crisis_reply_and_a_person(standin):
    standin.add(Reply("I'm so sorry. Please call a suicide hotline, you matter."), Reply("Wants: support"))
    h = Harness(assistant_for(standin))
    turn = await h.send("nothing matters anymore, what's the point of this jacket")
    assert turn.conversation.state is State.WAITING and turn.conversation.handoff.priority is Priority.URGENT
    assert replies(turn)[0] == "CRISIS: please call 988."
    assert all("hotline" not in text for text in replies(turn))


async def test_self_harm_found_by_the_rules_never_gets_model_text(standin):
    standin.default = Reply("Wants: support\nMood: at risk")
    h = Harness(assistant_for(standin))
    turn = await h.send("I want to end my life")
    assert replies(turn)[0] == "CRISIS: please call 988."
    assert all("Wants" not in text for text in replies(turn))
    assert standin.calls == 1  # only the agents' summary
    assert "tools" not in standin.requests[0]


async def test_the_model_is_not_consulted_while_people_have_the_conversation(standin):
    standin.default = Reply("Wants: a person")
    h = Harness(assistant_for(standin))
    await h.send("agent please")
    calls = standin.calls
    turn = await h.send("when will my stuff arrive?")
    assert turn.conversation.state is State.WAITING and standin.calls == calls
    assert kinds(turn) == ["relay_ack"]


async def test_nothing_of_another_customers_ever_reaches_the_model(standin):
    standin.default = Reply("Your jacket should arrive on 25 November.")
    h = Harness(assistant_for(standin))
    await h.send("did the blue jacket ship yet?")
    await h.send("what else did I order?")
    for request in standin.requests:
        text = sent_text(request)
        assert not any(secret in text for secret in GRACE_SECRETS)
        assert "ada@example.com" not in text  # the model does not need the email
    assert ADA.name.split()[0] in standin.requests[0]["messages"][0]["content"]
