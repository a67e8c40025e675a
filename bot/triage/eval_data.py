"""Labelled evaluation files: ``text,route,category[,source]`` CSVs, the labels they may use, and halves."""

from __future__ import annotations

import csv
import hashlib
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import TandemError

logger = logging.getLogger(__name__)

ROUTES = ("human", "bot", "either")

# The categories ``tandem eval`` knows (docs/triage.md › "Labels"). Another category is warned about and
# still counted under its own name; the route alone decides how a row is counted.
KNOWN_CATEGORIES: dict[str, str] = {
    "human_request": "asks for a person",
    "complaint": "complains about the service or a product",
    "frustration": "angry, annoyed or exasperated",
    "sensitive_self_harm": "self-harm, suicide or an emotional crisis",
    "sensitive_medical": "a medical question or matter",
    "sensitive_harassment": "harassment, abuse or violence",
    "sensitive_bereavement": "a death or loss",
    "sensitive_legal": "legal action or a legal matter",
    "sensitive_financial_hardship": "cannot pay, lost income, debt",
    "sensitive_data_privacy": "a request about personal data (access, deletion, consent)",
    "order_tracking": "where is my order (also measures the order intent)",
    "routine": "a question the bot should answer",
    "calm": "a calm or positive message",
    "other_request": "a request a person may or may not be needed for",
    "out_of_scope": "nothing the shop's bot is for",
}

Warn = Callable[[str], None]


class EvalDataError(TandemError, ValueError):
    """The labelled file cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class EvalRow:
    text: str
    route: str  # human, bot or either
    category: str
    source: str = ""


def load_rows(path: str | Path, warn: Warn | None = None, default_source: str = "") -> list[EvalRow]:
    """Rows of a ``text,route,category[,source]`` CSV with a header line. A category outside
    ``KNOWN_CATEGORIES`` is reported once per file through ``warn`` (default: the log) and kept."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise EvalDataError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise EvalDataError(f"{path}:{line}: not UTF-8 text") from None
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise EvalDataError(f"{path}:1: empty file; expected a header line text,route,category[,source]") from None
    except csv.Error as exc:
        raise EvalDataError(f"{path}:1: {exc}") from None
    missing = [c for c in ("text", "route", "category") if c not in header]
    if missing:
        raise EvalDataError(f"{path}:1: header lacks {', '.join(missing)} (expected text,route,category[,source])")
    index = {name: header.index(name) for name in ("text", "route", "category")}
    source_at = header.index("source") if "source" in header else None
    rows: list[EvalRow] = []
    unknown: dict[str, list[int]] = {}
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise EvalDataError(f"{path}:{reader.line_num}: {exc}") from None
        line = reader.line_num
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue  # blank line
        if len(fields) != len(header):
            raise EvalDataError(f"{path}:{line}: expected {len(header)} fields, found {len(fields)}")
        route = fields[index["route"]].strip().lower()
        if route not in ROUTES:
            raise EvalDataError(f"{path}:{line}: route {route!r} is not one of {', '.join(ROUTES)}")
        category = fields[index["category"]].strip()
        if not category:
            raise EvalDataError(f"{path}:{line}: empty category")
        if category not in KNOWN_CATEGORIES:
            unknown.setdefault(category, []).append(line)
        source = fields[source_at].strip() if source_at is not None else ""
        rows.append(EvalRow(fields[index["text"]], route, category, source or default_source))
    for category, lines in unknown.items():
        (warn or logger.warning)(
            f"{path}:{lines[0]}: category {category!r} ({len(lines)} row{'s' if len(lines) > 1 else ''}) is not one "
            f"tandem eval knows; counted under its own name by its route (known: {', '.join(KNOWN_CATEGORIES)})"
        )
    return rows


def load_files(paths: Sequence[str | Path], warn: Warn | None = None) -> list[EvalRow]:
    """The rows of several files; with more than one file, a row without a source is named by its file."""
    several = len(paths) > 1
    rows: list[EvalRow] = []
    for path in paths:
        rows.extend(load_rows(path, warn, Path(path).stem if several else ""))
    return rows


HALVES = ("a", "b")


def half_of(text: str) -> str:
    """``a`` or ``b``, fixed by a hash of the text: tune on one half of a file, report on the other."""
    return HALVES[hashlib.sha256(text.encode("utf-8")).digest()[0] & 1]


def split_half(rows: Sequence[EvalRow], half: str) -> list[EvalRow]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    return [row for row in rows if half_of(row.text) == half]
