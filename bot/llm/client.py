"""A bounded, retrying, self-protecting wrapper around an OpenAI-compatible Chat Completions API.

Each call is cut at ``call_timeout`` (or what is left of the turn's deadline); 429, 5xx, timeouts and
connection errors are retried with exponential backoff and jitter (honouring ``Retry-After``) while the
deadline allows; repeated failures switch the model off for a cool-down (see ``Breaker``). Every call's
tokens are logged and added up.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import openai
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, stop_any

from .budget import Breaker, Clock, Deadline
from .errors import LLMError, LLMUnavailable, MalformedResponse
from .retry import OutOfTime, RetryPlan, retryable

logger = logging.getLogger(__name__)

MIN_ATTEMPT_SECONDS = 0.5  # an attempt with less time than this left is not worth starting


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # the JSON text exactly as the model wrote it; may be malformed


@dataclass(frozen=True)
class Completion:
    content: str | None
    tool_calls: tuple[ToolCall, ...] = ()
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str | None = None

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class Usage:
    """Running totals since the client was built (for logs and benchmarks)."""

    calls: int = 0
    failed_attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    by_label: dict[str, int] = field(default_factory=dict)  # tokens per conversation

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class ChatClient:
    def __init__(
        self,
        api: openai.AsyncOpenAI,
        model: str,
        *,
        call_timeout: float = 6.0,
        max_attempts: int = 4,
        breaker: Breaker | None = None,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        temperature: float | None = 0.2,
    ) -> None:
        self.api = api
        self.model = model
        self.call_timeout = call_timeout
        self.max_attempts = max(1, max_attempts)
        self.breaker = breaker or Breaker(clock=clock)
        self.clock = clock
        self.usage = Usage()
        self._sleep = sleep
        self._temperature = temperature
        self._max_tokens_name = "max_tokens"  # newer OpenAI models want max_completion_tokens: learnt on a 400

    @classmethod
    def connect(
        cls,
        *,
        api_key: str | None,
        base_url: str | None,
        model: str,
        call_timeout: float,
        breaker: Breaker,
    ) -> ChatClient:
        # Local servers (Ollama, vLLM, llama.cpp) take any key; the SDK insists on one.
        api = openai.AsyncOpenAI(
            api_key=api_key or "unused", base_url=base_url, max_retries=0, timeout=call_timeout + 1
        )
        return cls(api, model, call_timeout=call_timeout, breaker=breaker)

    @classmethod
    def for_settings(cls, settings: Any) -> ChatClient:
        """The client a deployment's ``Settings`` describe (OPENAI_API_KEY, OPENAI_BASE_URL, TANDEM_LLM_*)."""
        return cls.connect(
            api_key=settings.openai_api_key,
            base_url=settings.openai_base_url,
            model=settings.llm_model,
            call_timeout=settings.llm_call_timeout,
            breaker=Breaker(cooldown=settings.llm_cooldown),
        )

    @property
    def available(self) -> bool:
        return self.breaker.allow()

    def deadline(self, seconds: float) -> Deadline:
        return Deadline(seconds, self.clock)

    async def aclose(self) -> None:
        await self.api.close()

    async def complete(
        self,
        messages: Sequence[dict[str, Any]],
        *,
        deadline: Deadline,
        tools: Sequence[dict[str, Any]] | None = None,
        max_tokens: int = 400,
        label: str = "",
    ) -> Completion:
        """One chat completion, retried within ``deadline``; raises LLMError when there is none."""
        plan = RetryPlan(deadline, MIN_ATTEMPT_SECONDS)
        retrying = AsyncRetrying(
            stop=stop_any(stop_after_attempt(self.max_attempts), OutOfTime(plan)),
            wait=plan.delay,
            retry=retry_if_exception(retryable),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._attempt(messages, tools, max_tokens, deadline, label)
        except LLMError:
            raise
        except Exception as exc:  # every failure of the model ends here: the rules take over
            raise LLMError(f"model call failed: {_describe(exc)}") from exc
        raise LLMError("model call gave up")  # pragma: no cover - tenacity either returns or raises

    async def _attempt(
        self,
        messages: Sequence[dict[str, Any]],
        tools: Sequence[dict[str, Any]] | None,
        max_tokens: int,
        deadline: Deadline,
        label: str,
    ) -> Completion:
        if not self.breaker.allow():
            raise LLMUnavailable("the model is switched off for a cool-down")
        left = deadline.remaining()
        if left < MIN_ATTEMPT_SECONDS:
            raise LLMUnavailable("the turn's time for the model is up")
        timeout = min(self.call_timeout, left)
        started = self.clock()
        try:
            try:
                async with asyncio.timeout(timeout):
                    response = await self._create(messages, tools, max_tokens, timeout)
            except (ValueError, openai.APIResponseValidationError) as exc:  # a 200 whose body is not JSON
                raise MalformedResponse(f"unreadable response: {type(exc).__name__}") from exc
            completion = _completion(response)
        except Exception as exc:
            self.usage.failed_attempts += 1
            self.breaker.failure()
            logger.warning(
                "model call %s failed after %.2f s: %s", label or "-", self.clock() - started, _describe(exc)
            )
            raise
        self.breaker.success()
        self._record(completion, label, self.clock() - started)
        return completion

    async def _create(self, messages, tools, max_tokens: int, timeout: float):
        for _ in range(3):  # at most two parameter adaptations, then the server's verdict stands
            params: dict[str, Any] = {
                "model": self.model,
                "messages": list(messages),
                self._max_tokens_name: max_tokens,
            }
            if tools:
                params["tools"] = list(tools)
            if self._temperature is not None:
                params["temperature"] = self._temperature
            try:
                return await self.api.chat.completions.create(**params, timeout=timeout + 1)
            except openai.BadRequestError as exc:
                if not self._adapt(str(exc)):
                    raise
        raise MalformedResponse("the server rejected every parameter variant")

    def _adapt(self, problem: str) -> bool:
        """Learn from a 400 that names a parameter this model does not take; True when worth retrying."""
        lowered = problem.lower()
        if "max_completion_tokens" in lowered and self._max_tokens_name == "max_tokens":
            self._max_tokens_name = "max_completion_tokens"
            return True
        if "temperature" in lowered and self._temperature is not None:
            self._temperature = None
            return True
        return False

    def _record(self, completion: Completion, label: str, seconds: float) -> None:
        usage = self.usage
        usage.calls += 1
        usage.prompt_tokens += completion.prompt_tokens
        usage.completion_tokens += completion.completion_tokens
        if label:
            usage.by_label[label] = usage.by_label.get(label, 0) + completion.tokens
        logger.info(
            "model call %s: %d prompt + %d completion = %d tokens in %.2f s%s",
            label or "-",
            completion.prompt_tokens,
            completion.completion_tokens,
            completion.tokens,
            seconds,
            f" (tool calls: {', '.join(c.name for c in completion.tool_calls)})" if completion.tool_calls else "",
        )


def _completion(response: Any) -> Completion:
    choices = getattr(response, "choices", None)
    if not choices:
        raise MalformedResponse("the response has no choices")
    message = getattr(choices[0], "message", None)
    if message is None:
        raise MalformedResponse("the response's first choice has no message")
    calls: list[ToolCall] = []
    for call in getattr(message, "tool_calls", None) or ():
        function = getattr(call, "function", None)
        if function is None or not getattr(function, "name", None):
            raise MalformedResponse("a tool call without a function name")
        calls.append(
            ToolCall(id=str(call.id or f"call_{len(calls)}"), name=function.name, arguments=function.arguments or "")
        )
    usage = getattr(response, "usage", None)
    return Completion(
        content=message.content,
        tool_calls=tuple(calls),
        prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
        completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
        finish_reason=getattr(choices[0], "finish_reason", None),
    )


_HINTS = {
    401: " (check OPENAI_API_KEY)",
    403: " (check OPENAI_API_KEY and the model's access)",
    404: " (check TANDEM_LLM_MODEL and OPENAI_BASE_URL, which usually ends in /v1)",
}


def _describe(exc: BaseException) -> str:
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}" + _HINTS.get(exc.status_code, "")
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError, openai.APITimeoutError)):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "could not connect"
    return f"{type(exc).__name__}: {exc}"
