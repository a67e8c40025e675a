"""The text the detectors read: every character folded to the ASCII one it stands for, one for one.

Digits of any script (Arabic-Indic ``٤``, Extended Arabic-Indic ``۴``, Devanagari ``४``, full-width
``４`` …) become ``0``-``9``, dashes become ``-``, odd spaces become a space and compatibility letters
(full-width ``ｐａｓｓ``) their plain form. Each character maps to exactly one character, so a finding's
span in the folded text is its span in the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


def folded(text: str) -> str:
    """``text`` with the same length, digits in ASCII and look-alikes plain."""
    if text.isascii():
        return text
    return "".join(map(_fold, text))


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    if ch.isascii():
        return ch
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    if ch in _DASHES:
        return "-"
    category = unicodedata.category(ch)
    if category == "Zs":
        return " "
    plain = unicodedata.normalize("NFKC", ch)
    if len(plain) == 1 and plain.isascii() and (plain.isalpha() or category.startswith("P")):
        return plain
    return ch
