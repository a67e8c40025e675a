"""Logging set-up for the command line: to stderr, never to the stdout that carries JSON."""

from __future__ import annotations

import logging
import sys


def configure_logging(level: str, quiet: bool = False) -> None:
    logging.basicConfig(
        level=logging.WARNING if quiet else getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
        force=True,
    )
