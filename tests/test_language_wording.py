"""The bot's words in other languages: bundled, complete, and the admin's to change in TANDEM_CONFIG."""

from __future__ import annotations

import pytest

from bot.language import LanguageWording
from bot.language.translations import KEYS, TRANSLATIONS
from bot.settings import ConfigError
from tandem.testing.playground import playground, texts

CONSTANTS = {"team": "Acme support", "retention_days": 30, "policy_url": "https://acme.test/privacy"}
BUNDLED = ("es", "fr", "de", "pt", "it", "nl", "pl", "tr", "ru", "zh", "ja", "ar")


def test_every_bundled_language_has_every_message_and_the_privacy_notice_keeps_its_promises():
    assert set(BUNDLED) <= set(TRANSLATIONS)
    wording = LanguageWording.from_mapping({}, **CONSTANTS)
    for language in BUNDLED:
        assert set(TRANSLATIONS[language]) == set(KEYS), language
        notice = wording.say(language, "privacy_notice")
        assert notice is not None and "30" in notice and "https://acme.test/privacy" in notice, language
        capabilities = wording.say(language, "capabilities")
        assert capabilities is not None and len(capabilities) < 400, language  # short and plain


def test_the_admin_replaces_a_message_and_adds_a_language():
    wording = LanguageWording.from_mapping(
        {"es": {"handoff": "Claro, le paso con {team}."}, "sv": {"capabilities": "Hej! Skriv \"person\"."}}, **CONSTANTS
    )
    assert wording.first_words("es", "human_request") == "Claro, le paso con Acme support."
    assert wording.first_words("es", "sensitive:self_harm") == wording.say("es", "crisis")
    assert wording.say("sv", "capabilities") == 'Hej! Skriv "person".'
    assert wording.say("sv", "handoff") is None  # then the English one


@pytest.mark.parametrize(
    "table, complaint",
    [
        ({"es": {"hello": "Hola"}}, r"unknown key\(s\) hello"),
        ({"es": {"handoff": "Hola {agent}"}}, "unknown field"),
        ({"es": {"handoff": ""}}, "non-empty string"),
        ({"spanish": {"handoff": "Hola"}}, "language code"),
        ({"enabled": "yes"}, "true or false"),
    ],
)
def test_a_mistake_in_the_languages_table_is_named(table, complaint):
    with pytest.raises(ValueError, match=complaint):
        LanguageWording.from_mapping(table, **CONSTANTS)


async def configured(tmp_path, toml: str):
    config = tmp_path / "tandem.toml"
    config.write_text(toml, encoding="utf-8")
    return await playground(TANDEM_CONFIG=str(config))


async def test_tandem_config_changes_the_words_in_spanish(tmp_path):
    play = await configured(
        tmp_path, '[languages.es]\nhandoff = "Claro que sí: alguien de Acme le escribe enseguida."\n'
    )
    try:
        out = await play.say("quiero hablar con una persona")
        assert texts(out, "customer", "handoff") == "Claro que sí: alguien de Acme le escribe enseguida."
    finally:
        await play.close()


async def test_with_languages_off_every_message_is_read_as_english(tmp_path):
    play = await configured(tmp_path, "[languages]\nenabled = false\n")
    try:
        out = await play.say("necesito ayuda con mi factura")
        said = texts(out, "customer")
        assert "didn't quite follow" in said or "don't have an answer" in said
        assert "factura" not in said and "inglés" not in said
        assert (await play.conversation()).failed_turns == 1
        # an order question in Spanish is still understood (the order grammar knows "mi pedido"), in English
        out = await play.say("¿dónde está mi pedido?")
        assert "most recent orders" in texts(out, "customer")
    finally:
        await play.close()


async def test_a_bad_languages_table_stops_the_start_with_the_file_named(tmp_path):
    with pytest.raises(ConfigError, match="tandem.toml.*greeting"):
        await configured(tmp_path, '[languages.es]\ngreeting = "Hola"\n')
