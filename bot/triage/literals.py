"""Strings a regular expression cannot match without: a check far cheaper than running the expression.

``required(source)`` reads the parsed expression and returns groups of strings such that every match
contains a string of each group (so a text lacking all the strings of any one group has no match). A
sequence needs each of its mandatory parts; a run of literal characters is one string, also across
zero-width assertions and non-capturing groups, and through a letter repeated at least n times ("u+g+h+"
needs "ug" and "gh"); a run followed by alternatives becomes one string per alternative ("m(?:g|cg)" needs
"mg" or "mcg"); alternatives each bring their best group; a part repeated at least once needs what the part
needs. ``needles(source)`` is the best group alone: the one with the longest shortest string. Expressions
with case folding get nothing.
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
_ZERO_WIDTH = {sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT}


@functools.lru_cache(maxsize=4096)
def needles(source: str) -> tuple[str, ...] | None:
    """The strings of which every match contains at least one, or None when it cannot say."""
    groups = required(source)
    return groups[0] if groups else None


@functools.lru_cache(maxsize=4096)
def required(source: str) -> tuple[tuple[str, ...], ...]:
    """Groups of strings, the most selective first: every match contains a string of each group. Empty when
    nothing is known."""
    try:
        parsed = sre_parse.parse(source)
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    try:
        groups = _groups(list(parsed))
    except RecursionError:
        return ()
    ranked = sorted(set(groups), key=lambda strings: (-min(map(len, strings)), len(strings), sorted(strings)))
    kept: list[frozenset[str]] = []
    for group in ranked:  # "i feel" or "i felt" already says "el" or "lt"
        if not any(all(any(needle in string for needle in group) for string in stronger) for stronger in kept):
            kept.append(group)
    return tuple(tuple(sorted(strings)) for strings in kept)


def _groups(items: list) -> list[frozenset[str]]:
    """Every group of strings the sequence needs one of."""
    groups: list[frozenset[str]] = []
    run = ""  # the literal characters just before the current item, with nothing between them

    def flush() -> None:
        nonlocal run
        if run:
            groups.append(frozenset({run}))
        run = ""

    for op, av in _flat(items):
        if op is sre_c.LITERAL:
            run += chr(av)
        elif op in _ZERO_WIDTH:
            continue  # consumes nothing: the characters either side are adjacent
        elif op in _REPEATS and av[0] >= 1 and _single_literal(av[2]) is not None:
            low, high, sub = av
            repeated = _single_literal(sub) * low
            run += repeated
            if high != low:  # more may follow: what comes next is adjacent to the last of them only
                flush()
                run = repeated
        elif op is sre_c.BRANCH:
            best = _part_needs(op, av)
            if run:
                starts = frozenset(run + _leading_literals(list(alternative)) for alternative in av[1])
                run = ""
                groups.append(starts)
            if best:
                groups.append(best)
        else:
            flush()
            if op in _REPEATS and av[0] >= 1:
                groups.extend(_groups(list(av[2])))
            elif op is sre_c.SUBPATTERN and not av[1] & re.IGNORECASE:
                groups.extend(_groups(list(av[3])))
    flush()
    return [g for g in groups if g and "" not in g and len(g) <= _MAX_NEEDLES]


def _flat(items: list) -> list:
    """The sequence with its groups that change no flag spliced in: what they hold is matched in place."""
    flat: list = []
    for op, av in items:
        if op is sre_c.SUBPATTERN and not av[1] and not av[2]:
            flat.extend(_flat(list(av[3])))
        else:
            flat.append((op, av))
    return flat


def _single_literal(sub: Any) -> str | None:
    items = list(sub)
    if len(items) == 1 and items[0][0] is sre_c.LITERAL:
        return chr(items[0][1])
    return None


def _leading_literals(items: list) -> str:
    """The literal characters every match of the sequence starts with."""
    start = ""
    for op, av in _flat(items):
        if op is sre_c.LITERAL:
            start += chr(av)
        elif op not in _ZERO_WIDTH:
            break
    return start


def _best(items: list) -> frozenset[str] | None:
    """The sequence's most selective group, or None."""
    groups = _groups(items)
    if not groups:
        return None
    return max(groups, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _part_needs(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre_c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _best(list(sub))
    if op is sre_c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _best(list(alternative))
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _high, sub = av
        return _best(list(sub)) if low >= 1 else None
    return None  # classes, anchors, look-arounds, references: nothing to require
