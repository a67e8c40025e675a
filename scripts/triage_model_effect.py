"""What the learned signal adds to the rules, source by source (the table in docs/triage.md).

    python scripts/triage_model_effect.py [--tune dev.csv tune.csv] [--report report.csv]

Each TUNE source is measured with a model trained on the other TUNE sources (leave one source out); each
REPORT source with the model trained on every TUNE source. For every source: per category of route=human
rows the recall of the rules alone and of the rules with the model, the false handoffs of route=bot rows
the same two ways, and which model category made each extra handoff (hits on route=human rows / false
handoffs on route=bot rows), first for each model category alone, then for the categories shipped on.
Thresholds are the ones chosen at training (on TUNE sources only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_triage_model import CLASSES, DEFAULT_DATA, features, train  # noqa: E402

from bot.triage import Route, Triage, TriageConfig  # noqa: E402
from bot.triage.eval_data import load_files  # noqa: E402
from bot.triage.model import MODEL_PATH, TriageModel  # noqa: E402


def measure(rows, rules_human, feats, model, thresholds) -> dict:
    # category -> rules hits, with-model hits, total
    recall: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    false = [0, 0, 0]
    extra: Counter[tuple[str, str]] = Counter()  # (model category, "hit" | "false") -> count
    for i, row in enumerate(rows):
        fired = None
        if not rules_human[i]:
            best = max(((c, model.probability(c, feats[i])) for c in thresholds if c in model.categories),
                       key=lambda pair: pair[1], default=None)
            if best and best[1] >= thresholds[best[0]]:
                fired = best[0]
        after = rules_human[i] or fired is not None
        if row.route == "human":
            cell = recall[row.category]
            cell[0] += rules_human[i]
            cell[1] += after
            cell[2] += 1
            if fired:
                extra[(fired, "hit")] += 1
        elif row.route == "bot":
            false[0] += rules_human[i]
            false[1] += after
            false[2] += 1
            if fired:
                extra[(fired, "false")] += 1
    return {"recall": dict(recall), "false": false, "extra": extra}


def markdown(results: dict[str, tuple[str, dict]]) -> str:
    lines = ["| source | split | recall: rules → with model | false handoffs: rules → with model | extra handoffs by "
             "model category (hits / false) |",
             "|---|---|---|---|---|"]
    for source, (split, m) in results.items():
        recall = "; ".join(f"{c} {a / n:.3f} → {b / n:.3f} (n={n})" for c, (a, b, n) in sorted(m["recall"].items()))
        f0, f1, n = m["false"]
        false = f"{f0 / n:.3f} → {f1 / n:.3f} (n={n})" if n else "–"
        by: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
        for (category, kind), count in m["extra"].items():
            by[category][kind == "false"] += count
        extra = "; ".join(f"{c} +{h}/+{f}" for c, (h, f) in sorted(by.items())) or "none"
        lines.append(f"| {source} | {split} | {recall or '–'} | {false} | {extra} |")
    return "\n".join(lines)


def totals(results, split, category) -> str:
    hits: Counter[str] = Counter()
    for _, (sp, m) in results.items():
        if sp == split:
            for (c, kind), count in m["extra"].items():
                hits[kind] += count if c == category else 0
    return f"+{hits['hit']} / +{hits['false']}"


def own_recall(results, split, category) -> str:
    """Recall of the category's own route=human rows on ``split`` sources: rules → with the model."""
    before = after = total = 0
    for _, (sp, m) in results.items():
        if sp == split and category in m["recall"]:
            a, b, n = m["recall"][category]
            before, after, total = before + a, after + b, total + n
    return f"{before / total:.3f} → {after / total:.3f} (n={total})" if total else "no rows"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", nargs="+", type=Path, default=list(DEFAULT_DATA))
    parser.add_argument("--report", nargs="+", type=Path, default=[Path("/work/data/triage/report.csv")])
    parser.add_argument("--tune-only", action="store_true", help="leave the REPORT sources alone (while tuning)")
    parser.add_argument("--report-only", action="store_true",
                        help="skip the TUNE sources left out one by one (train_triage_model.py measured them)")
    parser.add_argument("--model", type=Path, default=MODEL_PATH,
                        help="the model file whose thresholds and categories are measured (default: shipped)")
    args = parser.parse_args(argv)
    shipped = TriageModel.load(args.model)
    measured = {**shipped.about.get("thresholds", {}), **shipped.thresholds}  # chosen at training, on TUNE
    triage = Triage(TriageConfig(model=False))
    tune, report = load_files(args.tune), ([] if args.tune_only else load_files(args.report))
    held_out: list[tuple[str, str, list, list, list, TriageModel]] = []  # source, split, rows, rules, feats, model
    tune_feats = [features(r.text) for r in tune]
    tune_human = [] if args.report_only else [triage.classify(r.text).route is Route.HUMAN for r in tune]
    for source in [] if args.report_only else sorted({r.source for r in tune}):
        inside = [i for i, r in enumerate(tune) if r.source != source]
        model = train([tune[i] for i in inside], [tune_feats[i] for i in inside])
        held = [i for i, r in enumerate(tune) if r.source == source]
        held_out.append((source, "tune (left out)", [tune[i] for i in held], [tune_human[i] for i in held],
                         [tune_feats[i] for i in held], model))
        print(f"  {source} done", file=sys.stderr)
    # the model file itself when it holds every category (trained on the same TUNE rows, so the same weights)
    model = shipped if args.report_only and set(CLASSES) <= set(shipped.categories) else train(tune, tune_feats)
    for source in sorted({r.source for r in report}):
        rows = [r for r in report if r.source == source]
        held_out.append((source, "report", rows, [triage.classify(r.text).route is Route.HUMAN for r in rows],
                         [features(r.text) for r in rows], model))

    def run(thresholds):
        return {s: (split, measure(rows, human, feats, m, thresholds)) for s, split, rows, human, feats, m in held_out}

    print("Each category alone (extra handoffs: on route=human rows / on route=bot rows):\n")
    print("| model category | threshold | TUNE, each source left out | REPORT | REPORT recall of the category |")
    print("|---|---|---|---|---|")
    for category in CLASSES:
        alone = run({category: measured.get(category, 0.5)})
        print(f"| {category} | {measured.get(category, 0.5)} | {totals(alone, 'tune (left out)', category)} | "
              f"{totals(alone, 'report', category)} | {own_recall(alone, 'report', category)} |")
    on = {c: shipped.thresholds[c] for c in shipped.enabled}
    print(f"\nThe shipped model, categories on by default {on}:\n")
    print(markdown(run(on)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
