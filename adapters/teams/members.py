"""Who a customer is: their Teams member profile (``TeamsInfo.get_member``), email included, cached briefly."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from typing import Any, Callable, Mapping

from botbuilder.core import TurnContext

from bot.models import Person

from .activities import sender, tenant_of
from .connector import BotConnector, ConnectorError

logger = logging.getLogger(__name__)


class MemberDirectory:
    """Emails come from Teams only, never from what a customer writes. A failed look-up leaves the
    email unknown (the bot then cannot show orders) and is not cached, so the next message tries again."""

    def __init__(
        self,
        connector: BotConnector,
        ttl: float = 600.0,
        size: int = 4096,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.connector = connector
        self.ttl = ttl
        self.size = size
        self.clock = clock
        self._cache: OrderedDict[tuple[str, str], tuple[float, Person]] = OrderedDict()

    async def person(self, context: TurnContext, activity: Mapping[str, Any]) -> Person:
        who = sender(activity)
        key = (tenant_of(activity), who.platform_id)
        cached = self._cache.get(key)
        if cached and cached[0] > self.clock():
            self._cache.move_to_end(key)
            return cached[1]
        try:
            member = await self.connector.member(context, who.platform_id)
        except ConnectorError as error:
            logger.warning("Teams: could not look up member %s, continuing without their email: %s", who.platform_id, error)
            return who
        email = (getattr(member, "email", None) or "").strip() or None
        person = Person(platform_id=who.platform_id, name=getattr(member, "name", None) or who.name, email=email)
        self._cache[key] = (self.clock() + self.ttl, person)
        while len(self._cache) > self.size:
            self._cache.popitem(last=False)
        return person
