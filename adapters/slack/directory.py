"""Who a Slack user is: their profile name and email from ``users.info``, cached for a while.

The email is the customer's identity for their orders, so it comes from Slack only (it needs the
``users:read.email`` scope). Nothing is looked up while Slack waits for its acknowledgement: the
inbound path takes the profile from the cache or hands over the bare user id, and the runtime's worker
asks ``resolve`` (see bot/runtime/identities.py), which waits and retries where waiting is allowed.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from adapters.cache import TTLCache
from bot.models import Address, Person

from .api import WebApi

logger = logging.getLogger(__name__)

UsersInfo = Callable[[str], Awaitable[Any]]  # user id → users.info response (dict-like)


class SlackDirectory:
    """Implements bot.platform.Directory for Slack: user id → Person, through users.info and a TTL cache.

    The acknowledgement path only reads the cache (``known``); the runtime's workers ``resolve``."""

    platform = "slack"

    def __init__(self, users_info: UsersInfo, web_api: WebApi, cache: TTLCache | None = None) -> None:
        self.users_info = users_info
        self.web_api = web_api
        self.cache = cache if cache is not None else TTLCache()

    def known(self, user_id: str) -> Person | None:
        """The profile, if it was looked up recently: no I/O."""
        return self.cache.get(user_id)

    async def resolve(self, person: Person, where: Address) -> Person:
        user_id = person.platform_id
        cached = self.cache.get(user_id)
        if cached is not None:
            return cached
        # DeliveryError: transient after the policy's retries (429s honour Retry-After), permanent for
        # user_not_found, missing_scope and the like
        response = await self.web_api.call("users.info", lambda: self.users_info(user_id), user_id)
        found = person_from_user(user_id, response.get("user") or {}, person.name)
        self.cache.put(user_id, found)
        return found


def person_from_user(user_id: str, user: dict, fallback_name: str = "") -> Person:
    profile = user.get("profile") or {}
    name = (
        profile.get("display_name")
        or profile.get("real_name")
        or user.get("real_name")
        or user.get("name")
        or fallback_name
    )
    email = profile.get("email") or None
    if not email:
        logger.info("Slack user %s has no visible email (is the users:read.email scope granted?)", user_id)
    return Person(platform_id=user_id, name=str(name).strip(), email=email)
