"""Payment cards: numbers in any grouping (spaces, dashes, dots, slashes, underscores, one group per
line) that pass Luhn and start like a card network's, and the security code written with them or
introduced by name ("cvv 123", "the 3 digits on the back are 123").

Detectors read folded text (ASCII digits); see ``folding``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.findings import CARD, SECURITY_CODE, Finding

# between digit groups: a space or two, or one of - . / _ with spaces around it, or a line break or two
_SEP = r"(?:[ \t]{1,3}|[ \t]{0,3}(?:[\-./_]|\n{1,2})[ \t]{0,3})"
_DIGIT_RUN = re.compile(rf"[0-9]+(?:{_SEP}[0-9]+)*")
_DIGIT_GROUP = re.compile(r"[0-9]+")


def card_numbers(text: str) -> Iterator[Finding]:
    for run in _DIGIT_RUN.finditer(text):
        if run.end() - run.start() < 13:
            continue
        groups = [g.span() for g in _DIGIT_GROUP.finditer(text, run.start(), run.end())]
        for card in _luhn_windows(text, groups):
            yield card
            code = _CODE_AFTER_CARD.match(text, card.span[1])
            if code:
                yield Finding(SECURITY_CODE, code.span("value"), "next_to_card")


def could_be_a_card(digits: str) -> bool:
    """Whether a Luhn-valid run of 13-19 digits starts, and is as long, as a card network's numbers.

    Visa 4 (13, 16, 19 digits); Mastercard 51-55 and 2221-2720, Mir 2200-2204 (16); Maestro 50, 56-59
    (13-19); Amex 34/37 (15); Diners, JCB other 3s (14, 16-19); Discover, UnionPay, RuPay 6 and 81-82
    (16-19). So order numbers starting 1, 7, 9 or 0, and 15-digit IMEIs, are never read as cards.
    """
    n, first, two = len(digits), digits[0], digits[:2]
    if first == "4":
        return n in (13, 16, 19)
    if first == "3":
        return n == 15 if two in ("34", "37") else n != 15
    if two in ("50", "56", "57", "58", "59"):
        return True
    return (first in "256" or two in ("81", "82")) and n >= 16


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
            if not could_be_a_card(digits[start_digit : offsets[b]]):
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


# ---- security codes (CVV, CVC, CID) ----

_GAP = r"(?:[ \t,;:/|\-]{1,3}\n?|\n)[ \t]{0,2}"
_EXPIRY = (
    r"(?:(?:exp(?:iry|ires|iration)?(?: date)?|valid(?: thru| through| until| to)?|expires? on)\.?[ \t:]{0,3})?"
    r"(?:0?[1-9]|1[0-2])[ \t]?[/\-.][ \t]?(?:20)?[0-9]{2}"
)
_CODE_WORDS = (
    r"cvv2?|cvc2?|cvn|csc|cv2|card security code|security code|security number|sec code|card verification"
    r"(?: code| value| number)?|verification (?:code|value|number)"
)
# right after a card number: its expiry, then (or instead) three or four digits, labelled or not
_CODE_AFTER_CARD = re.compile(
    rf"(?:{_GAP}{_EXPIRY})?{_GAP}(?:(?:{_CODE_WORDS})[ \t]{{0,3}}(?:is|:|=|#|-)?[ "
    rf"\t]{{0,3}})?(?P<value>[0-9]{{3,4}})(?![0-9])",
    re.IGNORECASE,
)
_DIGITS_ON_THE_BACK = (
    r"(?:the )?(?:3|4|three|four)[ \-](?:digits?|numbers?|digit code|digit number)(?: code)?"
    r"(?: (?:on|at|from|in) the (?:back|front|reverse|signature strip))?(?: of (?:the|my) card)?"
)
_CODE_KEY = re.compile(
    rf"(?<![A-Za-z])(?:{_CODE_WORDS}|{_DIGITS_ON_THE_BACK})(?:[ \t]{{1,3}}(?:code|number|no\.?|#))?"
    r"(?:[ \t]{0,3}(?::|=|#|-|is(?![A-Za-z])|are(?![A-Za-z])|was(?![A-Za-z])|were(?![A-Za-z])|reads?(?![A-Za-z])))*"
    r"[ \t]{0,3}",
    re.IGNORECASE,
)
_CODE_VALUE = re.compile(r"[0-9]{3,4}(?![0-9])")


def security_codes(text: str) -> Iterator[Finding]:
    for key in _CODE_KEY.finditer(text):
        value = _CODE_VALUE.match(text, key.end())
        if value:
            yield Finding(SECURITY_CODE, value.span(), "introduced_code")
