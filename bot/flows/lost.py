"""Telling people that words were lost: an inbox item failed every time it was tried and was set aside."""

from __future__ import annotations

from ..models import MessageLost
from ..runtime.turn import TurnBuilder
from .toolkit import Toolkit


def on_message_lost(turn: TurnBuilder, notice: MessageLost, kit: Toolkit) -> None:
    """The customer hears their last message was not read (when it was theirs) and is asked to send it
    again; the agents hear it too, in the card's thread while a handoff is open, else in their channel.
    Nobody is shown the lost words: nobody could read them."""
    conv = turn.conversation
    turn.transition("system", "message_lost", None, detail=f"{notice.kind} item {notice.lost_event} set aside")
    handoff = conv.handoff
    in_card = handoff is not None and handoff.open
    names = {"customer": conv.customer.label, "conversation": conv.id}
    if notice.kind == "customer":
        turn.say("message_lost", kit.say(kit.wording.message_lost))
        text = kit.say(kit.wording.message_lost_agents, **names)
    elif notice.kind == "agent":
        text = kit.say(kit.wording.agent_message_lost, **names)
    elif notice.kind == "action":
        text = kit.say(kit.wording.agent_action_lost, **names)
    else:
        text = kit.say(kit.wording.item_lost_agents, **names)
    turn.tell_agents("message_lost", text, thread=None if in_card else kit.agent_channel)
