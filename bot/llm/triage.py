"""LLM-assisted triage for measurement (``tandem eval --llm``): rules first; the model may only add a handoff.

In the live bot the model's handoff decision rides on the answer call (its ``handoff_to_human`` tool),
so no separate triage call is made; this classifier measures the same judgement on labelled data.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from typing import Any

from ..models import Priority, Route, TriageResult
from . import prompts
from .client import ChatClient
from .errors import LLMError
from .tools import TRIAGE_TOOLS, CustomerTools

logger = logging.getLogger(__name__)

TRIAGE_MAX_TOKENS = 80


class LLMTriage:
    def __init__(
        self,
        rules: Any,  # bot.triage.Triage: ``classify(text)`` and its ``config`` (priorities per reason)
        client: ChatClient,
        *,
        budget: float = 10.0,
        redact: Callable[[str], str] = lambda text: text,
    ) -> None:
        self.rules = rules
        self.client = client
        self.budget = budget
        self.redact = redact
        self.model_calls = 0
        self.model_handoffs = 0
        self.fallbacks = 0  # messages the rules decided alone because the model failed
        self._cache: dict[str, TriageResult] = {}

    async def classify(self, text: str) -> TriageResult:
        if text in self._cache:
            return self._cache[text]
        ruled = self.rules.classify(text)
        if ruled.route is Route.HUMAN:
            return ruled  # a rule's handoff stands: the model is not asked
        try:
            completion = await self.client.complete(
                prompts.triage_messages(text, self.redact),
                deadline=self.client.deadline(self.budget),
                tools=TRIAGE_TOOLS,
                max_tokens=TRIAGE_MAX_TOKENS,
                label="triage",
            )
        except LLMError:
            self.fallbacks += 1
            return ruled
        self.model_calls += 1
        tools = CustomerTools(())
        for call in completion.tool_calls:
            handoff = tools.run(call).handoff
            if handoff is not None:
                self.model_handoffs += 1
                return TriageResult(
                    Route.HUMAN,
                    handoff.reason,
                    self._priority(handoff.reason),
                    ruled.intent,
                    ruled.sentiment,
                    ruled.signals + ("the model asked for a person",),
                    ruled.order_ids,
                )
        return ruled

    def _priority(self, reason: str) -> Priority:
        category = self.rules.config.category(reason) if hasattr(self.rules, "config") else None
        if category is not None:
            return category.priority
        return Priority.URGENT if reason == "sensitive:self_harm" else Priority.NORMAL

    async def prefetch(self, texts: Iterable[str], concurrency: int = 8) -> None:
        """Classify many messages concurrently (results are kept for ``classify``): evaluations are slow one by one."""
        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(text: str) -> None:
            async with gate:
                self._cache[text] = await self.classify(text)

        await asyncio.gather(*(one(t) for t in dict.fromkeys(texts)))

    def usage(self) -> dict[str, int]:
        usage = self.client.usage
        return {
            "model_calls": usage.calls,
            "failed_attempts": usage.failed_attempts,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "model_handoffs": self.model_handoffs,
            "rule_fallbacks": self.fallbacks,
        }


def build_llm_triage(settings: Any, rules: Any, redact: Callable[[str], str] = lambda t: t) -> LLMTriage:
    """The measuring classifier for a deployment's ``Settings`` (requires ``settings.llm_configured``)."""
    client = ChatClient.for_settings(settings)
    return LLMTriage(rules, client, budget=settings.llm_turn_budget, redact=redact)
