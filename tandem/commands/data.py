"""``tandem db migrate``, ``tandem purge`` and ``tandem forget EMAIL``: the admin's data chores."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.runtime.runtime import utc_now
from bot.settings import Settings
from bot.store import open_store


def register(sub) -> None:
    db = sub.add_parser("db", help="database chores")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    migrate = db_sub.add_parser("migrate", help="create or upgrade the schema of DATABASE_URL")
    migrate.set_defaults(handler=lambda args: asyncio.run(_migrate()))

    purge = sub.add_parser("purge", help="delete conversations older than the retention period now")
    purge.add_argument("--days", type=int, help="retention in days (default TANDEM_RETENTION_DAYS or 30)")
    purge.set_defaults(handler=lambda args: asyncio.run(_purge(args.days)))

    forget = sub.add_parser("forget", help="delete one customer's conversations and audit entries")
    forget.add_argument("email", help="the customer's email address")
    forget.set_defaults(handler=lambda args: asyncio.run(_forget(args.email)))


async def opened_store():
    settings = Settings.from_env()
    store = open_store(settings.database_url)
    await store.initialize()  # applies pending migrations
    return settings, store


async def _migrate() -> int:
    settings, store = await opened_store()
    await store.close()
    print(f"database schema is up to date ({settings.redacted()['database_url']})")
    return 0


async def _purge(days: int | None) -> int:
    settings, store = await opened_store()
    try:
        keep = days if days is not None else settings.retention_days
        if keep < 1:
            print("tandem purge: --days must be at least 1")
            return 2
        removed = await store.purge(utc_now() - timedelta(days=keep))
    finally:
        await store.close()
    print(f"deleted {removed} conversation(s) with no activity in the last {keep} days")
    return 0


async def _forget(email: str) -> int:
    if "@" not in email:
        print(f"tandem forget: {email!r} does not look like an email address")
        return 2
    _, store = await opened_store()
    try:
        removed = await store.forget(email, utc_now())
    finally:
        await store.close()
    print(f"deleted {removed} conversation(s) of that customer; an anonymous record of the deletion was kept")
    return 0
