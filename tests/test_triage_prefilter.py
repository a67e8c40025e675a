"""The prefilter only skips lexicon entries that cannot match: it must never lose a hit."""

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.triage.complaint_told import FAILURE_PATTERNS, FAULT_PATTERNS, PRONOUN_FAULT_PATTERNS
from bot.triage.config import DEFAULT_CATEGORIES
from bot.triage.lexicon_anger import ANNOYANCE_CUES, SARCASM_CUES
from bot.triage.lexicon_orders import ORDER_TRACKING_PATTERNS
from bot.triage.patterns import PhraseMatcher, compile_entry
from bot.triage.prefilter import keys_for, word_prefixes
from bot.triage.text import normalise

SOURCES = sorted(
    {
        compile_entry(entry, normalise)
        for category in DEFAULT_CATEGORIES
        for entry in category.words + category.mild_words + category.exceptions
    }
    | {compile_entry(entry, normalise) for entry in ORDER_TRACKING_PATTERNS + ANNOYANCE_CUES + SARCASM_CUES}
    | {compile_entry(entry, normalise) for entry in FAILURE_PATTERNS + FAULT_PATTERNS + PRONOUN_FAULT_PATTERNS}
)
COMPILED = [(source, re.compile(source), keys_for(source)) for source in SOURCES]
VOCABULARY = sorted({word for source in SOURCES for word in re.findall(r"[a-z]{2,}", source)} | {"i", "a", "my"})
DATA = Path(__file__).parent / "data"
HELD_OUT = [DATA / "triage_holdout.csv", DATA / "triage_support_chat.csv", DATA / "triage_support_chat_blind.csv"]


def _lost_hits(text: str) -> list[str]:
    norm = normalise(text)
    prefixes = word_prefixes(norm)
    return [
        source
        for source, pattern, keys in COMPILED
        if keys is not None and not (keys & prefixes) and pattern.search(norm)
    ]


def test_most_entries_get_keys():
    assert sum(keys is None for _, _, keys in COMPILED) <= 5


@pytest.mark.parametrize(
    "source, expected",
    [
        (r"(?<!\w)fed[\s\-/]+up(?!\w)", {"fed"}),
        (r"\b(?:talk|speak)\s+to\s+(?:a\s+)?human\b", {"huma"}),
        (r"\bi\s+(?:feel|felt)\s+(?:so\s+)?hopeless\b", {"hope"}),  # not "i"
        # alternatives that do not begin a word ("\bi(?:\s+am|\s+was)" as re's parser writes "i am|i was")
        (r"\bi\s+am\s+struggling\b|\bi\s+was\s+not\s+coping\b", {"stru", "copi"}),
        # right after a character that ends any word, a word starts
        (r"(?:^|(?<=[.,;:!?]))\W*(?:hi\W+)?(?:agents?|human)\W*$", {"agen", "huma"}),
        # a function word's start is in nearly every message: the words after it key the expression
        (r"\b(?:the|your)\s+(?:spa|gym|bar)\b", {"spa", "gym", "bar"}),
        (r"(?<=a)foo", None),
        (r"\b\d+\s?mg\b", None),
        (r"foo", None),  # not anchored at a word start: always run
    ],
)
def test_keys_are_the_most_selective_word_prefixes(source, expected):
    keys = keys_for(source)
    assert (None if keys is None else set(keys)) == expected


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.stem)
def test_no_hit_is_lost_on_the_held_out_messages(path):
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            assert _lost_hits(row["text"]) == [], row["text"]


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12), st.sampled_from([" ", ", ", "  ", "-", " the "]))
def test_no_hit_is_lost_on_texts_made_of_lexicon_words(words, separator):
    assert _lost_hits(separator.join(words)) == []


def _leftmost_and_alternation(text: str) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
    norm = normalise(text)
    hit = _FAILURES.leftmost(norm, word_prefixes(norm))
    found = _ONE_ALTERNATION.search(norm)
    return (hit.text, hit.start) if hit else None, (found.group(0), found.start()) if found else None


_FAILURES = PhraseMatcher(FAILURE_PATTERNS, normalise)
_ONE_ALTERNATION = re.compile("|".join(entry.removeprefix("re:") for entry in FAILURE_PATTERNS))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the first in the text, not the first in the lexicon ("never arrived" is listed before "keeps crashing")
        ("the app keeps crashing and my parcel never arrived", ("keeps crashing", 8)),
        ("my parcel never arrived and the app keeps crashing", ("never arrived", 10)),
        ("thanks, all sorted", None),
    ],
)
def test_the_leftmost_hit_is_the_first_in_the_text(text, expected):
    hit, found = _leftmost_and_alternation(text)
    assert hit == found == expected


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.stem)
def test_the_leftmost_hit_is_what_one_alternation_finds(path):
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            hit, found = _leftmost_and_alternation(row["text"])
            assert hit == found, row["text"]


def test_word_prefixes_are_only_those_some_expression_is_keyed_by():
    assert word_prefixes("qzxv wqjk") == frozenset()  # no expression's key
    PhraseMatcher(["re:\\bqzxvy\\b"], normalise)
    assert word_prefixes("qzxvy wqjk") == {"qzxv"}  # a matcher built since: its key is read
