"""Feelings that are not aimed at us: what a frustration word or a sour tone is about, when it is not the business.

Three frames, each a place where a strong word is not a customer fed up with us:
- **a wait for what is on its way**: "still waiting on my package", "my food still not here" ask where it is;
  the bot answers with the order's status. With any other sign of anger ("still waiting, this is ridiculous",
  "STILL not here") it stays frustration;
- **an aside before the errand**: "ugh mondays am i right. anyway how do i update my billing email", "I'm sick of
  cooking so pizza tonight, what's the deal of the day?": a mood about the writer's own day, closed by
  "anyway" / "so" / "btw" and followed by a question, that names nothing of ours;
- **a story's sadness**: "the sad ending of that show had me crying into my fries": a very negative tone about a
  film, a show or a book is not about us.
"""

from __future__ import annotations

import logging
import re

from .patterns import Hit, PhraseMatcher

logger = logging.getLogger(__name__)

_WAIT = re.compile(
    r"(?:still|yet\s+again)\s+(?:waiting|not|no|nothing|have\s+not|has\s+not|did\s+not)|"
    r"waiting\s+(?:for\s+)?(?:days|weeks|hours|ages)|(?:days|weeks|hours)\s+(?:and|with|of)\s+(?:still\s+)?(?:no|not|waiting)"
)
# what comes to the customer: goods and meals, not money or replies ("still no refund" is a complaint's words)
_ON_ITS_WAY = re.compile(
    r"\b(?:my|our|the)\s+(?:\w+\s+)?(?:order|orders|package|parcel|delivery|food|meal|shipment|item|items|stuff|"
    r"pizza|groceries|box|prescription|courier|rider|driver)\b"
)
# the writer's own aside, then the errand: "anyway", "so", "btw", "but anyway", "lol anyway"
# "so" the conjunction, not the intensifier ("irritates me so much", "so done with")
_PIVOT = re.compile(
    r"(?:^|[\s.,!;:])(?:but\s+)?(?:anyway|anyways|btw|by\s+the\s+way|so(?!\s+(?:much|many|bad|badly|good|well|hard|long|"
    r"far|that|very|so|sick|tired|done|fed|angry|mad|upset|annoyed|\w+ed|\w+ing|\w+ly)\b))\b[\s,.]"
)
_WRITER = re.compile(r"\b(?:i|me|my|am|u+g+h+|a+r+g+h+|sigh|meh)\b")  # the writer's own mood, not a remark on the world
_ASIDE_WORDS = 40  # a long post's feelings are read by focus.py
_OURS = (
    r"you|your|yours|u|ur|order|orders|package|parcel|delivery|refund|account|app|website|site|service|support|bot|"
    r"agent|chat|bill|charge|charged|payment|subscription|card|team|staff|company|store|shop"
)
_NAMES_OURS = re.compile(rf"\b(?:{_OURS})\b")
_ABOUT_US = re.compile(rf"\b(?:{_OURS}|this|it|that|these|those)\b")
_ASKS = re.compile(
    r"\?|(?:^|[\s,.])(?:how|what|where|when|which|can|could|do|does|is|are|any)\s+(?:\w+\s+)?(?:i|we|you|the|there|"
    r"my|is|it|a|an|deal|offers?|discount\w*)\b"
)
_STORY = re.compile(
    r"\b(?:show|film|movie|series|episode|novel|book|finale|documentary|anime|drama|sitcom|season|ending|song|"
    r"album|play|musical)\b"
)
_STORY_FELT = re.compile(r"\b(?:sad|crying|cried|cry|tears|sobbing|sobbed|heartbreaking|heartbroken|tragic|weep\w*)\b")


def waiting_for_delivery(hit: str, norm: str, order_question: bool) -> bool:
    """The frustration word is only the wait for the customer's own order, meal or parcel."""
    return _WAIT.fullmatch(hit) is not None and (order_question or _ON_ITS_WAY.search(norm) is not None)


def aside_before_errand(norm: str, hit_start: int) -> bool:
    """The word sits in an aside about the writer's own day, closed by a pivot and followed by a question."""
    if len(norm.split()) > _ASIDE_WORDS:
        return False
    for pivot in _PIVOT.finditer(norm):
        if pivot.start() < hit_start:
            continue
        aside, errand = norm[: pivot.start()], norm[pivot.end() :]
        own_mood = _WRITER.search(aside) is not None
        return own_mood and _ABOUT_US.search(aside) is None and _ASKS.search(errand) is not None
    return False


def story_sadness(norm: str) -> bool:
    """The negative tone is sadness about a film, a show or a book, in a message that names nothing of ours."""
    return _STORY.search(norm) is not None and _STORY_FELT.search(norm) is not None and _NAMES_OURS.search(norm) is None


def aimed_at_us(
    matcher: PhraseMatcher, norm: str, prefixes: frozenset[str], hit: Hit, order_question: bool
) -> Hit | None:
    """The first frustration word (``hit`` first) that is not a wait for an order nor an aside before the errand."""

    def excused(found: Hit) -> bool:
        return waiting_for_delivery(found.text, norm, order_question) or aside_before_errand(norm, found.start)

    if not excused(hit):
        return hit
    return next((found for found in matcher.find_distinct(norm, prefixes, limit=3) if not excused(found)), None)
