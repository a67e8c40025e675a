"""Agents: messages in a handoff card's thread and the card's buttons."""

from __future__ import annotations

import logging
from dataclasses import replace

from ..facts import FactKind
from ..handoff_card.build import restated
from ..models import ActionKind, AgentAction, AgentMessage, Conversation, Person, Role, State
from ..runtime.turn import TurnBuilder
from ..store.records import card_key
from ..text import clean_message
from .feedback import ask_for_rating, on_verdict, verdict_problem
from .handoff import close_handoff
from .toolkit import Toolkit

logger = logging.getLogger(__name__)


def agent_name(agent: Person) -> str:
    return agent.name or "A member of our team"


def action_problem(conv: Conversation | None, action: AgentAction, kit: Toolkit) -> str | None:
    """Why this button press must change nothing, in words for the agent; None when it may proceed."""
    home = kit.agent_channel
    if (action.source.platform, action.source.channel) != (home.platform, home.channel):
        return kit.say(kit.wording.reject_not_agent_channel)
    if action.action.verdict:
        return verdict_problem(conv, action, kit)  # after claiming or resolving: closed handoffs too
    if conv is None:
        return kit.say(kit.wording.reject_unknown)
    handoff = conv.handoff
    if handoff is None or handoff.id != action.handoff_id or not handoff.open:
        return kit.say(kit.wording.reject_closed)
    if (
        action.action is ActionKind.CLAIM
        and conv.state is State.WITH_AGENT
        and handoff.agent is not None
        and handoff.agent.platform_id != action.agent.platform_id
    ):
        return kit.say(kit.wording.reject_claimed, agent=agent_name(handoff.agent))
    return None


async def on_agent_action(turn: TurnBuilder, action: AgentAction, kit: Toolkit) -> None:
    problem = action_problem(turn.conversation, action, kit)
    handoff = turn.conversation.handoff
    if problem is not None:
        # it was valid when accepted; something changed since (another agent was faster)
        logger.info(
            "conversation %s: %s by %s refused: %s",
            turn.conversation.id,
            action.action.value,
            action.agent.label,
            problem,
        )
        if handoff is not None and handoff.card_address is not None and handoff.id == action.handoff_id:
            turn.tell_agents("notice", f"{agent_name(action.agent)}: {problem}", thread=handoff.card_address)
        return
    assert handoff is not None
    name = agent_name(action.agent)
    if action.action.verdict:
        on_verdict(turn, action, kit, name)
    elif action.action is ActionKind.CLAIM:
        if turn.conversation.state is State.WAITING:
            claim(turn, action.agent, kit)
    elif action.action is ActionKind.RESOLVE:
        status = kit.say(kit.wording.status_resolved, agent=name)
        close_handoff(turn, kit, f"agent:{name}", "resolve", status, agent=name)
        turn.say("resolved", kit.say(kit.wording.resolved, agent=name))
        ask_for_rating(turn, kit)
    elif action.action is ActionKind.RETURN:
        status = kit.say(kit.wording.status_returned, agent=name)
        close_handoff(turn, kit, f"agent:{name}", "return", status, agent=name)
        turn.say("returned_to_bot", kit.say(kit.wording.returned_to_bot, agent=name))


def claim(turn: TurnBuilder, agent: Person, kit: Toolkit) -> None:
    handoff = turn.conversation.handoff
    assert handoff is not None
    name = agent_name(agent)
    card = restated(handoff.card, State.WITH_AGENT, kit.say(kit.wording.status_with_agent, agent=name), agent=name)
    turn.transition(f"agent:{name}", "claim", State.WITH_AGENT)
    turn.fact(
        FactKind.CLAIM,
        handoff_id=handoff.id,
        reason=handoff.reason,
        value=(turn.now - handoff.requested_at).total_seconds(),
    )
    turn.update(handoff=replace(handoff, agent=agent, claimed_at=turn.now, card=card))
    turn.update_card(card, handoff.card_address)
    turn.say("agent_joined", kit.say(kit.wording.agent_joined, agent=name))


async def on_agent_message(turn: TurnBuilder, msg: AgentMessage, kit: Toolkit) -> None:
    text = clean_message(msg.text).text
    if not text:
        return
    name = agent_name(msg.agent)
    handoff = turn.conversation.handoff
    current = (
        handoff is not None
        and handoff.open
        and (handoff.card_address is None or card_key(handoff.card_address) == card_key(msg.thread))
    )
    if not current:
        turn.record(Role.NOTE, kit.redact(text), author=name)
        turn.tell_agents("notice", kit.say(kit.wording.closed_thread), thread=msg.thread)
        turn.mark(msg.thread, msg.message_ref, relayed=False)
        return
    assert handoff is not None
    if text.lower().startswith(kit.note_prefix.lower()):
        turn.record(Role.NOTE, kit.redact(text), author=name)
        turn.mark(msg.thread, msg.message_ref, relayed=False)
        return
    if handoff.customer_unreachable:
        turn.record(Role.NOTE, kit.redact(text), author=name)
        turn.tell_agents("notice", kit.say(kit.wording.customer_unreachable), thread=msg.thread)
        turn.mark(msg.thread, msg.message_ref, relayed=False)
        return
    if turn.conversation.state is State.WAITING:
        claim(turn, msg.agent, kit)  # replying is claiming
    turn.record(Role.AGENT, kit.redact(text), author=name)
    handoff = turn.conversation.handoff  # claimed just now, perhaps
    assert handoff is not None
    turn.update(handoff=replace(handoff, agent_seen_at=turn.now))
    turn.relay_to_customer(text, author=name)
    turn.mark(msg.thread, msg.message_ref, relayed=True)
