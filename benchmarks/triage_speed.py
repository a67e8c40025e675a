"""Triage alone: messages per second over the labelled evaluation data (one core, no I/O).

Each message is classified twice over: as a first message, and with the five messages before it as
its conversation's history (repeated questions and falling sentiment are checked against it).
Each rate is given twice: by wall-clock time (``*_per_s``, what the issue's target names) and by this
process's CPU time (``*_per_cpu_s``), which another program on a loaded machine cannot lower. Best of
``rounds`` for each.
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
    passes = {
        "first_message": lambda: [triage.classify(text) for text in texts],
        "with_history": lambda: [triage.classify(text, h) for text, h in zip(texts, histories, strict=True)],
        "without_language_check": lambda: [english_only.classify(text) for text in texts],
    }
    wall = dict.fromkeys(passes, 0.0)
    cpu = dict.fromkeys(passes, 0.0)
    for _ in range(rounds):
        for name, run in passes.items():
            began, began_cpu = time.perf_counter(), time.process_time()
            run()
            cpu_seconds = max(time.process_time() - began_cpu, 1e-9)
            wall[name] = max(wall[name], len(texts) / (time.perf_counter() - began))
            cpu[name] = max(cpu[name], len(texts) / cpu_seconds)
    result: dict = {"file": str(path), "messages": len(texts)}
    for name in passes:
        result[f"{name}_per_s"] = round(wall[name])
    for name in passes:
        result[f"{name}_per_cpu_s"] = round(cpu[name])
    return result
