"""Activities shaped like the ones Teams posts to a bot (Microsoft's documented examples, our ids)."""

from __future__ import annotations

import itertools
from typing import Any

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
BOT_ID = "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c"
BOT_NAME = "Tandem"
TEAM = "19:2ef29b8c6f7a4f6e8f3b9a4c9a2b1d11@thread.tacv2"
AGENTS = "19:5b3c1a9d0e2f4a7b8c6d4e2f1a0b9c8d@thread.tacv2"  # the agents' channel
SUPPORT = "19:8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a@thread.tacv2"  # a customer-facing channel
PERSONAL_ADA = "a:1Cx9kWpQ0bG7yP3vN5sT2rJ8mH4dL6fZ-ada"
PERSONAL_GRACE = "a:1Cx9kWpQ0bG7yP3vN5sT2rJ8mH4dL6fZ-grace"

ADA = {
    "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-ada",
    "name": "Ada Lovelace",
    "aadObjectId": "7faf8ab2-3d56-4244-b585-20c8a42ed2b8",
}
GRACE = {
    "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-grace",
    "name": "Grace Hopper",
    "aadObjectId": "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9",
}
SAM = {
    "id": "29:1pBMsn2E8XzG6gZbRkGqyQ9Tt4bP0vK3hS7cW5dN1aF-sam",
    "name": "Sam Agent",
    "aadObjectId": "a1b2c3d4-e5f6-4071-8293-a4b5c6d7e8f0",
}
ROBIN = {
    "id": "29:1pBMsn2E8XzG6gZbRkGqyQ9Tt4bP0vK3hS7cW5dN1aF-robin",
    "name": "Robin Agent",
    "aadObjectId": "b1b2c3d4-e5f6-4071-8293-a4b5c6d7e8f0",
}

_ids = itertools.count(1_481_567_603_816)


def next_id() -> str:
    return str(next(_ids))


def _base(
    service_url: str, sender: dict, conversation: dict, channel_data: dict, activity_id: str | None
) -> dict[str, Any]:
    return {
        "type": "message",
        "id": activity_id or next_id(),
        "timestamp": "2026-11-22T12:00:00.000Z",
        "localTimestamp": "2026-11-22T13:00:00.000+01:00",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": dict(sender),
        "conversation": conversation,
        "recipient": {"id": BOT_ID, "name": BOT_NAME},
        "textFormat": "plain",
        "locale": "en-US",
        "entities": [
            {"locale": "en-US", "country": "US", "platform": "Windows", "timezone": "Europe/London",
             "type": "clientInfo"}
        ],
        "channelData": channel_data,
    }


def personal_message(
    service_url: str, text: str, sender: dict = ADA, conversation: str = PERSONAL_ADA, activity_id: str | None = None
) -> dict:
    """A 1:1 chat message (conversationType personal; channelData carries only the tenant)."""
    return _base(
        service_url,
        sender,
        {"conversationType": "personal", "tenantId": TENANT, "id": conversation},
        {"tenant": {"id": TENANT}},
        activity_id,
    ) | {"text": text}


def channel_message(
    service_url: str,
    text: str,
    sender: dict,
    channel: str,
    root: str | None = None,
    mention: bool = True,
    activity_id: str | None = None,
) -> dict:
    """A channel post (``root`` None: a new post, its own id is the root) or a reply in a post's chain,
    @mentioning the bot (``<at>Tandem</at>`` plus a mention entity) or not (received through RSC)."""
    activity_id = activity_id or next_id()
    root = root or activity_id
    body = _base(
        service_url,
        sender,
        {"isGroup": True, "conversationType": "channel", "tenantId": TENANT, "id": f"{channel};messageid={root}"},
        {"teamsChannelId": channel, "teamsTeamId": TEAM, "channel": {"id": channel}, "team": {"id": TEAM},
         "tenant": {"id": TENANT}},
        activity_id,
    )
    if mention:
        body["text"] = f"<at>{BOT_NAME}</at> {text}"
        body["entities"] = body["entities"] + [
            {"mentioned": {"id": BOT_ID, "name": BOT_NAME}, "text": f"<at>{BOT_NAME}</at>", "type": "mention"}
        ]
    else:
        body["text"] = text
    if root != activity_id:
        body["replyToId"] = root
    return body


def card_submit(service_url: str, data: Any, sender: dict, channel: str, card_id: str) -> dict:
    """An Adaptive Card Action.Submit pressed on a card the bot posted in a channel: a message with
    ``value`` and no text, in the card's reply chain."""
    body = _base(
        service_url,
        sender,
        {"isGroup": True, "conversationType": "channel", "tenantId": TENANT, "id": f"{channel};messageid={card_id}"},
        {"teamsChannelId": channel, "teamsTeamId": TEAM, "channel": {"id": channel}, "team": {"id": TEAM},
         "tenant": {"id": TENANT}, "source": {"name": "message"}, "legacy": {"replyToId": card_id}},
        None,
    )
    body["replyToId"] = card_id
    body["value"] = data
    del body["textFormat"]
    return body


def personal_submit(
    service_url: str, data: dict, sender: dict = ADA, conversation: str = PERSONAL_ADA, reply_to: str = ""
) -> dict:
    """An Action.Submit pressed on a card the bot sent in a 1:1 chat: a message with ``value`` and no text."""
    body = personal_message(service_url, "", sender, conversation)
    del body["text"], body["textFormat"]
    body["value"] = data
    body["replyToId"] = reply_to
    return body


def bot_added_to_team(service_url: str, channel: str = TEAM) -> dict:
    """conversationUpdate: the app was installed in a team (membersAdded holds the bot)."""
    body = _base(
        service_url,
        {"id": SAM["id"], "aadObjectId": SAM["aadObjectId"]},
        {"isGroup": True, "conversationType": "channel", "tenantId": TENANT, "id": channel},
        {"team": {"aadGroupId": "d3d9446d-2b4f-4a3b-9c1e-7a2f1f9e6b5c", "name": "Support", "id": channel},
         "eventType": "teamMemberAdded", "tenant": {"id": TENANT}},
        None,
    )
    body["type"] = "conversationUpdate"
    body["membersAdded"] = [{"id": BOT_ID}]
    del body["textFormat"]
    return body
