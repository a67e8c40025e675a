"""VADER (``vaderSentiment`` 3.3.2) with the same scores for less work.

- plain ASCII text skips the character-by-character emoji pass (there is no emoji in it);
- a text with no word in the lexicon scores 0 at once, and a word outside it gets valence 0 without a call;
- the negation and idiom checks lower-case only the few words around the scored one (VADER's own lower-cases
  the whole message again for each word of its lexicon, three times).

``tests/test_triage_vader.py`` compares every score with the library's own.
"""

from __future__ import annotations

import logging

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
    allcap_differential,
)

logger = logging.getLogger(__name__)

_strip_punctuation = SentiText._strip_punc_if_word
_NEGATE = frozenset(NEGATE)


def _negates(lowered: str) -> bool:
    """``negated([word])`` for one lower-case word: the library's loops over its negation words, this looks it up."""
    return lowered in _NEGATE or "n't" in lowered


def _scalar(word: str, lowered: str, valence: float, is_cap_diff: bool) -> float:
    """``scalar_inc_dec`` with the word's lower case already made."""
    scalar = 0.0
    if lowered in BOOSTER_DICT:
        scalar = BOOSTER_DICT[lowered]
        if valence < 0:
            scalar *= -1
        if word.isupper() and is_cap_diff:
            if valence > 0:
                scalar += C_INCR
            else:
                scalar -= C_INCR
    return scalar


class Vader(SentimentIntensityAnalyzer):
    """``SentimentIntensityAnalyzer`` with the same ``polarity_scores``, faster."""

    def polarity_scores(self, text: str) -> dict:
        if not text.isascii():
            return super().polarity_scores(text)
        text = text.strip()
        lexicon = self.lexicon
        words = list(map(_strip_punctuation, text.split()))  # SentiText's words_and_emoticons
        lowered = [word.lower() for word in words]
        if lexicon.keys().isdisjoint(lowered):
            return {"neg": 0.0, "neu": 1.0 if words else 0.0, "pos": 0.0, "compound": 0.0}
        is_cap_diff = allcap_differential(words)
        sentiments: list = []
        for i, word in enumerate(lowered):
            booster = word in BOOSTER_DICT or (word == "kind" and i < len(words) - 1 and lowered[i + 1] == "of")
            if booster or word not in lexicon:
                sentiments.append(0)
            else:
                sentiments.append(self._valence(words, lowered, i, is_cap_diff))
        if "but" in lowered:
            sentiments = self._but_check(words, sentiments)
        return self.score_valence(sentiments, text)

    def _valence(self, words: list[str], lowered: list[str], i: int, is_cap_diff: bool) -> float:
        """``sentiment_valence`` for a word of the lexicon, reading the lower-cased words once made."""
        lexicon = self.lexicon
        word = lowered[i]
        valence = lexicon[word]
        if word == "no" and i != len(words) - 1 and lowered[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lowered[i - 1] == "no")
            or (i > 1 and lowered[i - 2] == "no")
            or (i > 2 and lowered[i - 3] == "no" and lowered[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[word] * N_SCALAR
        if is_cap_diff and words[i].isupper():
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for start_i in range(0, 3):
            if i > start_i and lowered[i - (start_i + 1)] not in lexicon:
                s = _scalar(words[i - (start_i + 1)], lowered[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation_check(valence, words, start_i, i)
                if start_i == 2:
                    valence = self._special_idioms_check(valence, words, i)
        # _least_check
        if i > 1 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            if lowered[i - 2] != "at" and lowered[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _negation_check(valence: float, words_and_emoticons: list, start_i: int, i: int) -> float:
        words = words_and_emoticons
        before = str(words[i - (start_i + 1)]).lower()
        if start_i == 0 and _negates(before):
            valence = valence * N_SCALAR
        if start_i == 1:
            two, one = str(words[i - 2]).lower(), str(words[i - 1]).lower()
            if two == "never" and (one == "so" or one == "this"):
                valence = valence * 1.25
            elif two == "without" and one == "doubt":
                pass
            elif _negates(before):
                valence = valence * N_SCALAR
        if start_i == 2:
            three, two, one = str(words[i - 3]).lower(), str(words[i - 2]).lower(), str(words[i - 1]).lower()
            if three == "never" and (two == "so" or two == "this") or (one == "so" or one == "this"):
                valence = valence * 1.25
            elif three == "without" and (two == "doubt" or one == "doubt"):
                pass
            elif _negates(before):
                valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence: float, words_and_emoticons: list, i: int) -> float:
        words = words_and_emoticons

        def low(k: int) -> str:
            return str(words[k]).lower()

        zero, one, two, three = low(i), low(i - 1), low(i - 2), low(i - 3)
        onezero = f"{one} {zero}"
        twoonezero = f"{two} {one} {zero}"
        twoone = f"{two} {one}"
        threetwoone = f"{three} {two} {one}"
        threetwo = f"{three} {two}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        if len(words) - 1 > i:
            zeroone = f"{zero} {low(i + 1)}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(words) - 1 > i + 1:
            zeroonetwo = f"{zero} {low(i + 1)} {low(i + 2)}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence
