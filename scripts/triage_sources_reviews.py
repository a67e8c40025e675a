"""Sources of issue 11's complaints round: short complaints about products and places, and angry lines.

uci_amazon, uci_yelp: the UCI Sentiment Labelled Sentences (Kotzias et al., KDD 2015), 500 negative and 500
positive review sentences per site; a negative sentence about a phone accessory (Amazon, TUNE) or a
restaurant (Yelp, REPORT) is a complaint about it. The copy read is the one in Nanofication/TWC-Naive-Bayes.

xed_en: XED (Helsinki-NLP), English movie-subtitle lines annotated with Plutchik's emotions (REPORT): anger
without joy or trust is frustration; lines with only anticipation, joy, surprise or trust, and the neutral
file, are calm. Lines under three words carry nothing to judge and are left out.

apple_tweets: Figure Eight's "Apple Computers Twitter sentiment" (Data for Everyone, December 2014; the copy
read is the one in akshat1289/data_mining, which carries no licence of its own): tweets that name @Apple,
each judged negative (1), neutral (3) or positive (5) by several workers (TUNE). A tweet at the brand judged
negative with confidence 0.6 or more is a complaint about it (as airline_tweets labels its negatives); one
judged positive is calm; stock talk ($AAPL, #AAPL) and retweets are left out, and a tweet seen twice once.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Iterator
from typing import Protocol

Row = tuple[str, str, str]  # text, route, category (as in triage_sources)
HUMAN, BOT = "human", "bot"
SEED = 11


class Snapshot(Protocol):
    def read(self, path: str, encoding: str = "utf-8") -> str: ...


# name, split, repo, commit, licence, rows: made Sources by triage_sources
SourceSpec = tuple[str, str, str, str, str, Callable[[Snapshot], Iterator[Row]]]


def _uci(path: str) -> Callable[[Snapshot], Iterator[Row]]:
    def rows(snap: Snapshot) -> Iterator[Row]:
        for line in snap.read(path).splitlines():
            text, _, score = line.rpartition("\t")
            text = " ".join(text.split())
            if text and score.strip() in ("0", "1"):
                yield (text, HUMAN, "complaint") if score.strip() == "0" else (text, BOT, "calm")
    return rows


_XED_ANGER, _XED_CALM, _XED_WARM = "1", {"2", "5", "7", "8"}, {"5", "8"}  # anger; anticipation, joy, surprise, trust


def xed_en(snap: Snapshot) -> Iterator[Row]:
    angry, calm = [], []
    for line in snap.read("AnnotatedData/en-annotated.tsv").splitlines():
        text, _, labels = line.rpartition("\t")
        emotions = {label.strip() for label in labels.split(",")}
        text = " ".join(text.split())
        if len(text.split()) < 3:
            continue
        if _XED_ANGER in emotions and not emotions & _XED_WARM:
            angry.append((text, HUMAN, "frustration"))
        elif emotions <= _XED_CALM:
            calm.append((text, BOT, "calm"))
    for line in snap.read("AnnotatedData/neu_en.txt").splitlines():
        _, _, text = line.partition("\t")
        text = " ".join(text.split())
        if len(text.split()) >= 3:
            calm.append((text, BOT, "calm"))
    yield from _sample(angry, 1500) + _sample(calm, 1500)


_APPLE_MIN_CONFIDENCE = 0.6


def apple_tweets(snap: Snapshot) -> Iterator[Row]:
    negative, positive = [], []
    for row in csv.DictReader(io.StringIO(snap.read("Apple-Twitter-Sentiment-DFE.csv", encoding="latin-1"))):
        text = " ".join(row["text"].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").split())
        lowered = text.lower()
        if "@apple" not in lowered or "aapl" in lowered or lowered.startswith("rt "):
            continue
        if row["sentiment"] == "1" and float(row["sentiment:confidence"] or 0) >= _APPLE_MIN_CONFIDENCE:
            negative.append((text, HUMAN, "complaint"))
        elif row["sentiment"] == "5":
            positive.append((text, BOT, "calm"))
    yield from negative + positive


def _sample(rows: list[Row], n: int) -> list[Row]:
    return rows if len(rows) <= n else random.Random(SEED).sample(rows, n)


_UCI_COPY = ("Nanofication+TWC-Naive-Bayes", "5bc4715169b40c627e082a27321215a2719a0347")
_UCI_LICENCE = "CC BY 4.0 (UCI Sentiment Labelled Sentences; copy in the repository)"

REVIEW_SOURCES: tuple[SourceSpec, ...] = (
    ("uci_amazon", "tune", *_UCI_COPY, _UCI_LICENCE, _uci("amazon_cells_labelled.txt")),
    ("uci_yelp", "report", *_UCI_COPY, _UCI_LICENCE, _uci("Datasets/yelp_labelled.txt")),
    ("xed_en", "report", "Helsinki-NLP+XED", "76666d251f147cf518071bef4f8415dab6b96115", "CC BY 4.0", xed_en),
    ("apple_tweets", "tune", "akshat1289+data_mining", "922953037dd55c658f1eaad95bb6011a9f015378",
     "Figure Eight Data for Everyone (published for free use; no licence file in the copy); measure and tune only",
     apple_tweets),
)
