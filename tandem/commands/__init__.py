"""Sub-commands of ``tandem``; each module has ``register(subparsers)``."""

from . import chat, data, evaluate, manifest, outbox, run, triage

COMMANDS = (run, chat, triage, evaluate, data, outbox, manifest)
