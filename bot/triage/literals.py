"""Strings a regular expression cannot match without: a check far cheaper than running the expression.

``needles(source)`` reads the parsed expression and returns a few strings such that every match contains
at least one of them (so a text containing none of them has no match), or None when it cannot say. A
sequence needs each of its mandatory parts; a run of literal characters is one string; alternatives each
bring theirs; a part repeated at least once needs what the part needs. Of all the choices the one with
the longest shortest string wins. Expressions with case folding get None.
"""

from __future__ import annotations

import functools
import logging
import re

# re's own parser (private modules that typeshed does not describe; sre_parse is their deprecated alias)
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

logger = logging.getLogger(__name__)

_MAX_NEEDLES = 32
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", sre_c.MAX_REPEAT)}


@functools.lru_cache(maxsize=4096)
def needles(source: str) -> tuple[str, ...] | None:
    try:
        parsed = sre_parse.parse(source)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        found = _needed(list(parsed))
    except RecursionError:
        return None
    return tuple(sorted(found)) if found else None


def _needed(items: list) -> frozenset[str] | None:
    """Strings of which every match of the sequence contains one, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = _part_needs(op, av)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    candidates = [c for c in candidates if "" not in c and len(c) <= _MAX_NEEDLES]
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _part_needs(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre_c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _needed(list(sub))
    if op is sre_c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _needed(list(alternative))
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _high, sub = av
        return _needed(list(sub)) if low >= 1 else None
    return None  # classes, anchors, look-arounds, references: nothing to require
