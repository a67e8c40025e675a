"""The questions the bot had no answer to, with similar ones counted together: the knowledge base's gaps."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SIMILAR = 0.6  # share of words two questions must have in common (of the larger set) to count as one
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_FILLER = frozenset(
    "a an the i me my we our you your is are was were be do does did to of for on in at it this that "
    "please can could would will hi hello hey there so and or just".split()
)


@dataclass(frozen=True)
class Gap:
    text: str  # the most common wording in the group (already redacted)
    count: int

    def to_json(self) -> dict:
        return {"text": self.text, "count": self.count}


def group_questions(texts: Iterable[str], limit: int = 20) -> list[Gap]:
    """Similar questions grouped, most frequent first (ties: alphabetically), at most ``limit``."""
    groups: list[tuple[frozenset[str], Counter[str]]] = []
    for text in texts:
        shown = " ".join(text.split())
        if not shown:
            continue
        words = _words(shown)
        for key, wordings in groups:
            if _similar(words, key):
                wordings[shown] += 1
                break
        else:
            groups.append((words, Counter({shown: 1})))
    gaps = [Gap(_favourite(wordings), sum(wordings.values())) for _, wordings in groups]
    return sorted(gaps, key=lambda g: (-g.count, g.text.lower()))[:limit]


def _words(text: str) -> frozenset[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    kept = frozenset(w for w in words if w not in _FILLER)
    return kept or frozenset(words)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / max(len(a), len(b)) >= SIMILAR


def _favourite(wordings: Counter[str]) -> str:
    return min(wordings, key=lambda w: (-wordings[w], len(w), w))
