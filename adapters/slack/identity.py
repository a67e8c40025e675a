"""Who a Slack user is: their profile name and email from ``users.info``, cached for a while.

The email is the customer's identity for their orders, so it comes from Slack only (it needs the
``users:read.email`` scope). A lookup runs while Slack waits for its acknowledgement, so it has a short
deadline; when Slack cannot tell us in time the person is used without a name or email (the
conversation picks them up on a later message) and nothing is cached.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from typing import Any, Awaitable, Callable

from bot.models import Person

logger = logging.getLogger(__name__)

UsersInfo = Callable[[str], Awaitable[Any]]  # user id → users.info response (dict-like)


class TTLCache:
    """A bounded least-recently-used cache whose entries expire."""

    def __init__(self, max_entries: int = 5_000, ttl: float = 3_600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self.ttl = ttl
        self.clock = clock
        self._items: OrderedDict[str, tuple[float, Any]] = OrderedDict()

    def get(self, key: str) -> Any | None:
        entry = self._items.get(key)
        if entry is None:
            return None
        expires, value = entry
        if expires <= self.clock():
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return value

    def put(self, key: str, value: Any) -> None:
        self._items[key] = (self.clock() + self.ttl, value)
        self._items.move_to_end(key)
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class Directory:
    """Slack user id → Person, through users.info and a TTL cache."""

    def __init__(self, users_info: UsersInfo, cache: TTLCache | None = None, deadline: float = 2.0) -> None:
        self.users_info = users_info
        self.cache = cache if cache is not None else TTLCache()
        self.deadline = deadline

    async def person(self, user_id: str, fallback_name: str = "") -> Person:
        cached = self.cache.get(user_id)
        if cached is not None:
            return cached
        try:
            response = await asyncio.wait_for(self.users_info(user_id), self.deadline)
        except Exception as exc:  # the message must not be lost because a profile could not be read
            logger.warning("users.info for %s failed (%r); continuing without their profile", user_id, exc)
            return Person(platform_id=user_id, name=fallback_name)
        person = person_from_user(user_id, response.get("user") or {}, fallback_name)
        self.cache.put(user_id, person)
        return person


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
