"""The optional language model: an upgrade over the rules, never a dependency.

    from bot.llm import build_assistant
    assistant = build_assistant(settings, redact)   # implements bot.ports.Assistant
"""

from .assistant import AssistantLimits, LLMAssistant, build_assistant
from .budget import Breaker, Deadline
from .client import ChatClient
from .errors import LLMError

__all__ = ["AssistantLimits", "Breaker", "ChatClient", "Deadline", "LLMAssistant", "LLMError", "build_assistant"]
