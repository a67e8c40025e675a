"""What triage knows about the conversation so far, and the signals only a conversation can give."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from ..models import Conversation
from .text import fingerprint, normalise, printable_text

logger = logging.getLogger(__name__)

_KEEP = 5  # how many earlier messages are compared
_COMPARE_CHARS = 300
_MIN_WORDS = 2
_MIN_CHARS = 8


@dataclass(frozen=True)
class History:
    """The conversation so far as the engine knows it; empty for a first message."""

    previous_texts: tuple[str, ...] = ()  # recent customer messages, oldest first
    sentiments: tuple[float, ...] = ()  # their VADER compounds, oldest first
    failed_turns: int = 0  # consecutive turns the bot did not understand

    @property
    def is_empty(self) -> bool:
        return not self.previous_texts and not self.sentiments and self.failed_turns <= 0

    @classmethod
    def from_conversation(cls, conversation: Conversation) -> History:
        return cls(
            previous_texts=tuple(conversation.recent_questions),
            sentiments=tuple(conversation.sentiments),
            failed_turns=conversation.failed_turns,
        )


@lru_cache(maxsize=4096)  # a conversation's earlier messages come back at every turn
def comparable(text: str) -> str:
    """The loose form used to spot a repeated question."""
    return fingerprint(normalise(printable_text(text, _COMPARE_CHARS)[0]))[:_COMPARE_CHARS]


@lru_cache(maxsize=4096)
def _words_and_numbers(form: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a ``comparable`` form, and those of them with a digit (order ids, amounts)."""
    words = frozenset(form.split())
    return words, frozenset(w for w in words if any(ch.isdigit() for ch in w))


def repeated_question(current: str, previous: tuple[str, ...], threshold: float) -> bool:
    """Whether ``current`` (a ``comparable`` form) asks again what an earlier message asked."""
    if len(current) < _MIN_CHARS or len(current.split()) < _MIN_WORDS:
        return False
    current_words, current_digits = _words_and_numbers(current)
    matcher: SequenceMatcher | None = None  # ``current`` indexed once, and only if a full comparison is needed
    for earlier_text in previous[-_KEEP:]:
        earlier = comparable(earlier_text)
        if not earlier:
            continue
        if earlier == current:
            return True
        earlier_words, earlier_digits = _words_and_numbers(earlier)
        if current_digits and earlier_digits and current_digits != earlier_digits:
            continue  # about another order or amount: a new question
        overlap = len(current_words & earlier_words) / len(current_words | earlier_words)
        if overlap >= threshold:
            return True
        if _length_ratio(earlier, current) < threshold or _character_ratio(earlier, current) < threshold:
            continue
        if matcher is None:
            matcher = SequenceMatcher(None, "", current, autojunk=False)
        matcher.set_seq1(earlier)
        if matcher.ratio() >= threshold:
            return True
    return False


def _length_ratio(a: str, b: str) -> float:
    """An upper bound of ``SequenceMatcher.ratio``: ``real_quick_ratio``, without building a matcher."""
    return 2.0 * min(len(a), len(b)) / (len(a) + len(b))


@lru_cache(maxsize=4096)
def _character_counts(form: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in form:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def _character_ratio(a: str, b: str) -> float:
    """A tighter upper bound: ``SequenceMatcher.quick_ratio`` (characters in common, in any order), with
    each text's counts kept from turn to turn."""
    counts_b = _character_counts(b)
    common = sum(min(n, counts_b.get(ch, 0)) for ch, n in _character_counts(a).items())
    return 2.0 * common / (len(a) + len(b))


def sentiment_falling(sentiments: tuple[float, ...], current: float, drop: float) -> bool:
    """Three turns in a row, each more negative than the last, ending negative, falling by ``drop``."""
    if len(sentiments) < 2:
        return False
    first, second = sentiments[-2], sentiments[-1]
    return first > second > current and first - current >= drop and current <= -0.25
