"""Calls to the Bot Connector REST API through botbuilder, each retried by us with backoff and jitter.

Sends and updates go through the SDK's ``continue_conversation`` (a proactive turn on a stored
conversation reference); a new channel post is ``create_conversation`` on a connector client. The SDK's
own retry layer (urllib3 under msrest) is switched off so that tenacity alone decides: 429, 412, 500,
502, 503, 504 and connection failures are retried, honouring Retry-After, a bounded number of times.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import (
    Activity,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
    ConversationReference,
)
from botbuilder.schema.teams import TeamsChannelAccount
from msrest.exceptions import ClientRequestError, HttpOperationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, stop_after_delay
from urllib3.util.retry import Retry

from bot.platform import TandemError

from .auth import CachingCredentialFactory

logger = logging.getLogger(__name__)

T = TypeVar("T")

CHANNEL_ID = "msteams"
RETRY_STATUSES = frozenset({412, 429, 500, 502, 503, 504})
# 403 codes meaning the bot can no longer write to this conversation (blocked, removed, uninstalled)
BLOCKED_CODES = (
    "MessageWritesBlocked",
    "ConversationBlockedByUser",
    "BotNotInConversationRoster",
    "BotDisabledByAdmin",
)
REQUEST_TIMEOUT = 10  # seconds for one HTTP exchange with the Bot Connector
PRIMING_URL = "https://smba.trafficmanager.net/teams/"  # only used to build (not call) a connector


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    initial: float = 0.5  # seconds before the first retry, doubling, with jitter
    maximum: float = 8.0  # longest wait between two attempts without Retry-After
    max_retry_after: float = 10.0  # a longer Retry-After ends the retries: the outbox tries again later
    deadline: float = 20.0  # one call, all attempts included, never takes longer (the runtime's lease is 30 s)


# a member look-up in the runtime's worker: a customer's first answer waits for it, and the runtime tries again later
LOOKUP_RETRY = RetryPolicy(attempts=3, initial=0.25, maximum=1.0, max_retry_after=3.0, deadline=4.5)


@dataclass(frozen=True)
class ConversationRef:
    """Enough to write into a Teams conversation again, from any instance, after a restart."""

    service_url: str
    conversation_id: str
    tenant: str | None = None
    bot: str | None = None
    user: str | None = None
    kind: str | None = None


class ConnectorError(TandemError):
    def __init__(
        self, operation: str, conversation: str, status: int | None, detail: str, retry_after: float | None = None
    ):
        super().__init__(f"{operation} in {conversation}: " + (f"HTTP {status} {detail}" if status else detail))
        self.operation = operation
        self.conversation = conversation
        self.status = status
        self.detail = detail
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        return self.status is None or self.status in RETRY_STATUSES

    @property
    def blocked(self) -> bool:
        return self.status == 403 and any(code in self.detail for code in BLOCKED_CODES)


class BotConnector:
    def __init__(
        self,
        adapter: CloudAdapter,
        factory: CachingCredentialFactory,
        app_id: str | None,
        retry: RetryPolicy = RetryPolicy(),
        lookup_retry: RetryPolicy = LOOKUP_RETRY,
    ) -> None:
        self.adapter = adapter
        self.factory = factory
        self.app_id = app_id or None
        self.retry = retry
        self.lookup_retry = lookup_retry
        self._primed = False

    async def ready(self) -> None:
        """Make sure a valid token is at hand, fetched in a thread: the SDK would fetch it synchronously,
        blocking the server, the first time a call needs one and whenever it expires."""
        await self._prime()
        await self.factory.warm()

    async def check_token(self) -> None:
        """Get a token now (in a thread); raises when none can be had (for /readyz)."""
        await self._prime()
        await self.factory.token()

    async def _prime(self) -> None:
        if not self._primed:
            # credentials come from the factory the first time a connector is made; make one to create them
            await self._connector_factory().create(PRIMING_URL, None)
            self._primed = True

    def _connector_factory(self):
        return self.adapter.bot_framework_authentication.create_connector_factory(
            self.adapter.create_claims_identity(self.app_id or "")
        )

    async def send(self, ref: ConversationRef, activity: Activity) -> str | None:
        """Post an activity into the conversation (a channel reply chain too); returns its id."""

        async def logic(context: TurnContext) -> str | None:
            context.on_send_activities(_not_a_reply)
            response = await context.send_activity(activity)
            return response.id if response else None

        return await self._turn("send", ref, logic)

    async def update(self, ref: ConversationRef, activity_id: str, activity: Activity) -> None:
        activity.id = activity_id

        async def logic(context: TurnContext) -> None:
            context.on_update_activity(_not_a_reply)
            await context.update_activity(activity)

        await self._turn("update", ref, logic)

    async def create_conversation(self, service_url: str, parameters: ConversationParameters) -> tuple[str, str | None]:
        """A new conversation: a new post in a channel (with ``channel_data``) or a 1:1 chat (with ``members``).
        Returns (conversation id, id of the first activity)."""
        where = (parameters.channel_data or {}).get("channel", {}).get("id") or "a new chat"

        async def call() -> tuple[str, str | None]:
            client = await self._connector_factory().create(service_url, None)
            result = await client.conversations.create_conversation(parameters)
            return result.id, result.activity_id

        return await self._retrying("create_conversation", where, call)

    async def member(self, service_url: str, conversation_id: str, user_id: str) -> TeamsChannelAccount:
        """A member of a conversation, email included (``GET /v3/conversations/{id}/members/{id}``, what
        ``TeamsInfo.get_member`` calls), from any instance at any time: no inbound turn needed. Retried
        briefly: a customer's answer waits for it."""

        async def call() -> TeamsChannelAccount:
            client = await self._connector_factory().create(service_url, None)
            member = await client.conversations.get_conversation_member(conversation_id, user_id)
            return TeamsChannelAccount().deserialize(dict(member.serialize(), **(member.additional_properties or {})))

        return await self._retrying("get_member", conversation_id, call, self.lookup_retry)

    async def _turn(self, operation: str, ref: ConversationRef, logic: Callable[[TurnContext], Awaitable[T]]) -> T:
        reference = ConversationReference(
            channel_id=CHANNEL_ID,
            service_url=ref.service_url,
            conversation=ConversationAccount(
                id=ref.conversation_id,
                tenant_id=ref.tenant,
                conversation_type=ref.kind,
                is_group=ref.kind not in (None, "personal"),
            ),
            bot=ChannelAccount(id=ref.bot) if ref.bot else None,
            user=ChannelAccount(id=ref.user) if ref.user else None,
        )

        async def call() -> T:
            results: list[T] = []

            async def run(context: TurnContext) -> None:
                results.append(await logic(context))

            await self.adapter.continue_conversation(reference, run, self.app_id)
            return results[0]

        return await self._retrying(operation, ref.conversation_id, call)

    async def _retrying(
        self, operation: str, conversation: str, call: Callable[[], Awaitable[T]], policy: RetryPolicy | None = None
    ) -> T:
        policy = policy or self.retry
        started = time.monotonic()
        attempt = 0

        def retryable(exc: BaseException) -> bool:
            if not isinstance(exc, ConnectorError) or not exc.transient:
                return False
            return exc.retry_after is None or exc.retry_after <= policy.max_retry_after

        async def attempt_once() -> T:
            nonlocal attempt
            attempt += 1
            try:
                await self.ready()
                return await call()
            except ConnectorError:
                raise
            except Exception as exc:
                error = as_connector_error(operation, conversation, exc)
                if error.transient:
                    logger.warning("Teams %s (attempt %d): %s", operation, attempt, error)
                raise error from exc

        try:
            async with asyncio.timeout(policy.deadline):
                async for state in AsyncRetrying(
                    stop=stop_after_attempt(policy.attempts) | stop_after_delay(policy.deadline),
                    wait=_wait(policy),
                    retry=retry_if_exception(retryable),
                    reraise=True,
                ):
                    with state:
                        return await attempt_once()
        except TimeoutError:
            error = ConnectorError(operation, conversation, None, f"no answer within {policy.deadline:g} s")
            logger.error(
                "Teams %s in conversation %s failed after %d attempt(s): %s",
                operation,
                conversation,
                attempt,
                error.detail,
            )
            raise error from None
        except ConnectorError as error:
            logger.error(
                "Teams %s in conversation %s failed after %d attempt(s) in %.1f s: %s",
                operation, conversation, attempt, time.monotonic() - started,
                error.detail if error.status is None else f"HTTP {error.status} {error.detail}",
            )
            raise
        raise AssertionError("unreachable")  # pragma: no cover


async def _not_a_reply(
    context: TurnContext, sent: list[Activity] | Activity, next_step: Callable[[], Awaitable[None]]
) -> None:
    """A proactive message is a new post in its conversation (POST …/activities), not a reply to the
    made-up id of the SDK's continuation activity."""
    for activity in sent if isinstance(sent, list) else [sent]:
        activity.reply_to_id = None
    await next_step()


def _wait(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    """Retry-After when Teams gives one; else exponential backoff with full jitter on top, capped."""

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            return retry_after
        backoff = policy.initial * 2 ** (state.attempt_number - 1)
        return min(policy.maximum, backoff + random.uniform(0, policy.initial))

    return wait


def as_connector_error(operation: str, conversation: str, exc: Exception) -> ConnectorError:
    if isinstance(exc, HttpOperationError) and exc.response is not None:
        response = exc.response
        status = getattr(response, "status_code", None)
        headers = getattr(response, "headers", {}) or {}
        try:
            body = response.text if isinstance(response.text, str) else response.text()
        except Exception:
            body = ""
        return ConnectorError(operation, conversation, status, _short(body), _retry_after(headers.get("Retry-After")))
    if isinstance(exc, (ClientRequestError, ConnectionError, TimeoutError, OSError)):
        return ConnectorError(operation, conversation, None, f"could not reach the Bot Connector: {exc}")
    return ConnectorError(operation, conversation, None, f"{type(exc).__name__}: {exc}")


def quiet(client):
    """No hidden retries below ours, and a bounded wait for an answer (applied to every connector client)."""
    if client is not None:
        none = Retry(total=0, connect=0, read=0, redirect=0, status=0, raise_on_status=False)
        client.config.retry_policy.policy = none
        client.config.connection.timeout = REQUEST_TIMEOUT
        # msrest gave the session it made while building the client its default retries (3, with 0.8 s
        # backoff on 5xx) before this could change the policy: that session is the one requests go through
        driver = getattr(getattr(getattr(client.config, "pipeline", None), "_sender", None), "driver", None)
        session = getattr(getattr(driver, "_session_mapping", None), "session", None)
        for adapter in getattr(session, "adapters", {}).values():
            adapter.max_retries = none
    return client


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _short(body: str, limit: int = 300) -> str:
    body = " ".join(body.split())
    return body if len(body) <= limit else body[:limit] + "…"
