"""The local playground's platform: everything the bot sends becomes a line on the terminal."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.models import Address, HandoffCard
from bot.platform import Attempt, Outgoing

from .render import card_data, render_card, render_card_update

Emit = Callable[[dict], None]


class LocalMessenger:
    """Implements bot.platform.Messenger by emitting one record per output: ``to``, ``kind``, ``text``.

    A line written to the terminal cannot half-succeed, so an ``attempt`` needs no looking up."""

    platform = "local"

    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    async def send(self, to: Address, message: Outgoing, attempt: Attempt | None = None) -> str | None:
        record: dict = {
            "to": "agents" if to.channel == "agents" else "customer",
            "kind": message.kind,
            "text": message.text,
        }
        if message.author:
            record["author"] = message.author
        if message.choices:
            record["choices"] = [c.label for c in message.choices]  # typed, here: there are no buttons
        self.emit(record)
        return None

    async def post_card(self, channel: Address, card: HandoffCard, attempt: Attempt | None = None) -> Address:
        self.emit({"to": "agents", "kind": "handoff", "text": render_card(card), "card": card_data(card)})
        return Address(platform="local", workspace="local", channel=channel.channel, thread=card.handoff_id)

    async def update_card(self, card_address: Address, card: HandoffCard) -> None:
        self.emit({"to": "agents", "kind": "card_update", "text": render_card_update(card), "state": card.state.value})

    async def post_in_thread(self, thread: Address, message: Outgoing, attempt: Attempt | None = None) -> None:
        record = {"to": "agents", "kind": message.kind, "text": message.text}
        if message.author:
            record["author"] = message.author
        self.emit(record)

    async def mark(self, thread: Address, message_ref: str, relayed: bool) -> None:
        text = "relayed to the customer" if relayed else "kept internal (not sent to the customer)"
        self.emit({"to": "agents", "kind": "relayed" if relayed else "kept_internal", "text": text})


def json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)
