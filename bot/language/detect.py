"""Is this message in English, and if not, in which language, and does it ask for a person or speak of danger?

Cheap first: a message in plain ASCII with none of the other languages' marker words is English, and that
is the verdict for about 95 % of English customer messages (a regular expression and a set lookup). Only
what that check lets through is looked at again: its script; for Latin script, whether it is mostly
English anyway ("hola, where is my order"), a one- to three-word greeting or reply ("merci", "persona");
and last the trained profiles (profiles.py), which must prefer another language clearly over English.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import LEXICON, Words, bare, fold
from .profiles import Profiles, bundled_profiles, words_of

logger = logging.getLogger(__name__)

ENGLISH = "en"
# what a handoff is for, most serious first
CRISIS, DANGER, PERSON = "sensitive:self_harm", "sensitive:harassment", "human_request"

_READ_CHARS = 600  # the opening of a long message says its language
_ASCII_WORD = re.compile(r"[a-z]+")
_OTHER_LETTER = re.compile(r"(?![\x00-\x7f])[^\W\d_]")  # a letter outside ASCII: é, ñ, ß, я, 的, ...
_ENGLISH_REPLIES = frozenset({"agent", "human", "person", "ok", "no", "hi", "hello"})
_SHORT = 3  # words: a message this short needs half its words known in a language to be in it
_SHORT_CHARS = 30  # a message this short may be just a greeting or a reply ("muchas gracias", "persona")
_LEAD_OVER_ENGLISH = 0.1  # log-probability per feature another language needs over English
# Scripts other than Latin, each with the language it tells (Chinese and Japanese share the Han characters)
_NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kana", re.compile(r"[\u3040-\u30ff]")),
    ("han", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
_LATIN_LETTER = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_LATIN_WORD = re.compile(r"[a-zA-Z\u00c0-\u024f]+")
_CLOSER = (  # the same script, a language of its own
    ("ru", re.compile(r"[іїєґІЇЄҐ]"), "uk"),
    ("ar", re.compile(r"[پچژگ]"), "fa"),
    ("ar", re.compile(r"[ٹڈڑںے]"), "ur"),
)


@dataclass(frozen=True)
class Reading:
    language: str = ENGLISH  # ISO 639-1: "en", "es", "zh", ...
    reason: str | None = None  # a handoff its words call for: CRISIS, DANGER or PERSON
    phrase: str = ""  # the words that call for it
    phrase_language: str = ""  # the language of those words

    @property
    def english(self) -> bool:
        return self.language == ENGLISH


class LanguageCheck:
    """``LanguageCheck().read(text) -> Reading``; the profiles load on the first message that needs them."""

    def __init__(self, profiles: Callable[[], Profiles] = bundled_profiles, lexicon: dict[str, Words] | None = None):
        self._profiles = profiles
        self._lexicon = LEXICON if lexicon is None else lexicon
        self._phrases = _Phrases(self._lexicon)
        self._alone = _first_language(self._lexicon, lambda words: words.person_alone)
        self._greetings = _first_language(self._lexicon, lambda words: words.greetings)
        self._gate: frozenset[str] | None = None
        self._by_language: dict[str, frozenset[str]] = {}

    def may_be_foreign(self, text: str) -> bool:
        """The cheap check: False means English, surely enough to stop here."""
        lowered = text[:_READ_CHARS].lower()
        if not lowered.isascii() and _OTHER_LETTER.search(lowered):
            return True
        return not self._marker_sets()[0].isdisjoint(_ASCII_WORD.findall(lowered))

    def read(self, text: str) -> Reading:
        """Never raises: a fault here must not keep English triage from the message."""
        try:
            return self._read(text)
        except Exception:
            logger.exception("language check failed on a message of %d characters; read as English", len(text))
            return Reading()

    def _read(self, text: str) -> Reading:
        if not self.may_be_foreign(text):
            return Reading()
        text = text[:_READ_CHARS]
        folded = fold(text)
        language = self._language(text, folded)
        said = bare(text)
        found = self._phrases.find(said, folded)
        if found is not None:
            return Reading(language, *found)
        if said in self._alone and language != ENGLISH:
            return Reading(language, PERSON, said, self._alone[said])
        return Reading(language)

    def language_of(self, text: str) -> str:
        return self._language(text[:_READ_CHARS], fold(text[:_READ_CHARS])) if self.may_be_foreign(text) else ENGLISH

    def _language(self, text: str, folded: str) -> str:
        said = bare(text)
        if len(said) <= _SHORT_CHARS and said not in _ENGLISH_REPLIES:  # "merci", "担当者": the words say it
            for table in (self._greetings, self._alone):
                if said in table:
                    return table[said]
        if _NON_LATIN.search(text):
            script = _script(text)
            if script is not None:
                return script
        words = words_of(text)
        if not words:
            return ENGLISH
        profiles = self._profiles()
        gate, by_language = self._marker_sets()
        marked = [word for word in words_of(folded) if word in gate]
        english = sum(word in profiles.english for word in words)
        if english and english >= len(marked):  # code-switching ("hola, where is my order") is answered in English
            return ENGLISH
        plain = sum(word in profiles.english_vocabulary and fold(word) not in gate for word in words)
        if plain * 2 > len(words):  # mostly English words: "my name is José García"
            return ENGLISH
        language, _ = profiles.best(text)
        if language == ENGLISH:
            return ENGLISH
        if profiles.best(text, frozenset({language, ENGLISH}))[1] < _LEAD_OVER_ENGLISH:
            return ENGLISH  # as likely English as not: the bot reads English
        own = by_language.get(language, frozenset())
        known = sum(not word.isascii() or fold(word) in own or profiles.knows(word, language) for word in words)
        if known * (2 if len(words) <= _SHORT else 3) < len(words):
            return ENGLISH  # mostly words the language does not have: a typo, a name, a code, not a language
        return language

    def _marker_sets(self) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        """Every word that opens the cheap check, and each language's own (none of them an everyday English word)."""
        if self._gate is None:
            profiles = self._profiles()
            english = profiles.english_vocabulary
            found = {lang: {f for f in map(fold, markers) if f in markers or f not in english}  # "iš" is not "is"
                     for lang, markers in profiles.markers.items()}
            for lang, entry in self._lexicon.items():
                own = found.setdefault(lang, set())
                for phrase in entry.person + entry.crisis + entry.danger + entry.vocabulary:
                    own.update(word for word in words_of(fold(phrase)) if word not in english)
                for phrase in entry.greetings + entry.person_alone:  # "hola", "persona": one-word replies count
                    if " " not in phrase and fold(phrase) not in _ENGLISH_REPLIES:
                        own.add(fold(phrase))
            self._by_language = {lang: frozenset(words) for lang, words in found.items()}
            self._gate = frozenset().union(*self._by_language.values())
            logger.debug("language check: %d marker words", len(self._gate))
        return self._gate, self._by_language


def _first_language(lexicon: dict[str, Words], phrases: Callable[[Words], tuple[str, ...]]) -> dict[str, str]:
    """Each phrase (bare) and the first language that has it: "persona" is Spanish before it is Italian."""
    found: dict[str, str] = {}
    for lang, words in lexicon.items():
        for phrase in phrases(words):
            found.setdefault(bare(phrase), lang)
    return found


class _Phrases:
    """The lexicon's phrases, found by their first word (a dictionary lookup per word of the message), or
    anywhere in Chinese and Japanese text."""

    _KINDS = (CRISIS, DANGER, PERSON)

    def __init__(self, lexicon: dict[str, Words]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
        self._unspaced: list[tuple[str, int, str]] = []
        idioms = {fold(idiom) for words in lexicon.values() for idiom in words.idioms}
        self._idioms = sorted(idioms, key=len, reverse=True)
        for rank, kind in enumerate(self._KINDS):
            for lang, words in lexicon.items():
                for phrase in {CRISIS: words.crisis, DANGER: words.danger, PERSON: words.person}[kind]:
                    if words.spaced:
                        key = tuple(bare(phrase).split())
                        self._by_first.setdefault(key[0], []).append((key, rank, lang))
                    else:
                        self._unspaced.append((fold(phrase), rank, lang))

    def find(self, said: str, folded: str) -> tuple[str, str, str] | None:
        """(kind, phrase, language) of the most serious phrase in a message (``said`` bare, ``folded``)."""
        best: tuple[int, str, str] | None = None
        words = said.split()
        for i, word in enumerate(words):
            for key, rank, lang in self._by_first.get(word, ()):
                if (best is None or rank < best[0]) and tuple(words[i : i + len(key)]) == key:
                    best = (rank, " ".join(key), lang)
        if _NON_LATIN.search(folded):
            for idiom in self._idioms:
                folded = folded.replace(idiom, "\u2063")  # an invisible separator: no phrase spans the gap
            for phrase, rank, lang in self._unspaced:
                if (best is None or rank < best[0]) and phrase in folded:
                    best = (rank, phrase, lang)
        return (self._KINDS[best[0]], best[1], best[2]) if best is not None else None


def _script(text: str) -> str | None:
    """The language a script other than Latin tells (Japanese, Chinese, Russian, Arabic, ...), or None."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    latin_words = len(_LATIN_WORD.findall(text))  # a Chinese character weighs about a word
    if counts["kana"] and counts["kana"] + counts["han"] >= latin_words:
        return "ja"
    if counts["han"] and counts["han"] >= latin_words:
        return "zh"
    latin = len(_LATIN_LETTER.findall(text))
    for name in ("ru", "ar", "ko", "hi", "el", "he", "th"):
        if counts[name] and counts[name] * 2 >= latin:  # a few English names in it do not make it English
            for script, letters, language in _CLOSER:
                if script == name and letters.search(text):
                    return language
            return name
    return None
