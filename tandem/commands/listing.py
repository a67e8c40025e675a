"""Printing what Tandem kept but could not handle (``tandem outbox``, ``tandem inbox --dead``): a JSON
array of objects, or one line each and a count; never the words, only what an admin needs to act."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

LIST_LIMIT = 1000


def show(rows: Sequence[dict], as_json: bool, line: Callable[[dict], str], empty: str, summary: str) -> int:
    """``summary`` has ``{count}`` and ``{more}`` (what is said when the list was cut at LIST_LIMIT)."""
    if as_json:
        print(json.dumps(list(rows), indent=2))
        return 0
    if not rows:
        print(empty)
        return 0
    for row in rows:
        print(line(row))
    print(summary.format(count=len(rows), more=" (the oldest shown)" if len(rows) >= LIST_LIMIT else ""))
    return 0


def one_line_error(error: str, limit: int = 200) -> str:
    error = " ".join(error.split())
    return error[:limit] + ("…" if len(error) > limit else "")
