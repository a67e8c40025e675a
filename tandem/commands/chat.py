"""``tandem chat [--as EMAIL] [--json]``: the local playground."""

from __future__ import annotations

import argparse
import asyncio
import sys

from adapters.local.messenger import LocalMessenger, json_line
from bot.settings import Settings

from ..app import build_runtime
from ..logs import configure_logging
from .playground import HELP, ChatSession, pretty, read_lines

DEFAULT_CUSTOMER = "ada@example.com"


def customer_email(value: str) -> str:
    """``--as`` takes an email: it is the customer's identity, as Slack or Teams would give it."""
    email = value.strip()
    local, at, domain = email.partition("@")
    if not (local and at and domain) or " " in email or "@" in domain:
        raise argparse.ArgumentTypeError(f"{value!r} is not an email address; try --as grace@example.com")
    return email


def register(sub) -> None:
    p = sub.add_parser("chat", help="talk to the bot on this terminal, as a customer (and as the agent)")
    p.add_argument(
        "--as",
        dest="email",
        type=customer_email,
        default=DEFAULT_CUSTOMER,
        metavar="EMAIL",
        help=f"the customer's email: their orders are the ones shown (default {DEFAULT_CUSTOMER})",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per output line")
    p.add_argument("--agent-name", default="Sam", help="the agent's name when you play the agent (default Sam)")
    p.set_defaults(handler=lambda args: asyncio.run(chat(args.email, args.json, args.agent_name)))


async def chat(email: str, as_json: bool, agent_name: str, settings: Settings | None = None) -> int:
    settings = settings or Settings.from_env()
    configure_logging(settings.log_level, quiet=True)
    interactive = sys.stdin.isatty() and not as_json

    def emit(record: dict) -> None:
        print(json_line(record) if as_json else pretty(record), flush=True)

    runtime, store = await build_runtime(settings, {"local": LocalMessenger(emit)}, local_agents=True)
    try:
        await runtime.start()
        session = ChatSession(runtime, store, email, emit, agent_name=agent_name)
        if interactive:
            print(f"Tandem local playground — you are {email}. Database: {settings.database_url}\n{HELP}\n", flush=True)
        async for line in read_lines(sys.stdin, "you › " if interactive else None):
            if not line.strip() and not interactive:
                continue
            if not await session.handle(line):
                break
    finally:
        await runtime.stop()
        await store.close()
    return 0
