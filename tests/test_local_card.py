"""The playground's handoff record: the card as text for the terminal, and every field of it as plain data."""

from __future__ import annotations

import json
from dataclasses import replace

from adapters.local.messenger import LocalMessenger
from bot.codec import to_data
from bot.models import ActionKind, Address, CardLine, Order, Priority, Role
from tests.factories import handoff_for


async def test_the_handoff_record_carries_the_whole_card_as_the_store_writes_it():
    card = replace(
        handoff_for("c_7", "h7").card,
        priority=Priority.URGENT,
        recent=(CardLine(Role.CUSTOMER, "Ada", "where is my scarf?"), CardLine(Role.BOT, "Bot", "Let me look.")),
        orders=(Order("1001", "ada@example.com", "in_transit", carrier="UPS", items=("blue scarf",)),),
        actions=(ActionKind.CLAIM, ActionKind.RESOLVE),
    )
    records: list[dict] = []
    await LocalMessenger(records.append).post_card(Address("local", "local", "agents"), card)

    [record] = records
    assert record["card"] == to_data(card)
    assert record["card"]["priority"] == "urgent" and record["card"]["actions"] == ["claim", "resolve"]
    assert record["card"]["orders"][0]["items"] == ["blue scarf"]
    assert json.loads(json.dumps(record)) == record
