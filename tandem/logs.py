"""Logging set-up for the command line: to stderr, never to the stdout that carries JSON."""

from __future__ import annotations

import logging
import sys

# At DEBUG these log whole request and response bodies: what customers wrote (as it arrived, before
# redaction), profiles and tokens. They stay at INFO whatever TANDEM_LOG_LEVEL says.
CHATTY_LIBRARIES = (
    "slack_sdk",
    "slack_bolt",
    "botbuilder",
    "botframework",
    "msrest",
    "openai",
    "httpx",
    "httpcore",
    "asyncpg",
)


def configure_logging(level: str, quiet: bool = False) -> None:
    chosen = logging.WARNING if quiet else getattr(logging, level, logging.INFO)
    logging.basicConfig(
        level=chosen,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
        force=True,
    )
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(max(chosen, logging.INFO))
