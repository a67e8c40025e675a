"""The strings an expression cannot match without: a text lacking them all has no match, so skipping the
expression for it loses nothing."""

from __future__ import annotations

import random
import re

from bot.triage.config import TriageConfig
from bot.triage.literals import needles, required
from bot.triage.patterns import compile_entry
from bot.triage.text import normalise


def test_needles_are_what_every_match_contains():
    assert needles(r"(?<!\w)a\&e(?!\w)") == ("a&e",)
    assert needles(r"\b\w{3,}(?:itis|osis)\b") == ("itis", "osis")
    assert needles(r"\bi\s+(?:am|was)\s+(?:really\s+)?struggling") == ("struggling",)
    assert needles(r"(?:a|)bc") == ("bc",)


def test_every_group_an_expression_needs():
    # a run of letters goes on through a repeated letter and into the alternatives that follow it
    assert required(r"\b(?:u+g+h+|a+r+g+h+|gr+r+)\b") == (("ar", "gr", "ug"),)
    assert required(r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|milligrams?)\b") == (("mcg", "mg", "milligram"),)
    assert required(r"ab{2}c") == (("abbc",),)
    # a group another group already says is left out ("i feel" holds "el")
    assert required(r"\bi (?:feel|felt) (?:so )?(?:hopeless|worthless)\b") == (
        ("hopeless", "worthless"),
        ("i feel", "i felt"),
    )
    assert required(r"(?i:abc)d") == (("d",),)  # case folded: nothing known inside
    assert required(r"(?i)refund") == ()


def test_no_needles_when_they_cannot_be_known():
    assert needles(r"x*") is None  # matches the empty string
    assert needles(r"(?i)refund") is None  # case folded
    assert needles(r"\d+\s*\w+") is None
    assert needles(r"(?:refund|)") is None


def test_every_lexicon_entry_keeps_its_matches_on_texts_made_of_its_own_words():
    rng = random.Random(3)
    entries = [e for c in TriageConfig.default().categories for e in (*c.words, *c.mild_words, *c.exceptions)]
    for entry in entries:
        source = compile_entry(entry, normalise)
        groups = required(source)
        if not groups:
            continue
        pattern = re.compile(source)
        words = re.findall(r"[a-z&#'-]+", entry.lower()) or ["x"]
        for _ in range(20):  # texts built from the entry's own words: some match, some do not
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
            if pattern.search(text):
                assert all(any(needle in text for needle in group) for group in groups), (entry, text)
