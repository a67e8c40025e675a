"""Every triage decision on labelled files and on conversations built from them, to prove a change kept them.

    python scripts/triage_decisions.py record before.jsonl [FILE ...]   # default: ../shared/eval/dev.csv
    python scripts/triage_decisions.py check before.jsonl [FILE ...]    # record again, list the differences

A decision is the whole ``TriageResult`` (route, reason, priority, intent, sentiment, the signals
``--mistakes`` shows, order ids, language). Three kinds of case are recorded:

- ``first``: each message alone;
- ``window``: each message with the five messages before it in the file as its history, as
  ``python -m benchmarks --only triage`` runs it;
- ``conversation``: the file cut into conversations of six to ten messages, some messages asked again
  with a small change (a word dropped, punctuation, capitals, another number), each classified with the
  history the engine keeps (the last six texts and sentiments, the bot's failed turns).

To compare two versions of the code, record with each (e.g. ``git archive <commit> bot | tar -x -C /tmp/base``,
then ``PYTHONPATH=/tmp/base python scripts/triage_decisions.py record base.jsonl``) and ``check``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH, so another checkout's bot/ can be measured

from bot.models import Route, TriageResult  # noqa: E402
from bot.triage import History, Triage, TriageConfig  # noqa: E402
from bot.triage.eval_data import load_rows  # noqa: E402

DEV_CSV = ROOT.parent / "shared" / "eval" / "dev.csv"
TURNS = 6  # what the engine keeps (bot/flows/customer.py HISTORY_TURNS)
WINDOW = 5  # what the benchmark gives
_NUMBER = re.compile(r"\d+")


def decision(result: TriageResult) -> dict:
    return {
        "route": result.route.value,
        "reason": result.reason,
        "priority": result.priority.value,
        "intent": result.intent,
        "sentiment": result.sentiment,
        "signals": list(result.signals),
        "order_ids": list(result.order_ids),
        "language": result.language,
    }


def changed(text: str, rng: random.Random) -> str:
    """The same question asked again, a little differently (or, for "number", about another order)."""
    words = text.split()
    kind = rng.choice(("same", "drop", "punctuation", "capitals", "number", "swap"))
    if kind == "drop" and len(words) > 3:
        del words[rng.randrange(len(words))]
        return " ".join(words)
    if kind == "punctuation":
        return text.rstrip("?.! ") + rng.choice(("??", "?!", " !!!", "...", ""))
    if kind == "capitals":
        return text.upper() if rng.random() < 0.5 else text.lower()
    if kind == "number":
        return _NUMBER.sub(lambda m: str(int(m.group(0)) + 1), text) if _NUMBER.search(text) else text + " 1001"
    if kind == "swap" and len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)
    return text


def conversations(texts: list[str], seed: int = 11) -> Iterator[list[str]]:
    rng = random.Random(seed)
    at = 0
    while at < len(texts):
        size = rng.randint(6, 10)
        said: list[str] = []
        for text in texts[at : at + size]:
            if said and rng.random() < 0.3:
                said.append(changed(rng.choice(said), rng))
            said.append(text)
        at += size
        yield said


def cases(triage: Triage, texts: list[str]) -> Iterator[tuple[str, dict]]:
    for i, text in enumerate(texts):
        yield f"first {i}", decision(triage.classify(text))
    for i, text in enumerate(texts):
        history = History(previous_texts=tuple(texts[max(0, i - WINDOW) : i]))
        yield f"window {i}", decision(triage.classify(text, history))
    for number, said in enumerate(conversations(texts)):
        previous: tuple[str, ...] = ()
        sentiments: tuple[float, ...] = ()
        failed = 0
        for turn, text in enumerate(said):
            result = triage.classify(text, History(previous, sentiments, failed))
            yield f"conversation {number} turn {turn}", decision(result)
            previous = (previous + (text[:500],))[-TURNS:]
            sentiments = (sentiments + (round(result.sentiment, 3),))[-TURNS:]
            failed = failed + 1 if result.route is Route.BOT and result.intent is None else 0


def record(files: list[Path]) -> dict[str, dict]:
    texts = [row.text for path in files for row in load_rows(path)]
    triage = Triage(TriageConfig.default())
    return dict(cases(triage, texts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "check"))
    parser.add_argument("decisions", type=Path, help="JSON lines: one decision per case")
    parser.add_argument("files", type=Path, nargs="*", help="labelled CSV files (default: dev.csv)")
    options = parser.parse_args(argv)
    decisions = record(options.files or [DEV_CSV])
    if options.action == "record":
        with options.decisions.open("w", encoding="utf-8") as out:
            for case, made in decisions.items():
                out.write(json.dumps({"case": case, **made}, ensure_ascii=False) + "\n")
        print(f"{len(decisions)} decisions written to {options.decisions}")
        return 0
    before = {}
    with options.decisions.open(encoding="utf-8") as lines:
        for line in lines:
            made = json.loads(line)
            before[made.pop("case")] = made
    differences = [case for case in before.keys() | decisions.keys() if before.get(case) != decisions.get(case)]
    kinds: dict[str, int] = {}
    for case in decisions:
        kinds[case.split()[0]] = kinds.get(case.split()[0], 0) + 1
    print(
        f"{len(decisions)} decisions compared ({', '.join(f'{n} {k}' for k, n in kinds.items())}): "
        f"{len(differences)} differ"
    )
    for case in sorted(differences)[:20]:
        print(f"  {case}:\n    before {before.get(case)}\n    now    {decisions.get(case)}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
