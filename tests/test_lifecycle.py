"""The conversation lifecycle, as a customer and an agent live it in the local playground."""

from __future__ import annotations

import pytest

from bot.models import Priority, State
from tandem.testing.playground import kinds, playground, texts


async def test_a_greeting_says_what_the_bot_can_do(play):
    out = await play.say("hi there")
    assert kinds(out) == ["reply"]
    assert "order" in out[0]["text"].lower() and "person" in out[0]["text"].lower()


async def test_asking_for_a_person_hands_off_with_a_privacy_notice_and_a_card(play):
    out = await play.say("I need to talk to a person please")
    assert kinds(out, "customer") == ["handoff", "privacy_notice"]
    notice = texts(out, "customer", "privacy_notice").lower()
    for promise in ("see", "summary", "order", "card numbers", "passwords", "30 days", "privacy policy"):
        assert promise in notice
    [card] = [r for r in out if r["kind"] == "handoff" and r["to"] == "agents"]
    assert card["card"]["reason"] == "human_request"
    assert card["card"]["customer_email"] == "ada@example.com"
    conv = await play.conversation()
    assert conv.state is State.WAITING
    audit = await play.store.audit_log(conv.id)
    assert [(a.action, a.from_state, a.to_state) for a in audit] == [("handoff", State.BOT, State.WAITING)]


async def test_the_whole_handoff_story_with_relays_notes_and_resolve(play):
    await play.say("where is my order?")
    await play.say("I want to speak to a human")
    out = await play.say("are you there?")
    assert kinds(out, "agents") == ["relay"]
    assert kinds(out, "customer") == ["relay_ack"]  # once, so the customer knows it arrived
    out = await play.say("hello??")
    assert kinds(out) == ["relay"]  # no more bot chatter while waiting

    out = await play.say("/claim")
    assert "Sam from support has joined" in texts(out, "customer", "agent_joined")
    assert [r["state"] for r in out if r["kind"] == "card_update"] == ["with_agent"]

    out = await play.say("/agent Hi Ada, I'm looking at your order now.")
    assert [(r["kind"], r.get("author")) for r in out if r["to"] == "customer"] == [("relay", "Sam")]
    assert kinds(out, "agents") == ["relayed"]

    out = await play.say("/agent !note customer sounds worried, check warehouse")
    assert kinds(out, "customer") == []
    assert kinds(out, "agents") == ["kept_internal"]

    out = await play.say("thank you so much")
    assert kinds(out) == ["relay"] and out[0]["to"] == "agents"  # the bot stays quiet with a person on

    out = await play.say("/resolve")
    assert kinds(out, "customer") == ["resolved", "csat"]
    assert [r["state"] for r in out if r["kind"] == "card_update"] == ["bot"]
    conv = await play.conversation()
    assert conv.state is State.BOT and conv.awaiting_csat

    out = await play.say("5")
    assert kinds(out, "customer") == ["csat_thanks"]
    out = await play.say("where is my order 1001?")
    assert kinds(out, "customer") == ["reply"]  # the bot is back
    actions = [a.action for a in await play.store.audit_log(conv.id)]
    assert actions == ["handoff", "claim", "resolve", "csat"]
    transcript = await play.store.transcript(conv.id, 100)
    assert any(e.role.value == "note" and "warehouse" in e.text for e in transcript)


async def test_return_to_bot_without_resolving(play):
    await play.say("agent please")
    await play.say("/claim")
    out = await play.say("/return")
    assert kinds(out, "customer") == ["returned_to_bot"]
    assert (await play.conversation()).state is State.BOT


async def test_the_customer_can_cancel_a_waiting_handoff(play):
    await play.say("can I talk to a human")
    out = await play.say("never mind")
    assert kinds(out, "customer") == ["cancelled"]
    assert "cancelled" in kinds(out, "agents")
    assert (await play.conversation()).state is State.BOT
    out = await play.say("/claim")
    assert kinds(out) == ["refused"]


async def test_self_harm_gets_crisis_resources_first_and_urgent_priority(play):
    out = await play.say("I don't want to live anymore")
    first = out[0]
    assert first["to"] == "customer" and first["kind"] == "handoff"
    assert "988" in first["text"] and "116 123" in first["text"]
    card = next(r for r in out if r["kind"] == "handoff" and r["to"] == "agents")
    assert card["card"]["priority"] == Priority.URGENT.value
    assert card["card"]["reason"] == "sensitive:self_harm"
    assert "never mind" not in first["text"]  # no "cancel" nudge for someone at risk


async def test_not_understanding_twice_brings_in_a_person(play):
    out = await play.say("blorp fizzle wibble")
    assert kinds(out) == ["reply"]
    out = await play.say("zorg quux flim")
    assert "handoff" in kinds(out, "customer")
    card = next(r for r in out if r["kind"] == "handoff" and r["to"] == "agents")
    assert card["card"]["reason"] == "frustration" and card["card"]["priority"] == "high"


@pytest.mark.slow
async def test_escalation_while_waiting_raises_priority_and_updates_the_card(play):
    await play.say("I'd like to talk to someone")
    out = await play.say("honestly I just want to end my life")
    assert "988" in texts(out, "customer")
    assert "priority" in kinds(out, "agents")
    conv = await play.conversation()
    assert conv.handoff.priority is Priority.URGENT


async def test_card_and_relays_are_redacted(play):
    # a double charge may itself be read as a complaint and hand off at once: the card is on either turn
    out = await play.say("my card 4111 1111 1111 1111 was charged twice")
    out += await play.say("I want a human now")
    card = next(r for r in out if r["kind"] == "handoff" and r["to"] == "agents")
    assert "4111" not in card["text"]
    out = await play.say("password: hunter2 is what I used")
    relay = texts(out, "agents", "relay")
    assert "hunter2" not in relay


async def test_buttons_on_a_closed_card_change_nothing(play):
    await play.say("agent please")
    conv = await play.conversation()
    old_handoff = conv.handoff.id
    await play.say("/resolve")
    from bot.models import ActionKind, AgentAction, Person
    from tandem.commands.playground import AGENTS
    from tests.factories import NOW

    stale = AgentAction("local:stale", ActionKind.CLAIM, Person("x", "Kim"), conv.id, old_handoff, AGENTS, NOW)
    receipt = await play.runtime.receive(stale)
    assert not receipt.accepted and "already closed" in receipt.problem
    elsewhere = AgentAction(
        "local:else", ActionKind.CLAIM, Person("x", "Kim"), conv.id, old_handoff, play.session.address, NOW
    )
    receipt = await play.runtime.receive(elsewhere)
    assert not receipt.accepted and "agents' channel" in receipt.problem


async def test_a_repeated_delivery_is_answered_once(play):
    from bot.models import CustomerMessage
    from tests.factories import NOW

    msg = CustomerMessage("local:same", play.session.address, play.session.customer, "hello", NOW)
    first = await play.runtime.receive(msg)
    second = await play.runtime.receive(msg)
    await play.runtime.idle()
    assert first.accepted and second.duplicate
    assert kinds(play.new()) == ["reply"]


@pytest.mark.parametrize(
    "question",
    ["Can you tell me when my parcel will arrive?", "when will my stuff arrive",
     "When will my order 1001 be delivered?"],
)
@pytest.mark.slow
async def test_delivery_time_questions_about_my_orders_get_my_orders(play, question):
    out = await play.say(question)
    assert kinds(out) == ["reply"]
    assert "#1001" in out[0]["text"] or "1001" in out[0]["text"]


async def test_a_broken_delivery_gets_help_with_returns_not_an_order_list(play):
    out = await play.say("my item arrived broken, what do I do?")
    assert kinds(out) == ["reply"]
    assert "return" in out[0]["text"].lower()


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("I want to cancel my order 1001", "cancel"),
        ("can I change my delivery address for order 1009?", "address"),
        ("I need to return order 1004", "return"),
    ],
)
@pytest.mark.slow
async def test_changing_an_order_gets_help_with_the_change_not_its_status(play, question, article):
    out = await play.say(question)
    assert kinds(out) == ["reply"]
    assert article in out[0]["text"].lower()
    assert "is on its way" not in out[0]["text"] and "is being prepared" not in out[0]["text"]


async def test_an_unrelated_problem_is_not_answered_with_a_random_article(play):
    out = await play.say("the app keeps crashing")
    assert kinds(out) == ["reply"]
    assert "didn't quite follow" in out[0]["text"]


async def test_a_question_with_no_answer_here_is_told_so_honestly(play):
    out = await play.say("do you sell furniture?")
    assert "I don't have an answer to that one" in out[0]["text"] and "talk to a person" in out[0]["text"]


async def test_asking_what_the_bot_can_do_or_whether_it_is_a_person_gets_a_plain_answer(play):
    out = await play.say("help")
    out += await play.say("what can you do?")
    out += await play.say("are you a real person?")
    assert kinds(out) == ["reply", "reply", "reply"]  # not "I didn't follow", and no handoff for not following
    assert "track" not in texts(out[2:]) and "not a person" in texts(out[2:])
    assert (await play.conversation()).state is State.BOT


async def test_a_parcel_that_says_delivered_but_is_not_there_gets_the_status_and_what_to_do(play):
    out = await play.say("my parcel says delivered but it's not here")
    assert kinds(out) == ["reply", "reply"]
    assert "#1004" in out[0]["text"]
    assert "next working day" in out[1]["text"] and "replacement or a full refund" in out[1]["text"]
    plain = await play.say("where is my order?")
    assert kinds(plain) == ["reply"]  # a plain question gets the status alone


async def test_playground_commands_a_mistyped_one_gets_help_not_the_bot(play):
    out = await play.say("/clam")
    assert kinds(out) == ["help"] and "There is no /clam command" in out[0]["text"] and "/claim" in out[0]["text"]
    out = await play.say("/agent")
    assert kinds(out) == ["help"] and "/agent Hi" in out[0]["text"]
    await play.say("agent please")
    out = await play.say("/CLAIM")
    assert "agent_joined" in kinds(out, "customer")


async def test_after_the_order_list_a_bare_number_is_an_order_and_another_customers_is_not_found(play):
    await play.say("where is my order?")
    out = await play.say("what about 1001?")
    assert "Order #1001 is on its way" in texts(out)
    out = await play.say("and 1009")
    assert "Order #1009" in texts(out)
    unknown = texts(await play.say("5555"))
    foreign = texts(await play.say("1002"))  # Grace's order
    assert unknown == foreign and "couldn't find an order with that number" in unknown
    # a number in a question about something else
    assert "ship" in texts(await play.say("do you ship to 90210?")).lower()
    assert (await play.conversation()).state is State.BOT


@pytest.mark.parametrize(
    "rating, stars, low",
    [("terrible, 1", 1, True), ("2", 2, True), ("I'd say 4/5", 4, False), ("5, thanks!", 5, False),
     ("it took 3 days, 2 stars", 2, True)],
)
@pytest.mark.slow
async def test_a_rating_in_a_few_words_counts_and_a_low_one_asks_what_went_wrong(play, rating, stars, low):
    for line in ("agent please", "/claim", "/resolve"):
        await play.say(line)
    out = await play.say(rating)
    assert kinds(out, "customer") == (["csat_comment_ask"] if low else ["csat_thanks"])
    assert ("what went wrong" in out[0]["text"]) is low
    audit = await play.store.audit_log((await play.conversation()).id)
    assert audit[-1].action == "csat" and audit[-1].detail == f"rating {stars}/5"


@pytest.mark.slow
async def test_the_card_tells_agents_what_a_customer_in_crisis_was_already_given(play):
    out = await play.say("I don't see the point in anything anymore")
    [card] = [r for r in out if r["to"] == "agents" and r["kind"] == "handoff"]
    assert "For the team: The customer was given crisis lines" in card["text"]
    calm = await playground()
    try:
        routine = await calm.say("agent please")
        [plain] = [r for r in routine if r["to"] == "agents" and r["kind"] == "handoff"]
        assert "For the team" not in plain["text"]
    finally:
        await calm.close()


async def test_ok_and_no_are_not_misunderstandings_and_never_add_up_to_a_handoff(play):
    out = []
    for line in ("where is my order?", "ok", "👍", "no", "lol"):
        out += await play.say(line)
    assert "didn't quite follow" not in texts(out)
    assert (await play.conversation()).state is State.BOT and kinds(out) == ["reply"] * 5


@pytest.mark.slow
@pytest.mark.parametrize("text", ["my order is late", "it was supposed to come yesterday", "my package seems stuck"])
async def test_a_late_order_gets_the_customers_orders_with_their_dates(play, text):
    out = await play.say(text)
    assert "Here are your most recent orders" in texts(out) and "expected" in texts(out)


async def test_two_questions_in_one_message_get_two_answers(play):
    out = await play.say("where is my order and how do I return the lamp?")
    assert kinds(out) == ["reply", "reply"]
    assert "#1001" in out[0]["text"] and "To return something:" in out[1]["text"]  # how: the steps
    alone = await play.say("where is my order? I need it for Friday")
    assert kinds(alone) == ["reply"]  # nothing in the help articles about Friday: no second answer


async def test_how_after_a_help_answer_goes_on_with_the_same_article(play):
    first = await play.say("how much does a return cost?")
    assert "$4.95" in first[0]["text"]
    more = await play.say("how?")
    assert "To return something" in more[0]["text"] and "prepaid label" in more[0]["text"]
    after = await play.say("and then?")
    assert "We refund to the way you paid" in after[0]["text"]
    await play.say("where is my order?")
    lost = await play.say("how?")  # nothing to go on from after an order answer
    assert "I don't have an answer to that one" in lost[0]["text"]


async def test_a_second_handoff_after_a_resolve_summarises_only_what_came_since(play):
    await play.say("where is my order?")
    await play.say("my parcel says delivered but it's not here, I want to talk to a person")
    for line in ("/claim", "/agent Hi Ada, I've asked the courier.", "/resolve"):
        await play.say(line)
    await play.say("how do I return something?")
    out = await play.say("actually the mug arrived broken, can I speak to someone please")
    [card] = [r["card"] for r in out if r["kind"] == "handoff" and r["to"] == "agents"]
    summary = card["summary"]
    assert "Wants: actually the mug arrived broken" in summary
    assert "Tried: the bot replied 1 time before this handoff." in summary  # the return answer, not the first episode's
    assert "delivered but it's not here" not in summary


async def test_asking_how_to_return_something_gets_the_steps(play):
    reply = texts(await play.say("how do I return something?"), "customer")
    assert reply.startswith("To return something:\n1. Find your order in your account")
    assert "Drop the parcel off within 14 days" in reply
