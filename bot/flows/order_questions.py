"""Which customer messages are about their own orders, and saying the order skill's answer."""

from __future__ import annotations

import re

from ..models import TriageResult
from ..runtime.turn import TurnBuilder
from ..skills.orders import BARE_NUMBER
from .toolkit import Answer, Toolkit

_ORDER_WORDS = re.compile(r"\b(order|package|parcel|delivery|shipment|tracking|purchase)\b", re.I)
# "when will my parcel arrive": triage calls it a delivery-time question, but this customer's own
# orders (with their ETAs) answer it better than a general article on delivery times
_MY_DELIVERY = re.compile(
    r"\b(my|our)\s+(\w+\s+)?(order|package|parcel|delivery|shipment|purchase|item|items|stuff|things?|product)s?\b"
    r".*\b(arriv\w*|deliver\w*|ship\w*|come|coming|get here|status|track\w*|where)\b"
    r"|\b(where|when)\b.*\b(my|our)\s+(\w+\s+)?(order|package|parcel|delivery|shipment|purchase)s?\b",
    re.I,
)
# late: the customer's own orders, with their dates, are the answer ("my order is late", "it was supposed to come
# yesterday")
_LATE = re.compile(
    r"\b(?:(?:is|are|was|it's|running|seems?)\s+(?:\w+\s+)?(?:late|delayed|overdue|held up|stuck)"
    r"|(?:supposed|meant|due|expected) to (?:come|arrive|be (?:here|delivered)|get here)"
    r"|should (?:have|'ve) (?:come|arrived|been (?:here|delivered)))\b",
    re.I,
)
_AFTER_DELIVERY = re.compile(
    r"\b(broken|damaged|wrong|faulty|defective|return\w*|refund\w*|exchang\w*|missing parts?)\b", re.I
)
_WORD = re.compile(r"[a-z']+")
_AROUND_A_NUMBER = frozenset(
    "what about and how so also or the one it it's its is was this that i i'm think meant mean sorry oh ok okay "
    "please my our order number no nr actually then too instead".split()
)
# the parcel should be there and isn't: its status is not the whole answer
_DELIVERY_PROBLEM = re.compile(
    r"\b(?:never (?:arrived|came|got here|turned up|showed up)|not (?:arrived|here|received|turned up)|(?:did not|"
    r"didn'?t|have not|haven'?t|has not|hasn'?t) (?:get|got|receive|received|arrive|arrived|come|turn(?:ed)? up)|lost|"
    r"stolen|missing|(?:is|was)(?: not|n'?t) (?:here|there)|no sign of)\b",
    re.I,
)
_CLAUSES = re.compile(r"[?.!;]+|\b(?:and|also|plus)\b", re.I)
# wanting to change an order is not asking where it is: the knowledge base (or a person) helps with that
_CHANGE_ORDER = re.compile(r"\b(cancel\w*|chang\w*|modify\w*|edit\w*|updat\w*|amend\w*|swap\w*|add|remove)\b", re.I)


def say_order_answer(turn: TurnBuilder, answer: Answer, text: str, kit: Toolkit) -> None:
    """The customer's orders; for a parcel that never came or says delivered but isn't there, also what
    to do about it (the knowledge base's article), so the status alone doesn't read as the last word."""
    turn.say("reply", answer.text, private=answer.private)
    turn.update(awaiting_order_number=True)  # "and 1009?" comes next, as often as not
    if kit.knowledge is None:
        return
    hit = kit.knowledge.answer(text) if _DELIVERY_PROBLEM.search(text) else _second_question(text, kit)
    if hit is not None:
        turn.say("reply", hit.text)


def _second_question(text: str, kit: Toolkit) -> Answer | None:
    """'where is my order and how do I return the lamp?': the part that is not about the order's
    whereabouts, answered from the help articles when they have an answer."""
    assert kit.knowledge is not None
    for clause in _CLAUSES.split(text):
        if len(clause.split()) >= 3 and not (
            _ORDER_WORDS.search(clause) or _MY_DELIVERY.search(clause) or _LATE.search(clause)
            or kit.triage.classify(clause).intent == "order_tracking"  # "has 1001 shipped": the same question
        ):
            hit = kit.knowledge.answer(clause)
            if hit is not None:
                return hit
    return None


def only_names_a_number(text: str) -> bool:
    """A message that names a number and asks nothing else of it ("what about 1001?", "and 1009", "oh sorry,
    it's 1004 I think"): about one of the customer's orders if it is one."""
    words = _WORD.findall(BARE_NUMBER.sub(" ", text.lower().replace("\u2019", "'")))
    return len(words) <= 6 and all(w in _AROUND_A_NUMBER for w in words)


def about_own_orders(text: str, triage: TriageResult) -> bool:
    if triage.intent == "order_tracking":
        return True
    if triage.intent is not None:
        return False
    if _AFTER_DELIVERY.search(text) or _CHANGE_ORDER.search(text):
        return False
    if triage.order_ids and _ORDER_WORDS.search(text):
        return True
    return bool(_MY_DELIVERY.search(text) or _LATE.search(text))


def names_own_order(answer, text: str) -> bool:
    """The message names an order the customer owns, and the order skill answered about it."""
    orders = getattr(answer, "orders", ()) or ()
    words = {w.lstrip("#").upper() for w in re.findall(r"#?[A-Za-z0-9][A-Za-z0-9_-]*", text)}
    return answer.understood and any(o.id.upper() in words for o in orders)
