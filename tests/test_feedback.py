"""What people tell us about a handoff, in the playground: the customer's rating (one per resolved handoff,
a low one asks what went wrong and alerts the team in the card's thread) and the agents' verdict."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.facts import FactKind
from tandem.testing.playground import kinds, texts
from tests.factories import NOW


async def facts(play, *kinds_wanted):
    return await play.store.facts(NOW - timedelta(days=3650), NOW + timedelta(days=3650), kinds_wanted)


@pytest.mark.slow
async def test_the_rating_question_offers_five_buttons_and_counts_once(play):
    for line in ("agent please", "/claim"):
        await play.say(line)
    out = await play.say("/resolve")
    [ask] = [r for r in out if r["kind"] == "csat"]
    assert ask["choices"] == ["1", "2", "3", "4", "5"]
    assert kinds(await play.say("4"), "customer") == ["csat_thanks"]
    again = await play.say("5")  # not a rating any more: an ordinary message
    assert "csat_thanks" not in kinds(again)
    [csat] = await facts(play, FactKind.CSAT)
    assert csat.value == 4 and csat.reason == "human_request"
    assert (await play.conversation()).handoff.csat == 4


async def test_a_low_rating_asks_what_went_wrong_and_alerts_the_team_with_the_redacted_comment(play):
    for line in ("I want to talk to a person", "/claim", "/resolve"):
        await play.say(line)
    out = await play.say("1")
    assert kinds(out, "customer") == ["csat_comment_ask"] and kinds(out, "agents") == []
    out = await play.say("nobody read my card number 4111 1111 1111 1111 properly")
    [alert] = [r for r in out if r["to"] == "agents"]
    assert alert["kind"] == "csat_alert"
    assert "Low rating: 1/5 from Ada" in alert["text"] and "nobody read my card number" in alert["text"]
    assert "4111" not in alert["text"]
    assert "sorry we didn't get it right" in texts(out, "customer")
    [comment] = await facts(play, FactKind.CSAT_COMMENT)
    assert "4111" not in comment.text and comment.value == 1


async def test_declining_to_comment_still_tells_the_team(play):
    for line in ("agent please", "/claim", "/resolve", "2"):
        await play.say(line)
    out = await play.say("no thanks")
    assert "Low rating: 2/5 from Ada. They did not want to add a comment." in texts(out, "agents")
    assert await facts(play, FactKind.CSAT_COMMENT) == []


async def test_a_comment_that_asks_for_a_person_is_passed_on_and_hands_off_again(play):
    for line in ("agent please", "/claim", "/resolve", "1"):
        await play.say(line)
    out = await play.say("I want to talk to a real person about this")
    assert "csat_alert" in kinds(out, "agents") and "handoff" in kinds(out, "customer")


async def test_the_verdict_is_one_click_after_claiming_and_is_kept_with_the_triggering_message(play):
    await play.say("my card 4111 1111 1111 1111 was charged twice, I want a human")
    out = await play.say("/verdict bot")
    assert kinds(out) == ["refused"] and "Claim the handoff first" in out[0]["text"]
    await play.say("/claim")
    out = await play.say("/verdict bot")
    [update] = [r for r in out if r["kind"] == "card_update"]
    assert "verdict: The bot could have answered (Sam)" in update["text"]
    [verdict] = await facts(play, FactKind.VERDICT)
    assert verdict.label == "bot" and verdict.reason == "human_request"
    assert "charged twice" in verdict.text and "4111" not in verdict.text
    out = await play.say("/verdict late")
    assert "already recorded" in texts(out)
    audit = await play.store.audit_log((await play.conversation()).id)
    assert [a.action for a in audit] == ["handoff", "claim", "verdict"]


async def test_the_verdict_can_follow_the_resolve_and_the_card_offers_it_until_given(play):
    for line in ("this is unacceptable, I want to complain", "/claim"):
        await play.say(line)
    out = await play.say("/resolve")
    [update] = [r for r in out if r["kind"] == "card_update"]
    conv = await play.conversation()
    assert [a.value for a in conv.handoff.card.actions] == ["verdict_needed", "verdict_bot", "verdict_late"]
    await play.say("/verdict late")
    conv = await play.conversation()
    assert conv.handoff.card.actions == () and conv.handoff.verdict == "late"
    [verdict] = await facts(play, FactKind.VERDICT)
    assert verdict.reason == "complaint" and verdict.label == "late"


async def test_a_cancelled_handoff_nobody_claimed_takes_no_verdict(play):
    await play.say("agent please")
    await play.say("never mind")
    out = await play.say("/verdict needed")
    assert "Claim the handoff first" in texts(out)


async def test_the_facts_of_a_handoff_story(play):
    for line in ("hello", "what's the meaning of life?", "agent please", "/claim", "/resolve", "5"):
        await play.say(line)
    found = [(f.kind.value, f.label) for f in await facts(play)]
    assert found == [
        ("message", "bot"), ("message", "bot"), ("unanswered", ""), ("message", "bot"), ("handoff", "normal"),
        ("claim", ""), ("close", "resolve"), ("message", "bot"), ("csat", ""),
    ]
    [unanswered] = await facts(play, FactKind.UNANSWERED)
    assert unanswered.text == "what's the meaning of life?" and unanswered.platform == "local"


async def test_an_unanswered_question_is_kept_redacted(play):
    await play.say("is the moon base open, my SSN is 123-45-6789?")  # a card number would get the payment article
    [unanswered] = await facts(play, FactKind.UNANSWERED)
    assert "6789" not in unanswered.text and "moon base" in unanswered.text
