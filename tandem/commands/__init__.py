"""Sub-commands of ``tandem``; each module has ``register(subparsers)``."""

from . import audit, chat, data, evaluate, insight, manifest, outbox, run, triage

COMMANDS = (run, chat, triage, evaluate, data, outbox, audit, insight, manifest)
