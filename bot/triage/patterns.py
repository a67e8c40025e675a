"""Word lists to compiled matchers: word boundaries, simple wildcards, exceptions and negation.

A lexicon entry is either a plain phrase or a regular expression:
- ``"fed up"``, ``"can't afford"``: matched as whole words, any case, flexible spacing; written in
  plain English, it goes through the same normalisation as the messages (contractions expanded);
- ``"frustrat*"``: ``*`` stands for any letters, so one entry covers inflections;
- ``"re:(?:talk|speak) to (?:a )?human"``: a regular expression over the normalised, lower-case text
  (see ``text.normalise``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .literals import required
from .prefilter import keys_for, word_prefixes

logger = logging.getLogger(__name__)

_GAP = r"[\s\-/]+"
_CLAUSE_END = re.compile(r"[.,;:!?()\[\]\"]|\bbut\b|\bhowever\b|\bthough\b")
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|nor|hardly|neither)\b(?P<gap>(?:\s+[\w']+){0,3})\s*$"
)
# "not sure how to reach a person" still asks for one: these words after a negator keep the meaning
_NOT_A_NEGATION = re.compile(
    r"\s+(?:know|sure|find|found|able|understand|get|got|reach|seem|seems|receive|received|hear|"
    r"heard|stand|believe|even|one|body|more|longer|matter|idea|way|clue|response|reply|answer|help)\b"
)
_NEGATION_WINDOW = 60
# "no that is not what I asked", "no this is ridiculous": an interjection, not a negation of what follows
_INTERJECTED_NO = re.compile(r"\s+(?:that|this|it|i|you|we|they|he|she)\b")


def any_word(*words: str) -> re.Pattern[str]:
    """One of ``words`` as a whole word (``\\b(?:my|our)\\b``); their order does not matter."""
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


def regex_entries(*sources: str) -> tuple[str, ...]:
    """Regular expressions as lexicon entries (``"re:" + source``), for a lexicon written in them alone."""
    return tuple("re:" + source for source in sources)


def compile_entry(entry: str, normalise: Callable[[str], str]) -> str:
    """One lexicon entry as a regular expression source."""
    if entry.startswith("re:"):
        source = entry[3:]
        try:
            re.compile(source)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {entry!r}: {exc}") from None
        return source
    phrase = normalise(entry.strip())
    if not phrase:
        raise ValueError("empty lexicon entry")
    parts = []
    for token in phrase.split():
        parts.append(r"\w*".join(re.escape(piece) for piece in token.split("*")))
    source = _GAP.join(parts)
    if re.match(r"\w", phrase):
        source = r"(?<!\w)" + source
    if re.search(r"[\w*]$", phrase):
        source += r"(?!\w)"
    return source


@dataclass(frozen=True)
class Hit:
    text: str
    start: int
    end: int


class PhraseMatcher:
    """Finds the first lexicon hit in a normalised text that is neither excepted nor negated.

    Each entry is compiled on its own and only run when the message has one of its key word
    prefixes (see ``prefilter``) and, of each group of strings it cannot match without (see
    ``literals.required``), one; a single alternation of hundreds of entries is far slower.
    """

    def __init__(
        self,
        entries: Iterable[str],
        normalise: Callable[[str], str],
        exceptions: Iterable[str] = (),
        negatable: bool = False,
    ):
        self._entries: list[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = []  # and what it needs
        index: dict[str, list[int]] = {}
        always: list[int] = []
        for entry in entries:
            if not entry or not entry.strip():
                continue
            source = compile_entry(entry, normalise)
            number = len(self._entries)
            self._entries.append((re.compile(source), required(source)))
            keys = keys_for(source)
            if keys is None:
                always.append(number)
            else:
                for key in keys:
                    index.setdefault(key.lower(), []).append(number)
        self._index = {key: tuple(numbers) for key, numbers in index.items()}
        self._always = tuple(always)
        self._always_set = frozenset(always)
        self._keys = frozenset(self._index)
        exception_sources = [compile_entry(e, normalise) for e in exceptions if e and e.strip()]
        self._exceptions = (
            re.compile("|".join(f"(?:{s})" for s in exception_sources)) if exception_sources else None
        )
        self._negatable = negatable

    def __bool__(self) -> bool:
        return bool(self._entries)

    def find(self, norm: str, prefixes: frozenset[str] | None = None) -> Hit | None:
        """``prefixes``: ``prefilter.word_prefixes(norm)``, computed once per message and shared."""
        if prefixes is not None and not self._always and self._keys.isdisjoint(prefixes):
            return None  # most calls: no entry has a key in the text
        spans: list[tuple[int, int]] | None = None
        for pattern in self._plausible(norm, prefixes):
            if pattern.search(norm) is not None:
                hit, spans = self._first_valid(pattern, norm, spans)
                if hit is not None:
                    return hit
        return None

    def find_distinct(self, norm: str, prefixes: frozenset[str] | None = None, limit: int = 2) -> list[Hit]:
        """Hits of up to ``limit`` different entries, in the order of the entries."""
        hits: list[Hit] = []
        spans: list[tuple[int, int]] | None = None
        for pattern in self._plausible(norm, prefixes):
            if pattern.search(norm) is not None:
                hit, spans = self._first_valid(pattern, norm, spans)
                if hit is not None:
                    hits.append(hit)
                    if len(hits) >= limit:
                        break
        return hits

    def leftmost(self, norm: str, prefixes: frozenset[str] | None = None) -> Hit | None:
        """The valid hit that starts first in the text, the entries' order breaking a tie: what one alternation
        of all the entries (``re.compile("|".join(sources)).search``) finds, at the cost of the entries that may
        match. ``prefixes`` may be those of a text ``norm`` is part of."""
        best: Hit | None = None
        spans: list[tuple[int, int]] | None = None
        for pattern in self._plausible(norm, prefixes):
            hit, spans = self._first_valid(pattern, norm, spans)
            if hit is not None and (best is None or hit.start < best.start):
                best = hit
        return best

    def _plausible(self, norm: str, prefixes: frozenset[str] | None) -> list[re.Pattern[str]]:
        """The entries that may match, in their order: those with a key among the text's word prefixes (or
        with no key) that find a string of each group they need in the text."""
        if prefixes is None:
            prefixes = word_prefixes(norm)
        numbers: Sequence[int]
        if self._keys.isdisjoint(prefixes):  # most calls: nothing to look at
            numbers = self._always
            if not numbers:
                return []
        else:
            keys = self._keys.intersection(prefixes)
            if len(keys) == 1 and not self._always:
                numbers = self._index[next(iter(keys))]
            else:
                numbers = sorted(self._always_set.union(*map(self._index.__getitem__, keys)))
        plausible = []
        for number in numbers:
            pattern, groups = self._entries[number]
            for group in groups:  # the text must hold a string of each group (loops: most groups are one string)
                for needle in group:
                    if needle in norm:
                        break
                else:
                    break
            else:
                plausible.append(pattern)
        return plausible

    def _first_valid(
        self, pattern: re.Pattern[str], norm: str, spans: list[tuple[int, int]] | None
    ) -> tuple[Hit | None, list[tuple[int, int]] | None]:
        """The entry's first match that no exception covers and no negation cancels; the exceptions' spans,
        found once per text, are handed back for the next entry."""
        for match in pattern.finditer(norm):
            start, end = match.span()
            if start == end:
                continue
            if self._exceptions is not None:
                if spans is None:
                    spans = [m.span() for m in self._exceptions.finditer(norm)]
                if any(s < end and start < e for s, e in spans):
                    continue
            if self._negatable and negated(norm, start):
                continue
            return Hit(match.group(0), start, end), spans
        return None, spans


def negated(norm: str, start: int) -> bool:
    """Whether a negation in the same clause, at most three words before ``start``, cancels the hit."""
    before = norm[max(0, start - _NEGATION_WINDOW) : start]
    clauses = _CLAUSE_END.split(before)
    clause = clauses[-1]
    match = _NEGATION.search(clause)
    while match is not None and match.group(0).split(None, 1)[0] == "no":
        following = match.group("gap") or " " + norm[start : start + 12].split(" ", 1)[0]
        if not _INTERJECTED_NO.match(following):
            break
        clause = clause[match.start() + 2 :]  # look past the interjection for a real negation
        match = _NEGATION.search(clause)
    if match is None:
        return False
    return _NOT_A_NEGATION.match(match.group("gap")) is None
