"""Triage evaluation: labelled files, the report, the stream behind `tandem triage`, and the targets."""

import asyncio
import json
import os
from pathlib import Path

import pytest

from bot.models import Route, TriageResult
from bot.triage import Triage
from bot.triage.eval_data import EvalDataError, load_rows, split_half
from bot.triage.evaluate import evaluate, rules_classifier, triage_stream
from bot.triage.report import Rate, format_report
from tandem.cli import main as tandem
from tests.support.shared import shared_path

# ../shared/eval/dev.csv beside the repo; TANDEM_EVAL_DEV points elsewhere (e.g. from a git worktree)
DEV_CSV = Path(os.environ.get("TANDEM_EVAL_DEV") or shared_path("eval", "dev.csv") or "../shared/eval/dev.csv")
HOLDOUT_CSV = Path(__file__).parent / "data" / "triage_holdout.csv"
# Support-chat messages written for this project: the first before the anger and distress lexicons were
# tuned, the second blind (written before it was ever run; its first-run results are in docs/triage.md).
# Written apart from the rules by a session that never saw them (docs/triage.md › "Our own cases, written
# apart"): veiled crises inside errands and their calm twins, tuned on; the written-apart set is measured only
# (its half b never tuned on), so it has no floor here.
VEILED_TUNING_CSV = Path(__file__).parent / "data" / "triage_veiled_tuning.csv"
WRITTEN_APART_2_TUNING_CSV = Path(__file__).parent / "data" / "triage_written_apart_2_tuning.csv"
SUPPORT_CHAT_CSVS = [
    Path(__file__).parent / "data" / "triage_support_chat.csv",
    Path(__file__).parent / "data" / "triage_support_chat_blind.csv",
]


def measured(rate: Rate) -> float:
    """A rate over at least one message (the test data has some of every kind)."""
    assert rate.value is not None, rate
    return rate.value

@pytest.fixture(scope="module")
def classify():
    return rules_classifier(Triage())


# ---- loading ----


def test_load_rows_reads_text_route_category_and_optional_source(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text('text,route,category\n"hello, there",bot,routine\nagent please,human,human_request\n')
    rows = load_rows(path)
    assert [(r.text, r.route, r.category, r.source) for r in rows] == [
        ("hello, there", "bot", "routine", ""),
        ("agent please", "human", "human_request", ""),
    ]


@pytest.mark.parametrize(
    "content, where, what",
    [
        ("", ":1:", "empty"),
        ("text,category\nhi,routine\n", ":1:", "route"),
        ("text,route,category\nhi,bot\n", ":2:", "expected 3 fields"),
        ("text,route,category\nhi,bot,routine\nyo,maybe,routine\n", ":3:", "maybe"),
        ("text,route,category\nhi,bot,\n", ":2:", "category"),
        ('text,route,category\n"unclosed,bot,routine\n', ":", ""),
    ],
)
def test_malformed_files_name_the_file_and_line(tmp_path, content, where, what):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(EvalDataError) as error:
        load_rows(path)
    assert str(path) + where in str(error.value)
    assert what in str(error.value)


def test_non_utf8_and_missing_files_are_clear_errors(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"text,route,category\ncaf\xe9,bot,routine\n")
    with pytest.raises(EvalDataError, match=r"latin\.csv:2: not UTF-8"):
        load_rows(path)
    with pytest.raises(EvalDataError, match="cannot read"):
        load_rows(tmp_path / "missing.csv")


def test_halves_split_rows_by_text_the_same_way_every_time(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("text,route,category\n" + "".join(f"message {i},bot,routine\n" for i in range(200)))
    rows = load_rows(path)
    a, b = split_half(rows, "a"), split_half(rows, "b")
    assert len(a) + len(b) == 200 and 60 < len(a) < 140
    assert {r.text for r in a}.isdisjoint(r.text for r in b)
    assert split_half(load_rows(path), "a") == a
    with pytest.raises(ValueError):
        split_half(rows, "c")


# ---- the report ----


async def test_evaluate_counts_recall_false_handoffs_and_order_intent(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "text,route,category,source\n"
        "agent please,human,human_request,a\n"
        "talk to a human,human,human_request,a\n"
        "where is my order,bot,order_tracking,b\n"
        "hello,bot,routine,b\n"
        "cancel my order,either,other_request,b\n"
    )

    async def fake(text: str) -> TriageResult:  # hands off "agent" and "hello", tracks "order"
        human = "agent" in text or text == "hello"
        return TriageResult(
            route=Route.HUMAN if human else Route.BOT,
            reason="human_request" if human else None,
            intent="order_tracking" if "order" in text else None,
        )

    report = await evaluate(load_rows(path), fake)
    assert report.rows == 5
    assert report.route_counts == {"human": 2, "bot": 2, "either": 1}
    assert report.recall["human_request"].value == 0.5
    assert report.false_handoff.value == 0.5
    assert report.false_handoff_by_category["routine"].value == 1.0
    assert report.false_handoff_by_source["b"].value == 0.5
    assert report.either_handoff.value == 0.0
    assert (report.order_precision.hits, report.order_precision.total) == (1, 2)
    assert report.order_recall.value == 1.0
    assert report.messages_per_second > 0

    table = format_report(report)
    assert "recall  human_request" in table and "0.500" in table
    assert "✗ FAIL" in table and "order intent precision" in table
    data = report.to_json()
    json.dumps(data)
    assert data["recall"]["human_request"] == {"value": 0.5, "hits": 1, "total": 2}
    assert data["passed"] is False


def test_command_line_entry_prints_the_table(tmp_path, capsys):
    path = tmp_path / "rows.csv"
    path.write_text("text,route,category\nagent please,human,human_request\nhi,bot,routine\n")
    assert tandem(["eval", str(path)]) == 0
    assert "recall  human_request" in capsys.readouterr().out
    assert tandem(["eval", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 2
    assert tandem(["eval", str(tmp_path / "missing.csv")]) == 2
    assert "missing.csv" in capsys.readouterr().err


# ---- the stream ----


async def test_triage_stream_reads_plain_text_and_json_lines(classify):
    lines = [
        "agent please\n",
        '{"text": "where is my order #12?", "id": 7}\n',
        "\n",
        '{"text": "broken\n',
        '{"no_text": 1}\n',
        "I want to kill myself\n",
    ]
    out = [item async for item in triage_stream(lines, classify)]
    assert len(out) == 5
    assert out[0]["route"] == "human" and out[0]["reason"] == "human_request"
    assert set(out[0]) == {"route", "reason", "intent", "priority", "sentiment", "signals", "language"}
    assert out[1]["intent"] == "order_tracking" and out[1]["id"] == 7 and out[1]["route"] == "bot"
    assert "error" in out[2] and "line 4" in out[2]["error"]
    assert "error" in out[3]
    assert out[4]["reason"] == "sensitive:self_harm" and out[4]["priority"] == "urgent"


async def test_triage_stream_accepts_async_input(classify):
    async def lines():
        yield "hi"
        yield "talk to a human"

    out = [item async for item in triage_stream(lines(), classify)]
    assert [o["route"] for o in out] == ["bot", "human"]


# ---- the targets ----


@pytest.fixture(scope="module")
def dev_report():
    if not DEV_CSV.is_file():
        pytest.skip(f"labelled data not found at {DEV_CSV} (it lives in ../shared/eval/ beside the repo)")
    return asyncio.run(evaluate(load_rows(DEV_CSV), rules_classifier(Triage())))


MET = {
    "recall:human_request": 0.95,
    "recall:complaint": 0.80,
    "recall:sensitive_medical": 0.90,
    "order_recall": 0.90,
    "order_precision": 0.90,
}
# Targets the rules do not reach on dev.csv: asserted at the level reached, so nothing slips back.
# GoEmotions "annoyance" and DiaSafety mental-health posts need more than word lists (an LLM layer
# may add handoffs later); pushing the rules further costs false handoffs on calm messages (see the
# trade-off table in docs/triage.md: 0.600 and 0.905 at 3.9% false handoffs).
NOT_YET_MET = {
    "recall:frustration": (0.80, 0.59),
    "recall:sensitive_self_harm": (0.98, 0.90),
}


@pytest.mark.slow
@pytest.mark.parametrize("metric, target", MET.items())
def test_dev_targets_are_met(dev_report, metric, target):
    assert dev_report.value(metric) >= target, format_report(dev_report)


def test_dev_false_handoffs_stay_at_most_five_percent(dev_report):
    assert dev_report.false_handoff.value <= 0.05, format_report(dev_report)


@pytest.mark.parametrize("metric, targets", NOT_YET_MET.items())
def test_dev_targets_not_yet_met_do_not_slip_back(dev_report, metric, targets):
    target, floor = targets
    value = dev_report.value(metric)
    assert value >= floor, format_report(dev_report)
    if value < target:
        pytest.xfail(f"{metric} is {value:.3f}, target {target}")


async def test_own_held_out_support_messages(classify):
    report = await evaluate(load_rows(HOLDOUT_CSV), classify)
    for category, rate in report.recall.items():
        assert measured(rate) >= 0.8, (category, format_report(report))
    assert measured(report.false_handoff) <= 0.05, format_report(report)
    assert measured(report.order_precision) >= 0.9 and measured(report.order_recall) >= 0.9, format_report(report)


@pytest.mark.parametrize("path", SUPPORT_CHAT_CSVS, ids=lambda p: p.stem)
async def test_own_support_chat_messages(classify, path):
    report = await evaluate(load_rows(path), classify)
    assert measured(report.recall["frustration"]) >= 0.85, format_report(report)
    assert measured(report.recall["sensitive_self_harm"]) >= 0.95, format_report(report)
    assert measured(report.false_handoff) <= 0.05, format_report(report)


async def test_veiled_crises_inside_errands_do_not_slip_back(classify):
    """Floors at what this set measured when its frames were written (lexicon_finality, control at home; the
    concept frames of frames_crisis.py took self-harm from 0.82 to 0.97)."""
    report = await evaluate(load_rows(VEILED_TUNING_CSV), classify)
    assert measured(report.recall["sensitive_self_harm"]) >= 0.95, format_report(report)
    assert measured(report.recall["sensitive_harassment"]) >= 0.85, format_report(report)
    assert measured(report.false_handoff) <= 0.18, format_report(report)


async def test_second_written_apart_tuning_set_does_not_slip_back(classify):
    """Floors at what own_tuning_2 measured when the concept frames (frames_*.py) were written on its misses."""
    report = await evaluate(load_rows(WRITTEN_APART_2_TUNING_CSV), classify)
    assert measured(report.recall["sensitive_self_harm"]) >= 0.95, format_report(report)
    for category in ("sensitive_harassment", "sensitive_data_privacy", "sensitive_financial_hardship",
                     "sensitive_medical", "sensitive_bereavement", "sensitive_legal"):
        assert measured(report.recall[category]) >= 0.9, (category, format_report(report))
    assert measured(report.false_handoff) <= 0.06, format_report(report)
