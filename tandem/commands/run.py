"""``tandem run``: serve every configured platform, or the local playground when none is."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.settings import Settings

from ..app import load_overrides
from ..logs import configure_logging

DESCRIPTION = """\
Serve every platform whose credentials are set, until stopped (Ctrl-C or SIGTERM):
  Slack    SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (events over HTTP at /slack/events)
           or SLACK_APP_TOKEN (Socket Mode: no public URL needed)
  Teams    TEAMS_APP_ID and TEAMS_APP_PASSWORD (Bot Framework at /api/messages),
           or TEAMS_ENABLED=1 (no credentials: callers on this machine only, for testing)
HTTP listens on HOST:PORT (default 0.0.0.0:3000), with /healthz for your load balancer. Handoffs go to
TANDEM_AGENT_CHANNEL (slack:C… or teams:19:…); conversations are kept in DATABASE_URL (default
sqlite:///tandem.db); orders come from TANDEM_ORDERS (default: the bundled demo orders).

With no platform configured it starts the local playground on this terminal instead (as `tandem chat`).
Every setting is an environment variable: see README.md › Configuration, and docs/deploy.md."""


def register(sub) -> None:
    p = sub.add_parser(
        "run",
        help="serve Slack and/or Teams; with neither configured, start the local playground",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
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
