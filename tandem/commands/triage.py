"""``tandem triage``: one message per stdin line in, one JSON decision per line out."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from bot.settings import ConfigError, Settings
from bot.triage import Triage, TriageConfig
from bot.triage.evaluate import rules_classifier, triage_stream

from ..app import AdminConfig

DESCRIPTION = """\
Decide for each message whether the bot answers it or a person should, with the rules the bot itself
uses (and TANDEM_CONFIG's [triage] overrides); no language model, nothing stored.

Reads one message per line on standard input: plain text, or a JSON object with "text". Writes one JSON
object per line: route ("bot" or "human"), reason (human_request, frustration, complaint,
sensitive:self_harm, …, or null), intent (order_tracking, …), priority, sentiment and the signals that
fired. A line that cannot be read gets {"error": …} and the rest go on.

  echo "this is the third time I ask, I want a person" | tandem triage
  tandem triage < messages.txt > decisions.jsonl

To measure it on labelled messages, see `tandem eval`."""


def register(sub) -> None:
    p = sub.add_parser(
        "triage",
        help="triage messages from stdin (text or JSON with 'text'), one JSON result per line",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
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
