"""Redaction where a message enters the runtime: before its inbox item is written, for customers and agents,
and TANDEM_REDACT_CONTACTS for emails and phone numbers (off by default; never the team's own words)."""

from __future__ import annotations

import logging

import pytest

from bot.models import AgentMessage, CustomerMessage
from bot.settings import ConfigError, Settings
from bot.store import MemoryStore
from tandem.logs import CHATTY_LIBRARIES, configure_logging
from tandem.testing.playground import playground, texts

PHONE, EMAIL = "+44 20 7946 0958", "ada.lovelace@example.org"


class RecordingStore(MemoryStore):
    """Remembers every inbox item exactly as it was handed over to be written."""

    def __init__(self) -> None:
        super().__init__()
        self.written: list = []

    async def accept(self, item) -> bool:
        self.written.append(item.payload)
        return await super().accept(item)


async def test_the_inbox_is_handed_redacted_text_for_customers_and_agents():
    store = RecordingStore()
    play = await playground(store=store)
    try:
        await play.say("I want a person, my card is 4111.1111.1111.1111 and pw: hunter2!")
        await play.say("/claim")
        await play.say("/agent !note she sent 4111 1111 1111 1111, password: hunter2!")
        written = [p.text for p in store.written if isinstance(p, (CustomerMessage, AgentMessage))]
        assert len(written) == 2
        assert all("4111" not in text and "hunter2" not in text for text in written), written
        assert "[card number removed]" in written[0] and "[password removed]" in written[1]
    finally:
        await play.close()


async def test_a_card_number_in_an_agents_reply_never_reaches_the_customer():
    play = await playground()
    try:
        await play.say("I want to talk to a person")
        await play.say("/claim")
        said = await play.say("/agent I see card 4111 1111 1111 1111 on file; call us on +44 20 7946 0000")
        to_customer = texts(said, "customer")
        assert "4111" not in to_customer and "[card number removed]" in to_customer
        assert "+44 20 7946 0000" in to_customer  # the team's own contact details stay
    finally:
        await play.close()


async def test_emails_and_phone_numbers_stay_by_default():
    play = await playground()
    try:
        await play.say(f"I want a person, call me on {PHONE} or mail {EMAIL}")
        agents = texts(play.records, "agents")
        assert PHONE in agents and EMAIL in agents
    finally:
        await play.close()


async def test_redact_contacts_removes_the_customers_but_not_the_agents():
    play = await playground(TANDEM_REDACT_CONTACTS="1")
    try:
        await play.say(f"I want a person, call me on {PHONE} or mail {EMAIL}")
        agents = texts(play.records, "agents")
        assert PHONE not in agents and EMAIL not in agents
        assert "[phone number removed]" in agents and "[email removed]" in agents
        await play.say("/claim")
        said = await play.say("/agent Write to returns@example.com or call +44 20 7946 0000.")
        assert "returns@example.com" in texts(said, "customer") and "+44 20 7946 0000" in texts(said, "customer")
    finally:
        await play.close()


def test_redact_contacts_is_a_flag():
    assert Settings.from_env({}).redact_contacts is False
    assert Settings.from_env({"TANDEM_REDACT_CONTACTS": "yes"}).redact_contacts is True
    with pytest.raises(ConfigError, match="TANDEM_REDACT_CONTACTS='sometimes'"):
        Settings.from_env({"TANDEM_REDACT_CONTACTS": "sometimes"})


def test_platform_libraries_never_log_bodies_even_at_debug():
    before = {name: logging.getLogger(name).level for name in ("", *CHATTY_LIBRARIES)}
    handlers = logging.getLogger().handlers[:]
    try:
        configure_logging("DEBUG")
        assert logging.getLogger("bot.runtime.worker").isEnabledFor(logging.DEBUG)
        for name in CHATTY_LIBRARIES:
            assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
    finally:
        root = logging.getLogger()
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        for handler in handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        for name, level in before.items():
            logging.getLogger(name).setLevel(level)
