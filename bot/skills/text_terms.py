"""Turning support questions and help articles into comparable terms: words, light stemming, synonyms."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})

STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
    during each few for from further had hadn't has hasn't have haven't having he her here hers herself
    him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most
    mustn't my myself no nor not now of off on once only or other ought our ours ourselves out over own
    please same shan't she should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they this those through to too under until up very was wasn't we were weren't
    what what's when where which while who whom why will with won't would wouldn't you you're your yours
    yourself yourselves hi hello hey thanks thank ok okay yes yeah want wanted need needs know tell
    get got give go going like also would could might may must shall still really much many something
    anything thing things way ask asking question help hmm um take takes taking took make makes
    see say said use used try tried never ever actually anyway btw basically maybe perhaps kindly
    wondering wonder hoping hope quick quickly
    """.split()
)

# Words that mean the same thing to a customer; the first word of each group names the group.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("twice", "double", "duplicate", "two"),
    ("ship", "shipping", "shipment", "delivery", "deliver", "postage", "post", "dispatch", "courier",
     "arrive", "arrival", "transit", "parcel", "package"),
    ("cost", "price", "fee", "charge", "costs", "expensive", "cheap", "free"),
    ("time", "long", "day", "week", "fast", "quick", "soon", "speed", "wait"),
    ("return", "returns"),
    ("refund", "reimburse", "reimbursement", "repay"),
    ("exchange", "swap", "replace", "replacement"),
    ("cancel", "cancellation"),
    ("change", "modify", "edit", "amend", "alter", "update"),
    ("pay", "payment", "paid", "checkout", "billing", "bill"),
    ("card", "visa", "mastercard", "amex", "debit", "credit"),
    ("contact", "reach", "phone", "call", "email", "mail", "telephone"),
    ("hour", "open", "opening", "closed", "close"),
    ("person", "human", "agent", "someone", "representative", "staff", "team"),
    ("privacy", "gdpr", "ccpa", "confidential"),
    ("delete", "deletion", "erase", "erasure", "remove", "forget"),
    ("data", "information", "info", "personal"),
    ("keep", "store", "retain", "retention", "save", "stored"),
    ("damage", "damaged", "broken", "faulty", "defective", "smashed"),
    ("international", "abroad", "overseas", "worldwide", "country", "countries", "customs"),
    ("size", "fit", "fits", "small", "big", "large", "colour", "color"),
    ("track", "tracking", "trace"),
    ("order", "purchase", "bought", "buy"),
    ("gift", "present"),
)

# Multi-word expressions (regular expressions) folded into one term before the words are split.
PHRASES: tuple[tuple[str, str], ...] = (
    (r"money back", "refund"),
    (r"(?:send|take|bring) (?:[a-z]+ ){0,2}back", "return"),
    (r"how much", "cost"),
    (r"how long", "time"),
    (r"opening hours", "hour"),
    (r"apple pay", "applepay"),
    (r"google pay", "googlepay"),
    (r"gift card", "giftcard"),
    (r"customer (?:service|support)", "contact"),
    (r"phone number", "phone"),
    (r"right to be forgotten", "delete"),
    # a parcel that should be there and is not ("never" alone is a stopword: "we never ask for…")
    (r"(?:never|not|didn't|did not|hasn't|has not|haven't|have not) (?:yet )?(?:arrived|arrive|came|come|turned up|"
     r"showed up|got here|received|been delivered)", "missing"),
)

_PHRASES = tuple((re.compile(rf"\b{pattern}\b"), term) for pattern, term in PHRASES)


def stem(word: str) -> str:
    """A light English stemmer: enough for 'shipping'/'shipped'/'ships' to meet."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix, minimum in (("ing", 6), ("ed", 5)):
        if word.endswith(suffix) and len(word) >= minimum:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousz":
                word = word[:-1]
            break
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


_CANONICAL = {stem(word): stem(group[0]) for group in SYNONYMS for word in group}


def words(text: str) -> list[str]:
    lowered = text.lower().translate(_APOSTROPHES)
    for pattern, term in _PHRASES:
        lowered = pattern.sub(term, lowered)
    return [w for w in _WORD.findall(lowered.replace("'s ", " ").replace("n't", " not")) if len(w) > 1 or w.isdigit()]


def terms(text: str) -> list[str]:
    """Content terms of ``text``: stopwords dropped, stemmed, synonyms folded together."""
    out = []
    for word in words(text):
        if word in STOPWORDS:
            continue
        root = stem(word)
        out.append(_CANONICAL.get(root, root))
    return out


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
