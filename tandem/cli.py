"""The ``tandem`` command: one sub-command per module in ``tandem.commands``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from bot.ports import OrderSourceError, StoreError
from bot.settings import ConfigError

from .commands import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tandem",
        description="Tandem: a customer-support bot for Slack and Microsoft Teams, with a seamless handoff to people.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {installed_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    for listed in sub._choices_actions:  # `tandem X --help` opens with what X does, as `tandem --help` lists it
        command = sub.choices[listed.dest]
        command.description = command.description or listed.help
    return parser


def installed_version() -> str:
    try:
        return version("tandem-bot")
    except PackageNotFoundError:
        return "(not installed: run it from an install, e.g. pip install .)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except (ConfigError, StoreError, OrderSourceError) as exc:
        print("tandem: " + " ".join(str(exc).split()), file=sys.stderr)  # one line, whatever the cause
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)  # the shell's prompt on a line of its own, after the ^C
        return 130
    except BrokenPipeError:
        # the reader went away (`tandem triage < big.txt | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
