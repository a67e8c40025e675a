"""Which language a customer writes in, whether they ask for a person or are in danger in it: short chat
messages first, and English customers never taken for someone else."""

from __future__ import annotations

import csv
import re

import pytest

from bot.language import CRISIS, DANGER, ENGLISH, PERSON, LanguageCheck
from bot.language.translations import TRANSLATIONS
from tests.support.shared import shared_path


@pytest.fixture(scope="module")
def check() -> LanguageCheck:
    return LanguageCheck()


@pytest.mark.parametrize(
    "text",
    [
        "ok", "no", "yes please", "thanks!", "where is my order", "#1001", "1001", "👍", "thanks 😊", "hi",
        "hola, where is my order?", "merci for the help, where is my parcel?", "my name is José García",
        "I love the crème brûlée", "café latte please", "Jose Garcia", "asdfgh", "blorp fizzle wibble",
        "zorg quux flim", "can I talk to an agent", "I want a person", "person", "agent", "human",
        "it’s still not here!!!", "WHERE IS MY ORDER", "order 12345 status pls", "ty", "nvm",
    ],
)
def test_english_short_messages_order_numbers_names_and_emoji_are_english(check, text):
    assert check.read(text).language == ENGLISH


@pytest.mark.parametrize(
    "text, language",
    [
        ("merci", "fr"), ("gracias", "es"), ("hola", "es"), ("danke", "de"), ("obrigado", "pt"), ("grazie", "it"),
        ("dank je", "nl"), ("dziękuję", "pl"), ("teşekkürler", "tr"), ("спасибо", "ru"), ("谢谢", "zh"),
        ("ありがとう", "ja"), ("شكرا", "ar"),
        ("¿Dónde está mi pedido?", "es"), ("donde esta mi pedido", "es"), ("Où est ma commande ?", "fr"),
        ("Wo ist meine Bestellung?", "de"), ("Onde está a minha encomenda?", "pt"), ("Dov'è il mio ordine?", "it"),
        ("Waar is mijn bestelling?", "nl"), ("Gdzie jest moja paczka?", "pl"), ("Siparişim nerede?", "tr"),
        ("Где мой заказ?", "ru"), ("我的订单在哪里？", "zh"), ("注文はどこですか？", "ja"), ("أين طلبي؟", "ar"),
        ("hola, necesito ayuda con mi pedido", "es"), ("Bonjour, mon colis n'est pas arrivé", "fr"),
    ],
)
def test_other_languages_are_recognised_from_a_word_or_two(check, text, language):
    assert check.read(text).language == language


@pytest.mark.parametrize(
    "text, language",
    [
        ("Quiero hablar con una persona", "es"), ("persona", "es"), ("Je voudrais parler à un conseiller", "fr"),
        ("Ich möchte mit einem Mitarbeiter sprechen", "de"), ("Quero falar com um atendente", "pt"),
        ("Posso parlare con un operatore?", "it"), ("Kan ik met een medewerker spreken?", "nl"),
        ("Chcę porozmawiać z konsultantem", "pl"), ("Bir temsilciyle konuşmak istiyorum", "tr"),
        ("Соедините с оператором, пожалуйста", "ru"), ("转人工", "zh"), ("オペレーターと話したいです", "ja"),
        ("أريد التحدث مع موظف", "ar"),
    ],
)
def test_asking_for_a_person_in_another_language(check, text, language):
    reading = check.read(text)
    assert reading.reason == PERSON and reading.phrase_language == language


@pytest.mark.parametrize("language", sorted(TRANSLATIONS))
def test_the_word_each_language_is_told_to_reply_with_asks_for_a_person(check, language):
    told = TRANSLATIONS[language]["capabilities"]
    [word] = re.findall(r"[«„\"“「]\s*([^»“”\"」]+?)\s*[»“”\"」]", told)
    reading = check.read(word)
    assert reading.reason == PERSON, (language, word, reading)
    assert reading.language == language


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ya no aguanto más, quiero morirme", "es"), ("ya no quiero vivir", "es"),
        ("Je n'en peux plus, je veux mourir", "fr"),
        ("Ich will nicht mehr leben", "de"), ("Não quero mais viver", "pt"), ("nao quero mais viver", "pt"),
        ("Voglio morire", "it"), ("Ik wil niet meer leven", "nl"), ("Chcę umrzeć", "pl"), ("Ölmek istiyorum", "tr"),
        ("Я больше не хочу жить", "ru"), ("我不想活了", "zh"), ("もう死にたい", "ja"), ("أريد أن أموت", "ar"),
        ("hola, me quiero morir, where is my order", "es"),
    ],
)
def test_a_crisis_in_another_language_is_recognised(check, text, language):
    reading = check.read(text)
    assert reading.reason == CRISIS and reading.phrase_language == language


@pytest.mark.parametrize(
    "text",
    ["Mi pareja me pega y necesito cambiar la dirección", "Il me frappe, je suis en danger", "Er schlägt mich",
     "Mój mąż mnie bije, bije mnie codziennie", "他打我，我很害怕"],
)
def test_danger_in_another_language_is_recognised(check, text):
    assert check.read(text).reason == DANGER


@pytest.mark.parametrize(
    ("text", "reason"),
    [("想死你了！好久不见", None), ("我好想死你们啊", None), ("他打了我的电话三次，没人接", None),
     ("我真的想死", CRISIS), ("我想死了，不想活了", CRISIS), ("他打了我", DANGER)],
)
def test_chinese_everyday_phrases_that_hold_a_crisis_word_are_not_a_crisis(check, text, reason):
    """"想死你了" is "I miss you so much", "打了我的电话" "called my phone": written without spaces, the
    crisis and danger phrases inside them are not what was said."""
    assert check.read(text).reason == reason


def test_plain_english_stops_at_the_cheap_check(check):
    for text in ("where is my order?", "I want to return the mug", "thank you so much", "can I get a refund"):
        assert not check.may_be_foreign(text)


def test_english_customer_messages_are_almost_never_taken_for_another_language(check):
    path = shared_path("eval", "dev.csv")
    if path is None:
        pytest.skip("../shared/eval/dev.csv is not here")
    with path.open(encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)]
    foreign = [text for text in texts if not check.read(text).english]
    assert len(foreign) <= 0.002 * len(texts), foreign[:20]  # docs/triage.md: 6 of 9,485, half not English at all


def test_a_fault_in_the_language_check_leaves_the_message_to_english_triage():
    def broken():
        raise OSError("profiles.json.gz: no such file")

    check = LanguageCheck(profiles=broken)
    assert check.read("quiero hablar con una persona").english
    assert check.read("where is my order").english
