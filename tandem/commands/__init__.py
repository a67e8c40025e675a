"""Sub-commands of ``tandem``; each module has ``register(subparsers)``."""

from . import audit, chat, data, evaluate, manifest, outbox, run, triage

COMMANDS = (run, chat, triage, evaluate, data, outbox, audit, manifest)
