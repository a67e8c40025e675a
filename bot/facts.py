"""What happened, for the support lead: small records a turn commits with its state, read by the report,
the digest, the dashboard and the feedback export.

Facts never name the customer. The only text they hold is already redacted: the message that triggered a
handoff, a question the bot could not answer, a low rating's comment. They are deleted with their
conversation (retention, ``tandem forget``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class FactKind(str, enum.Enum):
    MESSAGE = "message"  # a customer wrote (any state): conversations and deflection are counted from these
    UNANSWERED = "unanswered"  # text: the question the bot had no answer to
    HANDOFF = "handoff"  # reason; text: the message that triggered it
    CLAIM = "claim"  # value: seconds from the handoff to the claim
    CLOSE = "close"  # label: resolve, return, cancel or agent_quiet; value: seconds from the handoff
    CSAT = "csat"  # value: the rating, 1 to 5
    CSAT_COMMENT = "csat_comment"  # text: what a customer who rated us low said went wrong
    VERDICT = "verdict"  # label: needed, bot or late; reason and text: the handoff's


class Verdict(str, enum.Enum):
    """The agents' word on a handoff."""

    NEEDED = "needed"  # a person was needed
    BOT = "bot"  # the bot could have answered
    LATE = "late"  # it should have come to us sooner


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    at: datetime
    conversation_id: str
    platform: str
    handoff_id: str = ""
    reason: str = ""  # the handoff's reason, as triage names it
    label: str = ""
    value: float | None = None
    text: str = ""  # redacted
