"""Small inline SVG charts, drawn on the server: nothing loads from anywhere else.

Every label goes through ``html.escape``; the numbers are printed on the chart as well as drawn, so the
page reads without the picture (screen readers, text browsers)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 14, 34
PALETTE = ("#3b6ea8", "#d9822b", "#5a9e6f", "#b5475b", "#7d64b0", "#8c8c3f", "#3f8c8c", "#a86b3b", "#666666")


def stacked_bars(days: Sequence[str], series: Mapping[str, Sequence[float]], title: str) -> str:
    """One bar per day, stacked by series (handoffs by reason), with a legend."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    top = _nice_max(max(totals, default=0))
    slot = _plot_width() / max(len(days), 1)
    parts = [_axes(top, _count)]
    for i, day in enumerate(days):
        x = LEFT + i * slot + slot * 0.15
        base = 0.0
        for colour, (name, values) in zip(PALETTE * 3, series.items(), strict=False):
            value = values[i]
            if value:
                y, h = _y(base + value, top), _y(base, top) - _y(base + value, top)
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" fill="{colour}">'
                    f"<title>{escape(day)}: {escape(name)} {value:g}</title></rect>"
                )
            base += value
        if totals[i]:
            parts.append(_text(x + slot * 0.35, _y(totals[i], top) - 3, f"{totals[i]:g}", size=10))
        parts.append(_day_label(LEFT + i * slot + slot / 2, day, len(days)))
    legend = "".join(
        f'<span class="key"><i style="background:{colour}"></i>{escape(name)}</span>'
        for colour, name in zip(PALETTE * 3, series, strict=False)
    )
    return _figure(title, parts) + f'<div class="legend">{legend}</div>'


def line(days: Sequence[str], values: Sequence[float | None], title: str, top: float | None = None,
         label: Callable[[float], str] = lambda v: f"{v:g}", steps: int = 4) -> str:
    """A line over the days; days without a value leave a gap."""
    peak = top if top is not None else _nice_max(max((v for v in values if v is not None), default=0))
    slot = _plot_width() / max(len(days), 1)
    parts = [_axes(peak, label, steps)]
    points: list[tuple[float, float, float]] = []
    for i, (day, value) in enumerate(zip(days, values, strict=False)):
        x = LEFT + i * slot + slot / 2
        parts.append(_day_label(x, day, len(days)))
        if value is None:
            if len(points) > 1:
                parts.append(_polyline(points))
            points = []
            continue
        points.append((x, _y(value, peak), value))
        parts.append(
            f'<circle cx="{x:.1f}" cy="{_y(value, peak):.1f}" r="3.5" fill="{PALETTE[0]}">'
            f"<title>{escape(day)}: {escape(label(value))}</title></circle>"
        )
        parts.append(_text(x, _y(value, peak) - 7, label(value), size=10))
    if len(points) > 1:
        parts.append(_polyline(points))
    return _figure(title, parts)


def bars(labels: Sequence[str], values: Sequence[float], title: str) -> str:
    """Horizontal bars with their numbers (the verdicts)."""
    peak = max(values, default=0) or 1
    row = 30
    height = TOP + row * len(labels) + 8
    label_width = 230
    parts = []
    for i, (name, value) in enumerate(zip(labels, values, strict=False)):
        y = TOP + i * row
        width = (WIDTH - label_width - 60) * value / peak
        parts.append(_text(label_width - 8, y + 15, name, anchor="end"))
        parts.append(
            f'<rect x="{label_width}" y="{y + 4}" width="{width:.1f}" height="16" fill="{PALETTE[i % len(PALETTE)]}"/>'
        )
        parts.append(_text(label_width + width + 6, y + 16, f"{value:g}", anchor="start"))
    return _figure(title, parts, height)


def _figure(title: str, parts: list[str], height: int = HEIGHT) -> str:
    return (
        f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(parts)}</svg>'
    )


def _axes(top: float, label: Callable[[float], str], steps: int = 4) -> str:
    lines = []
    for step in range(steps + 1):
        value = top * step / steps
        y = _y(value, top)
        lines.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e3e3"/>')
        lines.append(_text(LEFT - 6, y + 4, label(value), anchor="end", size=10, colour="#777"))
    return "".join(lines)


def _polyline(points: list[tuple[float, float, float]]) -> str:
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
    return f'<polyline points="{coords}" fill="none" stroke="{PALETTE[0]}" stroke-width="2"/>'


def _day_label(x: float, day: str, count: int) -> str:
    return _text(x, HEIGHT - BOTTOM + 16, day, size=10, colour="#555") if count <= 16 else ""


def _text(x: float, y: float, text: str, anchor: str = "middle", size: int = 11, colour: str = "#222") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" fill="{colour}">{escape(text)}</text>'
    )


def _y(value: float, top: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value / top if top else 0))


def _plot_width() -> float:
    return WIDTH - LEFT - RIGHT


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    for nice in (1, 2, 4, 8, 12, 16, 20, 40, 60, 80, 100, 200, 400, 600, 800, 1000, 2000, 4000, 8000, 10000):
        if value <= nice:
            return nice
    return value


def _count(value: float) -> str:
    return f"{value:g}"
