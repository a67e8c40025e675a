"""Text clean-up shared by every triage rule: one normal form for matching, computed once per message.

The normal form is lower case, NFKC-folded, free of control characters, with contractions expanded
("can't" -> "cannot", "I'm" -> "i am", "dont" -> "do not") and common typos of the lexicon's key words
corrected, so the lexicons can be written once in plain English.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from .spelling import TypoFixer

logger = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 5000

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufffd]+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_SPACES = re.compile(r"\s+")

# Contractions, with and without the apostrophe. Order matters: specific forms before "n't".
_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"\b(?:can'?t|can not)\b", "cannot"),
        (r"\bwon't\b", "will not"),
        (r"\bain'?t\b", "am not"),
        (r"\bshan'?t\b", "shall not"),
        (r"\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)n'?t\b", r"\1 not"),
        (r"\b(\w+)n't\b", r"\1 not"),
        (r"\bi'?m\b", "i am"),
        (r"\b(i|you|we|they|he|she|it|that|there|who)'ll\b", r"\1 will"),
        (r"\b(you|we|they)'?re\b", r"\1 are"),
        (r"\b(i|you|we|they|would|could|should|must)'ve\b", r"\1 have"),
        (r"\b(i|you|we|they|he|she)'d\b", r"\1 would"),
        (r"\b(it|that|there|what|where|who|here|he|she)'s\b", r"\1 is"),
        (r"\bwanna\b", "want to"),
        (r"\bgonna\b", "going to"),
        (r"\bgotta\b", "got to"),
        (r"\b(?:u|ya)\b", "you"),
        (r"\bur\b", "your"),
        (r"\b(?:pls|plz|plse)\b", "please"),
    )
)


@dataclass(frozen=True)
class Prepared:
    """One message, ready for the rules."""

    original: str  # cleaned, capped, original case: for shouting and for VADER
    norm: str  # lower case, contractions expanded, typos fixed: for the lexicons
    truncated: bool


def clean(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, bool]:
    """Any input to a printable str of at most ``max_chars`` characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    truncated = len(text) > max_chars
    text = text[:max_chars]
    text = _SURROGATES.sub(" ", text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip(), truncated


def expand_contractions(lowered: str) -> str:
    for pattern, repl in _CONTRACTIONS:
        lowered = pattern.sub(repl, lowered)
    return lowered


def normalise(text: str, fixer: TypoFixer | None = None) -> str:
    """The matching form of an already cleaned text (also used for admins' lexicon phrases)."""
    norm = expand_contractions(text.lower())
    if fixer is not None:
        norm = fixer.fix(norm)
    return norm


def prepare(text: object, fixer: TypoFixer | None, max_chars: int = DEFAULT_MAX_CHARS) -> Prepared:
    original, truncated = clean(text, max_chars)
    return Prepared(original=original, norm=normalise(original, fixer), truncated=truncated)


_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def fingerprint(norm: str) -> str:
    """A loose form for comparing two messages: letters and digits only, single spaces."""
    return " ".join(re.findall(r"[^\W_]+", norm))
