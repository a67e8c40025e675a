"""The weekly digest (TANDEM_DIGEST): when it is due in the team's time zone, what it says, and that two
instances sharing a database post it once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from adapters.local.messenger import LocalMessenger
from bot.facts import Fact, FactKind
from bot.insight.digest import DigestSchedule, digest_text
from bot.insight.report import build_report
from bot.models import Conversation
from bot.runtime.turn import Turn
from bot.settings import ConfigError, Settings
from bot.store import SQLiteStore
from bot.wording import reason_label
from tandem.app import build_runtime
from tandem.testing.playground import FAST
from tests.factories import customer_message, person
from tests.support.clock import ManualClock

LONDON_MONDAY_9 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # Europe/London is on UTC in winter


def test_the_schedule_is_read_in_the_team_time_zone():
    schedule = DigestSchedule.parse("Mon 09:00", "America/New_York")
    assert schedule.latest(datetime(2026, 11, 30, 14, 0, tzinfo=UTC)) == datetime(
        2026, 11, 30, 9, 0, tzinfo=schedule.zone
    )
    assert schedule.latest(datetime(2026, 11, 30, 13, 59, tzinfo=UTC)).day == 23  # 08:59 in New York: last week's
    assert schedule.due(datetime(2026, 11, 30, 14, 1, tzinfo=UTC)) is not None
    assert schedule.due(datetime(2026, 12, 2, 14, 0, tzinfo=UTC)) is None  # two days late: wait for next week
    assert DigestSchedule.parse("friday 17:30").weekday == 4


@pytest.mark.parametrize("spec", ["Monday", "Mon 9", "Mon 25:00", "Someday 09:00", "09:00"])
def test_a_schedule_that_cannot_be_read_stops_the_start(spec):
    with pytest.raises(ConfigError, match="TANDEM_DIGEST"):
        Settings.from_env({"TANDEM_DIGEST": spec})


def test_the_digest_says_the_week_in_a_few_lines_with_the_gaps():
    since = LONDON_MONDAY_9 - timedelta(days=7)
    at = since + timedelta(days=1)

    def f(kind, conversation="c1", **kw):
        return Fact(kind, at, conversation, "slack", **kw)

    facts = [
        f(FactKind.MESSAGE), f(FactKind.MESSAGE, "c2"), f(FactKind.MESSAGE, "c3"), f(FactKind.MESSAGE, "c4"),
        f(FactKind.HANDOFF, handoff_id="h", reason="sensitive:medical"), f(FactKind.CLAIM, handoff_id="h", value=240.0),
        f(FactKind.CSAT, value=4.0), f(FactKind.VERDICT, handoff_id="h", label="needed"),
        *[f(FactKind.UNANSWERED, f"c{n}", text="do you sell gift cards?") for n in range(3)],
        f(FactKind.UNANSWERED, text="can I pay in bitcoin"),
    ]
    text = digest_text(build_report(facts, since, LONDON_MONDAY_9), reason_label)
    assert text.splitlines()[0] == "Weekly report, Mon 23 Nov to Mon 30 Nov"
    assert "4 conversations; the bot handled 3 on its own (75%)" in text
    assert "1 handoff: sensitive: medical question 1" in text
    assert "Claimed within 4 min" in text and "4.0/5 (1 answer, 0 low)" in text
    assert "a person was needed 1" in text
    assert text.splitlines()[-2:] == ["  – do you sell gift cards? (×3)", "  – can I pay in bitcoin"]
    assert len(text.splitlines()) <= 12
    empty = digest_text(build_report([], since, LONDON_MONDAY_9), reason_label)
    assert empty == "Weekly report, Mon 23 Nov to Mon 30 Nov: no conversations this week."


@pytest.mark.slow
async def test_two_instances_on_one_database_post_the_digest_once_at_its_time(tmp_path):
    url = f"sqlite:///{tmp_path / 'tandem.db'}"
    clock = ManualClock(LONDON_MONDAY_9 - timedelta(minutes=1))
    settings = Settings.from_env(
        {"DATABASE_URL": url, "TANDEM_DIGEST": "Mon 09:00", "TANDEM_TIMEZONE": "Europe/London"}
    )
    records: list[dict] = []
    runtimes = []
    for _ in range(2):
        local = LocalMessenger(records.append)
        runtime, store = await build_runtime(
            settings, {"local": local}, local_agents=True, store=SQLiteStore.from_url(url), clock=clock, timings=FAST
        )
        runtimes.append((runtime, store))
    try:
        store = runtimes[0][1]
        conv = Conversation.new(customer_message("hi", customer=person("U9")))
        last_week = LONDON_MONDAY_9 - timedelta(days=2)
        asked = (
            Fact(FactKind.MESSAGE, last_week, conv.id, "slack"),
            Fact(FactKind.UNANSWERED, last_week, conv.id, "slack", text="do you ship to Mars?"),
        )
        await store.commit(Turn(conversation=conv, facts=asked))

        for runtime, _ in runtimes:
            await runtime.sweep()
            await runtime.idle()
        assert records == []  # 08:59: not yet

        clock.now = LONDON_MONDAY_9 + timedelta(seconds=30)
        for _ in range(3):
            for runtime, _ in runtimes:
                await runtime.sweep()
                await runtime.idle()
        digests = [r for r in records if r["kind"] == "digest"]
        assert len(digests) == 1 and digests[0]["to"] == "agents"
        assert "do you ship to Mars?" in digests[0]["text"]

        clock.now += timedelta(days=7)  # next Monday: the next one, once
        for runtime, _ in runtimes:
            await runtime.sweep()
            await runtime.idle()
        assert len([r for r in records if r["kind"] == "digest"]) == 2
    finally:
        for runtime, store in runtimes:
            await runtime.stop()
            await store.close()


async def test_no_digest_unless_asked(tmp_path):
    assert Settings.from_env({}).digest is None
