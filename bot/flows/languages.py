"""A customer writing in another language: told plainly, in it where the bot has the words, what the bot can
do and how to reach a person; answered in it by the model when one is configured. Never counted as a
message the bot failed to follow: it cannot read the language, the customer did nothing wrong."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from ..language import ENGLISH
from ..models import TriageResult
from ..runtime.turn import TurnBuilder
from .toolkit import Handled, Toolkit

Ask = Callable[[TurnBuilder, str, TriageResult, Toolkit], Awaitable[Handled | None]]


async def answer_in_their_language(turn: TurnBuilder, text: str, triage: TriageResult, kit: Toolkit, ask: Ask) -> None:
    if kit.assistant is not None:  # the model reads the language, and is told to answer in it
        answered = await ask(turn, text, triage, kit)
        if answered is not None:
            turn.update(failed_turns=0)
            return
    turn.say("reply", _say(kit, triage.language, "capabilities") or kit.say(kit.wording.other_language))


def their_first_words(kit: Toolkit, language: str, reason: str) -> str | None:
    """A handoff's first words in the customer's language, or None (then the English ones)."""
    if language == ENGLISH or kit.languages is None:
        return None
    return kit.languages.first_words(language, reason)


def their_privacy_notice(kit: Toolkit, language: str) -> str:
    return _say(kit, language, "privacy_notice") or kit.say(kit.wording.privacy_notice)


def _say(kit: Toolkit, language: str, key: str) -> str | None:
    if language == ENGLISH or kit.languages is None:
        return None
    return kit.languages.say(language, key)
