"""Who a Teams user is: their member profile (``GET /v3/conversations/{id}/members/{id}``), email included.

Implements bot.platform.Directory. Nothing is looked up while Teams waits for our answer: the inbound path
takes the profile from the cache or hands over who the activity says (id and display name), and the
runtime's worker asks ``resolve`` with the customer's address, whose meta holds the service URL — so any
instance can ask, at any time, retrying where waiting is allowed (see bot/runtime/identities.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from adapters.cache import TTLCache
from bot.models import Address, Person
from bot.platform import DeliveryError

from .api import BotConnector, ConnectorError
from .inbound import PLATFORM, sender, tenant_of, thread_conversation

logger = logging.getLogger(__name__)


class MemberDirectory:
    """Emails come from Teams only, never from what a customer writes. Found members are cached for a
    while; failures are not."""

    platform = PLATFORM

    def __init__(
        self,
        connector: BotConnector,
        ttl: float = 600.0,
        size: int = 4096,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.connector = connector
        self._cache = TTLCache(max_entries=size, ttl=ttl, clock=clock)

    def known(self, activity: Mapping[str, Any]) -> Person | None:
        """The sender's profile, if it was looked up recently: no I/O."""
        return self._cache.get((tenant_of(activity), sender(activity).platform_id))

    async def resolve(self, person: Person, where: Address) -> Person:
        key = (where.get("tenant") or where.workspace, person.platform_id)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        service_url = where.get("service_url")
        if not service_url:
            raise DeliveryError(f"Teams member {person.platform_id}: no service URL to ask", permanent=True)
        conversation = thread_conversation(where.channel, where.thread)
        try:
            member = await self.connector.member(service_url, conversation, person.platform_id)
        except ConnectorError as error:
            raise DeliveryError(str(error), permanent=not error.transient, retry_after=error.retry_after) from error
        email = (getattr(member, "email", None) or "").strip() or None
        found = Person(platform_id=person.platform_id, name=getattr(member, "name", None) or person.name, email=email)
        if not email:
            logger.info("Teams member %s has no email in their profile", person.platform_id)
        self._cache.put(key, found)
        return found
