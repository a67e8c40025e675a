"""When and how long to wait before trying the model again: 429, 5xx, time-outs and connection errors,
with exponential backoff and jitter or the server's Retry-After, never past the turn's deadline."""

from __future__ import annotations

import asyncio
import random

import openai
from tenacity import RetryCallState
from tenacity.stop import stop_base

from .budget import Deadline
from .errors import LLMUnavailable, MalformedResponse

BACKOFF_INITIAL = 0.25
BACKOFF_MAX = 2.0
RETRY_AFTER_MAX = 5.0


class RetryPlan:
    """Backoff with jitter, or the server's Retry-After, never sleeping past the turn's deadline."""

    def __init__(self, deadline: Deadline, min_attempt: float) -> None:
        self.deadline = deadline
        self.min_attempt = min_attempt
        self._planned: dict[int, float] = {}

    def delay(self, state: RetryCallState) -> float:
        return self._plan(state)

    def out_of_time(self, state: RetryCallState) -> bool:
        return self.deadline.remaining() - self._plan(state) < self.min_attempt

    def _plan(self, state: RetryCallState) -> float:
        # tenacity asks for the stop and the wait in an order that differs between versions: plan once
        if state.attempt_number not in self._planned:
            exc = state.outcome.exception() if state.outcome else None
            hinted = _retry_after(exc)
            if hinted is not None:
                delay = hinted
            else:
                ceiling = min(BACKOFF_MAX, BACKOFF_INITIAL * 2 ** (state.attempt_number - 1))
                delay = ceiling / 2 + random.uniform(0, ceiling / 2)
            self._planned[state.attempt_number] = delay
        return self._planned[state.attempt_number]


class OutOfTime(stop_base):
    """tenacity's stop condition for a plan: the next attempt could not finish before the deadline."""

    def __init__(self, plan: RetryPlan) -> None:
        self.plan = plan

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.plan.out_of_time(retry_state)


def retryable(exc: BaseException) -> bool:
    if isinstance(exc, LLMUnavailable):
        return False
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError, openai.APIConnectionError, MalformedResponse)):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    if not isinstance(exc, openai.APIStatusError):
        return None
    value = exc.response.headers.get("retry-after")
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return None if seconds is None else min(max(seconds, 0.0), RETRY_AFTER_MAX)
