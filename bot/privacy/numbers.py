"""Numbers that identify a person or their money: payment cards (Luhn-checked), US SSNs, UK National
Insurance numbers, IBANs (mod-97 checked) and ids introduced by name ("passport number ...")."""

from __future__ import annotations

import re
from typing import Iterator

from bot.privacy.findings import BANK_ACCOUNT, CARD, ID, Finding, matches

# ---- payment cards: digit groups, any window of 13-19 digits passing Luhn ----

_DIGIT_RUN = re.compile(r"[0-9]+(?:[ \-\u00a0]{1,2}[0-9]+)*")
_DIGIT_GROUP = re.compile(r"[0-9]+")


def card_numbers(text: str) -> Iterator[Finding]:
    for run in _DIGIT_RUN.finditer(text):
        if run.end() - run.start() < 13:
            continue
        groups = [g.span() for g in _DIGIT_GROUP.finditer(text, run.start(), run.end())]
        yield from _luhn_windows(text, groups)


def _luhn_windows(text: str, groups: list[tuple[int, int]]) -> Iterator[Finding]:
    digits = "".join(text[s:e] for s, e in groups)
    # boundary k sits before the k-th group; offsets[k] is its index into ``digits``
    offsets = [0]
    for s, e in groups:
        offsets.append(offsets[-1] + e - s)
    # sums[q][i]: Luhn contribution of digits[:i] when positions of parity q are doubled
    sums = ([0], [0])
    for i, ch in enumerate(digits):
        d = ord(ch) - 48
        doubled = d * 2 - 9 if d > 4 else d * 2
        sums[0].append(sums[0][-1] + (doubled if i % 2 == 0 else d))
        sums[1].append(sums[1][-1] + (doubled if i % 2 == 1 else d))
    current: tuple[int, int] | None = None
    for a in range(len(groups)):
        start_digit = offsets[a]
        for b in range(a + 1, len(groups) + 1):
            length = offsets[b] - start_digit
            if length > 19:
                break
            if length < 13:
                continue
            q = offsets[b] % 2
            if (sums[q][offsets[b]] - sums[q][start_digit]) % 10:
                continue
            span = (groups[a][0], groups[b - 1][1])
            if current and span[0] <= current[1]:
                current = (current[0], max(current[1], span[1]))
            else:
                if current:
                    yield Finding(CARD, current, "luhn")
                current = span
    if current:
        yield Finding(CARD, current, "luhn")


# ---- government ids and bank accounts ----

_SSN = re.compile(r"(?<![0-9\-])(?!000|666|9[0-9]{2})[0-9]{3}([- ])(?!00)[0-9]{2}\1(?!0000)[0-9]{4}(?![0-9])")

# QQ is never issued but is HMRC's own example prefix, so people paste it
_NI_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?:QQ|(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
    r" ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])",
    re.IGNORECASE,
)

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}")


def ibans(text: str) -> Iterator[Finding]:
    for m in _IBAN.finditer(text):
        candidate = m.group()
        # the run may have swallowed a following word: try the ends at group breaks, longest first
        ends = [len(candidate)] + [i for i in range(len(candidate) - 1, 0, -1) if candidate[i] == " "]
        for end in ends:
            compact = candidate[:end].replace(" ", "").upper()
            if 15 <= len(compact) <= 34 and _iban_valid(compact):
                yield Finding(BANK_ACCOUNT, (m.start(), m.start() + end), "iban")
                break


def _iban_valid(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    remainder = 0
    for ch in rearranged:
        value = int(ch, 36)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder == 1


_ID_WORDS = (
    r"passport|driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e number|national id(?:entity)?(?: card)?"
    r"|national insurance|ni number|nino|id card|identity card|ssn|social security(?: number)?"
    r"|tax id|tax number|personal id(?:entity)?"
)
_ID_KEY = re.compile(
    rf"(?<![A-Za-z])(?:{_ID_WORDS})(?:[ \t]{{1,3}}(?:number|no\.?|num|nr|#|id|code))?"
    r"(?:[ \t]{0,3}(?:is(?![A-Za-z])|:|=|#|-)){0,2}[ \t]{0,3}",
    re.IGNORECASE,
)
_ID_VALUE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])| (?=[0-9])){4,24}(?![A-Za-z0-9])")


def introduced_ids(text: str) -> Iterator[Finding]:
    for key in _ID_KEY.finditer(text):
        value = _ID_VALUE.match(text, key.end())
        if value and any(ch.isdigit() for ch in value.group()):
            yield Finding(ID, value.span(), "introduced_id")


def government_ids(text: str) -> Iterator[Finding]:
    yield from matches(_SSN, text, ID, "ssn")
    yield from matches(_NI_NUMBER, text, ID, "ni_number")
    yield from introduced_ids(text)
