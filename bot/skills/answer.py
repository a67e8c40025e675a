"""What a skill hands back to the engine."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Order


@dataclass(frozen=True)
class SkillAnswer:
    text: str
    understood: bool  # False: the skill could not make sense of the question
    orders: tuple[Order, ...] = ()  # the orders the answer talks about (for the handoff card)
    private: bool = False  # holds the customer's personal data: show it to nobody else
    topic: str = ""  # a help article's "file#section", so a follow-up ("how?") can go on from it
