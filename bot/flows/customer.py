"""A customer's message, in each state of the lifecycle."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime

from ..facts import FactKind
from ..language import ENGLISH
from ..models import CustomerMessage, Handoff, Priority, Role, Route, State, TriageResult
from ..ports import AssistantRequest, OrderSourceError
from ..runtime.turn import TurnBuilder
from ..text import clean_message, normalise_for_matching
from .feedback import take_comment, take_rating
from .handoff import begin_handoff, close_handoff, guidance_for, restate_card
from .languages import answer_in_their_language, their_first_words
from .order_questions import BARE_NUMBER, about_own_orders, names_own_order, only_names_a_number, say_order_answer
from .toolkit import Handled, Toolkit

logger = logging.getLogger(__name__)

HISTORY_TURNS = 6
_RATING = re.compile(r"^\s*(?:([1-5])(?:\s*(?:/\s*5|stars?|out of 5))?|(⭐{1,5}|★{1,5}))\s*[.!]*\s*$", re.I)
# after a help answer: go on with the same article
_FOLLOW_UP = re.compile(
    r"^\s*(?:how|how so|how do i do that|how does that work|how does it work|and then|then what|what do you mean|"
    r"what does that mean|tell me more|more|more info(?:rmation)?|go on|details|explain|such as|like "
    r"what)\s*[?.!]*\s*$",
    re.I,
)
# a question the bot has no answer to is not a message it failed to follow: say which
_QUESTION = re.compile(
    r"\?\s*$|^\s*(?:what|when|where|who|why|how|which|can|could|do|does|did|is|are|will|would|should)\b", re.I
)
# a rating with a word or two around it: "terrible, 1", "I'd say 4/5", "5, thanks!"
_RATING_AS_STARS = re.compile(r"(?<![\d.,/])([1-5])\s*(?:/\s*5|stars?|out of 5)", re.I)
_RATING_IN_WORDS = re.compile(r"(?<![\d.,/])([1-5])(?:\s*(?:/\s*5|stars?|out of 5))?(?![\d.,/]*\d)", re.I)


async def on_customer_message(turn: TurnBuilder, msg: CustomerMessage, kit: Toolkit) -> None:
    cleaned = clean_message(msg.text)
    conv = turn.conversation
    if conv.customer != msg.customer:
        turn.update(customer=msg.customer)  # a changed display name or email, from the platform
    if not cleaned.text:
        turn.record(Role.CUSTOMER, "")
        if conv.state is State.BOT:
            turn.say("reply", kit.say(kit.wording.empty_message))
        return
    redacted = kit.redact(cleaned.text)
    turn.record(Role.CUSTOMER, redacted)  # kept redacted: no card number sits in the database
    turn.fact(FactKind.MESSAGE, label=conv.state.value)
    if cleaned.truncated_chars:
        turn.say("notice", kit.say(kit.wording.message_truncated, kept=len(cleaned.text)))
    if conv.state is State.BOT:
        await _with_bot(turn, cleaned.analysed, kit)
    else:
        await _with_people(turn, redacted, cleaned.analysed, kit)


async def _with_bot(turn: TurnBuilder, text: str, kit: Toolkit) -> None:
    conv = turn.conversation
    expecting_number = conv.awaiting_order_number
    if expecting_number:
        turn.update(awaiting_order_number=False)
    topic = conv.last_topic
    if topic:
        turn.update(last_topic="")
        if kit.knowledge is not None and _FOLLOW_UP.match(text):  # "how?" after a help answer: go on from it
            more = kit.knowledge.more(topic)
            if more is not None:
                turn.say("reply", more.text)
                turn.update(last_topic=more.topic, failed_turns=0)
                return
    if conv.awaiting_csat:
        turn.update(awaiting_csat=False)
        rating = _rating(text)
        if rating is not None and take_rating(turn, rating, kit):
            return
    if conv.awaiting_csat_comment:
        take_comment(turn, text, kit)
        if not _asks_for_more(text, kit):
            turn.say("csat_sorry", kit.say(kit.wording.csat_sorry))
            return  # a comment (unhappy, as expected): passed on; a question or a call for a person goes on below
    triage = _classify(turn, text, kit)
    if triage.route is Route.HUMAN and triage.reason:
        await begin_handoff(turn, triage, kit)
        return
    if triage.language != ENGLISH:
        await answer_in_their_language(turn, text, triage, kit, _ask_assistant)
        return
    answer = await _answer(turn, text, triage, kit, expecting_number)
    if answer is not None:
        turn.update(failed_turns=0)
        return
    failed = turn.conversation.failed_turns + 1
    if failed >= 2:
        turn.fact(FactKind.UNANSWERED, text=kit.redact(text)[:300])
        turn.update(failed_turns=0)
        signals = triage.signals + ("the bot did not understand twice",)
        frustrated = TriageResult(
            route=Route.HUMAN, reason="frustration", priority=Priority.HIGH, sentiment=triage.sentiment, signals=signals
        )
        await begin_handoff(turn, frustrated, kit, first_words=kit.say(kit.wording.not_understood_handoff))
        return
    turn.update(failed_turns=failed)
    turn.say("reply", kit.say(kit.wording.not_answered if _QUESTION.search(text) else kit.wording.not_understood))
    turn.fact(FactKind.UNANSWERED, text=kit.redact(text)[:300])


def _asks_for_more(text: str, kit: Toolkit) -> bool:
    """After a low rating: is this more than a comment? A question, a person asked for, a sensitive topic
    (the frustration or complaint the comment is bound to carry does not count)."""
    if _QUESTION.search(text):
        return True
    reason = kit.triage.classify(text).reason or ""
    return reason == "human_request" or reason.startswith("sensitive:")


def _classify(turn: TurnBuilder, text: str, kit: Toolkit) -> TriageResult:
    conv = turn.conversation
    history = kit.history(
        previous_texts=conv.recent_questions, sentiments=conv.sentiments, failed_turns=conv.failed_turns
    )
    triage = kit.triage.classify(text, history)
    turn.update(
        sentiments=(conv.sentiments + (round(triage.sentiment, 3),))[-HISTORY_TURNS:],
        recent_questions=(conv.recent_questions + (kit.redact(text)[:500],))[-HISTORY_TURNS:],
    )
    return triage


async def _answer(
    turn: TurnBuilder, text: str, triage: TriageResult, kit: Toolkit, expecting_number: bool = False
) -> Handled | None:
    """Reply from the skills (or the model); None when nothing understood the message."""
    conv = turn.conversation
    email = conv.customer.email
    order_answer = None
    try:
        number = BARE_NUMBER.search(text)
        just_a_number = expecting_number and number is not None and only_names_a_number(text)  # "and 1009?", "5555"
        if about_own_orders(text, triage) or just_a_number:
            ids = triage.order_ids or (tuple(BARE_NUMBER.findall(text)) if just_a_number else ())
            order_answer = await kit.orders.answer(email, text, ids)
            if not kit.assistant or names_own_order(order_answer, text):  # the rules are sure: no model call
                say_order_answer(turn, order_answer, text, kit)
                return Handled.ANSWERED
        elif number and triage.intent is None and only_names_a_number(text):  # "what about 1001?"
            named = await kit.orders.answer(email, text, ())
            if names_own_order(named, text):
                say_order_answer(turn, named, text, kit)
                return Handled.ANSWERED
        if kit.smalltalk is not None:
            small = kit.smalltalk.answer(text, conv.customer.name)  # "hi, are you a bot?" is more than a greeting
            if small is None and triage.intent in ("greeting", "thanks", "goodbye"):
                small = kit.smalltalk.reply(triage.intent, conv.customer.name)
            if small is not None:
                turn.say("reply", small.text)
                return Handled.ANSWERED
        if kit.assistant is not None:
            answered = await _ask_assistant(turn, text, triage, kit)
            if answered is not None:
                return answered
        if order_answer is not None:  # the model could not do better than the order skill
            say_order_answer(turn, order_answer, text, kit)
            return Handled.ANSWERED
        if kit.knowledge is not None:
            hit = kit.knowledge.answer(text)
            if hit is not None:
                turn.say("reply", hit.text)
                turn.update(last_topic=hit.topic)
                return Handled.ANSWERED
    except OrderSourceError as exc:
        logger.error("conversation %s: order lookup failed: %s", conv.id, exc)
        turn.say("reply", kit.say(kit.wording.internal_error))
        return Handled.FAILED
    return None


async def _ask_assistant(turn: TurnBuilder, text: str, triage: TriageResult, kit: Toolkit) -> Handled | None:
    """The model's answer or handoff, on top of the rules (which already decided against a handoff)."""
    assert kit.assistant is not None
    conv = turn.conversation
    reply = await kit.assistant.answer(
        AssistantRequest(
            conversation_id=conv.id,
            customer_name=conv.customer.name,
            text=text,
            transcript=tuple(turn.previous + turn.transcript),
            orders=tuple(await kit.customer_orders(conv.customer.email)),
            triage=triage,
            search=_search(kit),
            customer_email=conv.customer.email,
        )
    )
    if reply is None:
        return None
    turn.update(llm_tokens=turn.conversation.llm_tokens + reply.tokens)
    turn.llm_calls += reply.calls
    logger.info(
        "conversation %s: model used %d call(s), %d tokens this turn, %d in the conversation",
        conv.id, reply.calls, reply.tokens, turn.conversation.llm_tokens,
    )
    if reply.handoff_reason:
        reason = reply.handoff_reason
        wanted = replace(
            triage,
            route=Route.HUMAN,
            reason=reason,
            priority=_priority_for(kit, reason),
            signals=triage.signals + ("the assistant asked for a person",),
        )
        await begin_handoff(turn, wanted, kit, summary=reply.summary)
        return Handled.HANDED_OFF
    if reply.text:
        turn.say("reply", reply.text, private=reply.private)
        return Handled.ANSWERED
    return None


def _priority_for(kit: Toolkit, reason: str) -> Priority:
    """The priority the admin's triage configuration gives this reason (the model's handoffs too)."""
    category = kit.triage.config.category(reason)
    if category is not None:
        return category.priority
    return Priority.URGENT if reason == "sensitive:self_harm" else Priority.NORMAL


def _search(kit: Toolkit):
    knowledge = kit.knowledge
    if knowledge is None:
        return None

    def search(query: str) -> str | None:
        hit = knowledge.answer(query)
        return hit.text if hit is not None else None

    return search


async def _with_people(turn: TurnBuilder, redacted: str, analysed: str, kit: Toolkit) -> None:
    conv = turn.conversation
    handoff = conv.handoff
    assert handoff is not None, "a conversation with people always has a handoff"
    if _agent_gone_quiet(turn, kit):
        await _back_to_the_bot(turn, analysed, kit)
        return
    if conv.state is State.WAITING and normalise_for_matching(analysed) in kit.wording.cancel_phrases:
        close_handoff(turn, kit, actor="customer", action="cancel", status=kit.say(kit.wording.status_cancelled))
        turn.tell_agents("cancelled", kit.say(kit.wording.customer_cancelled_note))
        turn.say("cancelled", kit.say(kit.wording.cancelled))
        return
    turn.tell_agents("relay", redacted, author=conv.customer.name or "Customer")
    triage = _classify(turn, analysed, kit)
    if triage.route is Route.HUMAN and triage.priority.rank > handoff.priority.rank:
        _escalate(turn, triage, kit)
    elif conv.state is State.WAITING and not handoff.relay_acknowledged:
        turn.say("relay_ack", kit.say(kit.wording.relay_ack))
        turn.update(handoff=_replace_handoff(turn, relay_acknowledged=True))


def _agent_gone_quiet(turn: TurnBuilder, kit: Toolkit) -> bool:
    conv = turn.conversation
    handoff = conv.handoff
    if conv.state is not State.WITH_AGENT or handoff is None or kit.agent_idle is None:
        return False
    return turn.now - _agent_last_seen(handoff) >= kit.agent_idle


def _agent_last_seen(handoff: Handoff) -> datetime:
    return handoff.agent_seen_at or handoff.claimed_at or handoff.requested_at


async def _back_to_the_bot(turn: TurnBuilder, analysed: str, kit: Toolkit) -> None:
    """The agent who claimed the conversation has not written for a long time (a shift ended, a resolve was
    forgotten): rather than relay the customer into a thread nobody reads, the bot takes it back, says so,
    and answers, or hands off afresh."""
    handoff = turn.conversation.handoff
    assert handoff is not None
    agent = handoff.agent.name if handoff.agent and handoff.agent.name else "The person helping you"
    hours = max(1, round((turn.now - _agent_last_seen(handoff)).total_seconds() / 3600))
    status = kit.say(kit.wording.status_agent_quiet, waited=f"{hours} hour{'s' if hours != 1 else ''}")
    close_handoff(turn, kit, actor="system", action="agent_quiet", status=status)
    turn.tell_agents("notice", status + ".")
    turn.say("returned_to_bot", kit.say(kit.wording.agent_gone_quiet, agent=agent))
    await _with_bot(turn, analysed, kit)


def _escalate(turn: TurnBuilder, triage: TriageResult, kit: Toolkit) -> None:
    handoff = turn.conversation.handoff
    assert handoff is not None
    signals = ", ".join(triage.signals) or triage.reason or "new signals"
    turn.update(handoff=_replace_handoff(turn, priority=triage.priority))
    turn.transition("bot", "escalate", None, detail=f"{handoff.priority.value} → {triage.priority.value}: {signals}")
    if triage.reason == "sensitive:self_harm":
        turn.say("handoff", their_first_words(kit, triage.language, triage.reason) or kit.handoff_reply(triage.reason))
    turn.tell_agents("priority", kit.say(kit.wording.priority_raised, priority=triage.priority.value, signals=signals))
    guidance = guidance_for(triage.reason, kit)
    restate_card(turn, priority=triage.priority, **({"guidance": guidance} if guidance else {}))


def _replace_handoff(turn: TurnBuilder, **changes):
    assert turn.conversation.handoff is not None
    return replace(turn.conversation.handoff, **changes)


def _rating(text: str) -> int | None:
    match = _RATING.match(text)
    if match:
        return int(match.group(1)) if match.group(1) else len(match.group(2))
    if len(text.split()) > 6:
        return None
    found = _RATING_IN_WORDS.findall(text)
    if len(found) != 1:  # "it took 3 days, 2 stars": the one said as a rating, if one is
        found = _RATING_AS_STARS.findall(text)
    return int(found[0]) if len(found) == 1 else None
