"""The mood agents read on a handoff card agrees with why the customer was handed off."""

from __future__ import annotations

from adapters.local.render import render_card as playground_card
from adapters.slack.render import card_blocks
from adapters.teams.render import render_card as teams_card
from bot.models import HandoffCard
from tandem.testing.playground import handoff_card, playground


def the_card(records: list[dict]) -> dict:
    return {
        "card": handoff_card(records),
        "text": next(r["text"] for r in records if r["to"] == "agents" and r["kind"] == "handoff"),
    }


async def test_an_exasperated_request_for_a_person_is_shown_as_frustrated_not_positive(play):
    out = await play.say("this is ridiculous!!! nobody helps, I want a person")
    card = the_card(out)
    assert card["card"]["sentiment_trend"].startswith("frustrated")
    assert "positive" not in card["card"]["sentiment_trend"] and "improving" not in card["card"]["sentiment_trend"]
    assert "Mood: frustrated" in card["text"]  # the playground's card
    assert "positive" not in card["card"]["summary"]
    assert card["text"].count("Mood") == 1  # one mood on the card, not a second one in the summary


async def test_a_mood_that_rose_a_little_is_still_not_shown_as_improving_for_a_frustrated_customer(play):
    await play.say("where is my order 1001?")
    await play.say("WHY IS IT STILL NOT HERE, this is useless")
    conv = await play.conversation()
    trend = conv.handoff.card.sentiment_trend
    assert trend.startswith("frustrated") and "improving" not in trend and "positive" not in trend


async def test_a_complaint_and_a_crisis_get_moods_that_match_their_reasons(play):
    out = await play.say("I want to file a complaint, thank you so much for the wonderful service!!!")
    assert the_card(out)["card"]["sentiment_trend"].startswith(("unhappy", "frustrated"))
    other = await playground(email="grace@example.com")
    try:
        out = await other.say("I don't want to live anymore, please help!!!")
        assert the_card(out)["card"]["sentiment_trend"].startswith("in distress")
    finally:
        await other.close()


async def test_slack_teams_and_the_playground_all_show_the_same_mood(play):
    out = await play.say("this is ridiculous!!! nobody helps, I want a person")
    card = (await play.conversation()).handoff.card
    assert isinstance(card, HandoffCard)
    mood = card.sentiment_trend
    slack_fields = [f["text"] for block in card_blocks(card) for f in block.get("fields", [])]
    assert f"*Mood*\n{mood}" in slack_fields
    teams = teams_card(card)
    [facts] = [block for block in teams["body"] if block["type"] == "ColumnSet"]
    labels, values = ([_text(item) for item in column["items"]] for column in facts["columns"])
    assert dict(zip(labels, values, strict=True))["Mood"] == mood
    assert f"Mood: {mood}" in playground_card(card) and the_card(out)["text"] == playground_card(card)
    assert "positive" not in mood


def _text(block: dict) -> str:
    return block.get("text") or "".join(run["text"] for run in block.get("inlines", ()))
