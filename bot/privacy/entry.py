"""Redaction at the door: a message's text is cleaned and redacted before the inbox item that carries
it is written anywhere, so no card number or password ever reaches the disk (not even for the moment
its turn is waiting, nor in PostgreSQL's dead tuples and WAL, nor in a dead letter).

Nothing downstream needs the raw text: triage, the skills and the model read the redacted message
(placeholders keep the words around a secret), order numbers are never redacted, and agents only ever
saw redacted text. The team's own words to a customer lose secrets too, but keep emails and phone
numbers whatever ``TANDEM_REDACT_CONTACTS`` says: agents write them on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.models import AgentMessage, CustomerMessage, Inbound
from bot.text import MAX_ENTERING_CHARS, normalise_message

Redact = Callable[[str], str]


def redacted_at_entry(inbound: Inbound, customer: Redact, team: Redact) -> Inbound:
    """``inbound`` with its text normalised (as ``bot.text.clean_message`` does) and redacted."""
    if isinstance(inbound, CustomerMessage):
        return replace(inbound, text=customer(normalise_message((inbound.text or "")[:MAX_ENTERING_CHARS])))
    if isinstance(inbound, AgentMessage):
        return replace(inbound, text=team(normalise_message((inbound.text or "")[:MAX_ENTERING_CHARS])))
    return inbound
