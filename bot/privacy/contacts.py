"""Emails and phone numbers, redacted only when the admin asks (``TANDEM_REDACT_CONTACTS``): agents
usually need them to help.

A phone number is told from an order or tracking number by how it is written: an international
``+``/``00`` prefix, the North American ``(555) 123-4567`` shape, a national number starting with 0 in
groups, or a label ("call me on", "phone:", "mobile"). A bare run of digits is never taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.findings import EMAIL, PHONE, Finding, matches

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}"
    r"(?![A-Za-z0-9])"
)

_GROUPED = r"[0-9](?:[ \-.]?\(?[0-9]\)?){5,16}"  # digits with single separators or parentheses between them
_PHONE_SHAPES = re.compile(
    rf"(?<![0-9A-Za-z+])(?:\+|00)[1-9][ \-.]?\(?{_GROUPED}"  # +44 20 7946 0958, 0049 30 123456
    r"|(?<![0-9A-Za-z])\(?[2-9][0-9]{2}\)?[ \-.][0-9]{3}[ \-.][0-9]{4}(?![0-9])"  # (555) 123-4567
    r"|(?<![0-9A-Za-z])0[1-9][0-9]{1,3}[ \-][0-9]{3,4}[ \-]?[0-9]{3,4}(?![0-9])"  # 020 7946 0958, 07700 900123
)
_PHONE_LABEL = re.compile(
    r"(?<![A-Za-z])(?:phone|tel|telephone|mobile|cell(?:phone)?|whatsapp|landline|call me|text me|ring me|reach me|my "
    r"number)(?:[ \t]{1,3}(?:number|no\.?|#))?(?:[ \t]{0,3}(?::|=|-|is(?![A-Za-z])|on(?![A-Za-z])|at(?![A-Za-z])))*[ "
    r"\t]{0,3}",
    re.IGNORECASE,
)
_LABELLED_NUMBER = re.compile(rf"\+?\(?{_GROUPED}(?![0-9])")


def emails(text: str) -> Iterator[Finding]:
    yield from matches(_EMAIL, text, EMAIL, "email")


def phone_numbers(text: str) -> Iterator[Finding]:
    for m in _PHONE_SHAPES.finditer(text):
        if 7 <= _digits(m.group()) <= 15:
            yield Finding(PHONE, m.span(), "phone")
    for key in _PHONE_LABEL.finditer(text):
        value = _LABELLED_NUMBER.match(text, key.end())
        if value and 7 <= _digits(value.group()) <= 15:
            yield Finding(PHONE, value.span(), "phone")


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)
