"""Danger disclosed in the first person is an urgent handoff, whatever else the message is about."""

import pytest

from bot.models import Priority, Route


@pytest.mark.parametrize(
    "text",
    [
        "my partner hits me and I need the parcel sent elsewhere",
        "my husband beat me last night, can you cancel the order",
        "the driver grabbed me when he delivered it",
        "the delivery guy touched my leg",
        "he keeps touching me at work",
        "she choked me",
        "my ex threatened me",
        "I was grabbed by your courier",
        "the courier threw the parcel at me",
        "I'm in an abusive relationship and need to change my address",
        "I'm not safe at home",
        "he said he would kill me if I left",
        "my husband won't let me leave the house",
        "my boyfriend controls all my money and checks my phone",
        "my ex keeps showing up at my door",
    ],
)
def test_violence_and_being_touched_are_urgent(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:harassment", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "i took a lot of pills",
        "I've just swallowed a whole bottle of paracetamol",
        "I took 30 tablets",
        "took all my sleeping pills",
        "I overdosed",
        "i od'd on my meds",
    ],
)
def test_an_overdose_is_a_crisis(triage, text):
    result = triage.classify(text)
    assert result.reason == "sensitive:self_harm", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "the box got hit",
        "the parcel got hit by a truck",
        "I got hit with a late fee",
        "my friend hit me up about your sale",
        "he beat me to it and bought the last one",
        "the agent pushed me to upgrade my plan",
        "my boss pushed me to work overtime",
        "they kicked me off the call",
        "can you grab me a coffee",
        "your story touched me",
        "send it to my work so my husband doesn't find out",  # a surprise, as often as not
        "my mum won't let me go out",
        "my wife won't let me buy another guitar",
        "my husband took my card to buy groceries",
        "the seller said they would hurt my feelings lol",
    ],
)
def test_things_hit_and_everyday_senses_are_not_violence(triage, text):
    assert triage.classify(text).reason != "sensitive:harassment", text


@pytest.mark.parametrize(
    "text",
    [
        "took the pills back to the pharmacy",
        "I took 2 tablets as the label says",
        "I take a lot of medication for my heart",
    ],
)
def test_pills_returned_or_taken_as_prescribed_are_not_an_overdose(triage, text):
    assert triage.classify(text).reason != "sensitive:self_harm", text


def test_harassment_reply_names_helplines_for_abuse_at_home():
    from bot.triage import TriageConfig

    reply = TriageConfig.default().reply_for("sensitive:harassment")
    assert "emergency number" in reply and "1-800-799-7233" in reply and "0808 2000 247" in reply
