"""The engine: one inbox item in, one Turn out (state change, records and effects to commit together)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from ..flows.toolkit import Toolkit
from ..models import Conversation, CustomerMessage, MessageLost
from ..ports import Store
from .dispatch import handling
from .turn import InboxItem, Turn, TurnBuilder

logger = logging.getLogger(__name__)

TRANSCRIPT_CONTEXT = 20


class Engine:
    def __init__(self, kit: Toolkit, store: Store, clock: Callable[[], datetime]) -> None:
        self.kit = kit
        self.store = store
        self.clock = clock

    async def aclose(self) -> None:
        """Close what the engine's tools hold open (an optional model's HTTP connections)."""
        if self.kit.assistant is not None:
            await self.kit.assistant.aclose()

    async def run(self, item: InboxItem) -> Turn | None:
        """The turn for one inbox item, or None when there is no conversation for it any more."""
        conv = await self.store.conversation(item.conversation_id)
        payload = item.payload
        first = payload.customer if isinstance(payload, MessageLost) else payload
        if conv is None and not isinstance(first, CustomerMessage):
            return None  # the conversation was purged or forgotten since the item arrived
        base = conv or Conversation.new(first)  # type: ignore[arg-type]
        previous = await self.store.transcript(base.id, TRANSCRIPT_CONTEXT) if conv else []
        turn = TurnBuilder(base, self.clock(), conv.version if conv else None, previous)
        how = handling(payload)
        try:
            if how is not None:
                await how.flow(turn, payload, self.kit)
        except Exception:
            logger.exception("conversation %s: the turn for %s failed", base.id, item.event_key)
            return self._apology(base, conv, item, previous)
        return turn.build(item.id)

    def _apology(self, base: Conversation, conv: Conversation | None, item: InboxItem, previous) -> Turn:
        """Keep the message and tell the customer something went wrong, rather than lose either."""
        turn = TurnBuilder(base, self.clock(), conv.version if conv else None, previous)
        how = handling(item.payload)
        if how is not None and how.keep is not None:
            how.keep(turn, item.payload, self.kit)
        return turn.build(item.id)
