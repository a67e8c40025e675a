"""Redaction of card numbers and security codes, government ids, bank details, passwords, one-time codes and
security answers, keys and tokens, configured patterns and, when asked, emails and phone numbers.

The detectors read a folded copy of the text (digits of every script as ASCII, look-alike letters
plain; one character for one, so spans carry over). Every pattern either has bounded quantifiers or
consumes a maximal run of one character class, and the context-dependent ones (passwords, introduced
ids, security codes) are found keyword first, so one pass over a 100 KB message stays linear.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator, Sequence

from bot.privacy.cards import card_numbers, security_codes
from bot.privacy.codes import one_time_codes, security_answers
from bot.privacy.contacts import emails, phone_numbers
from bot.privacy.findings import CUSTOM, PLACEHOLDERS, Finding, matches
from bot.privacy.findings import KIND_ORDER as _KIND_ORDER
from bot.privacy.folding import folded
from bot.privacy.numbers import bank_numbers, government_ids, ibans
from bot.privacy.passwords import passwords
from bot.privacy.tokens import labelled_secrets, pem_blocks, shaped_secrets

logger = logging.getLogger(__name__)

__all__ = ["PLACEHOLDERS", "Finding", "Redactor"]

# Removing one finding can expose another (a new word boundary, say), so redact() repeats; every pass
# turns unredacted text into placeholders, which later passes leave alone.
_MAX_PASSES = 4


class Redactor:
    """Finds and replaces personal data and secrets with labelled placeholders.

    ``redact_contacts`` (emails and phone numbers) is off by default: agents need them to help.
    """

    def __init__(self, extra_patterns: Sequence[str] = (), *, redact_contacts: bool = False) -> None:
        self._extra = tuple(_compile_extra(p) for p in extra_patterns)
        self.redact_contacts = redact_contacts

    def redact(self, text: str) -> str:
        """``text`` with every finding replaced, repeated until nothing is left to find."""
        return self._redact(text, self.redact_contacts)

    def redact_secrets(self, text: str) -> str:
        """The same, but emails and phone numbers always stay: for the team's own words to a customer."""
        return self._redact(text, False)

    def _redact(self, text: str, contacts: bool) -> str:
        for _ in range(_MAX_PASSES):
            found = self.findings(text, contacts)
            if not found:
                break
            text = _replace(text, found)
        return text

    def findings(self, text: str, contacts: bool | None = None) -> list[Finding]:
        """What would be redacted, in order, overlapping findings merged."""
        if not text:
            return []
        protected = [m.span() for m in _PLACEHOLDER.finditer(text)]
        contacts = self.redact_contacts if contacts is None else contacts
        found = self._detect(folded(text), text, contacts)
        return _merge(f for f in found if f.span[0] < f.span[1] and not _overlaps(f.span, protected))

    def _detect(self, view: str, text: str, contacts: bool) -> Iterator[Finding]:
        yield from shaped_secrets(view)
        yield from pem_blocks(view)
        yield from labelled_secrets(view)
        yield from passwords(view)
        yield from one_time_codes(view)
        yield from security_answers(view)
        yield from card_numbers(view)
        yield from security_codes(view)
        yield from ibans(view)
        yield from bank_numbers(view)
        yield from government_ids(view)
        if contacts:
            yield from emails(view)
            yield from phone_numbers(view)
        for pattern in self._extra:  # the admin's patterns see the text as written
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

