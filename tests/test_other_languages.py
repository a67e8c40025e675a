"""Customers writing in other languages, in the local playground: told plainly in their language what the
bot can do, handed to a person when they ask in it, given crisis help in it, and never counted as
"not understood"."""

from __future__ import annotations

import pytest

from bot.models import Priority, State
from tandem.testing.playground import handoff_card as agents_card
from tandem.testing.playground import kinds, texts


@pytest.mark.parametrize(
    "message, words, reply",
    [
        ("Hola, ¿dónde está mi pedido? No llega nunca", ("inglés", "pedidos", "persona"), "persona"),
        ("Bonjour, je n'ai toujours pas reçu ma commande", ("anglais", "commandes", "conseiller"), "conseiller"),
        ("Hallo, wo ist meine Bestellung? Sie ist immer noch nicht da", ("Englisch", "Bestellungen", "Mitarbeiter"),
         "Mitarbeiter"),
    ],
)
@pytest.mark.slow
async def test_a_message_in_spanish_french_or_german_is_answered_in_it_and_offers_a_person(play, message, words, reply):
    out = await play.say(message)
    assert kinds(out) == ["reply"]
    said = out[0]["text"]
    assert all(word in said for word in words), said
    conv = await play.conversation()
    assert conv.state is State.BOT and conv.failed_turns == 0
    out = await play.say(reply)  # the word the bot told them to reply with
    assert kinds(out, "customer") == ["handoff", "privacy_notice"]
    assert agents_card(out)["reason"] == "human_request"


async def test_asking_for_a_person_in_spanish_hands_off_in_spanish_and_the_card_says_the_language(play):
    out = await play.say("Buenas, quiero hablar con una persona por favor")
    assert kinds(out, "customer") == ["handoff", "privacy_notice"]
    handoff, notice = texts(out, "customer", "handoff"), texts(out, "customer", "privacy_notice")
    assert "persona de nuestro equipo" in handoff
    assert "30 días" in notice and "https://example.com/privacy" in notice and "tarjeta" in notice
    card = agents_card(out)
    assert card["reason"] == "human_request"
    assert "writes in Spanish" in card["footer"]
    assert "(Spanish)" in card["summary"]


@pytest.mark.parametrize(
    "message, helpline",
    [
        ("Ya no puedo más, quiero morirme", "024"),
        ("Je ne veux plus vivre, j'ai envie de mourir", "3114"),
        ("Ich will nicht mehr leben", "0800 111 0 111"),
        ("我不想活了", "110"),
    ],
)
@pytest.mark.slow
async def test_a_crisis_in_another_language_gets_help_in_it_at_once_and_urgent_priority(play, message, helpline):
    out = await play.say(message)
    first = out[0]
    assert first["to"] == "customer" and first["kind"] == "handoff"
    assert helpline in first["text"] and "findahelpline.com" in first["text"] or helpline in first["text"]
    card = agents_card(out)
    assert card["reason"] == "sensitive:self_harm" and card["priority"] == Priority.URGENT.value
    assert card["sentiment_trend"].startswith("in distress")
    assert "988" not in card["guidance"] and "writes in" in card["guidance"]  # agents know which helplines they got


async def test_danger_written_in_another_language_is_an_urgent_handoff_with_emergency_numbers(play):
    out = await play.say("Mi pareja me pega y necesito que el paquete vaya a otra dirección")
    assert "112" in out[0]["text"] and out[0]["kind"] == "handoff"
    card = agents_card(out)
    assert card["reason"] == "sensitive:harassment" and card["priority"] in ("high", "urgent")


async def test_a_crisis_written_in_french_while_waiting_raises_the_priority_and_answers_in_french(play):
    await play.say("Je voudrais parler à un conseiller")
    out = await play.say("je n'en peux plus, je veux mourir")
    assert "3114" in texts(out, "customer", "handoff")
    conv = await play.conversation()
    assert conv.handoff.priority is Priority.URGENT


async def test_messages_in_another_language_never_count_as_not_understood(play):
    await play.say("blorp fizzle wibble")  # English the bot cannot follow: one miss
    assert (await play.conversation()).failed_turns == 1
    for message in ("¿Me puede ayudar?", "no entiendo", "gracias"):
        out = await play.say(message)
        assert kinds(out) == ["reply"], out  # no handoff for "not understood twice"
    conv = await play.conversation()
    assert conv.state is State.BOT and conv.failed_turns == 1
    out = await play.say("wibble wobble")  # the second English miss is what brings in a person
    assert agents_card(out)["reason"] == "frustration"


async def test_a_language_without_bundled_wording_gets_a_plain_english_answer_and_english_still_works(play):
    out = await play.say("Hvor er min pakke? Jeg har ventet længe")  # Danish
    assert "only read English" in out[0]["text"] and '"person"' in out[0]["text"]
    out = await play.say("hola, where is my order?")  # mostly English: answered as English
    assert "#1001" in texts(out, "customer")
