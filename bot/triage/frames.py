"""Concept frames: a category told by concepts that meet in one sentence (or one message), in any order.

A phrase rule fits the words it was written for; the same disclosure comes in other words, in another order,
tense or language ("i won't be needing it after this week", "after this week i will not need it", "wont
matter soon"). A frame names the concepts a disclosure is made of, each concept a set of ways to say it, and
holds when every concept is found in the same sentence (``scope="sentence"``) or anywhere in the message
(``scope="message"``), and none of its look-alikes' concepts (``veto``) is in that same stretch of text.

Concepts are regular expressions over the normalised text (``text.normalise``: lower case, contractions
expanded). Each is searched at most once per message, only when a frame still needs it, and only when the
message has a word it can start with (``prefilter``) and the strings it cannot match without
(``literals.required``).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .literals import required
from .prefilter import keys_for, word_prefixes

logger = logging.getLogger(__name__)

# a sentence ends at . ! ? ; a line break or an emoji-free dash run; "e.g." and decimals are rare enough here
_SENTENCE_END = re.compile(r"[.!?;\n]+(?:\s+|$)|\s+-+\s+")


# words in most messages: a frame keyed by a concept that may start with one of them is tried on nearly every
# message, so a concept keyed by rarer words is preferred (the decisions are the same either way)
_COMMON_KEYS = frozenset(
    "a am and any are be by can do for have he i if in is it me my not of on or our so that the this to was we will "
    "you your".split()
)


def _commonness(keys: frozenset[str]) -> tuple[int, int]:
    return len(keys & _COMMON_KEYS), len(keys)


@dataclass(frozen=True)
class Frame:
    """``concepts`` must all be found (the rarest first: the search stops at the first one absent)."""

    name: str
    category: str  # the triage category it joins: "self_harm", "harassment", ...
    concepts: tuple[str, ...]
    scope: str = "sentence"  # or "message"
    veto: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrameHit:
    frame: str
    text: str  # what was found, for the agents' card: the concepts' words joined by " … "


_Concept = tuple[re.Pattern[str], frozenset[str] | None, tuple[tuple[str, ...], ...]]  # and its keys, its needles


class _Reading:
    """One message: each concept's matches and the sentence each falls in, found on demand."""

    def __init__(self, norm: str, concepts: Mapping[str, _Concept], prefixes: frozenset[str]):
        self.norm = norm
        self._concepts = concepts
        self.prefixes = prefixes
        self._ends: list[int] | None = None  # where each sentence ends, found when a concept is
        self._found: dict[str, list[tuple[int, str]]] = {}  # concept -> [(sentence, words)]
        self.candidates: dict[str, set[int]] | None = None  # category -> the frames that may hold

    def found(self, concept: str) -> list[tuple[int, str]]:
        known = self._found.get(concept)
        if known is None:
            pattern, keys, groups = self._concepts[concept]
            norm = self.norm
            if (keys is None or not keys.isdisjoint(self.prefixes)) and _holds_strings(norm, groups):
                known = [(m.start(), m.group(0)) for m in pattern.finditer(norm) if m.end() > m.start()]
                if known:
                    if self._ends is None:
                        self._ends = [m.end() for m in _SENTENCE_END.finditer(norm)]
                    ends = self._ends
                    known = [(bisect.bisect_right(ends, start), words) for start, words in known]
            else:
                known = []
            self._found[concept] = known
        return known


def _holds_strings(norm: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``norm`` holds a string of each group (loops, not generators: most groups are one string)."""
    for group in groups:
        for needle in group:
            if needle in norm:
                break
        else:
            return False
    return True


class FrameReader:
    """``FrameReader(concepts, frames).find(norm, "self_harm") -> FrameHit | None``."""

    def __init__(self, concepts: Mapping[str, str], frames: Iterable[Frame]):
        self._concepts = {
            name: (re.compile(source), keys_for(source), required(source)) for name, source in concepts.items()
        }
        self._frames: dict[str, list[Frame]] = {}
        # the frames (category, number) by a word their most selective keyed concept may start with; keyless always
        self._by_key: dict[str, list[tuple[str, int]]] = {}
        self._always: list[tuple[str, int]] = []
        for frame in frames:
            for concept in frame.concepts + frame.veto:
                if concept not in self._concepts:
                    raise ValueError(f"frame {frame.name!r} names an unknown concept {concept!r}")
            if frame.scope not in ("sentence", "message"):
                raise ValueError(f"frame {frame.name!r}: scope must be 'sentence' or 'message'")
            number = len(self._frames.setdefault(frame.category, []))
            self._frames[frame.category].append(frame)
            keyed = [keys for c in frame.concepts if (keys := self._concepts[c][1]) is not None]
            if keyed:
                for key in min(keyed, key=_commonness):
                    self._by_key.setdefault(key, []).append((frame.category, number))
            else:
                self._always.append((frame.category, number))
        self._keys = frozenset(self._by_key)

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(self._frames)

    def reading(self, norm: str, prefixes: frozenset[str] | None = None) -> _Reading:
        """``prefixes``: ``prefilter.word_prefixes(norm)``, when the caller has them."""
        return _Reading(norm, self._concepts, word_prefixes(norm) if prefixes is None else prefixes)

    def find(self, norm: str, category: str, reading: _Reading | None = None) -> FrameHit | None:
        """The first of the category's frames that holds in ``norm``; ``reading`` shares the concepts found
        between categories of one message."""
        frames = self._frames.get(category)
        if not frames:
            return None
        reading = reading if reading is not None and reading.norm == norm else self.reading(norm)
        if reading.candidates is None:
            candidates: dict[str, set[int]] = {}
            for key in self._keys.intersection(reading.prefixes):
                for name, number in self._by_key[key]:
                    candidates.setdefault(name, set()).add(number)
            for name, number in self._always:
                candidates.setdefault(name, set()).add(number)
            reading.candidates = candidates
        for number in sorted(reading.candidates.get(category, ())):
            hit = _holds(frames[number], reading)
            if hit is not None:
                return hit
        return None


def _holds(frame: Frame, reading: _Reading) -> FrameHit | None:
    found: list[list[tuple[int, str]]] = []
    for concept in frame.concepts:
        matches = reading.found(concept)
        if not matches:
            return None
        found.append(matches)
    if frame.scope == "message":
        if any(reading.found(veto) for veto in frame.veto):
            return None
        return FrameHit(frame.name, " … ".join(matches[0][1] for matches in found))
    shared = set.intersection(*({sentence for sentence, _ in matches} for matches in found))
    for veto in frame.veto:
        shared -= {sentence for sentence, _ in reading.found(veto)}
    if not shared:
        return None
    sentence = min(shared)
    words = [next(text for number, text in matches if number == sentence) for matches in found]
    return FrameHit(frame.name, " … ".join(words))
