"""Inbound text hygiene: what reaches triage, skills, stores and the LLM is clean and bounded."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_STORED_CHARS = 100_000  # kept in the transcript and relayed to agents
MAX_ANALYSED_CHARS = 4_000  # what triage, skills and the model read
MAX_ENTERING_CHARS = 2 * MAX_STORED_CHARS  # read of a message as it arrives: more than is kept, so the cut is seen

_SURROGATES = re.compile("[\ud800-\udfff]")
# C0/C1 controls except tab and newline, plus DEL
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_NON_WORD = re.compile(r"[^\w\s']+")
# Unicode "format" characters, except the zero-width joiner that holds emoji sequences together
_INVISIBLE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf" and c != 0x200D)
    + "]"
)


@dataclass(frozen=True)
class CleanText:
    text: str  # what is stored and relayed
    analysed: str  # the prefix the bot reasons about
    truncated_chars: int  # how much was cut from ``text`` beyond MAX_STORED_CHARS


def mend_surrogates(text: str) -> str:
    """``text`` with each lone UTF-16 surrogate (half an emoji, as JSON "\\ud83d" can carry) replaced by
    U+FFFD: Python holds them, but UTF-8, and so no database or platform, can."""
    return _SURROGATES.sub("\ufffd", text)


def clean_message(raw: str | None) -> CleanText:
    """Normalise a customer's or agent's message.

    Strips control characters and invisible format characters (zero-width spaces, bidi overrides, tag
    characters — the usual vehicles for smuggling hidden instructions), replaces broken surrogates,
    applies NFKC so look-alike "fullwidth" letters read as what they are, and bounds the length.
    """
    if not raw:
        return CleanText("", "", 0)
    text = normalise_message(raw)
    cut = max(0, len(text) - MAX_STORED_CHARS)
    if cut:
        text = text[:MAX_STORED_CHARS]
    return CleanText(text=text, analysed=text[:MAX_ANALYSED_CHARS], truncated_chars=cut)


def normalise_message(raw: str) -> str:
    """Everything ``clean_message`` does but the bound: what redaction reads as a message enters the core."""
    text = mend_surrogates(raw)
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def normalise_for_matching(text: str) -> str:
    """Lower-case, punctuation-light form used to compare phrases and repeated questions."""
    lowered = text.lower().replace("\u2019", "'")
    return " ".join(_NON_WORD.sub(" ", lowered).split())


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(",.;:") + "…"
