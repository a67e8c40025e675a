"""The trained language profiles (profiles.json.gz, made by tools/train_language_profiles.py): a naive
Bayes model over character n-grams and words, and the word lists the cheap first check uses."""

from __future__ import annotations

import gzip
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

logger = logging.getLogger(__name__)

FEATURE_ORDERS = (1, 2, 3)
WORD = re.compile(r"[^\W\d_]+")


def words_of(text: str) -> list[str]:
    """The words of a text, lower case, letters only (any script)."""
    return WORD.findall(text.lower())


def features(text: str) -> list[str]:
    """Whole words (``<word>``) and the letter n-grams of each word with its edges (``" wo"``, ``"ord"``)."""
    out: list[str] = []
    for word in words_of(text):
        out.append(f"<{word}>")
        padded = f" {word} "
        for n in FEATURE_ORDERS:
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return [f for f in out if f != " "]


@dataclass(frozen=True)
class Profiles:
    languages: tuple[str, ...]
    floors: tuple[float, ...]  # log-probability of a feature a language did not keep
    grams: dict[str, tuple[tuple[int, float], ...]]  # feature -> (language index, log-probability above floor)
    markers: dict[str, frozenset[str]]  # language -> words frequent in it and rare in English
    english: frozenset[str]  # English words rare in the other languages
    english_vocabulary: frozenset[str]  # English words seen more than once: never a sign of another language alone

    def best(self, text: str, among: frozenset[str] | None = None) -> tuple[str, float]:
        """The likeliest language of ``text`` and its lead over the runner-up (log-probability per feature)."""
        totals = [0.0] * len(self.languages)
        known = 0
        for feature in features(text):
            row = self.grams.get(feature)
            if row is None:
                continue
            known += 1
            for index, delta in row:
                totals[index] += delta
        if not known:
            return "en", 0.0
        ranked = sorted(
            (
                (total + known * floor, lang)
                for total, floor, lang in zip(totals, self.floors, self.languages, strict=False)
                if among is None or lang in among
            ),
            reverse=True,
        )
        (top, lang), runner_up = ranked[0], ranked[1][0] if len(ranked) > 1 else ranked[0][0]
        return lang, (top - runner_up) / known


    def knows(self, word: str, language: str) -> bool:
        """Whether ``word`` is among the words ``language`` kept (its most frequent ones)."""
        index = self.languages.index(language)
        return any(i == index for i, _ in self.grams.get(f"<{word}>", ()))


@lru_cache(maxsize=1)
def bundled_profiles() -> Profiles:
    """The profiles shipped in the package, read once per process (about 0.1 s)."""
    raw = resources.files(__package__).joinpath("profiles.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    if tuple(data["orders"]) != FEATURE_ORDERS:
        raise ValueError("profiles.json.gz was trained with other features: run tools/train_language_profiles.py")
    return Profiles(
        languages=tuple(data["languages"]),
        floors=tuple(data["floors"]),
        grams={gram: tuple((index, delta) for index, delta in row) for gram, row in data["grams"].items()},
        markers={lang: frozenset(words) for lang, words in data["markers"].items()},
        english=frozenset(data["english"]),
        english_vocabulary=frozenset(data["english_vocabulary"]),
    )
