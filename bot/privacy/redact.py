"""Redaction of card numbers, government ids, passwords, secrets and configured patterns.

Every pattern either has bounded quantifiers or consumes a maximal run of one character class, and
the context-dependent ones (passwords, introduced ids) are found keyword first, so one pass over a
100 KB message stays linear.
"""

from __future__ import annotations

import bisect
import logging
import re
from typing import Iterable, Iterator, Sequence

from bot.privacy.findings import CUSTOM, EMAIL, PLACEHOLDERS, Finding, matches
from bot.privacy.findings import KIND_ORDER as _KIND_ORDER
from bot.privacy.numbers import card_numbers, government_ids, ibans
from bot.privacy.secrets import introduced_secrets, pem_blocks, secret_tokens, url_passwords

logger = logging.getLogger(__name__)

__all__ = ["PLACEHOLDERS", "Finding", "Redactor"]

# Removing one finding can expose another (a new word boundary, say), so redact() repeats; every pass
# turns unredacted text into placeholders, which later passes leave alone.
_MAX_PASSES = 4


class Redactor:
    """Finds and replaces personal data and secrets with labelled placeholders.

    ``redact_emails`` is off by default: agents need the customer's email to help them.
    """

    def __init__(self, extra_patterns: Sequence[str] = (), *, redact_emails: bool = False) -> None:
        self._extra = tuple(_compile_extra(p) for p in extra_patterns)
        self._redact_emails = redact_emails

    def redact(self, text: str) -> str:
        """``text`` with every finding replaced, repeated until nothing is left to find."""
        for _ in range(_MAX_PASSES):
            found = self.findings(text)
            if not found:
                break
            text = _replace(text, found)
        return text

    def findings(self, text: str) -> list[Finding]:
        """What would be redacted, in order, overlapping findings merged."""
        if not text:
            return []
        protected = [m.span() for m in _PLACEHOLDER.finditer(text)]
        raw = [f for f in self._detect(text) if f.span[0] < f.span[1] and not _overlaps(f.span, protected)]
        return _merge(raw)

    def _detect(self, text: str) -> Iterator[Finding]:
        yield from secret_tokens(text)
        yield from pem_blocks(text)
        yield from url_passwords(text)
        yield from introduced_secrets(text)
        yield from card_numbers(text)
        yield from ibans(text)
        yield from government_ids(text)
        if self._redact_emails:
            yield from matches(_EMAIL, text, EMAIL, "email")
        for pattern in self._extra:
            yield from matches(pattern, text, CUSTOM, pattern.pattern)


def _compile_extra(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except (re.error, TypeError) as exc:
        raise ValueError(f"invalid redaction pattern {pattern!r}: {exc}") from None


# ---- helpers ----

_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in sorted(set(PLACEHOLDERS.values()), key=len, reverse=True)))


def _overlaps(span: tuple[int, int], protected: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``protected`` (sorted, disjoint spans)."""
    start, end = span
    i = bisect.bisect_right(protected, (start, float("inf")))
    if i and protected[i - 1][1] > start:
        return True
    return i < len(protected) and protected[i][0] < end


def _merge(found: Iterable[Finding]) -> list[Finding]:
    ordered = sorted(found, key=lambda f: (f.span[0], -f.span[1], _KIND_ORDER.index(f.kind)))
    merged: list[Finding] = []
    for f in ordered:
        if merged and f.span[0] < merged[-1].span[1]:
            last = merged[-1]
            if f.span[1] > last.span[1]:
                merged[-1] = Finding(last.kind, (last.span[0], f.span[1]), last.detail)
            continue
        merged.append(f)
    return merged


def _replace(text: str, found: list[Finding]) -> str:
    parts: list[str] = []
    cursor = 0
    for f in found:
        start, end = f.span
        parts.append(text[cursor:start])
        parts.append(f.placeholder)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}"
    r"(?![A-Za-z0-9])"
)
