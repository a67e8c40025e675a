"""``tandem run``: serve every configured platform, or the local playground when none is."""

from __future__ import annotations

import asyncio
import sys

from bot.settings import Settings

from ..app import load_overrides

from ..logs import configure_logging


def register(sub) -> None:
    p = sub.add_parser("run", help="serve Slack and/or Teams; with neither configured, start the local playground")
    p.set_defaults(handler=lambda args: run())


def run() -> int:
    settings = Settings.from_env()
    load_overrides(settings)  # TANDEM_CONFIG checked as a whole before anything starts (ConfigError: exit 1)
    if not (settings.slack_configured or settings.teams_configured):
        from .chat import DEFAULT_CUSTOMER, chat

        print(
            "No Slack or Teams credentials are set, so this is the local playground on the bundled demo data.\n"
            "See README.md to connect Slack or Teams.",
            file=sys.stderr,
        )
        return asyncio.run(chat(DEFAULT_CUSTOMER, as_json=False, agent_name="Sam", settings=settings))
    configure_logging(settings.log_level)
    from ..server import serve

    return asyncio.run(serve(settings))
