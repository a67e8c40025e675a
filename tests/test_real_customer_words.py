"""The words real customers type, in the playground: a person when asked for in any of the usual ways,
their own order when they ask about it by number, typo or "it", and urgent help when they disclose danger."""

from __future__ import annotations

import pytest

from bot.models import Priority, State
from tandem.testing.playground import handoff_card, kinds, texts


@pytest.mark.parametrize(
    "text",
    [
        "i need a rep now",
        "can I get a human",
        "Customer care",
        "I want to talk to executive",
        "Call me",
        "put me through to the helpline",
        "connect me with an associate",
        "is there a helpline?",
        "your phone number",
        "customer care no",
        "talk to human pls",
        "email id of support",
        "transfer to agent",
    ],
)
@pytest.mark.slow
async def test_a_request_for_a_person_in_everyday_words_reaches_one(play, text):
    out = await play.say(text)
    assert kinds(out, "customer") == ["handoff", "privacy_notice"], out
    assert handoff_card(out)["reason"] == "human_request"
    assert (await play.conversation()).state is State.WAITING


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["I am a rep", "call me Ishmael", "how do I call customer care for my bank", "can I talk to your sales team"],
)
async def test_words_that_only_look_like_a_request_stay_with_the_bot(play, text):
    out = await play.say(text)
    assert "handoff" not in kinds(out), out
    assert (await play.conversation()).state is State.BOT


async def test_a_complaint_about_an_agent_is_handed_off_as_a_complaint(play):
    out = await play.say("the agent was rude")
    assert handoff_card(out)["reason"] == "complaint"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["has 1001 shipped?", "where is 1001", "#1001?"])
async def test_an_order_named_by_its_number_alone_gets_its_details(play, text):
    out = await play.say(text)
    assert kinds(out) == ["reply"], out  # the order's details, and not a shipping article after them
    reply = out[0]["text"]
    assert "Order #1001 is on its way" in reply and "1Z999AA10123456784" in reply


async def test_a_number_that_is_not_the_customers_order_is_not_found(play):
    out = await play.say("has 9999 shipped?")
    assert "couldn't find an order" in texts(out, "customer")


@pytest.mark.parametrize(
    "text",
    [
        "Were s my order",
        "when will my order deliverd",
        "Has it been shipped",
        "where's my stuff",
        "has my oder shiped?",
    ],
)
@pytest.mark.slow
async def test_order_questions_with_typos_or_without_the_word_order_get_the_customers_orders(play, text):
    out = await play.say(text)
    assert kinds(out, "customer") == ["reply"], out
    reply = out[0]["text"]
    assert "#1001" in reply and "#1009" in reply  # Ada's recent orders, with their status
    assert "on its way" in reply


async def test_still_waiting_for_a_package_gets_the_customers_orders_from_the_bot(play):
    out = await play.say("still waiting for my package")  # an order question, not anger (issue 11, fifth round)
    assert "handoff" not in kinds(out), out
    assert "1001" in out[0]["text"]  # the orders the customer is waiting for, with their status


async def test_still_waiting_and_fed_up_gets_a_person_who_sees_the_orders(play):
    out = await play.say("still waiting for my package, this is ridiculous")
    card = handoff_card(out)
    assert card["reason"] == "frustration"
    assert "1001" in str(card)  # the agent sees the orders the customer is waiting for


@pytest.mark.parametrize(
    "text, reason",
    [
        ("my partner hits me and I need the parcel sent elsewhere", "sensitive:harassment"),
        ("the driver grabbed me when he delivered it", "sensitive:harassment"),
        ("i took a lot of pills", "sensitive:self_harm"),
        ("my ex put a tracker on my car and I want to change the delivery address", "sensitive:harassment"),
        ("i've been cutting again, sorry, where is my refund", "sensitive:self_harm"),
    ],
)
@pytest.mark.slow
async def test_a_disclosure_of_danger_is_an_urgent_handoff_with_help_at_once(play, text, reason):
    out = await play.say(text)
    assert kinds(out, "customer") == ["handoff", "privacy_notice"], out
    first = texts(out, "customer", "handoff")
    assert "emergency number" in first  # what to do right now comes before anything else
    if reason == "sensitive:self_harm":
        assert "988" in first and "116 123" in first
    else:
        assert "1-800-799-7233" in first and "0808 2000 247" in first
    card = handoff_card(out)
    assert card["reason"] == reason and card["priority"] == Priority.URGENT.value


@pytest.mark.slow
@pytest.mark.parametrize("text", ["the box got hit", "my friend hit me up about your sale"])
async def test_things_hit_and_slang_are_not_danger(play, text):
    out = await play.say(text)
    assert "handoff" not in kinds(out), out


@pytest.mark.parametrize(
    "text",
    ["we can't keep up with the rent since my hours got cut, can I pause my subscription?",
     "my dad died on Sunday and I need to cancel his account"],
)
async def test_hardship_and_a_death_told_with_a_request_reach_a_person(play, text):
    out = await play.say(text)
    assert kinds(out, "customer")[0] == "handoff", out
    assert handoff_card(out)["reason"] in {"sensitive:financial_hardship", "sensitive:bereavement"}


@pytest.mark.parametrize("text", ["my laptop died yesterday, can you repair it?", "I lost my job application link"])
async def test_things_that_died_or_were_lost_are_not_a_loss(play, text):
    out = await play.say(text)
    assert "handoff" not in kinds(out), out
