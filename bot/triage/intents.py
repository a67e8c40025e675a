"""Routine intents the bot answers itself, and order numbers mentioned in a message."""

from __future__ import annotations

import logging
import re

from .lexicon_orders import ORDER_NOUNS, ORDER_TRACKING_EXCEPTIONS, ORDER_TRACKING_PATTERNS
from .order_question import asks_about_an_order
from .patterns import PhraseMatcher, any_word, regex_entries
from .text import DIGIT, normalise

logger = logging.getLogger(__name__)


GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|heya|hiya|howdy|greetings|yo|hallo|hola|bonjour|good\s+(?:morning|afternoon|evening|day))"
    r"(?:\s+there|\s+again|\s+all|\s+team|\s+everyone)?\b"
)
THANKS = re.compile(
    r"\b(?:thanks|thank\s*you|thank\s+(?:so|very)\s+much|many\s+thanks?|thx|ty|tysm|cheers|much\s+appreciated|"
    r"i\s+(?:really\s+)?appreciate|appreciate\s+(?:it|that|your|the|you))\b"
)
GOODBYE = re.compile(
    r"\b(?:bye|bye\s+bye|goodbye|good\s+bye|see\s+you(?:\s+later)?|see\s+ya|farewell|ciao|take\s+care|"
    r"have\s+a\s+(?:nice|good|great|lovely)\s+(?:day|one|evening|night|weekend)|talk\s+(?:to\s+you\s+)?later|"
    r"that\s+is\s+all(?:\s+i\s+need\w*)?|that\s+is\s+it\s+for\s+(?:now|today)|i\s+am\s+(?:going|leaving|off|"
    r"done)\s+now|signing\s+off|good\s*night)\b"
)
_PRONOUN = any_word("it", "they", "them", "this", "that")
_ORDER_NOUN = re.compile(rf"\b{ORDER_NOUNS}\b|\d{{3}}")
_ANOTHER_THING = re.compile(
    r"\b(?:cards?|transfers?|payments?|refunds?|money|funds|cash|deposits?|cheques?|top[-\s]?ups?|pin|codes?|e-?mails?|"
    r"messages?|passwords?|links?|invoices?|statements?|applications?|loans?|salary|wages?|claims?|tickets?|"
    r"complaints?|letters?|forms?|documents?|return(?:s|ed)?|reimbursements?|vouchers?|gift\s+cards?)\b"
)
_SMALL_TALK_MAX_WORDS = 12
# the same three, each looked for only when the text has a word it starts with (``patterns``)
_KEYED = {pattern: PhraseMatcher(regex_entries(pattern.pattern), normalise) for pattern in (GREETING, THANKS, GOODBYE)}
_INTENSIFIERS = re.compile(
    r"\b(?:bloody|damn|damned|fucking|fuckin|freaking|frigging|effing|flipping|goddamn|goddamned|god\s+damn)\b"
)
_SPACES = re.compile(r"\s+")


class IntentDetector:
    """``order_tracking``, ``goodbye``, ``thanks``, ``greeting`` or None, from the normalised text."""

    def __init__(self) -> None:
        self._order_tracking = PhraseMatcher(ORDER_TRACKING_PATTERNS, normalise)

    def intent_of(self, norm: str, prefixes: frozenset[str] | None = None) -> str | None:
        if _INTENSIFIERS.search(norm):  # "check order 123 damn status" asks what "check order 123 status" asks
            norm = _SPACES.sub(" ", _INTENSIFIERS.sub(" ", norm))
            prefixes = None
        hits = self._order_tracking.find_distinct(norm, prefixes, limit=3)
        if any(_about_an_order(hit.text, norm) for hit in hits) and not ORDER_TRACKING_EXCEPTIONS.search(norm):
            return "order_tracking"
        if not hits and asks_about_an_order(norm) and not ORDER_TRACKING_EXCEPTIONS.search(norm):
            return "order_tracking"
        return small_talk(norm, prefixes)


def _about_an_order(hit: str, norm: str) -> bool:
    """"has it arrived?" is about an order unless the message names something else "it" may be
    ("I sent the transfer on Monday, has it arrived?")."""
    return not (_PRONOUN.search(hit) and not _ORDER_NOUN.search(hit) and _ANOTHER_THING.search(norm))


def small_talk(norm: str, prefixes: frozenset[str] | None = None) -> str | None:
    """``prefixes``: ``prefilter.word_prefixes(norm)``, when known."""
    short = len(norm.split()) <= _SMALL_TALK_MAX_WORDS
    if short and _says(GOODBYE, norm, prefixes):
        return "goodbye"
    if _says(THANKS, norm, prefixes) and (short or THANKS.search(norm[-60:])):
        return "thanks"
    if short and _says(GREETING, norm, prefixes):
        return "greeting"
    return None


def _says(pattern: re.Pattern[str], norm: str, prefixes: frozenset[str] | None) -> bool:
    if prefixes is None:
        return pattern.search(norm) is not None
    return _KEYED[pattern].find(norm, prefixes) is not None


_ORDER_IDS = re.compile(
    r"(?:\b(?P<prefixed>(?:ORD|ORDER|PO|SO)-\d{2,20})\b)"
    r"|(?:\b(?:order|purchase|parcel|package|shipment)(?:\s*(?:number|num|no\.?|nr|id|ref(?:erence)?|code))?"
    r"\s*[:#-]?\s*(?P<after_word>#?\s?[A-Za-z]{0,4}-?\d[\w-]{1,29})\b)"
    r"|(?:(?<![\w&])#\s?(?P<hash>[A-Za-z]{0,4}-?\d[\w-]{1,29})\b)",
    re.IGNORECASE,
)
_NOT_ORDERS = re.compile(
    r"(?:invoice|bill|ticket|case|room|flight|table|item|step|page|issue|pr)\s*(?:number|no\.?)?\s*$", re.I
)


# a number where an order question puts the order: "has 1001 shipped?", "where is 1001", "1001 status"
_ASKED_NUMBER = re.compile(
    r"(?:\bwhere\s*(?:is|'s|s|are)|\b(?:has|have|did|is|was)|\bstatus\s+(?:of|on|for)|\beta\s+(?:of|on|for)|"
    r"\btrack(?:ing)?(?:\s+(?:of|on|for))?|\bupdates?\s+(?:on|for|about)|\bnews\s+(?:on|about)|\bwhen\s+(?:will|does|"
    r"is|should|can))\s+(?P<after>\d{3,20})\b|^\W*(?P<first>\d{3,20})\s*(?:status|updates?|tracking|eta)\b",
    re.IGNORECASE,
)


def order_ids(original: str, bare: bool = False) -> tuple[str, ...]:
    """Order-number candidates, as written ("1002", "732201349959", "ORD-88"), in order, without repeats;
    ``bare``: the message asks about an order, so a number where the order goes counts too ("has 1001 shipped?")."""
    if DIGIT.search(original) is None:  # every order id, and every number asked about, has a digit
        return ()
    found: list[str] = []
    for match in _ORDER_IDS.finditer(original):
        value = match.group("after_word") or match.group("hash") or match.group("prefixed")
        if match.group("hash") and _NOT_ORDERS.search(original[max(0, match.start() - 20) : match.start()]):
            continue
        value = value.lstrip("#").strip()
        if not any(ch.isdigit() for ch in value) or len(re.sub(r"\D", "", value)) < 2:
            continue
        if value not in found:
            found.append(value)
    if bare:
        for match in _ASKED_NUMBER.finditer(original):
            value = match.group("after") or match.group("first")
            if value not in found:
                found.append(value)
    return tuple(found)
