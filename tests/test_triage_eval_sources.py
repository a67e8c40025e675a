"""`tandem eval` over several files or a source column: the report by source, and labels it does not know."""

import json

from bot.models import Route, TriageResult
from bot.triage.by_source import format_by_source
from bot.triage.eval_data import KNOWN_CATEGORIES, load_files, load_rows
from bot.triage.evaluate import evaluate, format_full_report
from tandem.cli import main as tandem


async def _agent_hands_off(text: str) -> TriageResult:
    human = "agent" in text
    return TriageResult(route=Route.HUMAN if human else Route.BOT, reason="human_request" if human else None,
                        intent="order_tracking" if "order" in text else None)


def _write(path, text):
    path.write_text(text)
    return path


def test_files_without_a_source_column_are_named_by_their_file(tmp_path):
    shop = _write(tmp_path / "shop.csv", "text,route,category\nagent please,human,human_request\n")
    tagged = _write(tmp_path / "tagged.csv", "text,route,category,source\nhi,bot,calm,chat\nyo,bot,calm,\n")
    rows = load_files([shop, tagged])
    assert [r.source for r in rows] == ["shop", "chat", "tagged"]
    assert [r.source for r in load_files([shop])] == [""]  # one file: as before


async def test_the_report_breaks_each_category_down_by_source(tmp_path):
    path = _write(tmp_path / "rows.csv", "text,route,category,source\n"
                  "agent please,human,human_request,a\nhelp me,human,human_request,a\n"
                  "where is my order,bot,order_tracking,b\nagent order,bot,routine,b\ncancel "
                  "it,either,other_request,b\n")
    report = await evaluate(load_rows(path), _agent_hands_off)
    a, b = report.by_source["a"], report.by_source["b"]
    assert a.rows == 2 and [(c.category, c.route, c.handed_off.value) for c in a.categories] == [
        ("human_request", "human", 0.5)]
    assert [(c.category, c.handed_off.hits, c.handed_off.total) for c in b.categories] == [
        ("order_tracking", 0, 1), ("routine", 1, 1), ("other_request", 0, 1)]
    assert (b.order_precision.hits, b.order_precision.total, b.order_recall.value) == (1, 2, 1.0)

    table = format_by_source(report.by_source)
    assert "a (2)" in table and "b (3)" in table
    line = next(line for line in table.splitlines() if "routine" in line)
    assert "false handoffs" in line and "1.000" in line and "1/1" in line
    assert "recall" in next(line for line in table.splitlines() if "human_request" in line)
    assert table in format_full_report(report)  # the totals table first, then this one
    assert report.to_json()["by_source"]["a"]["categories"][0]["handed_off"] == {"value": 0.5, "hits": 1, "total": 2}


async def test_one_source_shows_only_the_totals(tmp_path):
    path = _write(tmp_path / "rows.csv", "text,route,category\nagent please,human,human_request\nhi,bot,routine\n")
    assert "By source" not in format_full_report(await evaluate(load_rows(path), _agent_hands_off))


def test_an_unknown_category_is_warned_about_once_and_still_counted(tmp_path):
    path = _write(
        tmp_path / "rows.csv", "text,route,category\nhi,bot,chit_chat\nyo,bot,chit_chat\nagent,human,human_request\n"
    )
    warnings: list[str] = []
    rows = load_rows(path, warn=warnings.append)
    assert [r.category for r in rows] == ["chit_chat", "chit_chat", "human_request"]
    assert len(warnings) == 1
    assert f"{path}:2" in warnings[0] and "'chit_chat' (2 rows)" in warnings[0] and "human_request" in warnings[0]


def test_the_command_line_reads_several_files_and_warns_on_stderr(tmp_path, capsys):
    one = _write(tmp_path / "one.csv", "text,route,category\nagent please,human,human_request\n")
    two = _write(tmp_path / "two.csv", "text,route,category\nhi,bot,smalltalk\n")
    assert tandem(["eval", str(one), str(two)]) == 0
    out, err = capsys.readouterr()
    assert "By source" in out and "one (1)" in out and "two (1)" in out
    assert "warning:" in err and "'smalltalk'" in err
    assert tandem(["eval", str(one), str(two), "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["by_source"]) == {"one", "two"}


def test_the_documented_labels_are_the_known_ones():
    from pathlib import Path

    docs = (Path(__file__).parents[1] / "docs" / "triage.md").read_text()
    for category in KNOWN_CATEGORIES:
        assert f"`{category}`" in docs, category
