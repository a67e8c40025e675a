"""A complaint as concept frames (``frames.py``): a thing of the customer's × what went wrong with it × what
makes it more than a request for help, in any words or order.

A complaint tells of a failure of what the business sold or does: "the table top is cracked right across the
middle", "received the wrong shade and the return label doesn't work", "no signal in my whole building since
last week", "the driver ate my fries". The phrase rules in ``complaint_told`` fit the words they were written
for; the same failure comes in the words of every sector. The concepts (``lexicon_complaint_frames``):

- **a thing of the customer's**: what is bought, delivered, supplied or kept (a sofa, a parcel, the signal, the
  gas, a claim, the points of a fantasy team, a flight, the foundation);
- **the failure**, in families: *damaged* (cracked, stained, leaking, wobbles, a bite missing, notes deleted),
  *wrong* (the wrong shade, someone else's order, ordered a large got a small), *not working* (keeps dropping, no
  signal), *not done* (never turned up, points never added, two hours late), *overcharged* (the bill doubled), *a
  worker's misdeed* (the driver ate, dumped, threw, left without fixing);
- **more than a request**: how long it has lasted ("since last week", "for 2 days", "again", "after one
  week"), a contradiction ("even though I paid", "for no reason"), what it cost ("took a day off for nothing",
  "can't build it"), or a second failure of another family.

Damage, a wrong thing and a worker's misdeed are complaints as told; a thing not working or not done asks for
help until it has lasted, contradicts or costs (a card that does not work, a parcel not here yet, a refund not
showing, said in a chat, are requests and order questions). Left alone: questions, cheerful messages, denials
("nothing was damaged"), the customer's own doing ("I chose a wrong address", "I dropped my phone"), a claim on a
policy, and a thing not done when the message asks after an order.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from .complaint_told import ASKING, COMMAND, HANDLE, OPENING_CHARS, ToldProblem, told_problem
from .frames import FrameReader
from .lexicon_complaint_frames import COMPLAINT_CONCEPTS, COMPLAINT_FRAMES, FAILURE_FAMILIES

logger = logging.getLogger(__name__)

_READER = FrameReader(COMPLAINT_CONCEPTS, COMPLAINT_FRAMES)
_NEEDS_MORE = frozenset(frame.name for frame in COMPLAINT_FRAMES if frame.name.startswith("not done"))
_CHEERFUL = 0.5
_AFTER_AN_ORDER = re.compile(r"\b(?:where|when|eta|status|how\s+long)\b")


def complaint_told(
    original: str,
    opened: str,
    prefixes: frozenset[str],
    sentiment: float,
    mood: Callable[[str], float],
    intent: str | None,
) -> ToldProblem | None:
    """``complaint_told.told_problem``, else a complaint a concept frame finds in the opening of the message;
    ``intent``: the bot's intent for it ("order_tracking": it asks after an order)."""
    told = told_problem(original, opened, prefixes, sentiment, mood)
    if told is not None or sentiment >= _CHEERFUL or "?" in original:
        return told
    body = opened[:OPENING_CHARS]
    if ASKING.search(body) or COMMAND.match(body):
        return None
    reading = _READER.reading(body, prefixes)
    order_question = intent == "order_tracking" or _AFTER_AN_ORDER.search(body) is not None
    hit = _READER.find(body, "complaint", reading)
    if hit is not None and not (order_question and hit.frame in _NEEDS_MORE):
        problem = f"{hit.text} ({hit.frame})"
    elif not order_question and len(failures := _failures(reading.found)) >= 2:
        problem = f"{' … '.join(failures)} (two failures)"
    else:
        return None
    if reading.found("own_doing"):
        return None
    handle = HANDLE.search(original)
    return ToldProblem(problem, handle.group(0) if handle is not None else "us")


def _failures(found: Callable[[str], list[tuple[int, str]]]) -> list[str]:
    """The failures told, one of each family: "wrong shade … does not work", "went off … two hours late"."""
    if found("denied"):
        return []
    told: list[str] = []
    for family in FAILURE_FAMILIES:
        for _, words in found(family):
            if not any(words in other or other in words for other in told):
                told.append(words)
                break
    return told
