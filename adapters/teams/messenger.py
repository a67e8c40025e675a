"""The Messenger of bot/platform.py on Teams: proactive messages, the handoff card and its reply chain.

The Bot Connector assigns every activity's id itself (bots should not send one), has no idempotency
key, and cannot list a conversation's activities: a post whose attempt failed without an answer
(a timeout, 5xx, a dropped connection) or whose sender died before recording it cannot be looked for,
so its retry may show it twice. That is logged. Card updates replace the card by id and never double."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from botbuilder.schema import Activity, ActivityTypes, Attachment, ChannelAccount, ConversationParameters

from bot.models import Address, HandoffCard
from bot.platform import Attempt, DeliveryError, Outgoing

from .api import BotConnector, ConnectorError, ConversationRef
from .inbound import PLATFORM, split_conversation, thread_conversation
from .render import card_attachment, choice_attachment
from .text import XML, as_html, with_author

logger = logging.getLogger(__name__)

PRIVATE_POINTER = "I've sent you the details in a private chat with me, so only you can see them."
PRIVATE_FALLBACK = (
    "I have the details you asked for, but they're personal, so I can only share them in a private chat. "
    "Please open a chat with me (select my name, then Chat) and ask me again there."
)
MARK_RELAYED = "✓ Sent to the customer."
MARK_KEPT = "Kept internal: not sent to the customer."


@dataclass
class TeamsContext:
    """Where new channel posts go: configured values first, else what recent traffic told us."""

    service_url: str | None = None
    tenant: str | None = None
    bot: str | None = None
    configured_service_url: bool = False

    def learn(self, activity: Mapping[str, Any]) -> None:
        url = activity.get("serviceUrl")
        if not self.configured_service_url and url and url != self.service_url:
            logger.info(
                "Teams: posting new cards through %s (what Teams sent; TEAMS_SERVICE_URL=%s makes it permanent)",
                url,
                url,
            )
            self.service_url = url
        tenant = ((activity.get("channelData") or {}).get("tenant") or {}).get("id")
        if tenant and not self.tenant:
            self.tenant = tenant
        bot = (activity.get("recipient") or {}).get("id")
        if bot and not self.bot:
            self.bot = bot


class TeamsMessenger:
    """Implements bot.platform.Messenger for Teams."""

    platform = PLATFORM

    def __init__(self, connector: BotConnector, context: TeamsContext) -> None:
        self.connector = connector
        self.context = context

    # ---- to customers ----

    async def send(self, to: Address, message: Outgoing, attempt: Attempt | None = None) -> str | None:
        _may_repeat(attempt, to)
        ref = self._ref(to)
        try:
            if message.private and ref.kind not in (None, "personal"):
                await self._send_privately(to, ref, message)
                return None
            if message.choices:
                return await self.connector.send(ref, _choices(message))
            return await self.connector.send(ref, _customer_activity(message))
        except ConnectorError as error:
            raise _delivery_error(error, customer=True) from error

    async def _send_privately(self, to: Address, ref: ConversationRef, message: Outgoing) -> None:
        """Personal data never goes into a shared channel: a 1:1 chat, and a pointer where they asked."""
        pointer = PRIVATE_POINTER
        try:
            chat, _ = await self.connector.create_conversation(
                ref.service_url,
                ConversationParameters(
                    is_group=False,
                    bot=ChannelAccount(id=ref.bot) if ref.bot else None,
                    members=[ChannelAccount(id=to.get("user"))],
                    tenant_id=ref.tenant,
                    channel_data={"tenant": {"id": ref.tenant}} if ref.tenant else None,
                ),
            )
            personal = ConversationRef(ref.service_url, chat, ref.tenant, ref.bot, to.get("user"), "personal")
            await self.connector.send(personal, _customer_activity(message))
        except ConnectorError as error:
            if error.transient:
                raise
            logger.warning(
                "Teams: no private chat with the customer in %s (%s); asking them to open one",
                ref.conversation_id,
                error,
            )
            pointer = PRIVATE_FALLBACK
        await self.connector.send(ref, _text(as_html(pointer), fmt=XML))

    # ---- the agents' channel ----

    async def post_card(self, channel: Address, card: HandoffCard, attempt: Attempt | None = None) -> Address:
        _may_repeat(attempt, channel)
        channel_id = split_conversation(channel.channel)[0]
        service_url = self.context.service_url
        if not service_url:
            raise DeliveryError(
                "no Bot Connector URL for the agents' channel yet: set TEAMS_SERVICE_URL, or @mention the bot there "
                "once"
            )
        tenant, bot = self.context.tenant, self.context.bot
        parameters = ConversationParameters(
            is_group=True,
            bot=ChannelAccount(id=bot) if bot else None,
            tenant_id=tenant,
            channel_data={"channel": {"id": channel_id}, **({"tenant": {"id": tenant}} if tenant else {})},
            activity=_card_activity(card),
        )
        try:
            conversation, activity_id = await self.connector.create_conversation(service_url, parameters)
        except ConnectorError as error:
            raise _delivery_error(error, customer=False) from error
        root = split_conversation(conversation)[1] or activity_id
        if not root:
            raise DeliveryError(f"Teams did not say which post the card is ({conversation!r})", permanent=True)
        return Address(platform=PLATFORM, workspace=tenant or "", channel=channel_id, thread=root).with_meta(
            service_url=service_url, tenant=tenant, bot=bot, kind="channel"
        )

    async def update_card(self, card_address: Address, card: HandoffCard) -> None:
        assert card_address.thread, "a card's address names its post"
        try:
            await self.connector.update(self._ref(card_address), card_address.thread, _card_activity(card))
        except ConnectorError as error:
            raise _delivery_error(error, customer=False) from error

    async def post_in_thread(self, thread: Address, message: Outgoing, attempt: Attempt | None = None) -> None:
        _may_repeat(attempt, thread)
        body = _inert(message.text).replace("\n", "<br>")
        if message.author:  # a person's words: quoted under their name, so no line of theirs looks like ours
            body = f"<b>{_inert(message.author)}</b>:<blockquote>{body}</blockquote>"
        await self._to_thread(thread, _text(body, fmt=XML))

    async def mark(self, thread: Address, message_ref: str, relayed: bool) -> None:
        await self._to_thread(thread, _text(MARK_RELAYED if relayed else MARK_KEPT, fmt="plain"))

    async def _to_thread(self, thread: Address, activity: Activity) -> None:
        try:
            await self.connector.send(self._ref(thread), activity)
        except ConnectorError as error:
            raise _delivery_error(error, customer=False) from error

    # ---- helpers ----

    def _ref(self, address: Address) -> ConversationRef:
        service_url = address.get("service_url") or self.context.service_url
        if not service_url:
            raise DeliveryError(f"no Bot Connector URL stored for Teams conversation {address.channel}", permanent=True)
        return ConversationRef(
            service_url=service_url,
            conversation_id=thread_conversation(address.channel, address.thread),
            tenant=address.get("tenant") or address.workspace or self.context.tenant,
            bot=address.get("bot") or self.context.bot,
            user=address.get("user"),
            kind=address.get("kind"),
        )


def _may_repeat(attempt: Attempt | None, where: Address) -> None:
    if attempt is not None and attempt.maybe_sent:
        logger.warning(
            "Teams: posting outbox item %s in %s again; an earlier attempt may have got through and it may show twice",
            attempt.key, where.channel,
        )  # fmt: skip


def _customer_activity(message: Outgoing) -> Activity:
    return _text(with_author(message.author, as_html(message.text)), fmt=XML)


def _text(text: str, fmt: str) -> Activity:
    return Activity(type=ActivityTypes.message, text=text, text_format=fmt)


def _choices(message: Outgoing) -> Activity:
    attachment = choice_attachment(message.choices)
    return Activity(
        type=ActivityTypes.message,
        text=with_author(message.author, as_html(message.text)),
        text_format=XML,
        attachments=[Attachment(content_type=attachment["contentType"], content=attachment["content"])],
    )


def _card_activity(card: HandoffCard) -> Activity:
    attachment = card_attachment(card)
    return Activity(
        type=ActivityTypes.message,
        summary=f"Handoff: {card.reason_label} · {card.customer} · {card.status}",
        attachments=[Attachment(content_type=attachment["contentType"], content=attachment["content"])],
    )


def _delivery_error(error: ConnectorError, customer: bool) -> DeliveryError:
    if customer and error.blocked:
        return DeliveryError(f"the customer blocked or removed the bot: {error}", unreachable=True)
    return DeliveryError(str(error), permanent=not error.transient, retry_after=error.retry_after)



_MARKDOWN = str.maketrans({c: f"&#{ord(c)};" for c in "*_~`[]#|"})


def _inert(text: str) -> str:
    """Text for an HTML message that shows as written: no tags (so no <at> mention), no markdown."""
    return html.escape(text, quote=False).translate(_MARKDOWN)
