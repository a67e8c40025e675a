"""The Slack app manifest for a deployment: HTTP events at a URL, or Socket Mode.

Only the scopes the bot uses; ``SCOPES`` says why each is needed (docs/slack.md lists the same).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from bot.platform import ManifestError

from .adapter import EVENTS_PATH

SCOPES: dict[str, str] = {
    "app_mentions:read": "see messages that @mention the bot in channels it was added to (customers starting a "
                         "conversation)",
    "channels:history": "read replies in handoff cards' threads in a public agents' channel, and customers' follow-ups "
                        "in public channel threads",
    "groups:history": "the same in private channels (a private agents' channel or support channel)",
    "im:history": "read what customers write to the bot in its Messages tab",
    "chat:write": "answer customers, post and update handoff cards, relay agents' replies, show a customer their order "
                  "details privately",
    "reactions:write": "mark each agent message in a card's thread as relayed or kept internal",
    "users:read": "read the customer's and the agent's display name",
    "users:read.email": "read the customer's profile email: their identity for their own orders",
}

BOT_EVENTS: dict[str, str] = {
    "app_mention": "a customer mentions the bot in a channel",
    "message.im": "a customer writes in the bot's Messages tab",
    "message.channels": "replies in card threads and customer threads (public channels)",
    "message.groups": "the same in private channels",
}

DESCRIPTION = "Customer support that answers routine questions and brings in a person when it matters."
LONG_DESCRIPTION = (
    "Tandem answers routine customer questions (where is my order, shipping, returns) in a DM or a channel "
    "thread, notices when a person is needed (the customer asks for one, is frustrated, or raises something "
    "sensitive) and hands the conversation to your agents' channel with a summary and a privacy notice. "
    "Agents claim the handoff with one click and reply from the card's thread."
)


def render_manifest(url: str | None = None, socket_mode: bool = False, name: str = "Tandem") -> dict[str, Any]:
    """The manifest for HTTP events and interactivity at ``url`` (``/slack/events`` is added), or for Socket Mode."""
    if socket_mode == (url is not None):
        raise ManifestError("give either a URL (HTTP events) or Socket Mode, not both and not neither")
    name = name.strip()[:35] or "Tandem"
    events: dict[str, Any] = {"bot_events": list(BOT_EVENTS)}
    interactivity: dict[str, Any] = {"is_enabled": True}
    if url is not None:
        endpoint = events_url(url)
        events = {"request_url": endpoint, **events}
        interactivity["request_url"] = endpoint
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": name,
            "description": DESCRIPTION,
            "background_color": "#1f4e5f",
            "long_description": LONG_DESCRIPTION,
        },
        "features": {
            "app_home": {"home_tab_enabled": False, "messages_tab_enabled": True,
                         "messages_tab_read_only_enabled": False},
            "bot_user": {"display_name": name, "always_online": True},
        },
        "oauth_config": {"scopes": {"bot": list(SCOPES)}},
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            "org_deploy_enabled": False,
            "socket_mode_enabled": socket_mode,
            "token_rotation_enabled": False,
        },
    }


def events_url(url: str) -> str:
    """``https://their.host`` → ``https://their.host/slack/events`` (kept as is if already there)."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.netloc:
        raise ManifestError(f"{url!r}: Slack only delivers to a public https:// URL (or use --socket)")
    path = parts.path.rstrip("/")
    if not path.endswith(EVENTS_PATH):
        path += EVENTS_PATH
    return f"https://{parts.netloc}{path}"
