"""What people tell us about a handoff: the customer's rating once it is resolved (buttons or typed; a low
one asks what went wrong and alerts the team), and the agents' verdict on whether it should have come to
them at all."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..facts import FactKind
from ..models import VERDICT_ACTIONS, AgentAction, Conversation, Rating, Role
from ..platform import Choice
from ..runtime.turn import TurnBuilder
from .toolkit import Toolkit

logger = logging.getLogger(__name__)

LOW_SCORE = 2  # this or lower asks for a comment and alerts the team
_NO_COMMENT = re.compile(r"^\s*(?:no|nope|nah|no thanks?|no thank you|nothing|n/?a|skip|pass|-)\s*[.!]*\s*$", re.I)


# ---- the customer's rating ----


def ask_for_rating(turn: TurnBuilder, kit: Toolkit) -> None:
    """After a resolve: the question, with a button per score; a typed number counts as well."""
    handoff = turn.conversation.handoff
    assert handoff is not None
    choices = tuple(Choice(str(n), Rating.choice(turn.conversation.id, handoff.id, n)) for n in range(1, 6))
    turn.say("csat", kit.say(kit.wording.csat_ask), choices=choices)
    turn.update(awaiting_csat=True)


def rating_problem(conv: Conversation | None, rating: Rating) -> str | None:
    """Why a click must be ignored (for the log: the clicker is not shown it)."""
    if conv is None:
        return "no such conversation"
    if conv.customer.platform_id != rating.customer.platform_id:
        return "clicked by someone other than the conversation's customer"
    return None


def on_rating(turn: TurnBuilder, rating: Rating, kit: Toolkit) -> None:
    handoff = turn.conversation.handoff
    if handoff is None or handoff.id != rating.handoff_id or handoff.open:
        logger.info("conversation %s: a rating for an earlier handoff, ignored", turn.conversation.id)
        return
    if handoff.csat is not None:
        turn.say("csat_thanks", kit.say(kit.wording.csat_already))
        return
    turn.record(Role.CUSTOMER, f"(rated {rating.score} out of 5)")
    turn.update(awaiting_csat=False)
    take_rating(turn, rating.score, kit)


def take_rating(turn: TurnBuilder, score: int, kit: Toolkit) -> bool:
    """Record the rating of the last resolved handoff; False when it already has one."""
    handoff = turn.conversation.handoff
    if handoff is None or handoff.open or handoff.csat is not None:
        return False
    turn.update(handoff=replace(handoff, csat=score))
    turn.transition("customer", "csat", None, detail=f"rating {score}/5")
    turn.fact(FactKind.CSAT, handoff_id=handoff.id, reason=handoff.reason, value=float(score))
    if score <= LOW_SCORE:
        turn.say("csat_comment_ask", kit.say(kit.wording.csat_comment_ask))
        turn.update(awaiting_csat_comment=True)
    else:
        turn.say("csat_thanks", kit.say(kit.wording.csat_thanks))
    return True


def take_comment(turn: TurnBuilder, text: str, kit: Toolkit) -> None:
    """The message after a low rating: what went wrong, passed to the team in the card's thread."""
    turn.update(awaiting_csat_comment=False)
    handoff = turn.conversation.handoff
    if handoff is None or handoff.csat is None:
        return
    customer = turn.conversation.customer.name or "The customer"
    if _NO_COMMENT.match(text):
        alert = kit.say(kit.wording.csat_alert_no_comment, customer=customer, score=handoff.csat)
    else:
        comment = kit.redact(text)[:1000]
        turn.fact(
            FactKind.CSAT_COMMENT, handoff_id=handoff.id, reason=handoff.reason, value=float(handoff.csat), text=comment
        )
        alert = kit.say(kit.wording.csat_alert, customer=customer, score=handoff.csat, comment=comment)
    turn.tell_agents("csat_alert", alert, thread=handoff.card_address)


# ---- the agents' verdict ----


def verdict_problem(conv: Conversation | None, action: AgentAction, kit: Toolkit) -> str | None:
    """Why a verdict button must change nothing, in words for the agent; None when it may be recorded."""
    if conv is None:
        return kit.say(kit.wording.reject_unknown)
    handoff = conv.handoff
    if handoff is None or handoff.id != action.handoff_id:
        return kit.say(kit.wording.reject_verdict_stale)
    if handoff.agent is None:
        return kit.say(kit.wording.reject_verdict_unclaimed)
    if handoff.verdict:
        return kit.say(kit.wording.reject_verdict_given, verdict=kit.say(kit.wording.verdict_label(handoff.verdict)))
    return None


def on_verdict(turn: TurnBuilder, action: AgentAction, kit: Toolkit, agent: str) -> None:
    handoff = turn.conversation.handoff
    verdict = action.action.verdict
    assert handoff is not None and verdict is not None
    label = kit.say(kit.wording.verdict_label(verdict))
    card = replace(
        handoff.card,
        verdict=kit.say(kit.wording.verdict_given, verdict=label, agent=agent),
        actions=tuple(a for a in handoff.card.actions if a not in VERDICT_ACTIONS),
    )
    turn.update(handoff=replace(handoff, verdict=verdict, card=card))
    turn.transition(f"agent:{agent}", "verdict", None, detail=label)
    turn.fact(FactKind.VERDICT, handoff_id=handoff.id, reason=handoff.reason, label=verdict, text=handoff.trigger)
    turn.update_card(card, handoff.card_address)
