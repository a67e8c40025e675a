"""Read py-spy's collapsed stacks (``--format raw``): where the samples went, by function.

python -m benchmarks.profile_summary PROFILE.txt [--top 40] [--match bot/]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_FRAME = re.compile(r"^(?P<name>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def frames(stack: str) -> list[str]:
    out = []
    for raw in stack.split(";"):
        m = _FRAME.match(raw.strip())
        if m is None:
            out.append(raw.strip())
            continue
        path = m.group("file")
        for marker in ("site-packages/", "python3.11/", "/bench/", "/main/"):
            if marker in path:
                path = path.split(marker, 1)[1]
                break
        out.append(f"{m.group('name')} ({path})")
    return out


def summarize(path: Path, top: int, match: str | None, main_only: bool = False) -> str:
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = idle = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        fs = frames(stack)
        if main_only and (not fs or fs[0].startswith("Thread._bootstrap")):
            total -= n
            continue
        if fs and ("epoll" in fs[-1] or fs[-1].startswith("select (selectors")):
            idle += n
            continue
        own[fs[-1]] += n
        for f in set(fs):
            inclusive[f] += n
    lines = [f"{total} samples, {idle / max(total, 1):.0%} idle (waiting in select/epoll)"]
    lines.append("\n-- inclusive (share of all samples) --")
    for name, n in inclusive.most_common():
        if match and match not in name:
            continue
        lines.append(f"{n / total:6.1%}  {name}")
        if len(lines) > top + 2:
            break
    lines.append("\n-- self --")
    for name, n in own.most_common(top):
        lines.append(f"{n / total:6.1%}  {name}")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--match", help="only functions whose name or file contains this (inclusive list)")
    parser.add_argument("--main", action="store_true", help="only the main thread (the event loop)")
    options = parser.parse_args()
    print(summarize(options.profile, options.top, options.match, options.main))
