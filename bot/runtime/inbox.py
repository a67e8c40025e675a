"""The inbox's door: what an adapter hands in is redacted, placed in its conversation (or refused, by the
dispatch table) and persisted, de-duplicated, before the adapter acknowledges it; then a worker is kicked.
The runtime also answers the adapters' questions about a conversation here, so no adapter reads the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..models import Address, Inbound, Person, State, conversation_id_for
from ..platform import Receipt
from ..ports import Store
from ..privacy.entry import redacted_at_entry
from .dispatch import handling
from .engine import Engine
from .identities import Identities
from .turn import InboxItem

logger = logging.getLogger(__name__)


class Inbox:
    """The Runtime's entry point, the ``Receiver`` adapters are given (a part of ``Runtime``, which holds the
    state it uses)."""

    engine: Engine
    store: Store
    identities: Identities
    kick: Callable[[str], None]

    async def receive(self, inbound: Inbound) -> Receipt:
        """Persist an inbound item (its text redacted first) and schedule it. Raises StoreError when it
        cannot be persisted: adapters must then not acknowledge it, so the platform delivers it again."""
        kit = self.engine.kit
        inbound = redacted_at_entry(inbound, kit.redact, kit.redact_secrets or kit.redact)
        how = handling(inbound)
        if how is None or how.admit is None:
            raise TypeError(f"not an inbound item: {type(inbound).__name__}")
        admission = await how.admit(inbound, self.store, kit)
        if admission.conversation_id is None:
            return Receipt(accepted=False, problem=admission.problem)
        conversation_id = admission.conversation_id
        item = InboxItem(
            event_key=inbound.event_id,
            conversation_id=conversation_id,
            payload=inbound,
            received_at=inbound.received_at,
        )
        if not await self.store.accept(item):
            logger.info("duplicate delivery of %s ignored", inbound.event_id)
            return Receipt(accepted=False, duplicate=True)
        self.identities.prefetch(inbound)  # who wrote, from their platform: by the time a worker needs it
        self.kick(conversation_id)
        return Receipt(accepted=True)

    async def in_conversation(self, where: Address, person: Person) -> bool:
        """Whether the bot has a conversation with ``person`` at ``where`` (a thread it is part of)."""
        return await self.store.conversation(conversation_id_for(where, person)) is not None

    async def with_people(self, where: Address, person: Person) -> bool:
        """Whether ``person``'s conversation at ``where`` waits for or is with an agent."""
        conversation = await self.store.conversation(conversation_id_for(where, person))
        return conversation is not None and conversation.state is not State.BOT

