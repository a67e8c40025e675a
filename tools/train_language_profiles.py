"""Train the language profiles Tandem ships (bot/language/profiles.json.gz) from prepared public text.

    python tools/language_data.py               # the sentences, under /work/data/lang (outside the repo)
    python tools/train_language_profiles.py     # the profiles, into bot/language/

A naive Bayes model over character n-grams (1 to 3 letters, with word edges) and whole words, as in
Cavnar & Trenkle and langid.py, kept to each language's most frequent features, plus two word lists for
the cheap first check: words frequent in a language but rare in English (a message with none of them,
written in plain ASCII, is English without running the model), and English words rare in the others
(a message mostly made of them is English, whatever else it holds: "hola, where is my order").
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language.profiles import FEATURE_ORDERS, WORD, features, words_of  # noqa: E402

TOP_FEATURES = 5000  # per language
SMOOTHING = 0.5
MARKER_WORDS = 400  # a language's most frequent words, considered as markers
ENGLISH_WORDS = 3000  # English's most frequent words, considered for the English list
EVERYDAY_WORDS = 500  # English's most frequent words: never a marker of another language ("no", "me", "do")
VOCABULARY_COUNT = 1  # an English word seen this often never opens the cheap check on its own
MUCH_RARER = 50  # the same, for a word English text has too ("de", "la", but not "product" or "man")
RARER = 10  # a marker is at least this many times more frequent in its language than in English (and back)
LATIN = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "da", "id", "lt")  # the model's languages
# the languages with treebank text: the others' few assistant requests keep English song and place names
WELL_SAMPLED = ("es", "fr", "de", "pt", "it", "nl", "pl", "tr")


def train(data: Path) -> dict:
    feature_counts: dict[str, Counter] = {}
    names: dict[str, set[str]] = {}
    word_counts: dict[str, Counter] = {}
    for lang in LATIN:
        lines = (data / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
        feature_counts[lang] = Counter(f for line in lines for f in features(line))
        word_counts[lang] = Counter(w for line in lines for w in words_of(line))
        names[lang] = _mostly_capitalised(lines)
    floors: list[float] = []
    grams: dict[str, list[list[float]]] = {}
    for index, lang in enumerate(LATIN):
        top = feature_counts[lang].most_common(TOP_FEATURES)
        total = sum(count for _, count in top) + SMOOTHING * TOP_FEATURES
        floor = math.log(SMOOTHING / total)
        floors.append(round(floor, 3))
        for gram, count in top:
            gram_row = grams.setdefault(gram, [])
            gram_row.append([index, round(math.log((count + SMOOTHING) / total) - floor, 2)])
    rate = {lang: _rates(counts) for lang, counts in word_counts.items()}
    english = rate["en"]
    common_english = {w for w, _ in word_counts["en"].most_common(ENGLISH_WORDS)}
    everyday_english = {w for w, _ in word_counts["en"].most_common(EVERYDAY_WORDS)}
    english_total = sum(word_counts["en"].values())

    def english_rate(word: str) -> float:
        return (word_counts["en"][word] + SMOOTHING) / english_total
    markers = {}
    for lang in LATIN[1:]:
        frequent = [w for w, _ in word_counts[lang].most_common(MARKER_WORDS) if len(w) > 1]
        markers[lang] = sorted(
            w for w in frequent
            if w not in everyday_english and w not in names[lang]
            and rate[lang][w] > (RARER if not word_counts["en"][w] else MUCH_RARER) * english_rate(w)
        )
    english_words = sorted(
        w
        for w in common_english
        if all(english[w] > RARER * rate[lang].get(w, 0.0) for lang in WELL_SAMPLED)
    )
    return {
        "about": "Tandem's language profiles: trained by tools/train_language_profiles.py; sources in docs/triage.md",
        "orders": list(FEATURE_ORDERS),
        "languages": list(LATIN),
        "floors": floors,
        "grams": grams,
        "markers": markers,
        "english": english_words,
        "english_vocabulary": sorted(w for w, count in word_counts["en"].items() if count >= VOCABULARY_COUNT),
    }


def _mostly_capitalised(lines: list[str]) -> set[str]:
    """Words written with a capital inside sentences more often than not: names ("García", "Paris")."""
    inside: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for line in lines:
        for word in WORD.findall(line)[1:]:
            inside[word.lower()] += 1
            capital[word.lower()] += word[0].isupper()
    return {word for word, count in inside.items() if capital[word] * 2 > count}


def _rates(counts: Counter) -> dict[str, float]:
    total = sum(counts.values())
    return {word: count / total for word, count in counts.items()}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=Path("/work/data/lang/train"), help="one <lang>.txt per language")
    p.add_argument("--out", type=Path, default=ROOT / "bot" / "language" / "profiles.json.gz")
    options = p.parse_args(argv)
    model = train(options.data)
    raw = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    options.out.write_bytes(gzip.compress(raw, mtime=0))
    print(
        f"{options.out}: {len(model['grams'])} features, {sum(map(len, model['markers'].values()))} marker words, "
        f"{len(model['english'])} English words, {options.out.stat().st_size // 1024} KiB",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
