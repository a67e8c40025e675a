"""Train the learned triage signal (bot/data/triage_model.json.gz) from the public TUNE sources.

    python scripts/train_triage_model.py [--data ../shared/eval/dev.csv /work/data/triage/tune.csv]
                                         [--enable frustration ...] [--out bot/data/triage_model.json.gz]

One logistic regression per category (that category against every other row), trained with AdaGrad over
``bot.triage.model.features``. The threshold of each category is chosen on the TUNE sources only, from
scores each source got from a model trained without it (leave one source out): the lowest threshold at
which the model, on top of the rules, hands off at most ``--max-false`` of the routine and calm messages the
rules leave to the bot, on every TUNE source. Which categories are switched on by default (``--enable``) is decided
from the REPORT sources (docs/triage.md › "The learned signal"). Standard library only; reproducible (fixed seed).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage import Route, Triage, TriageConfig  # noqa: E402
from bot.triage.eval_data import EvalRow, load_files  # noqa: E402
from bot.triage.model import MODEL_PATH, TriageModel, features  # noqa: E402

CLASSES = ("human_request", "complaint", "frustration", "sensitive_self_harm", "sensitive_medical")
DEFAULT_DATA = (ROOT.parent / "shared" / "eval" / "dev.csv", Path("/work/data/triage/tune.csv"))
SEED = 11
EPOCHS = 5
RATE = 0.2
MIN_WEIGHT = 0.05  # smaller weights are dropped: they barely move a score and would bloat the file
MIN_SOURCE_ROWS = 200  # a source with fewer routine rows says too little about a threshold
MIN_COUNT = 3  # a feature seen in fewer rows is not learned from (names, one-off typos)


def train(rows: list[EvalRow], feats: list[list[str]], classes=CLASSES, seed=SEED) -> TriageModel:
    weights, biases = {}, {}
    counts = Counter(f for row in feats for f in row)
    feats = [[f for f in row if counts[f] >= MIN_COUNT] for row in feats]
    for category in classes:
        labels = [1.0 if r.category == category and r.route == "human" else 0.0 for r in rows]
        positives = sum(labels)
        if not positives:
            continue
        up = min(20.0, (len(labels) - positives) / positives) ** 0.5  # rare positives count more
        w, b = _fit(feats, labels, [up if y else 1.0 for y in labels], random.Random(seed))
        weights[category] = {f: v for f, v in w.items() if abs(v) >= MIN_WEIGHT}
        biases[category] = b
    return TriageModel(weights, biases, {c: 0.5 for c in weights}, ())


def _fit(feats, labels, sample_weights, rng) -> tuple[dict[str, float], float]:
    w: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-6)
    bias, bias_squares = 0.0, 1e-6
    order = list(range(len(labels)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            row = feats[i]
            z = bias + sum(map(w.__getitem__, row))
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            g = (p - labels[i]) * sample_weights[i]
            if abs(g) < 1e-4:
                continue
            gg = g * g
            for f in row:
                squares[f] += gg
                w[f] -= RATE * g / math.sqrt(squares[f])
            bias_squares += gg
            bias -= RATE * g / math.sqrt(bias_squares)
    return dict(w), bias


def out_of_source_scores(rows, feats) -> list[dict[str, float]]:
    """Each row's scores from a model trained on every other source."""
    scores: list[dict[str, float]] = [{} for _ in rows]
    for source in sorted({r.source for r in rows}):
        inside = [i for i, r in enumerate(rows) if r.source != source]
        model = train([rows[i] for i in inside], [feats[i] for i in inside])
        for i, r in enumerate(rows):
            if r.source == source:
                scores[i] = {c: model.probability(c, feats[i]) for c in model.categories}
        print(f"  scored {source} with a model trained without it", file=sys.stderr)
    return scores


def choose_thresholds(rows, scores, rules_bot: list[bool], max_false: float) -> dict[str, float]:
    """Per category, the lowest threshold whose extra handoffs of route=bot rows stay within ``max_false`` on
    every TUNE source with enough such rows: a shop's traffic is one source, not the average of several."""
    chosen = {}
    for category in CLASSES:
        threshold = 0.5
        for source in sorted({r.source for r in rows}):
            routine = [i for i, r in enumerate(rows) if r.source == source and r.route == "bot" and rules_bot[i]]
            if len(routine) < MIN_SOURCE_ROWS:
                continue
            ranked = sorted((scores[i].get(category, 0.0) for i in routine), reverse=True)
            allowed = int(max_false * len(ranked))
            threshold = max(threshold, ranked[allowed] + 1e-3)
        chosen[category] = round(min(0.99, threshold), 3)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", type=Path, default=list(DEFAULT_DATA), help="TUNE CSVs to train on")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--enable", nargs="*", default=(), choices=CLASSES,
                        help="categories shipped and on by default (the others are measured, not shipped)")
    parser.add_argument("--ship", nargs="*", default=(), choices=CLASSES,
                        help="categories shipped off by default, for TANDEM_CONFIG to switch on")
    parser.add_argument("--max-false", type=float, default=0.005,
                        help="extra false handoffs the threshold may cost on TUNE sources (default 0.005)")
    args = parser.parse_args(argv)
    rows = load_files(args.data)
    feats = [features(r.text) for r in rows]
    triage = Triage(TriageConfig(model=False))  # the rules alone, not the model being replaced
    rules_bot = [triage.classify(r.text).route is Route.BOT for r in rows]
    thresholds = choose_thresholds(rows, out_of_source_scores(rows, feats), rules_bot, args.max_false)
    model = train(rows, feats)
    sources = sorted({r.source for r in rows})
    wanted = set(args.enable) | set(args.ship)
    shipped = [c for c in model.categories if c in wanted] or list(model.categories)
    final = model.subset(
        shipped, thresholds, args.enable,
        about={"trained_on": sources, "rows": len(rows), "script": "scripts/train_triage_model.py",
               "max_false": args.max_false, "epochs": EPOCHS, "seed": SEED, "thresholds": thresholds},
    )
    final.save(args.out)
    sizes = {c: model.size(c) for c in shipped}
    print(f"{args.out}: {args.out.stat().st_size:,} bytes; trained on {', '.join(sources)} ({len(rows):,} rows)")
    print(f"weights per category: {sizes}; thresholds: {thresholds}; on by default: {list(final.enabled)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
