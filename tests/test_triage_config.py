"""Triage configuration: an admin's [triage] table merged over good defaults."""

import tomllib

import pytest

from bot.models import Priority, Route
from bot.triage import Triage, TriageConfig

ADMIN_TOML = """
[triage]
frustration_threshold = -0.8

[triage.categories.complaint]
words = ["rip-off merchants", "re:\\\\bnever\\\\s+again\\\\b"]
reply = "Sorry about this. Someone from the team will look into it today."
priority = "high"

[triage.categories.data_privacy]
enabled = false

[triage.categories."sensitive:legal"]
words = ["ombudsman"]
replace_words = true
"""


@pytest.fixture(scope="module")
def admin_config() -> TriageConfig:
    return TriageConfig.from_mapping(tomllib.loads(ADMIN_TOML)["triage"])


def test_defaults_are_complete():
    config = TriageConfig.default()
    names = [c.name for c in config.categories]
    assert names[0] == "self_harm"
    assert set(names) == {
        "self_harm", "medical", "harassment", "bereavement", "legal", "financial_hardship", "data_privacy",
        "human_request", "complaint", "frustration",
    }
    assert config.category("sensitive:self_harm").priority is Priority.URGENT
    assert config.category("frustration").priority is Priority.HIGH
    assert TriageConfig.from_mapping({}) == config
    assert TriageConfig.from_mapping(None) == config


def test_added_words_extend_the_defaults(admin_config):
    triage = Triage(admin_config)
    result = triage.classify("you are rip-off merchants")
    assert result.reason == "complaint"
    assert result.priority is Priority.HIGH
    assert triage.classify("never again").reason == "complaint"
    assert triage.classify("I want to file a complaint").reason == "complaint"  # defaults kept


def test_reply_can_be_changed(admin_config):
    assert admin_config.reply_for("complaint") == "Sorry about this. Someone from the team will look into it today."
    assert admin_config.reply_for("sensitive:self_harm") == TriageConfig.default().reply_for("sensitive:self_harm")


def test_a_category_can_be_disabled(admin_config):
    assert Triage().classify("please delete my data").reason == "sensitive:data_privacy"
    assert Triage(admin_config).classify("please delete my data").route is Route.BOT


def test_words_can_be_replaced(admin_config):
    triage = Triage(admin_config)
    assert triage.classify("I will contact the ombudsman").reason == "sensitive:legal"
    assert triage.classify("I am going to sue you").route is Route.BOT


def test_frustration_threshold_is_configurable():
    text = "this is bad, really bad"
    strict = Triage(TriageConfig.from_mapping({"frustration_threshold": -0.3}))
    lenient = Triage(TriageConfig.from_mapping({"frustration_threshold": -0.95}))
    assert strict.classify(text).reason == "frustration"
    assert lenient.classify(text).route is Route.BOT


def test_admin_words_go_through_the_same_normalisation():
    config = TriageConfig.from_mapping({"categories": {"financial_hardship": {"words": ["can't make ends meet"]}}})
    assert Triage(config).classify("I cant make ends meet").reason == "sensitive:financial_hardship"


@pytest.mark.parametrize(
    "mapping, key",
    [
        ({"frustration_treshold": -0.5}, "frustration_treshold"),
        ({"categories": {"complaints": {"words": ["x"]}}}, "complaints"),
        ({"categories": {"complaint": {"word": ["x"]}}}, "word"),
        ({"categories": {"complaint": {"priority": "very high"}}}, "priority"),
        ({"categories": {"complaint": {"words": "rip-off"}}}, "words"),
        ({"categories": {"complaint": {"words": ["re:(unclosed"]}}}, "words[0]"),
        ({"categories": {"complaint": {"enabled": "no"}}}, "enabled"),
        ({"categories": {"complaint": {"reply": ""}}}, "reply"),
        ({"frustration_threshold": 3}, "frustration_threshold"),
        ({"failed_turns_limit": 0}, "failed_turns_limit"),
    ],
)
def test_mistakes_in_the_mapping_raise_value_error_naming_the_key(mapping, key):
    with pytest.raises(ValueError, match=r"\b" + key.replace("[", r"\[").replace("]", r"\]")):
        TriageConfig.from_mapping(mapping)


def test_failed_turns_limit_is_configurable():
    from bot.triage import History

    config = TriageConfig.from_mapping({"failed_turns_limit": 3})
    history = History(previous_texts=("a", "b"), sentiments=(0.0, 0.0), failed_turns=2)
    assert Triage(config).classify("c", history).route is Route.BOT
    assert Triage().classify("c", history).route is Route.HUMAN
