"""Typo tolerance for the words triage depends on ("somenoe", "speakign", "complant", "deliverd", "oder").

A token one edit (insertion, deletion, substitution or swap of neighbours) away from exactly one key
word is replaced by that word. Only key words are targets, so ordinary text passes through untouched;
lookups use deletion neighbourhoods (no scan over the vocabulary) and are cached.

Guards, because a real word is often one edit from a key word ("older" / "order", "slipped" /
"shipped"): the first letter must match (or the first two be swapped); a token of four letters is only
corrected by a letter it misses ("oder"), never a changed one ("odor"); real words near a key word are
listed as protected; and when two key words are equally near, the one with the token's last letter wins
("deliverd": "delivered", not "delivery"), or none.

Words typed without their spaces ("customercare", "callcenter", "trackmyorder", "orderstatus") are split
back into their parts when every part is one of a small list (``compounds``), so a rule written for
"customer care" reads them too; a short linking word ("my", "to") may join two parts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"(?<![^\W\d_])[a-z]{4,}(?![^\W\d_])")  # whole ASCII words only
_CACHE_LIMIT = 50_000
_LINKS = ("my", "to")  # only between two parts: "trackmyorder", "talktoagent"
_PART_MIN = 4


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """Optimal-string-alignment distance <= 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    # b is one longer than a: b without one character must equal a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


class TypoFixer:
    def __init__(
        self, keywords: Iterable[str], protected: Iterable[str] = (), min_length: int = 5, compounds: Iterable[str] = ()
    ):
        self._keywords = frozenset(k.lower() for k in keywords if len(k) >= min_length - 1)
        self._protected = frozenset(p.lower() for p in protected)
        self._parts = frozenset(c.lower() for c in compounds if len(c) >= _PART_MIN)
        self._min_length = min_length
        self._index: dict[str, set[str]] = {}
        for keyword in self._keywords:
            for deleted in _deletes(keyword):
                self._index.setdefault(deleted, set()).add(keyword)
        self._cache: dict[str, str | None] = {}

    def correct(self, token: str) -> str | None:
        """The key word ``token`` is a typo of, or None."""
        if token in self._keywords or token in self._protected or len(token) < self._min_length - 1:
            return None
        cached = self._cache.get(token, "")
        if cached != "":
            return cached
        candidates: set[str] = set(self._index.get(token, ()))  # a letter missing
        for deleted in _deletes(token):
            if deleted in self._keywords:  # a letter too many
                candidates.add(deleted)
            candidates.update(self._index.get(deleted, ()))  # a letter wrong or two swapped
        # typos rarely touch the first letter, real words often differ there ("stalking", "talking")
        found = sorted(
            c
            for c in candidates
            if (c[0] == token[0] or token[:2] == c[1::-1])
            and (len(token) >= self._min_length or len(c) > len(token))  # short words: only a missing letter
            and within_one_edit(token, c)
        )
        # "deliverd": "delivered" (a letter missing) rather than "delivery"; endings are typed with care
        if len(found) > 1:
            found = [c for c in found if c[-1] == token[-1]]
        result = found[0] if len(found) == 1 else None
        if result is None and self._parts and len(token) >= 2 * _PART_MIN:
            result = self._split(token)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[token] = result
        return result

    def _split(self, token: str) -> str | None:
        """"customercare" -> "customer care", "trackmyorder" -> "track my order"; None unless every part is known."""
        for cut in range(_PART_MIN, len(token) - _PART_MIN + 1):
            head, rest = token[:cut], token[cut:]
            if head not in self._parts:
                continue
            if rest in self._parts:
                return f"{head} {rest}"
            for link in _LINKS:
                if rest.startswith(link) and rest[len(link) :] in self._parts:
                    return f"{head} {link} {rest[len(link):]}"
        return None

    def fix(self, lowered: str) -> str:
        if not self._keywords:
            return lowered
        cache = self._cache
        fixes: dict[str, str] = {}
        for token in set(_TOKEN.findall(lowered)):
            fixed = cache.get(token, "")  # most words were seen before and are no typo
            if fixed == "":
                fixed = self.correct(token)
            if fixed is not None:
                fixes[token] = fixed
        if not fixes:
            return lowered
        return _TOKEN.sub(lambda match: fixes.get(match.group(0), match.group(0)), lowered)
