"""How a message sounds: VADER sentiment and shouting."""

from __future__ import annotations

import logging
import re

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

logger = logging.getLogger(__name__)

_SENTIMENT_CHARS = 2000  # VADER's cost grows with length; the opening says enough about the tone
_CAPS_WORD = re.compile(r"\b[^\W\d_a-z]{2,}\b")
_EXCLAIM = re.compile(r"!{3,}|(?:[!?]\s*){4,}|\?!|!\?")


class Sentiment:
    """VADER, loaded once per instance (loading the lexicon is the slow part)."""

    def __init__(self) -> None:
        self._analyzer = SentimentIntensityAnalyzer()

    def compound(self, text: str) -> float:
        if not text:
            return 0.0
        return float(self._analyzer.polarity_scores(text[:_SENTIMENT_CHARS])["compound"])


def caps_shouting(text: str) -> bool:
    """Mostly capital letters over several words ("WHERE IS MY ORDER"), not an acronym or two."""
    upper = lower = 0
    for ch in text[:_SENTIMENT_CHARS]:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    if upper < 8 or upper < 0.7 * (upper + lower):
        return False
    return len(_CAPS_WORD.findall(text[:_SENTIMENT_CHARS])) >= 2


def exclaiming(text: str) -> bool:
    """"!!!", "?!", "?!?!": raised voice in punctuation."""
    return _EXCLAIM.search(text) is not None
