"""Sub-commands of ``tandem``; each module has ``register(subparsers)``."""

from . import chat, evaluate, run, triage

COMMANDS = (run, chat, triage, evaluate)
