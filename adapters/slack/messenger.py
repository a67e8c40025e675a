"""The Messenger of bot/platform.py over the Slack Web API (``chat.postMessage``, ``chat.update``, …).

New posts go through ``posting.Poster``, so a retry never shows a message twice; updates and
reactions are the same however often they are repeated. Ephemeral messages cannot be looked up:
one whose attempt failed without an answer is shown again."""

from __future__ import annotations

import logging
from functools import partial

from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Address, HandoffCard
from bot.platform import Attempt, DeliveryError, Outgoing

from .api import WebApi
from .mrkdwn import MESSAGE_CHARS, bold, escape, split_text
from .posting import Poster
from .quoting import quoted_fallback, said_block
from .render import card_message, choice_blocks

logger = logging.getLogger(__name__)

RELAYED_REACTION = "speech_balloon"  # the agent's message reached the customer
INTERNAL_REACTION = "lock"  # kept internal: the customer did not see it


class SlackMessenger:
    platform = "slack"

    def __init__(self, client: AsyncWebClient, api: WebApi | None = None) -> None:
        self.client = client
        self.api = api or WebApi()
        self.poster = Poster(client, self.api)

    async def send(self, to: Address, message: Outgoing, attempt: Attempt | None = None) -> str | None:
        """To the customer, in their DM or thread; personal data in a shared channel only to them."""
        ts: str | None = None
        prefix = f"{bold(message.author)} (support): " if message.author else ""
        ephemeral = message.private and not is_direct(to)
        posted = {} if ephemeral else await self.poster.already(to.channel, to.thread, attempt)
        pieces = split_text(message.text, limit=_room(prefix))
        for part, piece in enumerate(pieces):
            text = prefix + escape(piece)
            extra = (
                {"blocks": choice_blocks(piece, message.choices)} if message.choices and part == len(pieces) - 1 else {}
            )
            if part in posted:
                ts = posted[part].get("ts")
            elif ephemeral:
                user = to.get("user")
                if not user:
                    raise DeliveryError(f"no customer to show a private message to in {to.channel}", permanent=True)
                await self.api.call(
                    "chat.postEphemeral",
                    partial(
                        self.client.chat_postEphemeral, channel=to.channel, user=user, text=text, thread_ts=to.thread
                    ),
                    to.channel,
                )
            else:
                ts = (await self.poster.post(to.channel, to.thread, attempt, part, text=text, **extra)).get("ts")
        return ts

    async def post_card(self, channel: Address, card: HandoffCard, attempt: Attempt | None = None) -> Address:
        found = (await self.poster.already(channel.channel, None, attempt)).get(0)
        response = found or await self.poster.post(channel.channel, None, attempt, **card_message(card))
        return Address(
            platform="slack",
            workspace=channel.workspace,
            channel=response.get("channel") or channel.channel,
            thread=response["ts"],
        )

    async def update_card(self, card_address: Address, card: HandoffCard) -> None:
        ts = card_address.thread
        if ts is None:
            raise DeliveryError(f"no card to update in {card_address.channel}: its address has no ts", permanent=True)
        await self.api.call(
            "chat.update",
            lambda: self.client.chat_update(channel=card_address.channel, ts=ts, **card_message(card)),
            card_address.channel,
        )

    async def post_in_thread(self, thread: Address, message: Outgoing, attempt: Attempt | None = None) -> None:
        """Our own notices as text; a person's words (a customer's, relayed) quoted under their name."""
        posted = await self.poster.already(thread.channel, thread.thread, attempt)
        author = message.author
        for part, piece in enumerate(split_text(message.text)):
            if part in posted:
                continue
            if author:
                body = {"text": quoted_fallback(author, piece), "blocks": [said_block(author, piece)]}
            else:
                body = {"text": escape(piece)}
            await self.poster.post(thread.channel, thread.thread, attempt, part, **body)

    async def mark(self, thread: Address, message_ref: str, relayed: bool) -> None:
        name = RELAYED_REACTION if relayed else INTERNAL_REACTION
        await self.api.call(
            "reactions.add",
            lambda: self.client.reactions_add(channel=thread.channel, timestamp=message_ref, name=name),
            thread.channel,
            fine={"already_reacted"},  # a retry after a lost response
        )


def is_direct(address: Address) -> bool:
    """A DM with the bot: only the customer can read it."""
    return address.get("channel_type") == "im" or address.channel.startswith("D")


def _room(prefix: str) -> int:
    return MESSAGE_CHARS - len(prefix)
