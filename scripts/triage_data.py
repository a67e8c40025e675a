"""Prepare the multi-source triage evaluation from public repositories fetched into a local mirror.

    python scripts/triage_data.py [--mirror /work/.mirror] [--out /work/data/triage]

Each source is read from a pinned commit of a git snapshot (``<mirror>/<owner>+<name>/repo``) and written
as ``<out>/<source>.csv`` with the columns ``text,route,category,source``; ``<out>/tune.csv`` and
``<out>/report.csv`` hold the new TUNE and REPORT sources together. Nothing fetched belongs in the
repository: only this script and docs/triage.md (provenance, licences, the split) do.

Standard library only. Large sources are sampled with a fixed seed, so a run is reproducible.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from triage_sources import SOURCES, Row, Snapshot


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def prepare(mirror: Path, out: Path, seen_elsewhere: set[str]) -> dict[str, Counter]:
    """Write every source; a text also in a TUNE source (or dev.csv) is left out of REPORT sources."""
    out.mkdir(parents=True, exist_ok=True)
    prepared: dict[str, list[Row]] = {}
    tune_keys = set(seen_elsewhere)
    for source in sorted(SOURCES, key=lambda s: s.split != "tune"):  # tune first, so report can exclude them
        keys: set[str] = set()
        rows: list[Row] = []
        for text, route, category in source.rows(Snapshot(mirror, source.repo, source.commit)):
            key = _key(text)
            if key and key not in keys and not (source.split == "report" and key in tune_keys):
                keys.add(key)
                rows.append((text, route, category))
        if source.split == "tune":
            tune_keys |= keys
        prepared[source.name] = rows
    counts: dict[str, Counter] = {}
    combined: dict[str, list[list[str]]] = {"tune": [], "report": []}
    for source in SOURCES:
        lines = [[text, route, category, source.name] for text, route, category in prepared[source.name]]
        _write(out / f"{source.name}.csv", lines)
        combined[source.split].extend(lines)
        counts[source.name] = Counter(f"{route}/{category}" for _, route, category, _ in lines)
    for split, lines in combined.items():
        _write(out / f"{split}.csv", lines)
    return counts


def _write(path: Path, lines: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "route", "category", "source"])
        writer.writerows(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="where fetched snapshots live")
    parser.add_argument("--out", type=Path, default=Path("/work/data/triage"), help="where the CSVs go")
    parser.add_argument("--dev", type=Path, default=Path(__file__).resolve().parents[1] / "../shared/eval/dev.csv",
                        help="dev.csv (a TUNE file): its texts are kept out of REPORT sources")
    args = parser.parse_args(argv)
    dev_keys: set[str] = set()
    if args.dev.exists():
        with args.dev.open(encoding="utf-8", newline="") as handle:
            dev_keys = {_key(row["text"]) for row in csv.DictReader(handle)}
    counts = prepare(args.mirror, args.out, dev_keys)
    for source in SOURCES:
        total = sum(counts[source.name].values())
        detail = ", ".join(f"{label} {n}" for label, n in sorted(counts[source.name].items()))
        print(f"{source.name:16} {source.split:6} {total:5}  {detail}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
