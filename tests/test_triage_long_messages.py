"""Triage of long messages, with ``long_message_words`` set: frustration counts anger aimed at us and the writer's
own state, not strong words in a story about someone else; a disclosure inside a long message still reaches a
person. By default (0) every message is read whole: the focus costs self-harm recall (docs/triage.md)."""

from dataclasses import replace

import pytest

from bot.models import Route
from bot.triage import Triage, TriageConfig
from bot.triage.focus import focus_of

POLITICS = (
    "I spent the whole evening watching the debate in parliament. The minister called the opposition a bunch of "
    "idiots and the chamber erupted. The coverage afterwards was a circus, with pundits shouting over each other "
    "about the budget and the war abroad. It was bloody awful television from start to finish. Where can I find "
    "the full transcript of Tuesday's session? I would like to read it properly over the weekend."
)
FILM = (
    "We watched an old western last night. The villain is a vicious man who shoots the sheriff and burns the "
    "town, and the hero swears he will hunt down every last one of the bastards. It gets grim in the final hour "
    "and the whole gang ends up dead in the dust. The score is wonderful though, and the desert photography is "
    "stunning. Which other films from that decade would you recommend for a quiet evening in?"
)
DIARY = (
    "My grandfather kept a diary through the whole war. He wrote about the mud, the rats and the officers he "
    "hated, and some pages are full of rage at the generals who sent his friends to die for nothing. He called "
    "them butchers and fools. It is a hard read but a remarkable record. I am having it bound properly for the "
    "family, and I would like to order a second copy of the leather cover for my sister."
)


FOCUSED = replace(TriageConfig.default(), long_message_words=40)


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage(FOCUSED)


@pytest.fixture(scope="module")
def rules_only() -> Triage:
    return Triage(replace(FOCUSED, model=False))


@pytest.fixture(scope="module")
def default() -> Triage:
    return Triage()


@pytest.mark.parametrize("text", [POLITICS, FILM, DIARY])
def test_strong_words_about_someone_else_in_a_long_message_stay_with_the_bot(triage, rules_only, text):
    for engine in (triage, rules_only):
        result = engine.classify(text)
        assert result.route is Route.BOT, result.signals


@pytest.mark.parametrize(
    "text",
    [
        "I ordered the blue jacket two weeks ago and it arrived today, thank you. The sleeves are a little long so "
        "I may swap it for the smaller size. Honestly though, I have not been coping at all lately. I do not see "
        "the point in anything any more and I have nobody left to talk to. Sorry to put this on you.",
        "Thanks for sorting out the delivery address last week, the parcel came on time. The last month has been "
        "hard. I lost my job in October and the flat feels empty since my partner left. Some nights I just want "
        "to fucking die and I do not know who else to tell.",
    ],
)
def test_a_disclosure_inside_a_long_message_still_reaches_a_person(triage, rules_only, default, text):
    for engine in (triage, rules_only, default):
        result = engine.classify(text)
        assert result.route is Route.HUMAN, result.signals
        assert result.reason == "sensitive:self_harm"


def test_anger_aimed_at_us_in_a_long_message_is_still_frustration(triage):
    text = (
        "I have asked about the replacement three times this month. Each time the answer changes and the call back "
        "I was promised never comes. Honestly you keep ignoring me and I am sick of it. All I want is a straight "
        "answer about when the new one will be sent, because the old one still sits in a box in my hall."
    )
    result = triage.classify(text)
    assert result.route is Route.HUMAN, result.signals
    assert any(s.startswith("sounds frustrated") or "annoyed" in s for s in result.signals)
    assert any(s.startswith("long message: read ") for s in result.signals)


def test_the_writers_own_exclamation_in_a_long_message_counts(triage):
    text = (
        "Third attempt at the sign-up form tonight and it threw the same error on the last page again. I filled "
        "in every field, checked the postcode twice and even tried another browser. The page just reloads with "
        "all of it gone. This is bullshit."
    )
    result = triage.classify(text)
    assert result.route is Route.HUMAN, result.signals


@pytest.mark.parametrize("text", ["this is bullshit", "you lot are clueless", "I'm so fed up with the idiots"])
def test_short_messages_are_read_whole(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, result.signals
    assert not any(s.startswith("long message") for s in result.signals)


def test_by_default_a_long_message_is_read_whole(default):
    result = default.classify(POLITICS)
    assert result.route is Route.HUMAN, result.signals
    assert result.reason == "frustration"
    assert TriageConfig.default().long_message_words == 0


def test_an_admin_can_switch_the_focus_on():
    config = TriageConfig.from_mapping({"long_message_words": 40})
    assert config.long_message_words == 40
    assert Triage(config).classify(POLITICS).route is Route.BOT
    with pytest.raises(ValueError, match="long_message_words"):
        TriageConfig.from_mapping({"long_message_words": -1})


def test_the_focus_keeps_sentences_aimed_at_us_and_about_the_writer():
    focus = focus_of(POLITICS, 40)
    assert focus is not None
    assert "bunch of idiots" not in focus.aimed_text + focus.felt_text
    assert "Where can I find the full transcript of Tuesday's session?" not in focus.aimed
    assert "I would like to read it properly over the weekend." in focus.felt
    assert focus_of("you lot are clueless", 40) is None
    assert focus_of(POLITICS, 0) is None


@pytest.mark.parametrize(
    "text", ["resetting the router is a pain in the arse", "it is such a pain in the neck to log in"]
)
def test_a_pain_in_the_neck_as_an_idiom_is_not_medical(default, text):
    assert default.classify(text).reason != "sensitive:medical"


@pytest.mark.parametrize(
    "text", ["I have a sharp pain in the neck when I turn my head", "pain in the chest since this morning"]
)
def test_pain_in_the_body_is_still_medical(default, text):
    assert default.classify(text).reason == "sensitive:medical"


@pytest.mark.parametrize("text", ["some days I wish I was never born", "i just wanna fucking die"])
def test_wanting_to_die_with_a_word_between_is_self_harm(default, text):
    assert default.classify(text).reason == "sensitive:self_harm"
