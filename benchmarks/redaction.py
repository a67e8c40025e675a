"""How often redaction changes ordinary customer messages (false positives), on a labelled CSV.

    .venv/bin/python -m benchmarks.redaction ../shared/eval/dev.csv            # count, and the first 20 changed
    .venv/bin/python -m benchmarks.redaction ../shared/eval/dev.csv --contacts --show 100

The messages in dev.csv are public support requests with no real secrets in them, so every message
redaction changes is worth a look: most are false positives (an order number read as a card, a word
read as a password). Each text is cleaned as the bot cleans it before it is redacted.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from bot.privacy.redact import Redactor
from bot.text import clean_message


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.redaction", description=__doc__.splitlines()[0])
    p.add_argument("csv", type=Path, help="a CSV with a `text` column (e.g. ../shared/eval/dev.csv)")
    p.add_argument(
        "--contacts", action="store_true", help="also redact emails and phone numbers (TANDEM_REDACT_CONTACTS)"
    )
    p.add_argument("--show", type=int, default=20, help="changed messages to print (default 20)")
    options = p.parse_args(argv)
    redactor = Redactor(redact_contacts=options.contacts)
    with options.csv.open(encoding="utf-8", newline="") as f:
        texts = [clean_message(row["text"]).text for row in csv.DictReader(f)]
    started = time.perf_counter()
    changed = [(text, out) for text in texts if (out := redactor.redact(text)) != text]
    elapsed = time.perf_counter() - started
    print(
        f"{len(changed)} of {len(texts)} messages changed by redaction ({elapsed * 1000 / max(1, len(texts)):.3f} ms a "
        "message)"
    )
    for text, out in changed[: options.show]:
        print(f"- {text[:200]!r}\n  → {out[:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
