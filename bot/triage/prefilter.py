"""Which lexicon entries could match a message at all, found with a few dictionary lookups.

Python's ``re`` tries every branch of a big alternation at every position, which is slow. Instead,
each entry that starts at a word boundary gets a set of *keys*: the possible first letters (at most
``KEY_LENGTH``) of a match, read from the parsed expression. A message offers the prefixes of its
words; only entries sharing a key are run. Entries whose start cannot be summarised that way are
always run, so the prefilter never loses a match.
"""

from __future__ import annotations

import functools
import itertools
import logging
import operator
import re

# re's own parser (private modules that typeshed does not describe; sre_parse is their deprecated alias)
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from ..errors import TandemError

logger = logging.getLogger(__name__)

KEY_LENGTH = 4
_MAX_KEYS = 256
_WORD_TOKENS = re.compile(r"\w+")
# the starts of function words, keys nearly every message has: a set with fewer of them (or of single letters)
# is more selective, however short its keys ("(?:the|your)\s+(?:spa|gym)" is looked up by "spa" and "gym")
_COMMON = frozenset(
    "a an and are at be but by can do for get got had has have he her his how i in is it me my no not of on or "
    "our she so that the them then ther thes they this to us was we what when will with you your".split()
)
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", sre_c.MAX_REPEAT)}


class _Unknown(TandemError):
    """The start of this expression cannot be summarised as a small set of word prefixes."""


_FIRST = tuple(operator.itemgetter(slice(0, n)) for n in range(1, KEY_LENGTH + 1))  # a word's first n characters


# every key ``keys_for`` has given: a word prefix that is none of them cannot select an expression
_GIVEN: set[str] = set()


def word_prefixes(norm: str) -> frozenset[str]:
    """The prefixes (1..KEY_LENGTH characters) of the words in the text that are the key of some expression:
    of the expressions whose keys were made before this call (a matcher is built before it reads a text)."""
    return frozenset(itertools.chain.from_iterable(map(_keys_in, _WORD_TOKENS.findall(norm))))


@functools.lru_cache(maxsize=1 << 15)
def _keys_in(word: str) -> tuple[str, ...]:
    """One word's prefixes that are keys; cached, as customers reuse their words (emptied when a key is new)."""
    return tuple(prefix for prefix in (first(word) for first in _FIRST) if prefix in _GIVEN)


@functools.lru_cache(maxsize=4096)
def keys_for(source: str) -> frozenset[str] | None:
    """The keys of one expression, or None when it must always run.

    Any word the expression cannot match without is a valid key source: the first one, or one that
    follows a mandatory space or word boundary. The most selective (longest keys, fewest) wins, so
    "i (feel|felt) ... hopeless" is looked up by "hope", not by "i". Alternatives each bring their own."""
    try:
        keys = _keys_of(list(sre_parse.parse(source)))
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not keys or len(keys) > _MAX_KEYS:
        return None
    new = {key.lower() for key in keys} - _GIVEN
    if new:
        _GIVEN.update(new)
        _keys_in.cache_clear()
    return frozenset(keys)


def _keys_of(items: list, at_start: bool = False, max_start: int | None = None) -> set[str] | None:
    """The most selective key set for a sequence; ``at_start``: it is known to begin a word;
    ``max_start``: only look for keys that start before this position (the rest is looked at by the
    caller already)."""
    while len(items) == 1 and items[0][0] is sre_c.SUBPATTERN and max_start is None:
        items = list(items[0][1][-1])
    candidates: list[set[str]] = []
    word_starts = _word_starts(items, at_start)
    # alternatives are also looked into where they do not begin a word: "\bi(?:\s+am|\s+was)\s+struggling",
    # the form re's parser gives "\bi\s+am\s+struggling|\bi\s+was\s+struggling", is looked up by "stru"
    branches = [i for i, (op, _av) in enumerate(items) if op is sre_c.BRANCH]
    for start in sorted({*word_starts, *branches}):
        if max_start is not None and start > max_start:
            break
        if items[start][0] is sre_c.BRANCH:  # each alternative may have a better key further on
            union: set[str] = set()
            begins_word = start in word_starts
            for alternative in items[start][1][1]:
                keys = _keys_of(
                    list(alternative) + items[start + 1 :], at_start=begins_word, max_start=len(alternative)
                )
                if keys is None:  # one alternative without a key: the branch as a whole has none
                    break
                union |= keys
            else:
                if union:
                    candidates.append(union)
            continue
        try:
            keys = _prefixes(items[start:], {""})
        except (_Unknown, RecursionError, TypeError, ValueError):
            continue
        if keys and "" not in keys and len(keys) <= _MAX_KEYS:
            candidates.append(keys)
    if not candidates:
        return None
    return max(candidates, key=lambda keys: (-sum(map(_weak, keys)), min(map(len, keys)), -len(keys)))


def _weak(key: str) -> bool:
    """A key nearly every message has: one letter, or the start of a function word."""
    return len(key) < 2 or key in _COMMON


def _word_starts(items: list, at_start: bool = False) -> list[int]:
    """Positions in the sequence where a match is always at the start of a word."""
    starts = [0] if at_start or _anchored(items) else []
    at_start = bool(starts)
    for i in range(1, len(items)):
        previous = items[i - 1]
        if _separates(previous):
            at_start = True
        elif previous[0] in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            pass  # zero width: same position as before
        elif _nullable(previous):
            at_start = at_start and _ends_with_space(previous)  # skipped, or taken and ending in a space
        else:
            at_start = _ends_with_space(previous)
        if at_start:
            starts.append(i)
    return starts


def _nullable(item: tuple) -> bool:
    op, av = item
    if op in _REPEATS:
        return av[0] == 0 or all(_nullable(x) for x in av[2])
    if op is sre_c.SUBPATTERN:
        return all(_nullable(x) for x in av[-1])
    if op is sre_c.BRANCH:
        return any(all(_nullable(x) for x in alt) for alt in av[1])
    return op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)


def _ends_with_space(item: tuple) -> bool:
    """Whenever the item consumes something, its last character is a space."""
    op, av = item
    if op in _REPEATS:
        return _sequence_ends_with_space(list(av[2]))
    if op is sre_c.SUBPATTERN:
        return _sequence_ends_with_space(list(av[-1]))
    if op is sre_c.BRANCH:
        return all(_sequence_ends_with_space(list(alt)) for alt in av[1] if not all(_nullable(x) for x in alt))
    return _separates(item) and op is not sre_c.AT


def _sequence_ends_with_space(items: list) -> bool:
    return bool(items) and not _nullable(items[-1]) and _ends_with_space(items[-1])


def _separates(item: tuple) -> bool:
    """A mandatory space or word boundary: what follows it starts a word."""
    op, av = item
    if op is sre_c.AT:
        return av is sre_c.AT_BOUNDARY
    if op in _REPEATS:
        low, _high, sub = av
        return low >= 1 and _is_space_class(list(sub))
    return _is_space_class([item])


def _is_space_class(items: list) -> bool:
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre_c.LITERAL:
        return chr(av) == " "
    return op is sre_c.IN and all(
        (o is sre_c.CATEGORY and a in (sre_c.CATEGORY_SPACE, sre_c.CATEGORY_NOT_WORD))
        or (o is sre_c.LITERAL and not _is_word_char(chr(a)))
        for o, a in av
    )


def _anchored(items: list) -> bool:
    """Whether every match starts at a word start (or the text start), so words' prefixes apply."""
    if not items:
        return False
    op, av = items[0]
    if op is sre_c.AT:
        return av in (sre_c.AT_BOUNDARY, sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING)
    if op is sre_c.ASSERT_NOT:
        direction, sub = av
        return direction == -1 and _is_word_class(list(sub))
    if op is sre_c.ASSERT:  # "(?<=[.,;:!?])": right after a character that ends any word
        direction, sub = av
        return direction == -1 and _is_non_word(list(sub))
    if op is sre_c.BRANCH:
        return all(_anchored(list(alt)) for alt in av[1])
    if op is sre_c.SUBPATTERN:
        return _anchored(list(av[-1]))
    return False


def _is_non_word(items: list) -> bool:
    """One character that is never a word character."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre_c.LITERAL:
        return not _is_word_char(chr(av))
    return op is sre_c.IN and _is_space_class(items)


def _is_word_class(items: list) -> bool:
    return (
        len(items) == 1
        and items[0][0] is sre_c.IN
        and list(items[0][1]) == [(sre_c.CATEGORY, sre_c.CATEGORY_WORD)]
    )


def _prefixes(items: list, partials: set[str]) -> set[str]:
    """Extend each partial prefix through ``items``; a prefix is final once it reaches KEY_LENGTH or
    the expression leaves plain letters. Returns the final prefixes."""
    done: set[str] = set()
    for index, (op, av) in enumerate(items):
        growing = {p for p in partials if len(p) < KEY_LENGTH}
        done |= partials - growing
        if not growing:
            return done
        rest = items[index + 1 :]
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            if op is sre_c.AT and av not in (sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING):
                done |= {p for p in growing if p}
                growing = {p for p in growing if not p}
            partials = growing
            continue
        if op is sre_c.LITERAL:
            ch = chr(av)
            partials = _extend(growing, [ch], done)
            continue
        if op is sre_c.IN:
            partials = _extend(growing, _charset(av), done)
            continue
        if op is sre_c.SUBPATTERN:
            return done | _prefixes(list(av[-1]) + rest, growing)
        if op is sre_c.BRANCH:
            for alternative in av[1]:
                done |= _prefixes(list(alternative) + rest, set(growing))
            return done
        if op in _REPEATS:
            low, _high, sub = av
            once = _prefixes(list(sub), set(growing))  # one repetition, then stop: shorter keys stay safe
            done |= {p for p in once if p}
            # still no letter (zero-width, or only punctuation consumed): the next word starts a token
            after = {""} if "" in once else set()
            if low == 0:
                after |= growing
            if not after:
                return done
            partials = after
            continue
        raise _Unknown  # ANY, NOT_LITERAL, group references, ...
    return done | partials


def _extend(growing: set[str], chars: list[str] | None, done: set[str]) -> set[str]:
    """Append one character; a non-letter ends the prefix (leading non-letters are skipped)."""
    if chars is None:  # a class too wide to list
        if "" in growing:
            raise _Unknown
        done |= growing
        return set()
    result: set[str] = set()
    for prefix in growing:
        for ch in chars:
            if _is_word_char(ch):
                result.add(prefix + ch)
            elif prefix:
                done.add(prefix)
            else:
                result.add(prefix)  # punctuation before the first word: the word still starts a token
    if len(result) > _MAX_KEYS:
        raise _Unknown
    return result


def _charset(items) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE and av[1] - av[0] < 32:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre_c.CATEGORY and av in (sre_c.CATEGORY_SPACE, sre_c.CATEGORY_NOT_WORD):
            chars.append(" ")  # stands for any non-word character
        else:
            return None
    return chars


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
