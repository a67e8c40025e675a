"""Opening hours: a customer handed off while the team is away is told honestly when a person will be
back, and the "still in line" notice counts from the opening, not from the middle of the night."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.hours import OpeningHours
from bot.settings import ConfigError, Settings
from tandem.testing.playground import playground, texts
from tandem.testing.polling import wait_for
from tests.support.clock import ManualClock

HOURS = "Mon-Fri 09:00-17:30, Sat 10:00-14:00"
# Sunday 22 November 2026, 03:00 in London (GMT in winter)
SUNDAY_NIGHT = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "at, is_open, described",
    [
        ("2026-11-22T03:00+00:00", False, "tomorrow at 09:00 (Europe/London time)"),
        ("2026-11-23T10:00+00:00", True, "today at 10:00 (Europe/London time)"),
        ("2026-11-23T17:30+00:00", False, "tomorrow at 09:00 (Europe/London time)"),
        ("2026-11-27T18:00+00:00", False, "tomorrow at 10:00 (Europe/London time)"),
        ("2026-11-28T14:00+00:00", False, "on Monday at 09:00 (Europe/London time)"),
        ("2026-11-23T07:00+00:00", False, "today at 09:00 (Europe/London time)"),
        ("2026-07-06T08:30+00:00", True, "today at 09:30 (Europe/London time)"),  # summer time: 09:30 in London
    ],
)
def test_open_and_next_opening_in_the_teams_time_zone(at, is_open, described):
    hours = OpeningHours.parse(HOURS, "Europe/London")
    moment = datetime.fromisoformat(at)
    assert hours.is_open(moment) is is_open
    assert hours.describe_opening(moment) == described


def test_ranges_may_wrap_the_week_and_run_to_midnight():
    hours = OpeningHours.parse("Fri-Mon 18:00-24:00")
    assert hours.is_open(datetime(2026, 11, 22, 23, 59, tzinfo=UTC))  # a Sunday
    assert not hours.is_open(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))  # a Wednesday


@pytest.mark.parametrize(
    "hours, zone, problem",
    [
        ("Mon-Fri", "UTC", "'Mon-Fri 09:00-17:30'"),
        ("Funday 09:00-17:00", "UTC", "cannot read"),
        ("Mon 17:00-09:00", "UTC", "closes before it opens"),
        ("Mon 09:00-25:00", "UTC", "not a time of day"),
        ("Mon-Fri 09:00-17:00", "Europe/Atlantis", "unknown time zone"),
    ],
)
def test_hours_a_team_mistyped_stop_the_start_with_the_reason(hours, zone, problem):
    with pytest.raises(ConfigError) as error:
        Settings.from_env({"TANDEM_HOURS": hours, "TANDEM_TIMEZONE": zone})
    assert problem in str(error.value) and "TANDEM_HOURS" in str(error.value)


async def test_a_handoff_while_the_team_is_away_says_when_a_person_will_reply():
    clock = ManualClock(SUNDAY_NIGHT)
    play = await playground(clock=clock, TANDEM_HOURS=HOURS, TANDEM_TIMEZONE="Europe/London")
    try:
        out = await play.say("I need to talk to a person")
        said = texts(out, "customer", "handoff")
        assert "away right now and back tomorrow at 09:00 (Europe/London time)" in said
        assert "never mind" in said
        [card] = [r for r in out if r["to"] == "agents" and r["kind"] == "handoff"]
        assert "arrived outside opening hours" in card["text"]

        conv = await play.conversation()
        assert conv.handoff.notify_at == datetime(2026, 11, 23, 9, 10, tzinfo=UTC)  # ten minutes after opening
        clock.now += timedelta(hours=5)
        await play.swept()
        assert "still in line" not in texts(play.records)  # nobody is told at night that they are in a queue
        clock.now = datetime(2026, 11, 23, 9, 10, tzinfo=UTC)
        await wait_for(lambda: "still in line" in texts(play.records, "customer"), what="the notice after opening")
    finally:
        await play.close()


async def test_while_the_team_is_in_nothing_is_said_about_hours():
    clock = ManualClock(datetime(2026, 11, 23, 11, 0, tzinfo=UTC))
    play = await playground(clock=clock, TANDEM_HOURS=HOURS, TANDEM_TIMEZONE="Europe/London")
    try:
        out = await play.say("I need to talk to a person")
        assert "away" not in texts(out, "customer")
        assert (await play.conversation()).handoff.notify_at == clock.now + timedelta(minutes=10)
    finally:
        await play.close()


async def test_a_handoff_left_unclaimed_at_closing_time_is_told_when_the_team_is_back():
    clock = ManualClock(datetime(2026, 11, 27, 17, 25, tzinfo=UTC))  # a Friday, five minutes before closing
    play = await playground(clock=clock, TANDEM_HOURS=HOURS, TANDEM_TIMEZONE="Europe/London")
    try:
        out = await play.say("I need to talk to a person")
        assert "away" not in texts(out, "customer")
        clock.advance(10)
        await wait_for(lambda: texts(play.records, "customer", "still_waiting"), what="the notice")
        said = texts(play.records, "customer", "still_waiting")
        assert "finished for now and is back tomorrow at 10:00 (Europe/London time)" in said
    finally:
        await play.close()
