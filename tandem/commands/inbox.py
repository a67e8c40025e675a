"""``tandem inbox --dead``: what Tandem received and could not process, however often it tried.

An item whose turn fails is tried again with growing pauses (the messages after it wait, in order);
after the last attempt it is set aside as a dead letter, the customer's next messages go on, and the
customer and the agents are told that words were lost. This lists those items — never their words.
"""

from __future__ import annotations

import asyncio

from bot.runtime.dead_letters import kind_of
from bot.runtime.turn import InboxItem, Unreadable

from .data import opened_store
from .listing import LIST_LIMIT, one_line_error, show

WHAT = {"customer": "customer message", "agent": "agent message", "action": "button press"}


def register(sub) -> None:
    inbox = sub.add_parser("inbox", help="list what was received but could not be processed (--dead)")
    inbox.add_argument(
        "--dead", action="store_true", required=True, help="the items set aside after failing every attempt"
    )
    inbox.add_argument("--conversation", metavar="ID", help="only this conversation (as in the logs and on the card)")
    inbox.add_argument(
        "--json", action="store_true", help="a JSON array, one object per item ([] when nothing was set aside)"
    )
    inbox.set_defaults(handler=lambda args: asyncio.run(_dead(args.conversation, args.json)))


async def _dead(conversation_id: str | None, as_json: bool) -> int:
    _, store = await opened_store()
    try:
        items = await store.inbox_dead_letters(LIST_LIMIT, conversation_id)
    finally:
        await store.close()
    return show(
        [_described(item) for item in items],
        as_json,
        lambda d: f"#{d['id']}  {d['conversation']}  {d['what']} {d['event']} received {d['received']}  after "
                  f"{d['attempts']} attempt(s): {d['error']}",
        "nothing was set aside: every item received was processed or is still being tried",
        "{count} item(s) set aside{more}; the people concerned were told in the conversation and the agents' channel",
    )


def _described(item: InboxItem) -> dict:
    """What an admin needs to look into it, without the words (they may be personal)."""
    what = WHAT.get(kind_of(item), kind_of(item))
    if isinstance(item.payload, Unreadable):
        what = f"unreadable {what}"
    return {
        "id": item.id,
        "conversation": item.conversation_id,
        "event": item.event_key,
        "what": what,
        "received": item.received_at.isoformat(timespec="seconds"),
        "attempts": item.attempts,
        "error": one_line_error(item.error),
    }
