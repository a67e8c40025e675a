"""How a message sounds: VADER sentiment and shouting."""

from __future__ import annotations

import logging
import re

from .vader import Vader

logger = logging.getLogger(__name__)

_SENTIMENT_CHARS = 2000  # VADER's cost grows with length; the opening says enough about the tone
_CAPS_WORD = re.compile(r"\b[^\W\d_a-z]{2,}\b")
_EXCLAIM = re.compile(r"!{3,}|(?:[!?]\s*){4,}|\?!|!\?")
# anger as tweets mark it: an angry face, a swearing face, a middle finger, or an angry hashtag
_ANGER_MARK = re.compile(
    "[\U0001F620\U0001F621\U0001F92C\U0001F47F\U0001F4A2\U0001F595]|\U0001F624{2,}|(?<!\\w)#(?:rage|raging|angry|anger|mad|pissed\\w*|"
    "furious|annoyed|annoying|irritated|fuming|livid|outraged|outrage|fedup|sickofit|notcool|nothappy|unacceptable|"
    "ridiculous|disgrace\\w*|shame\\w*|epicfail|fail|worst\\w*|boycott\\w*|grr+|ugh+)(?![\\w-])",
    re.IGNORECASE,
)


# Words that describe a support case rather than a mood: "I entered a wrong address by mistake" is
# a plain report, though VADER scores it as strongly negative.
CASE_WORDS = (
    "problem", "problems", "error", "errors", "wrong", "mistake", "mistakes", "lost", "lose", "missing",
    "broken", "damaged", "damage", "trouble", "fail", "failed", "failure", "fails", "cancel", "cancelled",
    "canceled", "penalty", "penalties", "charged", "delay", "delayed", "stuck", "dispute", "block", "blocked",
    "crash", "crashed", "crashes", "defective", "faulty", "rejected", "denied", "lack", "expired", "declined",
    "bug", "bugs", "issue", "issues", "leak", "leaking", "late", "unable",
)

# Words that name grim things in the world rather than the speaker's mood: "he was killed in the war"
# is sad news, not an upset customer. Distress about oneself ("I want to die") has its own lexicon.
WORLD_WORDS = (
    "kill", "kills", "killed", "killing", "killings", "killer", "killers", "murder", "murders", "murdered",
    "murderer", "murderers", "die", "dies", "died", "dead", "death", "deaths", "war", "wars", "slavery",
    "slave", "slaves", "terror", "terrorist", "terrorists", "terrorism", "violence", "violent", "attack",
    "attacks", "attacked", "attacker", "attacking", "crime", "crimes", "criminal", "criminals", "prison",
    "prisoner", "prisoners", "jail", "jailed", "arrested", "illegal", "racism", "racist", "racists",
    "cancer", "disease", "diseases", "illness", "illnesses", "danger", "dangerous", "fatal", "fatalities",
    "casualty", "casualties", "tragedy", "tragic", "accident", "bomb", "bombs", "weapon", "weapons", "gun",
    "guns", "shoot", "shooting", "shot", "victim", "victims", "injustice", "poverty", "enemy", "enemies",
    "evil", "devil", "sin", "sins", "damned", "damnation", "corpse", "punishment", "punish", "punished",
    "destruction", "disaster", "catastrophe", "chaos", "riot", "riots", "starving", "starved", "hunger",
    "drown", "drowned", "drowning", "torture", "tortured", "fraud", "threat", "threats", "poison", "poisoned",
    "poisoning", "fascist", "fascists", "nazi", "nazis", "enslave", "enslaved", "offence", "offences", "offense",
    "offenses", "crisis", "collapse", "hostage", "corruption", "corrupt", "genocide", "famine", "massacre", "refugees",
)  # not the words a person may tell of their own harm ("rape", "abuse", "assault", "injured"): those still weigh


# Swearing is emphasis: when a swear word is already counted as a cue, its own negativity must not
# count a second time.
SWEAR_WORDS = (
    "fuck", "fucking", "fucked", "fucker", "fuckers", "fucks", "fuckin", "shit", "shits", "shitty", "bullshit",
    "damn", "damned", "dammit", "damnit", "goddamn", "goddam", "goddamned", "bloody", "crap", "crappy", "hell",
    "freaking", "frigging", "effing", "sucks", "suck", "sucked", "wtf", "ffs", "omfg",
)


class Sentiment:
    """VADER, loaded once per instance (loading the lexicon is the slow part).

    ``compound`` is VADER's own score. ``mood`` is the same with case words and world words neutral,
    for deciding whether a customer is upset rather than reporting a problem or talking about the news."""

    def __init__(self) -> None:
        self._analyzer = Vader()
        self._mood = Vader()
        for word in CASE_WORDS + WORLD_WORDS:
            self._mood.lexicon.pop(word, None)
        self._calm = Vader()
        for word in CASE_WORDS + WORLD_WORDS + SWEAR_WORDS:
            self._calm.lexicon.pop(word, None)

    def compound(self, text: str) -> float:
        if not text:
            return 0.0
        return float(self._analyzer.polarity_scores(text[:_SENTIMENT_CHARS])["compound"])

    def mood(self, text: str) -> float:
        if not text:
            return 0.0
        return float(self._mood.polarity_scores(text[:_SENTIMENT_CHARS])["compound"])

    def mood_without_swearing(self, text: str) -> float:
        if not text:
            return 0.0
        return float(self._calm.polarity_scores(text[:_SENTIMENT_CHARS])["compound"])


def caps_shouting(text: str) -> bool:
    """Mostly capital letters over several words ("WHERE IS MY ORDER"), not an acronym or two."""
    text = text[:_SENTIMENT_CHARS]
    if text.isascii() and text.islower():  # no capital letter: no word in capitals
        return False
    if len(_CAPS_WORD.findall(text)) < 2:
        return False
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper >= 8 and upper >= 0.7 * (upper + lower)


def exclaiming(text: str) -> bool:
    """"!!!", "?!", "?!?!": raised voice in punctuation."""
    return ("!" in text or "?" in text) and _EXCLAIM.search(text) is not None


_DELIGHT = re.compile(
    r"\b(?:yay+|woo+|wohoo+|woohoo+|yess+|awesome|amazing|love|loved|great|brilliant|thanks?|thank\s+you|wow|excited|"
    r"cool|nice|perfect|best|finally|omg|lol|haha\w*|fantastic|wonderful|lovely|delicious|superb)\b"
)
_TAKEN_BACK = re.compile(r"\bnot\W*$|#not\b|/s\W*$|\bnot\s*(?:\.\.\.|!)")  # "Great job!!! Not..."
_EXCITED = 0.3
_EXCITED_WORDS = 25


def excited(original: str, sentiment: float) -> bool:
    """"is it really free shipping???? yay!!": loud punctuation in a short, delighted message is excitement."""
    return (
        sentiment >= _EXCITED
        and len(original.split()) <= _EXCITED_WORDS
        and _DELIGHT.search(original.lower()) is not None
        and _TAKEN_BACK.search(original.lower()) is None
    )


def anger_mark(text: str) -> str | None:
    """An angry face or hashtag ("\U0001F621", "#fuming", "#fail"): anger said the way tweets say it."""
    if "#" not in text and text.isascii():  # the marks are emoji or hashtags
        return None
    found = _ANGER_MARK.search(text[:_SENTIMENT_CHARS])
    return found.group(0) if found is not None else None
