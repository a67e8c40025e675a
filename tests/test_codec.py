"""The codec the stores and the outbox rely on: every model survives a round trip through JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from bot import codec
from bot.models import (
    ActionKind,
    AgentAction,
    AgentMessage,
    AuditEntry,
    Conversation,
    Person,
    Priority,
    Role,
    State,
    TranscriptEntry,
)
from bot.platform import Outgoing
from bot.runtime.turn import Effect, Op
from tests.factories import NOW, address, card_address, customer_message, handoff_for, person


def a_conversation() -> Conversation:
    conv = Conversation.new(customer_message("help", where=address().with_meta(user="U1", channel_type="im")))
    handoff = replace(handoff_for(conv.id), card_address=card_address(), agent=person("U9", name="Sam"), claimed_at=NOW)
    return replace(
        conv,
        state=State.WITH_AGENT,
        handoff=handoff,
        failed_turns=1,
        sentiments=(-0.5, 0.25, 1),
        recent_questions=("where is my order?", "hello"),
        version=3,
    )


@pytest.mark.parametrize(
    "value",
    [
        a_conversation(),
        Conversation.new(customer_message("hi", customer=Person("U2"))),
        TranscriptEntry(NOW, Role.AGENT, "Hi Ada", author="Sam"),
        AuditEntry("c1", NOW, "bot", "handoff", State.BOT, State.WAITING, "human_request"),
        AuditEntry("c1", NOW, "system", "forget"),
        Effect(Op.SEND, message=Outgoing("reply", "hello", private=True, author="Sam")),
        Effect(Op.POST_CARD, card=handoff_for("c1").card),
        Effect(Op.MARK, message_ref="1700.1", relayed=False, thread=card_address()),
    ],
)
def test_models_round_trip(value):
    text = codec.dumps(value)
    assert codec.loads(type(value), text) == value
    assert json.loads(text) == codec.to_data(value)


def test_plain_data_is_what_json_can_hold():
    data = codec.to_data(a_conversation())
    assert data["state"] == "with_agent" and data["created_at"] == NOW.isoformat()
    assert data["address"]["meta"] == [["channel_type", "im"], ["user", "U1"]]
    assert data["handoff"]["card"]["actions"] == ["claim", "resolve", "return"]
    assert data["sentiments"] == [-0.5, 0.25, 1]


def test_loading_fills_defaults_and_converts_numbers():
    data = codec.to_data(Conversation.new(customer_message("hi")))
    for optional in ("handoff", "failed_turns", "sentiments", "version"):
        del data[optional]
    data["updated_at"] = (NOW + timedelta(seconds=1)).isoformat()
    loaded = codec.from_data(Conversation, {**data, "llm_tokens": 7})
    assert loaded.handoff is None and loaded.sentiments == () and loaded.llm_tokens == 7
    assert codec.from_data(Conversation, {**data, "sentiments": [1, 0.5]}).sentiments == (1.0, 0.5)


def test_tagged_inbound_items_come_back_as_their_own_kind():
    kinds = (type(customer_message("x")), AgentMessage, AgentAction)
    items = [
        customer_message("where is my order?"),
        AgentMessage("E2", card_address(), person("U9", name="Sam"), "Hi", NOW, message_ref="1700.2"),
        AgentAction("E3", ActionKind.CLAIM, person("U9", name="Sam"), "c1", "h1", address("CAGENTS"), NOW),
    ]
    for item in items:
        assert codec.load_tagged(codec.dump_tagged(item), *kinds) == item
    with pytest.raises(ValueError, match="unknown stored type"):
        codec.load_tagged('{"__type__": "Nope"}', *kinds)


def test_wrong_shapes_are_refused():
    with pytest.raises(TypeError):
        codec.from_data(Person, {"platform_id": 5})
    with pytest.raises(TypeError):
        codec.from_data(Person, ["U1"])
    with pytest.raises(ValueError):
        codec.from_data(TranscriptEntry, {"at": NOW.isoformat(), "role": "nobody", "text": "x"})
    assert codec.from_data(Priority, "high") is Priority.HIGH


def test_half_an_emoji_is_written_as_a_replacement_character_so_any_database_can_store_it():
    message = customer_message("where is my order? \ud83d and \U0001F600")
    text = codec.dump_tagged(message)
    text.encode("utf-8")  # no lone surrogate left
    back = codec.load_tagged(text, type(message))
    assert back.text == "where is my order? \ufffd and \U0001F600"
    assert codec.dumps(back) == codec.dumps(message)
