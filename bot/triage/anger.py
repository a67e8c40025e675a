"""Annoyance that no single word proves: weak cues counted together with a second sign.

"Freaking" and "I hate" are emphasis or banter as often as anger. In a message that does not sound
cheerful, together with a second sign -- another cue, a negative tone once swearing is set aside, or
emphasis (capitals on an ordinary word, stretched letters, "!!", "?!") -- they say the customer is
annoyed. "Oh great." is praise, unless the message is about something gone wrong: then it is sarcasm.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from .patterns import PhraseMatcher

logger = logging.getLogger(__name__)

_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_STRETCHED = re.compile(r"([a-zA-Z])\1{2,}")  # "whyyy", "sooo": three or more of one letter
LOUD_PUNCTUATION = re.compile(r"!!|\?!|!\?|\?\?")
_MIN_LOWER = 10  # capitals mean emphasis only in a message that is otherwise lower case
_CHEERFUL = 0.05  # VADER compound at or above this: the cues are banter, not annoyance


class AngerCues:
    """``signal(original, norm, prefixes, sentiment, calm_mood)``: a signal for agents, or None.

    ``calm_mood`` is a callable giving the VADER mood of the text with swearing set aside, so
    that "goddamn" does not count twice; it is only called when a cue matched."""

    def __init__(
        self,
        cues: Iterable[str],
        sarcasm: Iterable[str],
        problem_context: str,
        emphasis_words: Iterable[str],
        raised_voice_words: Iterable[str],
        normalise: Callable[[str], str],
        threshold: float,
        exceptions: Iterable[str] = (),
    ):
        self._cues = PhraseMatcher(cues, normalise, exceptions, negatable=True)
        self._sarcasm = PhraseMatcher(sarcasm, normalise)
        self._problem = re.compile(problem_context)
        self._emphasis = frozenset(w.lower() for w in emphasis_words)
        self._raised = frozenset(w.lower() for w in raised_voice_words)
        self._threshold = threshold

    def signal(
        self, original: str, norm: str, prefixes: frozenset[str], sentiment: float, calm_mood: Callable[[str], float]
    ) -> str | None:
        sarcastic = self._sarcasm.find(norm, prefixes)
        if sarcastic is not None:  # the problem is outside the praise: "nothing like" is not about "nothing"
            problem = self._problem.search(norm, sarcastic.end) or self._problem.search(norm, 0, sarcastic.start)
            if problem is not None:
                return f'sounds sarcastic: "{sarcastic.text.strip(" .!")}" about "{problem.group(0)}"'
        if sentiment >= _CHEERFUL:
            return None
        capitals = self._capitals_in(original, self._raised)
        if capitals is not None:
            problem = self._problem.search(norm)
            if problem is not None:
                return f'raised voice: "{capitals}" about "{problem.group(0)}"'
        found = [hit.text for hit in self._cues.find_distinct(norm, prefixes, limit=2)]
        if not found:
            return None
        quoted = ", ".join(f'"{text}"' for text in found)
        if len(found) == 2:
            return f"sounds annoyed: {quoted}"
        emphasis = self._emphasis_in(original)
        if emphasis:
            return f"sounds annoyed: {quoted} with {emphasis}"
        mood = calm_mood(original)
        if mood <= self._threshold:
            return f"sounds annoyed: {quoted} in a negative tone ({mood:.2f})"
        return None

    def _emphasis_in(self, original: str) -> str | None:
        if LOUD_PUNCTUATION.search(original):
            return "loud punctuation"
        if _STRETCHED.search(original):
            return "stretched words"
        capitals = self._capitals_in(original, self._emphasis)
        return f'"{capitals}" in capitals' if capitals is not None else None

    @staticmethod
    def _capitals_in(original: str, words: frozenset[str]) -> str | None:
        """One of ``words`` in capitals ("NOT", "AGAIN") in an otherwise lower-case message."""
        if sum(map(str.islower, original)) >= _MIN_LOWER:
            for word in _CAPS_WORD.findall(original):
                if word.lower() in words:
                    return word
        return None
