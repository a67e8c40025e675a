"""The dashboard's HTML, rendered on the server from the report's figures, per day in the team's time zone.

No customer's words appear but the redacted questions the bot could not answer; every text is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from html import escape

from bot.facts import Fact
from bot.insight.report import Figures, Report, Spread, build_report, figures
from bot.insight.wording import duration, rate, spread
from bot.wording import reason_label

from . import charts

VERDICT_LABELS = (
    ("needed_person", "A person was needed"),
    ("bot_could_answer", "The bot could have answered"),
    ("came_too_late", "Should have come to us sooner"),
)
PERIODS = (7, 14, 30)

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f5f6f8;color:#222}
header{background:#22324a;color:#fff;padding:14px 24px;display:flex;align-items:center;gap:24px;flex-wrap:wrap}
header h1{font-size:18px;margin:0;font-weight:600}header a{color:#cfe0ff;margin-right:10px}
header a.on{color:#fff;font-weight:600}
header form{margin-left:auto}
button{font:inherit;padding:6px 14px;border-radius:6px;border:1px solid #9aa;background:#fff;cursor:pointer}
main{padding:18px 24px;max-width:1320px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px}
.tile{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px #0001}
.tile b{display:block;font-size:24px;font-weight:600;white-space:nowrap}
.tile span{color:#666;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:14px;margin-top:14px}
section{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px #0001}
section h2{font-size:15px;margin:2px 0 8px}
.legend{font-size:12px;color:#444}.key{margin-right:12px;white-space:nowrap}
.key i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:5px 6px;border-bottom:1px solid #eee}
td.n{text-align:right;width:4em;font-variant-numeric:tabular-nums}
footer{color:#666;font-size:12px;padding:8px 24px 24px}
.login{max-width:360px;margin:12vh auto;background:#fff;padding:24px;border-radius:8px;box-shadow:0 1px 3px #0002}
.login input{width:100%;box-sizing:border-box;padding:8px;margin:8px 0 14px;font:inherit}.problem{color:#a32}
"""


@dataclass(frozen=True)
class Day:
    label: str
    figures: Figures


def per_day(facts: Sequence[Fact], until: datetime, days: int, zone: tzinfo) -> list[Day]:
    """The figures of each calendar day (in ``zone``) of the last ``days``, oldest first, today included."""
    today = until.astimezone(zone).date()
    out = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        start, end = _midnight(day, zone), _midnight(day + timedelta(days=1), zone)
        out.append(Day(day.strftime("%a %d"), figures([f for f in facts if start <= f.at < end])))
    return out


def dashboard_html(facts: Sequence[Fact], since: datetime, until: datetime, days: int, zone: tzinfo) -> str:
    report = build_report(facts, since, until)
    daily = per_day(facts, until, days, zone)
    return _page("Tandem · support dashboard", _header(days) + _body(report, daily, days), with_footer=True)


def login_html(problem: str = "") -> str:
    note = f'<p class="problem" role="alert">{escape(problem)}</p>' if problem else ""
    form = (
        '<form class="login" method="post" action="/dashboard/login"><h1>Tandem dashboard</h1>'
        f"<p>Enter the dashboard token (<code>TANDEM_DASHBOARD_TOKEN</code>).</p>{note}"
        '<label for="token">Token</label><input id="token" name="token" type="password" '
        'autocomplete="current-password" required autofocus>'
        '<button type="submit">Sign in</button></form>'
    )
    return _page("Tandem · sign in", form)


def _page(title: str, body: str, with_footer: bool = False) -> str:
    footer = (
        "<footer>Read-only. Customers' messages are not shown here, except the questions the bot could not "
        "answer, redacted. Times are in the team's time zone.</footer>"
        if with_footer else ""
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><style>{STYLE}</style></head>'
        f"<body>{body}{footer}</body></html>"
    )


def _header(days: int) -> str:
    links = "".join(
        f'<a href="/dashboard?days={n}"{" class=on" if n == days else ""}>{n} days</a>' for n in PERIODS
    )
    return (
        f"<header><h1>Tandem · the last {days} days</h1><nav>{links}</nav>"
        '<form method="post" action="/dashboard/logout"><button type="submit">Sign out</button></form></header>'
    )


def _body(report: Report, daily: list[Day], days: int) -> str:
    t = report.total
    labels = [d.label for d in daily]
    reasons = list(t.handoffs_by_reason)
    by_reason = {reason_label(r): [d.figures.handoffs_by_reason.get(r, 0) for d in daily] for r in reasons}
    claim = [None if d.figures.time_to_claim.p50 is None else d.figures.time_to_claim.p50 / 60 for d in daily]
    csat = [d.figures.csat.average for d in daily]
    deflection = [None if d.figures.deflection_rate is None else d.figures.deflection_rate * 100 for d in daily]
    tiles = "".join(
        f'<div class="tile" data-figure="{key}"><span>{escape(name)}</span><b>{escape(value)}</b></div>'
        for key, name, value in (
            ("conversations", "Conversations", str(t.conversations)),
            ("deflection", "Handled by the bot", rate(t.deflection_rate)),
            ("handoffs", "Handoffs", str(t.handoffs)),
            ("claim", "Claimed within (half / 90%)", _pair(t.time_to_claim)),
            ("resolve", "Resolved within (half)", duration(t.time_to_resolve.p50)),
            ("csat", "Customer rating", "–" if t.csat.average is None else f"{t.csat.average:.1f} / 5"),
            ("csat-responses", "Ratings (low)", f"{t.csat.responses} ({t.csat.low})"),
        )
    )
    sections = [
        ("Handoffs by reason, per day", charts.stacked_bars(labels, by_reason, "Handoffs by reason per day")),
        ("Time to claim, median per day (minutes)",
         charts.line(labels, claim, "Median minutes to claim", label=lambda v: f"{v:.0f}")),
        ("Customer rating, average per day (1–5)",
         charts.line(labels, csat, "Average rating", top=5, label=lambda v: f"{v:.1f}", steps=5)),
        ("Handled by the bot, per day (%)",
         charts.line(labels, deflection, "Deflection", top=100, label=lambda v: f"{v:.0f}%")),
        ("The agents' verdicts",
         charts.bars([n for _, n in VERDICT_LABELS], [t.verdicts.get(k, 0) for k, _ in VERDICT_LABELS], "Verdicts")),
        ("Questions the bot could not answer (redacted)", _gaps(t)),
    ]
    body = "".join(f"<section><h2>{escape(title)}</h2>{content}</section>" for title, content in sections)
    return f'<main><div class="tiles">{tiles}</div><div class="grid">{body}</div></main>'


def _pair(s: Spread) -> str:
    """"5 / 8 min" when both are in the same unit, else as the report writes it."""
    if s.p50 is None:
        return spread(s)
    first, second = duration(s.p50).split(" "), duration(s.p90).split(" ")
    if len(first) == len(second) == 2 and first[1] == second[1]:
        return f"{first[0]} / {second[0]} {first[1]}"
    return spread(s)


def _gaps(t: Figures) -> str:
    if not t.unanswered:
        return "<p>Every question had an answer.</p>"
    rows = "".join(f'<tr><td class="n">{g.count}</td><td>{escape(g.text)}</td></tr>' for g in t.unanswered)
    return (
        f"<table><thead><tr><th>times</th><th>question (similar ones together)</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone)
