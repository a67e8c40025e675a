"""The faster VADER gives the library's own scores, word for word."""

from __future__ import annotations

import random

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.triage.vader import Vader

WORDS = (
    "the", "order", "is", "late", "not", "never", "so", "this", "without", "doubt", "very", "kind", "of",
    "sort", "least", "at", "but", "no", "nor", "or", "good", "great", "bad", "terrible", "happy", "love",
    "hate", "shit", "bomb", "bus", "stop", "cut", "the", "mustard", "hand", "to", "mouth", "yeah", "right",
    "isn't", "don't", "wasn't", "GREAT", "AWFUL", "really", "extremely", "barely", "somewhat", "thanks",
    ":)", ":(", "<3", "lol", "!!", "?", "...", "helpful", "broken", "ok", "okay", "fine", "uh", "x",
)
OWN_PHRASES = (
    "", "   ", "!!!", "no", "no thanks", "not bad at all", "never so happy with a parcel", "without doubt the best",
    "it is kind of slow but the staff were lovely!!", "I am NOT happy about this ORDER", "at least it came",
    "the least helpful reply", "this is the bomb", "what the shit is this??", "café was great ☺",
    "great... but the box was crushed :(", "BAD BAD service", "no, it is not fine", "yeah right, really fast",
)


def sentences(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = list(OWN_PHRASES)
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 12))]
        out.append(" ".join(words) + rng.choice(("", "!", "!!!", "?", "??", "?!", ".")))
    return out


@pytest.mark.parametrize("removed", [(), ("late", "broken", "bad", "shit")])
def test_scores_match_the_library(removed):
    ours, theirs = Vader(), SentimentIntensityAnalyzer()
    for word in removed:  # as triage's mood and calm readings do
        ours.lexicon.pop(word, None)
        theirs.lexicon.pop(word, None)
    for text in sentences(7, 4000):
        assert ours.polarity_scores(text) == theirs.polarity_scores(text), text
