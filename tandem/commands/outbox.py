"""``tandem outbox``: the messages Tandem gave up delivering, and sending them again.

Delivery is retried for about half an hour (a platform outage, a rate limit); after that, or at once
when the platform says the message can never arrive (a channel archived, a token revoked), the message
is kept as a dead letter rather than lost. Once the cause is fixed an admin sends them again.
"""

from __future__ import annotations

import asyncio

from bot.runtime.turn import OutboxItem

from .data import opened_store
from .listing import LIST_LIMIT, one_line_error, show


def register(sub) -> None:
    outbox = sub.add_parser("outbox", help="list the messages that could not be delivered; --retry sends them again")
    outbox.add_argument(
        "--retry", action="store_true", help="send them again (a running bot delivers them within a minute)"
    )
    outbox.add_argument("--conversation", metavar="ID", help="only this conversation (as in the logs and on the card)")
    outbox.add_argument(
        "--json", action="store_true", help="a JSON array, one object per message ([] when nothing is waiting)"
    )
    outbox.set_defaults(handler=lambda args: asyncio.run(_outbox(args.retry, args.conversation, args.json)))


async def _outbox(retry: bool, conversation_id: str | None, as_json: bool) -> int:
    _, store = await opened_store()
    try:
        if retry:
            revived = await store.revive(conversation_id)
            print(f"{revived} message(s) queued again; a running Tandem delivers them at its next sweep")
            return 0
        items = await store.dead_letters(LIST_LIMIT, conversation_id)
    finally:
        await store.close()
    return show(
        [_described(item) for item in items],
        as_json,
        lambda d: f"#{d['id']}  {d['conversation']}  {d['what']}  after {d['attempts']} attempt(s): {d['error']}",
        "nothing is waiting: every message was delivered or is still being retried",
        "{count} undelivered message(s){more}; `tandem outbox --retry` sends them again",
    )


def _described(item: OutboxItem) -> dict:
    """What an admin needs to act, without the message's words (they may be personal)."""
    effect = item.effect
    what = effect.op.value + (f" ({effect.message.kind})" if effect.message is not None else "")
    return {
        "id": item.id,
        "conversation": item.conversation_id,
        "what": what,
        "attempts": item.attempts,
        "error": one_line_error(item.error),
    }
