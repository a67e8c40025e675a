"""Skills: what the bot can answer by itself (orders, knowledge base, small talk)."""

from .answer import SkillAnswer

__all__ = ["SkillAnswer"]
