"""The Teams platform adapter: /api/messages in, the runtime's items out, answers through TeamsMessenger.

Each request is authenticated first (see auth.py), handed to botbuilder's CloudAdapter for the turn,
translated (inbound.py) and persisted by ``runtime.receive`` before Teams gets its answer; the slow
work happens in the runtime's workers afterwards, the customer's member profile (directory.py) included. Nothing
botbuilder-specific leaves this package.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes

from adapters.readiness import CachedCheck, unreachable
from adapters.refusals import RefusalLog
from bot.models import CustomerMessage, Rating
from bot.platform import Receiver, Unavailable, WebApp

from . import inbound as act
from . import shape, signing_keys
from .api import LOOKUP_RETRY, BotConnector, RetryPolicy, quiet
from .auth import CachingCredentialFactory, CloudEndpoints, InboundAuth, Refused, TeamsCredentials, build_authentication
from .directory import MemberDirectory
from .messenger import TeamsContext, TeamsMessenger
from .signing_keys import KeyPolicy

logger = logging.getLogger(__name__)

ROUTE = "/api/messages"
TYPING_TIMEOUT = 2.0
READY_TIMEOUT = 5.0  # seconds /readyz waits for a Bot Framework token
SEEN_EVENTS = 2048
NOT_A_HANDOFF_THREAD = (
    "I only pass on messages written under a handoff card: reply in a card's thread to reach its customer."
)


class TeamsAdapter:
    platform = act.PLATFORM

    def __init__(
        self,
        credentials: TeamsCredentials,
        *,
        agent_channel: str | None = None,
        service_url: str | None = None,
        endpoints: CloudEndpoints = CloudEndpoints(),
        retry: RetryPolicy = RetryPolicy(),
        lookup_retry: RetryPolicy = LOOKUP_RETRY,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        key_policy: KeyPolicy = KeyPolicy(),
    ) -> None:
        self.credentials = credentials
        self.endpoints = endpoints
        signing_keys.install(key_policy)  # botframework's own key cache blocks the event loop
        factory = CachingCredentialFactory(credentials)
        authentication = build_authentication(factory, endpoints, prepare=quiet)
        self.cloud = CloudAdapter(authentication)
        self.auth = InboundAuth(credentials, authentication)
        app_id = credentials.app_id if credentials.authenticated else None
        self.context = TeamsContext(
            service_url=service_url,
            tenant=credentials.tenant_id,
            bot=f"28:{app_id}" if app_id else None,
            configured_service_url=bool(service_url),
        )
        self.connector = BotConnector(self.cloud, factory, app_id, retry, lookup_retry)
        self.messenger = TeamsMessenger(self.connector, self.context)
        self.directory = MemberDirectory(self.connector)
        self.agent_channel = agent_channel
        self.clock = clock
        self._runtime: Receiver | None = None
        self._seen: OrderedDict[str, None] = OrderedDict()  # recent event ids: a quick first filter for retries
        self.refusals = RefusalLog(logger)
        self._readiness = CachedCheck(self._check_ready)

    # ---- PlatformAdapter ----

    async def start(self, runtime: Receiver, app: WebApp) -> None:
        self._runtime = runtime
        app.router.add_post(ROUTE, self.handle)
        if self.credentials.authenticated:
            logger.info("Teams: %s at %s; every request's token is checked", self.credentials.redacted(), ROUTE)
            signing_keys.keys_for(self.endpoints.openid_metadata_url).prefetch()
            if not self.credentials.tenant_id:
                logger.warning("Teams: TEAMS_APP_TENANT_ID is not set, so the bot authenticates as multi-tenant")
        else:
            logger.warning(
                "Teams: TEAMS_ENABLED=1 without TEAMS_APP_ID/TEAMS_APP_PASSWORD: %s accepts UNAUTHENTICATED "
                "requests, from this machine only (local testing, e.g. the Bot Framework Emulator). "
                "Set the credentials before exposing it.",
                ROUTE,
            )
        if self.agent_channel and not self.context.service_url:
            logger.warning(
                "Teams: TEAMS_SERVICE_URL is not set; handoff cards cannot be posted to %s until Teams has sent "
                "the bot one message (set it to the serviceUrl Teams uses, e.g. "
                "https://smba.trafficmanager.net/teams/)",
                self.agent_channel,
            )

    async def stop(self) -> None:
        self._runtime = None

    def health(self) -> dict:
        return {
            "mode": self.auth.mode,
            "agent_channel": bool(self.agent_channel),
            "service_url": "configured"
            if self.context.configured_service_url
            else ("learned" if self.context.service_url else "missing"),
        }

    async def ready(self) -> dict:
        return await self._readiness()

    async def _check_ready(self) -> dict:
        if not self.credentials.authenticated:
            return {"ready": True, "mode": self.auth.mode}  # nothing outside this machine to reach
        keys = signing_keys.keys_for(self.endpoints.openid_metadata_url)
        status: dict[str, Any] = {"mode": self.auth.mode, "signing_keys": "ok" if keys.available else "unavailable"}
        try:
            await asyncio.wait_for(self.connector.check_token(), READY_TIMEOUT)
            status["token"] = "ok"
        except Exception as exc:
            status["token"] = unreachable(exc)
        status["ready"] = keys.available and status["token"] == "ok"
        return status

    # ---- inbound ----

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if "application/json" not in request.headers.get("Content-Type", ""):
            return self._refuse(request, 415, "expected an application/json activity")
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return self._refuse(request, 400, "the body is not JSON")
        why = shape.problem(body)
        if why is not None:
            return self._refuse(request, 400, f"not a Bot Framework activity Tandem can read ({why})")
        activity = Activity().deserialize(body)
        try:
            verdict = await self.auth.check(request, activity)
        except Refused as refused:
            return self._refuse(
                request, refused.status, "unauthorized" if refused.status == 401 else str(refused), str(refused)
            )
        self.context.learn(body)
        if body["type"] in (ActivityTypes.message, ActivityTypes.invoke):
            await self.connector.ready()
        try:
            result = await self.cloud.process_activity(verdict, activity, lambda context: self._turn(context, body))
        except Unavailable as exc:
            logger.error("Teams: could not store activity %s, asking Teams to send it again: %s", body.get("id"), exc)
            return _problem(503, "temporarily unavailable")
        except Exception:
            logger.exception("Teams: activity %s of type %s failed", body.get("id"), body.get("type"))
            return _problem(500, "internal error")
        if isinstance(result, InvokeResponse):
            return web.json_response(result.body, status=int(result.status))
        return web.Response(status=200)

    def _refuse(self, request: web.Request, status: int, answer: str, reason: str | None = None) -> web.Response:
        self.refusals.refused("Teams: refused a request from %s with %d: %s", request.remote, status, reason or answer)
        return _problem(status, answer)

    async def _turn(self, context: TurnContext, activity: Mapping[str, Any]) -> None:
        kind = activity.get("type")
        if kind not in (ActivityTypes.message, ActivityTypes.invoke, ActivityTypes.conversation_update):
            return
        if kind == ActivityTypes.conversation_update:
            self._note_installation(activity)
            return
        if act.is_from_bot(activity):
            return
        press = act.card_press(activity)
        choice = act.choice_value(activity)
        if press is not None:
            await self._card_action(context, activity, press)
        elif choice is not None:
            await self._choice(activity, choice)
        elif kind == ActivityTypes.message:
            if self._in_agents_channel(activity):
                await self._agent_message(context, activity)
            else:
                await self._customer_message(context, activity)

    async def _customer_message(self, context: TurnContext, activity: Mapping[str, Any]) -> None:
        runtime = self._require_runtime()
        event = act.event_id(activity)
        if event in self._seen:
            logger.info("Teams: activity %s delivered again; ignored", event)
            return
        address = act.where(activity)
        with_people = await runtime.with_people(address, act.sender(activity))
        if act.conversation_kind(activity) != "personal" and not act.mentions_bot(activity) and not with_people:
            return  # seen because of the channel-messages permission: only a customer already with people is followed
        person = self.directory.known(activity) or act.sender(activity)  # the runtime's worker completes it
        message = CustomerMessage(event, address, person, act.clean_text(activity), self.clock())
        # typing first: once the message is stored the runtime may answer at once, and the indicator must not
        # arrive after the answer. Not while a person has the conversation: the bot is not the one to answer
        if not with_people:
            await self._typing(context)
        await runtime.receive(message)  # de-duplicates for good, across instances and restarts
        self._remember(event)

    async def _agent_message(self, context: TurnContext, activity: Mapping[str, Any]) -> None:
        message = act.agent_message(activity, self.clock())
        if not message.text:
            return
        receipt = await self._require_runtime().receive(message)
        if receipt.problem and act.mentions_bot(activity):
            await self._reply(context, NOT_A_HANDOFF_THREAD)

    async def _card_action(self, context: TurnContext, activity: Mapping[str, Any], press: act.CardPress) -> None:
        receipt = await self._require_runtime().receive(act.agent_action(activity, press, self.clock()))
        if receipt.problem:
            logger.info(
                "Teams: %s by %s changed nothing: %s", press.action.value, act.sender(activity).label, receipt.problem
            )
        if activity.get("type") == ActivityTypes.invoke:
            text = receipt.problem or "Done."
            await context.send_activity(
                Activity(
                    type=ActivityTypes.invoke_response,
                    value=InvokeResponse(status=200,
                                         body={"statusCode": 200, "type": "application/vnd.microsoft.activity.message",
                                               "value": text}),
                )
            )
        elif receipt.problem:
            await self._reply(context, receipt.problem)

    async def _choice(self, activity: Mapping[str, Any], value: str) -> None:
        """A customer's click on a rating button: counted once, for their own conversation only."""
        rating = Rating.from_choice(act.event_id(activity), value, act.sender(activity), self.clock())
        if rating is None:
            logger.info("Teams: ignored a click on a button that is not one of ours")
            return
        receipt = await self._require_runtime().receive(rating)
        if receipt.problem:
            logger.info("Teams: a rating click was not taken: %s", receipt.problem)

    def _in_agents_channel(self, activity: Mapping[str, Any]) -> bool:
        channel = act.split_conversation((activity.get("conversation") or {}).get("id") or "")[0]
        return bool(self.agent_channel) and channel == self.agent_channel

    async def _typing(self, context: TurnContext) -> None:
        try:
            await asyncio.wait_for(context.send_activity(Activity(type=ActivityTypes.typing)), TYPING_TIMEOUT)
        except Exception as exc:  # a missing typing indicator is not worth failing the message for
            logger.info("Teams: typing indicator not shown: %s", exc)

    async def _reply(self, context: TurnContext, text: str) -> None:
        try:
            await context.send_activity(Activity(type=ActivityTypes.message, text=text, text_format="plain"))
        except Exception as exc:
            logger.warning("Teams: could not reply in %s: %s", context.activity.conversation.id, exc)

    def _remember(self, event: str) -> None:
        self._seen[event] = None
        while len(self._seen) > SEEN_EVENTS:
            self._seen.popitem(last=False)

    def _note_installation(self, activity: Mapping[str, Any]) -> None:
        bot = (activity.get("recipient") or {}).get("id")
        added = [m.get("id") for m in activity.get("membersAdded") or []]
        if bot and bot in added:
            data = activity.get("channelData") or {}
            channel = ((data.get("channel") or {}).get("id")) or (data.get("team") or {}).get("id")
            if channel:
                logger.info(
                    "Teams: added to a team; to hand off into its General channel set TANDEM_AGENT_CHANNEL=teams:%s",
                    channel,
                )
            else:
                logger.info("Teams: added to a %s conversation", act.conversation_kind(activity))

    def _require_runtime(self) -> Receiver:
        if self._runtime is None:
            raise RuntimeError("the Teams adapter is not started")
        return self._runtime


def _problem(status: int, text: str) -> web.Response:
    return web.json_response({"error": text}, status=status)
