"""What can go wrong with the model, as the rest of the LLM package sees it."""

from __future__ import annotations

from ..errors import TandemError


class LLMError(TandemError):
    """The model gave no usable answer: it failed, timed out, or is switched off."""


class LLMUnavailable(LLMError):
    """The model is switched off (cool-down) or the turn's time is up; nothing was sent."""


class MalformedResponse(LLMError):
    """The server answered 200 with something that is not a chat completion."""
