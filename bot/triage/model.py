"""A small learned signal for triage: logistic regression over words, word pairs and letter 4-grams.

Trained by ``scripts/train_triage_model.py`` on the public TUNE sources (docs/triage.md › "The learned
signal") and shipped as ``bot/data/triage_model.json.gz``. Pure Python: a message's features are looked up
in one dictionary per category, so scoring costs a few microseconds per category switched on.
The rules stay the floor: the model can only add a handoff the rules did not make.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain, repeat
from operator import add, itemgetter
from pathlib import Path

logger = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "triage_model.json.gz"
FORMAT = 1
_TOKEN = re.compile(r"[a-z0-9']+")
_DIGITS = re.compile(r"[0-9]")
_MAX_CHARS = 600  # like the rules' max_chars: the start of a long message says what it is about
_WORDS_KEPT = 1 << 16  # words whose weights are kept (customers reuse their words)
# as triage's printable_text() does
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})


def features(text: str) -> list[str]:
    """Words (``w``), adjacent word pairs (``b``) and letter 4-grams of each word with its edges (``c``),
    each once: the model counts whether a feature is there, not how often."""
    words = _TOKEN.findall(_DIGITS.sub("0", text[:_MAX_CHARS].lower().translate(_APOSTROPHES)))
    parts = list(map(_word_parts, words))
    out = list(map(itemgetter(0), parts))
    out.extend(map(add, map(itemgetter(1), parts[:-1]), words[1:]))
    out.extend(chain.from_iterable(map(itemgetter(2), parts)))
    return list(dict.fromkeys(out))


@functools.lru_cache(maxsize=1 << 16)
def _word_parts(word: str) -> tuple[str, str, tuple[str, ...]]:
    """A word's feature, the start of the pairs it begins, and its letter 4-grams with its edges (none for
    a word of one or two letters); cached, as customers reuse their words (the cost was half the model's
    time per message)."""
    padded = " " + word + " "
    grams = tuple("c" + padded[i : i + 4] for i in range(len(padded) - 3)) if len(word) > 2 else ()
    return "w" + word, "b" + word + " ", grams


# a word's feature and its weights (None: no category weighs it), the start of its pairs, its weighed 4-grams
_WordWeights = tuple[str, tuple[float, ...] | None, str, tuple[tuple[str, tuple[float, ...]], ...]]


@dataclass(frozen=True)
class ModelScore:
    category: str  # the eval label: human_request, frustration, sensitive_self_harm, ...
    probability: float

    @property
    def signal(self) -> str:
        return f"model: {self.category} {self.probability:.2f}"


class TriageModel:
    """``TriageModel.load().best(text, thresholds)``: the likeliest category over its threshold, or None."""

    def __init__(self, weights: Mapping[str, dict[str, float]], biases: Mapping[str, float],
                 thresholds: Mapping[str, float], enabled: Iterable[str], about: Mapping | None = None):
        self._weights = dict(weights)
        self._biases = dict(biases)
        self.thresholds = dict(thresholds)  # the ones chosen at training, on TUNE sources
        self.enabled = tuple(c for c in enabled if c in self._weights)  # on by default (docs/triage.md)
        self.about = dict(about or {})
        self._table: dict[str, tuple[float, ...]] | None = None
        self._words: dict[str, _WordWeights] = {}  # a word -> its feature's weights, pair start, weighed 4-grams

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self._weights)

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> TriageModel:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: model format {data.get('format')!r}, expected {FORMAT}")
        classes = data["classes"]
        return cls(
            weights={name: c["weights"] for name, c in classes.items()},
            biases={name: c["bias"] for name, c in classes.items()},
            thresholds={name: c["threshold"] for name, c in classes.items()},
            enabled=data.get("enabled", ()),
            about=data.get("about"),
        )

    def subset(self, categories: Iterable[str], thresholds: Mapping[str, float], enabled: Iterable[str],
               about: Mapping) -> TriageModel:
        """The same weights for ``categories`` only, with new thresholds and defaults: what is shipped."""
        keep = [c for c in categories if c in self._weights]
        return TriageModel({c: self._weights[c] for c in keep}, {c: self._biases[c] for c in keep},
                           {c: thresholds[c] for c in keep}, enabled, about)

    def size(self, category: str) -> int:
        return len(self._weights[category])

    def save(self, path: str | Path) -> None:
        data = {
            "format": FORMAT,
            "about": self.about,
            "enabled": list(self.enabled),
            "classes": {
                name: {"bias": round(self._biases[name], 4), "threshold": self.thresholds[name],
                       "weights": {f: round(w, 3) for f, w in sorted(weights.items())}}
                for name, weights in self._weights.items()
            },
        }
        with gzip.GzipFile(path, "wb", mtime=0) as raw:  # mtime 0: the same model gives the same bytes
            raw.write(json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))

    def probability(self, category: str, feats: list[str]) -> float:
        weights = self._weights[category]
        z = self._biases[category] + sum(map(weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def best(self, text: str, thresholds: Mapping[str, float]) -> ModelScore | None:
        """The category with the highest probability among those at or over their threshold.

        Each feature is looked up once for all categories (``_by_feature``), and only the features some
        category weighs are summed: a feature a category lacks adds 0.0, so the sums are the same floats
        as ``probability`` gives."""
        columns = zip(*self._weighed(text), strict=True)  # each category's weights, in the order of the features
        sums = dict(zip(self._weights, map(sum, columns), strict=False))  # no feature weighed: no sum, the bias
        found: ModelScore | None = None
        for category, threshold in thresholds.items():
            if category not in self._weights:
                continue
            z = self._biases[category] + sums.get(category, 0)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            if p >= threshold and (found is None or p > found.probability):
                found = ModelScore(category, p)
        return found

    def _weighed(self, text: str) -> Iterable[tuple[float, ...]]:
        """The weights (``_by_feature``) of the features of ``text`` some category weighs, each feature once, in
        the order of ``features(text)``: a word's own and its 4-grams' are looked up once per word (cached)."""
        table = self._table if self._table is not None else self._by_feature()
        words = _TOKEN.findall(_DIGITS.sub("0", text[:_MAX_CHARS].lower().translate(_APOSTROPHES)))
        parts = list(map(self._word_weights, words))
        weighed: dict[str, tuple[float, ...]] = {}  # a feature seen again keeps its first place, as in features()
        for feature, row, _, _ in parts:
            if row is not None:
                weighed[feature] = row
        for part, after in zip(parts, words[1:], strict=False):
            row = table.get(part[2] + after)
            if row is not None:
                weighed[part[2] + after] = row
        for part in parts:
            weighed.update(part[3])
        return weighed.values()

    def _word_weights(self, word: str) -> _WordWeights:
        known = self._words.get(word)
        if known is None:
            table = self._table if self._table is not None else self._by_feature()
            feature, pair_start, grams = _word_parts(word)
            weighed_grams = tuple((gram, row) for gram in grams if (row := table.get(gram)) is not None)
            known = (feature, table.get(feature), pair_start, weighed_grams)
            if len(self._words) >= _WORDS_KEPT:
                self._words.clear()
            self._words[word] = known
        return known

    def _by_feature(self) -> dict[str, tuple[float, ...]]:
        """Every weighed feature's weights, one per category in the order of ``categories`` (0.0 where a
        category does not weigh it); built once, about as large as the weights themselves."""
        table: dict[str, tuple[float, ...]] = {}
        for feature in dict.fromkeys(f for weights in self._weights.values() for f in weights):
            table[feature] = tuple(weights.get(feature, 0.0) for weights in self._weights.values())
        self._table = table
        return table

    def scores(self, text: str) -> dict[str, float]:
        feats = features(text)
        return {category: self.probability(category, feats) for category in self._weights}
