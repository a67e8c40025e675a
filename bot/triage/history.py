"""What triage knows about the conversation so far, and the signals only a conversation can give.

A repeated question is found by comparing the message with each of the five before it. What a message
brings to that comparison (its loose form, words, numbers, letter counts) is worked out once and kept
while the message is in the conversation's window; a pair is compared in full
(``difflib.SequenceMatcher.ratio``) only when cheap upper bounds of that ratio leave the answer open.
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import repeat
from operator import mul

from ..models import Conversation
from .text import Prepared, fingerprint, normalise, printable_text

logger = logging.getLogger(__name__)

_KEEP = 5  # how many earlier messages are compared
_COMPARE_CHARS = 300
_MIN_WORDS = 2
_MIN_CHARS = 8
_REMEMBERED = 4096  # messages whose features are kept: the windows of many conversations at once

# Letter counts are packed into one integer, a field of _BITS per character of _COUNTED and one for all the
# others together, so the letters two messages have in common are summed with a few integer operations.
_COUNTED = "abcdefghijklmnopqrstuvwxyz0123456789 "
_BITS = 10  # a count (at most _COMPARE_CHARS < 2**9) and a guard bit
_TOP = sum(1 << (_BITS * i + _BITS - 1) for i in range(len(_COUNTED) + 1))  # each field's guard bit
_LOW = _TOP - (_TOP >> (_BITS - 1))  # each field's count bits
_FIELD_ONE = {ch: 1 << (_BITS * i) for i, ch in enumerate(_COUNTED)}  # a count of one, in that character's field
_OTHERS_ONE = 1 << (_BITS * len(_COUNTED))


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


def comparable(text: str) -> str:
    """The loose form used to spot a repeated question."""
    return fingerprint(normalise(printable_text(text, _COMPARE_CHARS)[0]))[:_COMPARE_CHARS]


class Question:
    """A message as the repeat check sees it: its loose form, its words, the words with a digit (order ids,
    amounts), and (when first needed) its packed letter counts."""

    __slots__ = ("form", "words", "numbers", "too_short", "_letters")

    def __init__(self, form: str):
        self.form = form
        words = form.split()
        self.words = frozenset(words)
        # letters alone (most messages) have no digit; isalpha is one C loop over the text
        has_digit = not form.replace(" ", "").isalpha() and any(map(str.isdigit, form))
        self.numbers = frozenset(w for w in self.words if any(map(str.isdigit, w))) if has_digit else frozenset()
        self.too_short = len(form) < _MIN_CHARS or len(words) < _MIN_WORDS
        self._letters: int | None = None

    @property
    def letters(self) -> int:
        if self._letters is None:  # the words' counts (cached: words recur) and the spaces between them
            pieces = self.form.split(" ")
            self._letters = sum(map(_word_letters, pieces)) + _FIELD_ONE[" "] * (len(pieces) - 1)
        return self._letters


@functools.lru_cache(maxsize=1 << 15)
def _word_letters(word: str) -> int:
    """A word's packed letter counts."""
    chars = set(word)
    return sum(map(mul, map(_FIELD_ONE.get, chars, repeat(_OTHERS_ONE)), map(word.count, chars)))


def common_letters(a: int, b: int) -> int:
    """How many characters two messages have in common, in any order: the sum over the fields of two packed
    counts of the smaller count. A field of ``(a | guard) - b`` keeps its guard bit where a's count is not
    below b's; that bit, spread over the field, picks b's count there and a's elsewhere; the fields of
    the result are summed by a remainder (2**_BITS is 1 modulo 2**_BITS - 1)."""
    a_not_below = ((((a | _TOP) - b) & _TOP) >> (_BITS - 1)) * ((1 << (_BITS - 1)) - 1)
    return ((b & a_not_below) | (a & (_LOW ^ a_not_below))) % ((1 << _BITS) - 1)


class RepeatCheck:
    """Whether a message asks again what one of the five before it asked: the same loose form, or (unless
    they name different numbers) words or characters at least ``threshold`` alike."""

    def __init__(self, threshold: float, remembered: int = _REMEMBERED):
        self._threshold = threshold
        self._remembered = remembered
        self._questions: OrderedDict[str, Question] = OrderedDict()

    def asked_again(self, message: Prepared, previous: tuple[str, ...]) -> bool:
        current = self._question(message.original, message)
        if current.too_short:
            return False
        threshold = self._threshold
        matcher: SequenceMatcher | None = None  # ``current`` indexed once, and only if a full comparison is needed
        questions = self._questions
        for earlier_text in previous[-_KEEP:]:
            earlier = questions.get(earlier_text)  # most are: each earlier message was a current one
            if earlier is None:
                earlier = self._question(earlier_text)
            else:
                questions.move_to_end(earlier_text)
            if not earlier.form:
                continue
            if earlier.form == current.form:
                return True
            if current.numbers and earlier.numbers and current.numbers != earlier.numbers:
                continue  # about another order or amount: a new question
            common = len(current.words & earlier.words)
            if common / (len(current.words) + len(earlier.words) - common) >= threshold:
                return True
            total = len(current.form) + len(earlier.form)
            # upper bounds of SequenceMatcher.ratio: the shorter text all matched; each character matched
            if 2.0 * min(len(current.form), len(earlier.form)) / total < threshold:
                continue
            if 2.0 * common_letters(current.letters, earlier.letters) / total < threshold:
                continue
            if matcher is None:
                matcher = SequenceMatcher(None, "", current.form, autojunk=False)
            matcher.set_seq1(earlier.form)
            if ratio_reaches(matcher, len(earlier.form), len(current.form), threshold):
                return True
        return False

    def _question(self, text: str, message: Prepared | None = None) -> Question:
        question = self._questions.get(text)
        if question is not None:
            self._questions.move_to_end(text)
            return question
        if message is not None and len(text) <= _COMPARE_CHARS and unicodedata.is_normalized("NFKC", text):
            # cleaning ``message.original`` again would not change it: its normal form is already known
            question = Question(fingerprint(message.unfixed)[:_COMPARE_CHARS])
        else:
            question = Question(comparable(text))
        self._questions[text] = question
        if len(self._questions) > self._remembered:
            self._questions.popitem(last=False)
        return question


def ratio_reaches(matcher: SequenceMatcher, la: int, lb: int, threshold: float) -> bool:
    """``matcher.ratio() >= threshold`` for sequences of lengths ``la`` and ``lb``, stopping as soon as the
    matching blocks found so far, or those still possible, decide it. The blocks are found as
    ``get_matching_blocks`` finds them."""
    total = la + lb
    found = 0
    possible = min(la, lb)  # at most this many characters can still match in the ranges left to search
    queue = [(0, la, 0, lb)]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        possible -= min(ahi - alo, bhi - blo)
        i, j, k = matcher.find_longest_match(alo, ahi, blo, bhi)
        if k:
            found += k
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
                possible += min(i - alo, j - blo)
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
                possible += min(ahi - i - k, bhi - j - k)
            if 2.0 * found / total >= threshold:
                return True
        if 2.0 * (found + possible) / total < threshold:
            return False
    return 2.0 * found / total >= threshold


def sentiment_falling(sentiments: tuple[float, ...], current: float, drop: float) -> bool:
    """Three turns in a row, each more negative than the last, ending negative, falling by ``drop``."""
    if len(sentiments) < 2:
        return False
    first, second = sentiments[-2], sentiments[-1]
    return first > second > current and first - current >= drop and current <= -0.25
