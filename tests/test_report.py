"""A scripted week of conversations on Slack and Teams (a clock moved by hand), then what the support lead
reads: `tandem report` (text and JSON, per platform) and `tandem feedback export`, which `tandem eval` takes."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from adapters.local.messenger import LocalMessenger
from bot.models import ActionKind, Address, AgentAction, CustomerMessage, Person
from bot.ports import Store
from bot.runtime.runtime import Runtime, utc_now
from bot.settings import Settings
from tandem.app import LOCAL_AGENTS, build_runtime
from tandem.testing.playground import FAST
from tests.support.clock import ManualClock
from tests.support.processes import run_cli

CONTRACT_KEYS = {
    "conversations", "resolved_by_bot", "deflection_rate", "handoffs", "handoffs_by_reason", "time_to_claim_seconds",
    "time_to_resolve_seconds", "csat", "unanswered", "verdicts",
}
SAM = Person("U0SAM", "Sam")


@dataclass
class Week:
    """The bot with Slack and Teams customers (the local messenger stands in for both) on a manual clock."""

    runtime: Runtime
    store: Store
    clock: ManualClock
    start: datetime  # day 0
    count: int = 0

    async def says(self, who: str, platform: str, text: str) -> str:
        self.count += 1
        where = Address(platform, "T1", f"D-{who}")
        message = CustomerMessage(
            f"e{self.count}", where, Person(f"U-{who}", who.capitalize(), f"{who}@example.com"), text, self.clock()
        )
        await self.runtime.receive(message)
        await self.runtime.idle()
        return message.conversation_id

    async def agent(self, conversation_id: str, action: ActionKind, after_seconds: float = 0) -> None:
        self.clock.now += timedelta(seconds=after_seconds)
        self.count += 1
        handoff = (await self.store.conversation(conversation_id)).handoff
        await self.runtime.receive(
            AgentAction(f"a{self.count}", action, SAM, conversation_id, handoff.id, LOCAL_AGENTS, self.clock())
        )
        await self.runtime.idle()

    def day(self, n: int) -> None:
        self.clock.now = self.start + timedelta(days=n)


@pytest.fixture
async def week(tmp_path):
    url = f"sqlite:///{tmp_path / 'tandem.db'}"
    clock = ManualClock(utc_now() - timedelta(days=6, hours=12))  # day 0 of the week; day 3 is 3.5 days ago
    local = LocalMessenger(lambda record: None)
    settings = Settings.from_env({"DATABASE_URL": url})
    runtime, store = await build_runtime(
        settings, {"local": local, "slack": local, "teams": local}, local_agents=True, clock=clock, timings=FAST
    )
    await runtime.start()
    w = Week(runtime, store, clock, clock.now)
    yield w, url, tmp_path
    await runtime.stop()
    await store.close()


async def play_the_week(w: Week) -> None:
    w.clock.now = w.start - timedelta(days=5)
    await w.says("old", "slack", "hi")  # before the report's seven days: not counted

    w.day(0)
    await w.says("ann", "slack", "hi")
    await w.says("bob", "slack", "where is my order?")
    await w.says("cat", "teams", "how do I return something?")

    w.day(1)
    dan = await w.says("dan", "slack", "I want to talk to a person")
    await w.agent(dan, ActionKind.CLAIM, after_seconds=120)
    await w.agent(dan, ActionKind.RESOLVE, after_seconds=480)  # 600 s after the handoff
    await w.says("dan", "slack", "5")
    await w.agent(dan, ActionKind.VERDICT_BOT)
    eve = await w.says("eve", "teams", "this is unacceptable, I want to file a complaint")
    await w.agent(eve, ActionKind.CLAIM, after_seconds=300)
    await w.agent(eve, ActionKind.RESOLVE, after_seconds=1500)  # 1800 s
    await w.says("eve", "teams", "2")
    await w.says("eve", "teams", "it took far too long")
    await w.agent(eve, ActionKind.VERDICT_LATE)

    w.day(2)
    fay = await w.says("fay", "teams", "agent please")
    await w.agent(fay, ActionKind.CLAIM, after_seconds=60)
    await w.agent(fay, ActionKind.RETURN, after_seconds=60)
    await w.agent(fay, ActionKind.VERDICT_NEEDED)
    await w.says("gus", "slack", "agent please")
    await w.says("gus", "slack", "never mind")

    w.day(3)
    await w.says("hal", "slack", "what's the meaning of life?")
    await w.says("ivy", "teams", "what's the meaning of life?")
    await w.says("joe", "slack", "do you have a loyalty card scheme?")
    await w.says("kim", "teams", "What is the meaning of life")


EXPECTED = {
    "conversations": 11,
    "resolved_by_bot": 7,
    "deflection_rate": 0.636,
    "handoffs": 4,
    "handoffs_by_reason": {"human_request": 3, "complaint": 1},
    "time_to_claim_seconds": {"p50": 120.0, "p90": 264.0},
    "time_to_resolve_seconds": {"p50": 1200.0, "p90": 1680.0},
    "csat": {"responses": 2, "average": 3.5, "low": 1},
    "unanswered": [{"text": "what's the meaning of life?", "count": 3},
                   {"text": "do you have a loyalty card scheme?", "count": 1}],
    "verdicts": {"needed_person": 1, "bot_could_answer": 1, "came_too_late": 1},
}


@pytest.mark.slow
async def test_a_scripted_week_gives_the_right_report_in_json_and_per_platform(week):
    w, url, folder = week
    await play_the_week(w)
    done = await run_cli("report", "--json", database_url=url, cwd=folder)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == CONTRACT_KEYS | {"platforms"}
    assert {k: report[k] for k in CONTRACT_KEYS} == EXPECTED
    slack, teams = report["platforms"]["slack"], report["platforms"]["teams"]
    assert set(report["platforms"]) == {"slack", "teams"} and set(slack) == CONTRACT_KEYS
    assert (slack["conversations"], slack["resolved_by_bot"], slack["handoffs"]) == (6, 4, 2)
    assert (teams["conversations"], teams["resolved_by_bot"], teams["handoffs"]) == (5, 3, 2)
    assert slack["handoffs_by_reason"] == {"human_request": 2} and teams["handoffs_by_reason"] == {
        "complaint": 1,
        "human_request": 1,
    }
    assert slack["csat"] == {"responses": 1, "average": 5.0, "low": 0} and teams["csat"] == {
        "responses": 1,
        "average": 2.0,
        "low": 1,
    }
    assert slack["unanswered"] == [
        {"text": "do you have a loyalty card scheme?", "count": 1},
        {"text": "what's the meaning of life?", "count": 1},
    ]
    assert teams["verdicts"] == {"needed_person": 1, "bot_could_answer": 0, "came_too_late": 1}

    recent = json.loads((await run_cli("report", "--json", "--days", "4", database_url=url, cwd=folder)).stdout)
    assert (recent["conversations"], recent["handoffs"], recent["deflection_rate"]) == (4, 0, 1.0)  # day 3 only


@pytest.mark.slow
async def test_the_text_report_is_a_table_with_the_gaps_below(week):
    w, url, folder = week
    await play_the_week(w)
    done = await run_cli("report", database_url=url, cwd=folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[2].split() == ["all", "slack", "teams"]
    assert next(line for line in lines if line.startswith("conversations")).split()[1:] == ["11", "6", "5"]
    assert next(line for line in lines if line.startswith("deflection")).split()[1:] == ["64%", "67%", "60%"]
    claim = next(line for line in lines if line.startswith("time to claim"))
    assert "2 min / 4 min" in claim and "3 min / 5 min" in claim  # all, then slack's (2 min / 2 min), then teams'
    assert "    3  what's the meaning of life?" in lines
    bad = await run_cli("report", "--days", "0", database_url=url, cwd=folder)
    assert bad.returncode == 2 and "1 or more" in bad.stderr


@pytest.mark.slow
async def test_the_feedback_export_round_trips_through_tandem_eval(week):
    w, url, folder = week
    await play_the_week(w)
    done = await run_cli("feedback", "export", "--days", "7", database_url=url, cwd=folder)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert sorted((r["text"], r["route"], r["category"]) for r in rows) == [
        ("I want to talk to a person", "bot", "human_request"),
        ("agent please", "human", "human_request"),
        ("this is unacceptable, I want to file a complaint", "human", "complaint"),
    ]
    (folder / "ours.csv").write_text(done.stdout)
    measured = await run_cli("eval", "ours.csv", "--json", database_url=url, cwd=folder)
    assert measured.returncode == 0, measured.stderr
    report = json.loads(measured.stdout)
    assert report["rows"] == 3 and report["route_counts"] == {"bot": 1, "human": 2}
    assert set(report["recall"]) == {"human_request", "complaint"}
