"""Calling the Slack Web API with bounded retries, and telling the core what a failure means.

429 → wait ``Retry-After`` and try again; 5xx, Slack's own transient errors and network errors →
exponential backoff with jitter; anything else (``channel_not_found``, ``invalid_auth``, …) will not
get better by retrying. After the last attempt a ``DeliveryError`` goes to the runtime, whose outbox
keeps the message and retries it later (or keeps it, logged, for good).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from bot.platform import DeliveryError

logger = logging.getLogger(__name__)

# ok:false errors that a later attempt may not get
TRANSIENT_ERRORS = frozenset({"internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"})
# the customer (or the channel) cannot be reached any more
UNREACHABLE_ERRORS = frozenset(
    {
        "channel_not_found",
        "is_archived",
        "not_in_channel",
        "account_inactive",
        "user_not_found",
        "user_disabled",
        "user_not_in_channel",
        "cannot_dm_bot",
        "messages_tab_disabled",
        "team_access_not_granted",
    }
)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5  # first backoff for 5xx/network errors, doubled each time
    max_delay: float = 8.0
    max_retry_after: float = 60.0  # a longer Retry-After is left to the outbox's own schedule


# users.info in the runtime's worker: a customer's first answer waits for it, and the runtime tries again later
LOOKUP_RETRY = RetryPolicy(attempts=3, base_delay=0.25, max_delay=1.0, max_retry_after=3.0)


class WebApi:
    """Runs one Web API call with the retry policy; raises DeliveryError when it finally fails."""

    def __init__(
        self,
        policy: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.policy = policy
        self.sleep = sleep

    async def call(
        self,
        method: str,
        request: Callable[[], Awaitable[Any]],
        where: str = "",
        fine: frozenset[str] | set[str] = frozenset(),
    ) -> Any:
        """The call's response; ``fine`` lists ok:false errors that count as success (returns None)."""
        try:
            return await request()  # nearly every call: no retry machinery (it costs more than the call)
        except Exception as exc:
            if self.policy.attempts <= 1 or not self._retryable(exc):
                return self._outcome(method, where, fine, exc)
            first = exc
        delay = self._delay(first, 1)
        _log_retry(method, where, first, 1, delay)
        await self.sleep(delay)
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.policy.attempts - 1),
            wait=lambda state: self._delay(_failure(state), state.attempt_number + 1),
            retry=retry_if_exception(self._retryable),
            sleep=self.sleep,
            before_sleep=lambda state: _log_retry(
                method, where, _failure(state), state.attempt_number + 1,
                state.next_action.sleep if state.next_action else 0.0
            ),
            reraise=True,
        )

        async def attempt() -> Any:  # tenacity awaits only what it can tell is a coroutine function
            return await request()

        try:
            return await retrying(attempt)
        except Exception as exc:
            return self._outcome(method, where, fine, exc)

    def _outcome(self, method: str, where: str, fine: frozenset[str] | set[str], exc: Exception) -> None:
        """A call that failed for good: None when its error is ``fine``, else the DeliveryError it means."""
        if isinstance(exc, SlackApiError):
            if _error(exc) in fine:
                return None
            raise delivery_error(method, where, exc) from exc
        if isinstance(exc, (aiohttp.ClientError, asyncio.TimeoutError, OSError)):
            raise DeliveryError(
                f"{_label(method, where)}: network error after {self.policy.attempts} attempt(s): {network_reason(exc)}"
            ) from exc
        raise exc

    def _retryable(self, exc: BaseException) -> bool:
        if isinstance(exc, SlackApiError):
            status = _status(exc)
            if status == 429:
                return retry_after(exc) <= self.policy.max_retry_after
            return status >= 500 or _error(exc) in TRANSIENT_ERRORS
        return isinstance(exc, (aiohttp.ClientError, asyncio.TimeoutError, OSError))

    def _delay(self, exc: BaseException | None, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt``."""
        if isinstance(exc, SlackApiError) and _status(exc) == 429:
            return retry_after(exc)
        delay = min(self.policy.base_delay * 2 ** (attempt - 1), self.policy.max_delay)
        return delay * random.uniform(0.8, 1.2)


def delivery_error(method: str, where: str, exc: SlackApiError) -> DeliveryError:
    status, error = _status(exc), _error(exc)
    what = f"{_label(method, where)}: Slack answered {status} {error or ''}".rstrip()
    if status == 429 or status >= 500 or error in TRANSIENT_ERRORS:
        return DeliveryError(
            f"{what} (still failing after retries)", retry_after=retry_after(exc) if status == 429 else None
        )
    if error in UNREACHABLE_ERRORS:
        return DeliveryError(what, unreachable=True)
    return DeliveryError(what, permanent=True)


def retry_after(exc: SlackApiError) -> float:
    headers = getattr(exc.response, "headers", None) or {}
    raw = headers.get("Retry-After") or headers.get("retry-after")
    if raw is None:
        return 1.0
    try:
        return max(0.0, float(raw))
    except (TypeError, ValueError):
        return 1.0


def _status(exc: SlackApiError) -> int:
    return int(getattr(exc.response, "status_code", 0) or 0)


def _error(exc: SlackApiError) -> str | None:
    data = getattr(exc.response, "data", None)
    return data.get("error") if isinstance(data, dict) else None


def _failure(state: RetryCallState) -> BaseException | None:
    return state.outcome.exception() if state.outcome else None


def network_reason(exc: BaseException) -> str:
    """A network failure in a few words ("cannot connect to slack.com:443: Connection refused")."""
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error.strerror or type(exc.os_error).__name__
        return f"cannot connect to {exc.host}:{exc.port}: {cause}"
    if isinstance(exc, asyncio.TimeoutError):
        return "no answer in time"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _log_retry(method: str, where: str, exc: BaseException | None, attempt: int, wait: float) -> None:
    if isinstance(exc, SlackApiError):
        reason = f"{_status(exc)} {_error(exc) or ''}".strip()
    else:
        reason = network_reason(exc) if exc is not None else "unknown"
    logger.warning("%s failed (%s); attempt %d, retrying in %.1f s", _label(method, where), reason, attempt, wait)


def _label(method: str, where: str) -> str:
    return f"{method} {where}".strip()
