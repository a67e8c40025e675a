"""Sub-commands of ``tandem``; each module has ``register(subparsers)``."""

from . import audit, chat, data, evaluate, inbox, insight, manifest, outbox, run, triage

COMMANDS = (run, chat, triage, evaluate, data, outbox, inbox, audit, insight, manifest)
