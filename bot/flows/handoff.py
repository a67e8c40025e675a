"""Starting, restating and closing a handoff to people."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import datetime

from ..facts import FactKind
from ..handoff_card.build import new_card, relevant_orders, restated
from ..handoff_card.mood import card_mood
from ..handoff_card.summary import extractive_summary
from ..language import ENGLISH, language_name
from ..models import Handoff, Order, Priority, Role, State, TranscriptEntry, TriageResult, WaitNotice
from ..ports import OrderSourceError
from ..runtime.turn import TurnBuilder
from .languages import their_first_words, their_privacy_notice
from .toolkit import Toolkit

logger = logging.getLogger(__name__)


async def begin_handoff(
    turn: TurnBuilder,
    triage: TriageResult,
    kit: Toolkit,
    first_words: str | None = None,
    summary: str | None = None,  # already written (by the model, with its handoff): redacted here again
) -> None:
    conv = turn.conversation
    reason = triage.reason or "human_request"
    priority = triage.priority
    orders = await _orders_for_card(turn, triage, kit)
    history = [replace(e, text=kit.redact(e.text)) for e in turn.previous + turn.transcript]
    trend = _mood(history, conv.sentiments, triage)
    if not (summary and summary.strip()):
        summary = await _summary(turn, _this_episode(history, conv.handoff), triage, orders, kit)
    summary = kit.redact(summary.strip())
    handoff_id = uuid.uuid4().hex
    card = new_card(
        turn.conversation,
        handoff_id,
        reason,
        priority,
        summary,
        trend,
        history,
        orders,
        status=kit.say(kit.wording.status_waiting),
        redact=kit.redact,
    )
    local = their_first_words(kit, triage.language, reason)  # None: English
    guidance = guidance_for(reason, kit)
    if local is not None and reason == "sensitive:self_harm":  # the helplines they were given are not the English ones
        guidance = kit.say(kit.wording.guidance_self_harm_in_their_language, language=language_name(triage.language))
    card = replace(card, guidance=guidance)
    if turn.conversation.llm_tokens:
        card = replace(card, footer=f"{card.footer} · model tokens so far: {turn.conversation.llm_tokens}")
    if triage.language != ENGLISH:
        card = replace(card, footer=f"{card.footer} · writes in {language_name(triage.language)}")
    away = kit.hours is not None and not kit.hours.is_open(turn.now)
    if away:
        card = replace(card, footer=f"{card.footer} · arrived outside opening hours")
    signals = "; ".join(triage.signals)
    trigger = next((e.text for e in reversed(turn.transcript) if e.role is Role.CUSTOMER), "")  # already redacted
    turn.transition(
        "bot",
        "handoff",
        State.WAITING,
        detail=f"{reason}, {priority.value} priority" + (f": {signals}" if signals else ""),
    )
    turn.update(
        handoff=Handoff(
            id=handoff_id,
            reason=reason,
            priority=priority,
            requested_at=turn.now,
            card=card,
            notify_at=_notify_at(turn.now, kit),
            trigger=trigger,
        ),
        failed_turns=0,
    )
    turn.fact(FactKind.HANDOFF, handoff_id=handoff_id, reason=reason, label=priority.value, text=trigger)
    if first_words is None and local is None and reason == "human_request" and priority.rank >= Priority.HIGH.rank:
        first_words = kit.handoff_reply("frustration")  # they asked, upset: acknowledge the feeling first
    words = first_words or local or kit.handoff_reply(reason)
    if away:
        assert kit.hours is not None
        words = f"{words}\n\n{kit.say(kit.wording.after_hours, opens=kit.hours.describe_opening(turn.now))}"
    if priority is not Priority.URGENT and local is None:  # "never mind" is English
        words = f"{words}\n\n{kit.say(kit.wording.cancel_hint)}"
    turn.say("handoff", words)
    turn.say("privacy_notice", their_privacy_notice(kit, triage.language))
    turn.post_card(card)


def _this_episode(history: list[TranscriptEntry], last: Handoff | None) -> list[TranscriptEntry]:
    """What was said since people last gave the conversation back: a new handoff's summary is about the new
    need ("Wants", "Tried"), not the one they already handled (the card's recent messages still show both)."""
    if last is None or last.closed_at is None:
        return history
    return [e for e in history if e.at > last.closed_at]


def _mood(history: list[TranscriptEntry], sentiments: tuple[float, ...], triage: TriageResult) -> str:
    if triage.language == ENGLISH:
        return card_mood(_since_last_handoff(history, sentiments), triage.reason, triage.signals)
    felt = card_mood((), triage.reason, triage.signals)  # the tone of words in English only says nothing here
    return f"{felt} (writes in {language_name(triage.language)})"


def _since_last_handoff(history: list[TranscriptEntry], sentiments: tuple[float, ...]) -> list[str]:
    """The customer's messages the bot has read since people last handled the conversation (a closed handoff
    starts the mood afresh, as it does triage's)."""
    said = [e.text for e in history if e.role is Role.CUSTOMER and e.text.strip()]
    return said[-max(1, len(sentiments)):]


def on_wait_notice(turn: TurnBuilder, notice: WaitNotice, kit: Toolkit) -> None:
    """Nobody has claimed the handoff for a while: the customer hears they are still in line (once), and
    the agents get a nudge in the card's thread."""
    conv = turn.conversation
    handoff = conv.handoff
    if (
        conv.state is not State.WAITING
        or handoff is None
        or handoff.id != notice.handoff_id
        or handoff.notify_at is None
    ):
        return  # claimed, cancelled or resolved since it was queued
    minutes = max(1, round((turn.now - handoff.requested_at).total_seconds() / 60))
    turn.update(handoff=replace(handoff, notify_at=None))
    turn.transition("system", "still_waiting", None, detail=f"unclaimed for {minutes} min")
    if handoff.priority is Priority.URGENT:
        turn.say("still_waiting", kit.say(kit.wording.still_waiting_urgent))
    elif kit.hours is not None and not kit.hours.is_open(turn.now):  # the team left before anyone claimed it
        opens = kit.hours.describe_opening(turn.now)
        turn.say("still_waiting", kit.say(kit.wording.still_waiting_after_hours, opens=opens))
    else:
        turn.say("still_waiting", kit.say(kit.wording.still_waiting))
    waited = f"{minutes} minute{'s' if minutes != 1 else ''}"
    turn.tell_agents("notice", kit.say(kit.wording.still_waiting_agents, waited=waited))


def guidance_for(reason: str | None, kit: Toolkit) -> str:
    """What the agents should know before they answer, for the reasons that need it ('' otherwise)."""
    template = {
        "sensitive:self_harm": kit.wording.guidance_self_harm,
        "sensitive:medical": kit.wording.guidance_medical,
    }.get(reason or "")
    return kit.say(template) if template else ""


def _notify_at(now: datetime, kit: Toolkit) -> datetime | None:
    """When a customer still waiting hears again: the wait counts from when the team is in."""
    if not kit.wait_notice:
        return None
    start = kit.hours.next_opening(now) if kit.hours is not None else now
    return start + kit.wait_notice


def restate_card(turn: TurnBuilder, **changes) -> None:
    handoff = turn.conversation.handoff
    assert handoff is not None
    card = replace(handoff.card, **changes)
    turn.update(handoff=replace(handoff, card=card))
    turn.update_card(card, handoff.card_address)


def close_handoff(
    turn: TurnBuilder, kit: Toolkit, actor: str, action: str, status: str, agent: str | None = None
) -> None:
    handoff = turn.conversation.handoff
    assert handoff is not None and handoff.open
    card = restated(handoff.card, State.BOT, status, agent=agent, closed=True)
    turn.transition(actor, action, State.BOT, detail=status)
    waited = (turn.now - handoff.requested_at).total_seconds()
    turn.fact(FactKind.CLOSE, handoff_id=handoff.id, reason=handoff.reason, label=action, value=waited)
    # a fresh start with the bot: earlier frustration signals belonged to what the people just handled
    turn.update(
        handoff=replace(handoff, card=card, closed_at=turn.now), sentiments=(), recent_questions=(), failed_turns=0
    )
    turn.update_card(card, handoff.card_address)


async def _orders_for_card(turn: TurnBuilder, triage: TriageResult, kit: Toolkit) -> list[Order]:
    try:
        orders = await kit.customer_orders(turn.conversation.customer.email)
    except OrderSourceError as exc:
        logger.error("conversation %s: orders unavailable for the handoff card: %s", turn.conversation.id, exc)
        return []
    return list(relevant_orders(orders, triage.order_ids))


async def _summary(
    turn: TurnBuilder,
    history: list[TranscriptEntry],
    triage: TriageResult,
    orders: list[Order],
    kit: Toolkit,
) -> str:
    if kit.assistant is not None:
        conv_id = turn.conversation.id
        written = await kit.assistant.summarize(
            [e for e in history if e.role is not Role.NOTE], orders, conversation_id=conv_id
        )
        if written is not None:
            turn.update(llm_tokens=turn.conversation.llm_tokens + written.tokens)
            turn.llm_calls += written.calls
            logger.info(
                "conversation %s: handoff summary used %d model call(s), %d tokens",
                conv_id,
                written.calls,
                written.tokens,
            )
            if written.text.strip():
                return kit.redact(written.text.strip())
    return extractive_summary(history, triage, orders)
