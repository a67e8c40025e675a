"""Measure Tandem's language check: accuracy on other languages, false "not English" on English, speed.

    python tools/language_eval.py [--data /work/data/lang/eval] [--english ../shared/eval/dev.csv]

The evaluation sets come from tools/language_data.py (PUD and xSID test splits: text the profiles were not
trained on). Each sentence is read whole and cut to its first three words, as short chat messages are.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language.detect import LanguageCheck  # noqa: E402
from bot.language.profiles import bundled_profiles  # noqa: E402

SHORT_WORDS = 3


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=Path("/work/data/lang/eval"))
    p.add_argument("--english", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.csv")
    p.add_argument("--examples", type=int, default=10, help="English messages misread to list")
    options = p.parse_args(argv)
    check = LanguageCheck()
    bundled_profiles()
    print("| source | language | sentences | language right | not English | first 3 words: right | not English |")
    print("|---|---|---|---|---|---|---|")
    for source in sorted(d for d in options.data.iterdir() if d.is_dir()):
        for path in sorted(source.glob("*.txt")):
            lang = path.stem
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            short = [" ".join(line.split()[:SHORT_WORDS]) for line in lines]
            cells = []
            for texts in (lines, short):
                read = [check.read(text).language for text in texts]
                cells.append(f"{sum(r == lang for r in read) / len(read):.3f}")
                cells.append(f"{sum(r != 'en' for r in read) / len(read):.3f}")
            print(f"| {source.name} | {lang} | {len(lines)} | " + " | ".join(cells) + " |")
    if options.english.exists():
        texts = [row["text"] for row in csv.DictReader(options.english.open(encoding="utf-8"))]
        readings = [(text, check.read(text)) for text in texts]
        wrong = [(text, r) for text, r in readings if not r.english]
        passed = sum(check.may_be_foreign(text) for text in texts)
        print(f"\nEnglish ({options.english.name}): {len(wrong)} of {len(texts)} read as not English "
              f"({len(wrong) / len(texts):.2%}); the cheap check let {passed} through ({passed / len(texts):.1%})")
        print("by language:", dict(Counter(r.language for _, r in wrong)))
        for text, r in wrong[: options.examples]:
            print(f"  {r.language}: {text[:100]!r}")
        began = time.perf_counter()
        for _ in range(3):
            for text in texts:
                check.read(text)
        per = (time.perf_counter() - began) / (3 * len(texts))
        print(f"speed on English: {per * 1e6:.1f} µs a message ({1 / per:,.0f}/s)")
    foreign = [line for path in options.data.glob("*/*.txt") if path.stem != "en"
               for line in path.read_text(encoding="utf-8").splitlines()[:200]]
    began = time.perf_counter()
    for text in foreign:
        check.read(text)
    per = (time.perf_counter() - began) / len(foreign)
    print(f"speed on other languages: {per * 1e6:.1f} µs a message ({1 / per:,.0f}/s)")


if __name__ == "__main__":
    main()
