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

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\ufffd]+")
_INVISIBLE = re.compile(r"[\u00ad\u034f\u180e\ufe00-\ufe0f\u200b-\u200d\u2060]")  # inside words: drop, do not split
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})

# Contractions and chat shorthand, with and without the apostrophe, expanded word by word.
_SHORT_FORMS: dict[str, str] = {
    "can't": "cannot", "cant": "cannot", "won't": "will not", "ain't": "am not", "aint": "am not",
    "shan't": "shall not", "i'm": "i am", "im": "i am", "i'd": "i would", "i've": "i have", "ive": "i have",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "u": "you", "ya": "you", "ur": "your",
    "pls": "please", "gimme": "give me", "lemme": "let me", "plz": "please", "plse": "please", "youre": "you are",
    "theyre": "they are", "wen": "when", "whn": "when", "whr": "where", "wat": "what", "wht": "what",
    "thats": "that is", "whats": "what is", "wheres": "where is", "idk": "i do not know", "dunno": "do not know",
}
for _verb in ("do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "could", "would",
              "should", "must", "need"):
    _SHORT_FORMS[_verb + "nt"] = _verb + " not"
_SUFFIXES = (("n't", " not"), ("'ll", " will"), ("'re", " are"), ("'ve", " have"), ("'d", " would"), ("'s", " is"))
_S_IS = frozenset({"it", "that", "there", "what", "where", "who", "here", "he", "she", "how"})
# the words ``_expand`` may change (a word with an apostrophe, or a short form), each a whole run of letters
# as ``[a-z]+(?:'[a-z]+)?`` would find it; the others are left alone without a call per word
_WORD = re.compile(
    r"(?<![a-z])(?:[a-z]+'[a-z]+|"
    + "|".join(sorted((form for form in _SHORT_FORMS if "'" not in form), key=len, reverse=True))
    + r")(?![a-z])"
)
_CAN_NOT = re.compile(r"\bcan not\b")
_LEADING_HANDLES = re.compile(r"^(?:\s*(?:\.?@\w+|rt\b)[:,]?)+\s*")


def _expand(match: re.Match[str]) -> str:
    word = match.group(0)
    short = _SHORT_FORMS.get(word)
    if short is not None:
        return short
    if "'" in word:
        for suffix, repl in _SUFFIXES:
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                if suffix == "'s" and stem not in _S_IS:
                    return word  # "order's": a possessive
                return stem + repl
    return word


@dataclass(frozen=True)
class Prepared:
    """One message, ready for the rules."""

    original: str  # cleaned, capped, original case: for shouting and for VADER
    norm: str  # lower case, contractions expanded, typos fixed: for the lexicons
    truncated: bool
    unfixed: str  # ``norm`` before the typos were fixed: ``normalise(original)``


def printable_text(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, bool]:
    """Any input to a printable str of at most ``max_chars`` characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    truncated = len(text) > max_chars
    text = text[:max_chars]
    if text.isascii():  # most messages: NFKC leaves ASCII as it is, and it has no surrogate or invisible character
        if "`" in text:
            text = text.replace("`", "'")
        if not text.isprintable():
            text = _CONTROL.sub(" ", text)
        return " ".join(text.split()), truncated
    text = _SURROGATES.sub(" ", text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return " ".join(text.split()), truncated  # str.split's whitespace is re's \s: runs of it become one space


def expand_contractions(lowered: str) -> str:
    if "can not" in lowered:
        lowered = _CAN_NOT.sub("cannot", lowered)
    return _WORD.sub(_expand, lowered)


_GLUED_NUMBER = re.compile(r"\b([a-z]{4,})(\d{3,})\b")  # "order113542617735902"
DIGIT = re.compile(r"\d")  # a text without one has no number to look for
# "where s my order" (the apostrophe typed as a space), "were s my order", "were is it": never anything but "where"
_SPLIT_IS = re.compile(r"\b(where|what|who|how|it|that|there|here)\s+s\b")
_WHERE = re.compile(r"\b(?:were|wer|whre|wher|whe?res?)\s+(is|s|are)\b")


def normalise(text: str, fixer: TypoFixer | None = None) -> str:
    """The matching form of an already cleaned text (also used for admins' lexicon phrases)."""
    norm = text.lower()
    if " s " in norm or " is " in norm or " are " in norm or norm.endswith(" s"):
        norm = _SPLIT_IS.sub(r"\1 is", _WHERE.sub(lambda m: "where " + ("are" if m.group(1) == "are" else "is"), norm))
    norm = expand_contractions(norm)
    if DIGIT.search(norm) is not None:
        norm = _GLUED_NUMBER.sub(r"\1 \2", norm)
    if fixer is not None:
        norm = fixer.fix(norm)
    return norm


def opening(norm: str) -> str:
    """The text without the @handles a tweet starts with: "@brand can you help" opens with "can you"."""
    return _LEADING_HANDLES.sub("", norm) if norm.startswith(("@", ".@", "rt ")) else norm


def prepare(text: object, fixer: TypoFixer | None, max_chars: int = DEFAULT_MAX_CHARS) -> Prepared:
    original, truncated = printable_text(text, max_chars)
    unfixed = normalise(original)
    norm = fixer.fix(unfixed) if fixer is not None else unfixed
    return Prepared(original=original, norm=norm, truncated=truncated, unfixed=unfixed)


_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def fingerprint(norm: str) -> str:
    """A loose form for comparing two messages: letters and digits only, single spaces."""
    return " ".join(_LETTERS_AND_DIGITS.findall(norm))
