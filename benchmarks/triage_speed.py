"""Triage alone: messages per second over the labelled evaluation data (one core, no I/O).

Each message is classified twice over: as a first message, and with the five messages before it as
its conversation's history (repeated questions and falling sentiment are checked against it).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bot.triage import History, Triage, TriageConfig
from bot.triage.eval_data import load_rows

ROOT = Path(__file__).resolve().parents[1]


def find_dev_csv() -> Path | None:
    """``../shared/eval/dev.csv`` beside the checkout (or in ``TANDEM_SHARED``), when it is there."""
    for base in (os.environ.get("TANDEM_SHARED", ""), ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if base and (Path(base) / "eval" / "dev.csv").exists():
            return Path(base) / "eval" / "dev.csv"
    return None


def measure(path: Path, rounds: int = 3) -> dict:
    texts = [row.text for row in load_rows(path)]
    triage = Triage(TriageConfig.default())
    english_only = Triage(TriageConfig.default(), languages=False)  # what the language check costs
    histories = [History(previous_texts=tuple(texts[max(0, i - 5) : i])) for i in range(len(texts))]
    for text in texts[:200]:  # warm caches
        triage.classify(text)
        english_only.classify(text)
    best_first = best_history = best_english = 0.0
    for _ in range(rounds):
        began = time.perf_counter()
        for text in texts:
            english_only.classify(text)
        best_english = max(best_english, len(texts) / (time.perf_counter() - began))
        began = time.perf_counter()
        for text in texts:
            triage.classify(text)
        best_first = max(best_first, len(texts) / (time.perf_counter() - began))
        began = time.perf_counter()
        for text, history in zip(texts, histories, strict=False):
            triage.classify(text, history)
        best_history = max(best_history, len(texts) / (time.perf_counter() - began))
    return {
        "file": str(path),
        "messages": len(texts),
        "first_message_per_s": round(best_first),
        "with_history_per_s": round(best_history),
        "without_language_check_per_s": round(best_english),
    }
