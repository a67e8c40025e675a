"""The Slack platform: a Bolt ``AsyncApp`` on ``/slack/events`` (and/or Socket Mode) feeding the runtime.

Bolt verifies every HTTP request's signature (bad or older than five minutes → 401, nothing runs),
answers ``url_verification`` and ``ssl_check``, and skips this bot's own events. Our listeners persist
each item through ``runtime.receive`` before Bolt answers, so the answer goes out at once and a store
failure becomes a 500 that Slack retries.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from adapters.readiness import CachedCheck, unreachable
from adapters.refusals import RefusalLog
from bot.platform import ConfigError, DeliveryError, Receiver, Unavailable, WebApp

from . import gate
from .api import LOOKUP_RETRY, RetryPolicy, WebApi
from .directory import SlackDirectory
from .inbound import ButtonPress, SlackInbound
from .messenger import SlackMessenger
from .mrkdwn import escape
from .render import ACTION_ID, CHOICE_ID
from .socket import SlackSocket

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
READY_TIMEOUT = 3.0  # seconds /readyz waits for auth.test


class _TokenIsUsed(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment by itself and, as our client is given, warns at start
    that the token "will be unused". It is used: our authorize() hands it to every request. Only that
    warning is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


logging.getLogger(f"slack_bolt.{AsyncApp.__name__}").addFilter(_TokenIsUsed())


class SlackAdapter:
    platform = "slack"

    def __init__(
        self,
        bot_token: str,
        *,
        signing_secret: str | None = None,
        app_token: str | None = None,
        api_url: str = "https://slack.com/api/",
        agent_channel: str | None = None,
        retry: RetryPolicy = RetryPolicy(),
        web_api: WebApi | None = None,
        lookup_retry: RetryPolicy = LOOKUP_RETRY,
        timeout: float = 30.0,
    ) -> None:
        if not (signing_secret or app_token):
            raise ConfigError("Slack needs SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode)")
        self.signing_secret = signing_secret
        self.app_token = app_token
        self.api_url = api_url
        self.agent_channel = agent_channel
        # retries are ours (tenacity, in WebApi), so the SDK's own retry handlers are off
        self.timeout = timeout
        self.client = AsyncWebClient(token=bot_token, base_url=api_url, retry_handlers=[])
        self.web_api = web_api or WebApi(retry)
        self.messenger = SlackMessenger(self.client, self.web_api)
        self.directory = SlackDirectory(
            lambda user: self.client.users_info(user=user), WebApi(lookup_retry, sleep=self.web_api.sleep)
        )
        self.token = bot_token
        self._bot: dict[str, Any] | None = None  # auth.test: who this bot is
        # Bolt's own client carries no token: each request gets the one our authorize() returns
        self.bolt_client = AsyncWebClient(base_url=api_url, retry_handlers=[])

        async def authorize(enterprise_id: str | None, team_id: str | None) -> AuthorizeResult:
            bot = await self.whoami()
            return AuthorizeResult(
                enterprise_id=enterprise_id,
                team_id=team_id,
                bot_token=self.token,
                bot_id=bot.get("bot_id"),
                bot_user_id=bot.get("user_id"),
            )

        self.app = AsyncApp(
            name="tandem",
            client=self.bolt_client,
            signing_secret=signing_secret or "",
            authorize=authorize,
            process_before_response=True,  # persist first, then answer: see the module's docstring
        )
        self.socket = SlackSocket(self.app, app_token, self.bolt_client) if app_token else None
        self.inbound: SlackInbound | None = None
        self._session: aiohttp.ClientSession | None = None
        self.refusals = RefusalLog(logger)
        self._readiness = CachedCheck(self._check_ready)

    # ---- PlatformAdapter ----

    async def start(self, runtime: Receiver, app: WebApp) -> None:
        # the SDK applies its own timeout only to sessions it makes itself: this one carries it
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        self.client.session = self.bolt_client.session = self._session  # one connection pool for every Web API call
        await self._check_token()
        self.inbound = SlackInbound(runtime, self.directory, self.agent_channel, self._tell_clicker)
        self.app.event("message")(self.inbound.on_message)
        self.app.event("app_mention")(self.inbound.on_mention)
        self.app.action(ACTION_ID)(self._on_button)
        self.app.action(CHOICE_ID)(self._on_choice)
        self.app.error(self._on_error)
        if self.signing_secret:
            app.router.add_post(EVENTS_PATH, self._http)
        if self.socket is not None:
            await self.socket.start()
        logger.info("Slack: %s; Web API at %s", self.mode, self.api_url)

    async def stop(self) -> None:
        if self.socket is not None:
            await self.socket.stop()
        if self.inbound is not None:
            await self.inbound.stop()
        if self._session is not None:
            await self._session.close()
            self._session = None

    def health(self) -> dict:
        status: dict[str, Any] = {"mode": self.mode}
        if self.socket is not None:
            status["socket"] = self.socket.health()
        return status

    async def ready(self) -> dict:
        return await self._readiness()

    async def _check_ready(self) -> dict:
        status: dict[str, Any] = {"mode": self.mode}
        try:
            await asyncio.wait_for(self.client.auth_test(), READY_TIMEOUT)  # no retries: an answer, now
            status["web_api"] = "ok"
        except Exception as exc:
            status["web_api"] = unreachable(exc)
        if self.socket is not None:
            status["socket"] = "connected" if self.socket.connected else "disconnected"
        status["ready"] = status["web_api"] == "ok" and (self.socket is None or self.socket.connected)
        return status

    @property
    def mode(self) -> str:
        modes = (["http"] if self.signing_secret else []) + (["socket"] if self.app_token else [])
        return "+".join(modes)

    # ---- who we are ----

    async def whoami(self) -> dict[str, Any]:
        """``auth.test``, once. Raises DeliveryError (never Bolt's SlackApiError, which Bolt would answer
        with a 200 and drop the event): Slack then gets a 500 and delivers the event again."""
        if self._bot is None:
            response = await self.web_api.call("auth.test", lambda: self.client.auth_test())
            self._bot = {k: response.get(k) for k in ("user_id", "bot_id", "team_id", "team")}
            logger.info("Slack: signed in as bot %s in workspace %s", self._bot["user_id"], self._bot["team"])
        return self._bot

    async def _check_token(self) -> None:
        """Who the bot is, before listening: a refused token stops the start with one clear line; Slack out
        of reach is said once, and the check is made again with the first event."""
        policy = self.web_api.policy
        patience = sum(min(policy.base_delay * 2**n, policy.max_delay) for n in range(policy.attempts - 1))
        logger.info(
            "Slack: checking SLACK_BOT_TOKEN with auth.test at %s (if Slack cannot be reached, %d tries over about "
            "%.0f s before listening)", self.api_url, policy.attempts, patience,
        )  # fmt: skip
        try:
            await self.whoami()
        except DeliveryError as exc:
            if exc.permanent:
                raise ConfigError(f"SLACK_BOT_TOKEN: Slack refused it {_refusal(exc)}") from None
            logger.warning(
                "Slack: could not check SLACK_BOT_TOKEN (%s); listening anyway, and checking again when the first "
                "event arrives (events are refused with 503 until then, so Slack sends them again)", exc,
            )  # fmt: skip

    # ---- inbound ----

    async def _http(self, request: web.Request) -> web.Response:
        refusal = gate.check(request.headers, await request.read(), self.signing_secret or "", time.time())
        if refusal is not None:
            self.refusals.refused(
                "Slack: refused a request from %s with %d: %s", request.remote, refusal.status, refusal.reason
            )
            return web.json_response(
                {"error": "unauthorized" if refusal.status == 401 else "bad request"}, status=refusal.status
            )
        retry = request.headers.get("X-Slack-Retry-Num")
        if retry:
            logger.info("Slack retry #%s (%s)", retry, request.headers.get("X-Slack-Retry-Reason", "no reason given"))
        response = await self.app.async_dispatch(await to_bolt_request(request))
        if response.status == 404:  # signed by Slack, but nothing here listens for it: Slack must not retry it
            logger.debug("Slack: nothing listens for this request; answered 200")
            return web.Response(status=200)
        return await to_aiohttp_response(response)

    async def _on_button(self, ack, body: dict) -> None:
        assert self.inbound is not None
        await self.inbound.on_button(body)
        await ack()

    async def _on_choice(self, ack, body: dict) -> None:
        assert self.inbound is not None
        await self.inbound.on_choice(body)
        await ack()

    async def _on_error(self, error: Exception, body: dict) -> BoltResponse | None:
        if isinstance(error, (Unavailable, DeliveryError)):
            logger.error(
                "Slack event %s not taken (%s); Slack will deliver it again",
                body.get("event_id", "(interaction)"),
                error,
            )
            return BoltResponse(status=503, body="")
        logger.error("Slack request failed", exc_info=error)
        return None

    async def _tell_clicker(self, press: ButtonPress, problem: str) -> None:
        try:
            await self.web_api.call(
                "chat.postEphemeral",
                lambda: self.client.chat_postEphemeral(channel=press.source.channel, user=press.user,
                                                       text=escape(problem)),
                press.source.channel,
            )
        except DeliveryError as exc:
            logger.warning("could not tell %s why their click changed nothing: %s", press.user, exc)


def _refusal(exc: DeliveryError) -> str:
    """What Slack said, and what to do about it."""
    said = f"({exc})"
    if "invalid_auth" in said or "not_authed" in said:
        return f"{said}: use the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page"
    if "token_revoked" in said or "account_inactive" in said:
        return f"{said}: the app was uninstalled or the token revoked; reinstall the app and use its new token"
    return said
