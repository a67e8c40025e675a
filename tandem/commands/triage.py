"""``tandem triage``: one message per stdin line in, one JSON decision per line out."""

from __future__ import annotations

import asyncio
import json
import sys

from bot.settings import ConfigError, Settings
from bot.triage import Triage, TriageConfig
from bot.triage.evaluate import rules_classifier, triage_stream

from ..app import AdminConfig


def register(sub) -> None:
    p = sub.add_parser("triage", help="triage messages from stdin (text or JSON with 'text'), one JSON result per line")
    p.set_defaults(handler=lambda args: asyncio.run(run_triage()))


def configured_triage(settings: Settings) -> Triage:
    """The rules triage with the admin's TANDEM_CONFIG overrides, as the bot itself uses it."""
    table = AdminConfig.load(settings.config_file)["triage"]
    try:
        return Triage(TriageConfig.from_mapping(table) if table else TriageConfig.default())
    except ValueError as exc:
        raise ConfigError(f"TANDEM_CONFIG={settings.config_file}: {exc}") from exc


async def run_triage() -> int:
    classify = rules_classifier(configured_triage(Settings.from_env()))
    async for result in triage_stream(sys.stdin, classify):
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
