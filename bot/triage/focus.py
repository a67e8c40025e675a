"""What the tone of a long message is about: anger aimed at us, and the writer's own state now.

A long post nearly always holds a strong word somewhere: a story about politics, guns, a coworker, a film.
Frustration is anger aimed at us (the business, the bot, the service, "you"), so in a message of more than
``TriageConfig.long_message_words`` words the frustration rules read only some of its sentences (``Focus``):
- its words, the annoyance cues and shouting: the sentences **aimed at us** ("you", "your", the company, its
  service, the customer's order, account, payment…) and the writer's **exclamations** (five words or fewer,
  about no one else: "Feel so shit now.", "This sucks.", "Ugh...");
- the very negative tone: those, and the sentences where **the writer tells of themselves** ("I", "me", "my"
  in a sentence about no one else: not "he", "she", "they", "people"…).
Short messages are read whole: a chat line is one thought, and it is said to us. Off by default (0): on the
public sources it took as much from self-harm recall as from false handoffs (docs/triage.md › "Long messages").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .patterns import any_word
from .text import normalise

logger = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|(?<=\.\.\.)(?=\w)|(?<=…)(?=\w)|\s*\n+\s*")
_WORD = re.compile(r"\S+")
_EXCLAMATION_WORDS = 5
_AIMED_AT_US = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|y'all)\b|"
    r"\b(?:customer\s+(?:service|support|care)|support\s+team|help\s*desk|chat\s*bot|bot|company|business|"
    r"service|app|website|site|shop|store|orders?|refunds?|deliver(?:y|ies|ed)|parcel|package|account|"
    r"subscription|product|item|agents?|representatives?|reps?|staff|manager|bank|cards?|charged?|charges|"
    r"payments?|bills?|billing|invoice|fees?|loan|mortgage|credit|debt|collectors?|contract|policy|claim)\b"
)
_WRITER = any_word("i", "me", "my", "myself", "mine")
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|him|her|his|hers|himself|herself|they|them|their|theirs|themselves|people|everyone|everybody|"
    r"someone|somebody)\b"
)


@dataclass(frozen=True)
class Focus:
    """The sentences of a long message that frustration reads, in their order."""

    aimed: tuple[str, ...]  # aimed at us, or the writer's exclamations: for words, cues and shouting
    felt: tuple[str, ...]  # those, and the writer telling of themselves: for the tone
    total: int

    @property
    def aimed_text(self) -> str:
        return " ".join(self.aimed)

    @property
    def felt_text(self) -> str:
        return " ".join(self.felt)

    @property
    def signal(self) -> str:
        return (
            f"long message: read {len(self.aimed)} of {self.total} sentences as aimed at us, "
            f"{len(self.felt) - len(self.aimed)} more for the writer's tone"
        )


def sentences(text: str) -> list[str]:
    return [s for s in (part.strip() for part in _SENTENCE_END.split(text)) if s]


def aimed_at_us(sentence_norm: str) -> bool:
    return _AIMED_AT_US.search(sentence_norm) is not None


def exclamation(sentence_norm: str) -> bool:
    """A few words of the writer's own ("Feel so shit now.", "This sucks.", "FML."), about no one else."""
    return len(sentence_norm.split()) <= _EXCLAMATION_WORDS and _SOMEONE_ELSE.search(sentence_norm) is None


def about_the_writer(sentence_norm: str) -> bool:
    """The writer about themselves ("I feel so low"), not about someone else."""
    return _WRITER.search(sentence_norm) is not None and _SOMEONE_ELSE.search(sentence_norm) is None


def focus_of(original: str, long_words: int) -> Focus | None:
    """None for a message of at most ``long_words`` words (read whole); else the sentences that count."""
    # a message has at most one word more than it has spaces: most are short, and need no count
    if long_words <= 0 or original.count(" ") < long_words or len(_WORD.findall(original)) <= long_words:
        return None
    parts = sentences(original)
    aimed: list[str] = []
    felt: list[str] = []
    for sentence in parts:
        norm = normalise(sentence)
        if aimed_at_us(norm) or exclamation(norm):
            aimed.append(sentence)
            felt.append(sentence)
        elif about_the_writer(norm):
            felt.append(sentence)
    return Focus(tuple(aimed), tuple(felt), len(parts))
