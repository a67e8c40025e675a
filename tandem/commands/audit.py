"""``tandem audit CONVERSATION_ID``: what happened in one conversation, for an admin looking into it.

The audit trail (every handoff, claim, resolve, cancel...: who, when, from which state to which) and,
with ``--transcript``, the messages as the agents saw them: redacted with the same rules as the cards.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime

from bot import codec
from bot.models import AuditEntry, Conversation, TranscriptEntry
from bot.privacy.redact import Redactor
from bot.settings import ConfigError

from ..app import AdminConfig
from .data import opened_store

TRANSCRIPT_LIMIT = 500


def register(sub) -> None:
    audit = sub.add_parser(
        "audit", help="one conversation's audit trail (and, with --transcript, its messages, redacted)"
    )
    audit.add_argument(
        "conversation", metavar="CONVERSATION_ID", help="as in the logs and at the foot of its handoff cards"
    )
    audit.add_argument(
        "--transcript",
        action="store_true",
        help=f"also the last {TRANSCRIPT_LIMIT} messages, redacted as agents see them",
    )
    audit.add_argument("--json", action="store_true", help="one JSON object instead of text")
    audit.set_defaults(handler=lambda args: asyncio.run(_audit(args.conversation, args.transcript, args.json)))


async def _audit(conversation_id: str, with_transcript: bool, as_json: bool) -> int:
    settings, store = await opened_store()
    try:
        conv = await store.conversation(conversation_id)
        if conv is None:
            print(
                f"tandem audit: no conversation {conversation_id!r} (deleted after {settings.retention_days} days, or "
                "never here)"
            )
            return 1
        trail = await store.audit_log(conversation_id)
        transcript = await store.transcript(conversation_id, TRANSCRIPT_LIMIT) if with_transcript else []
    finally:
        await store.close()
    redact = _redactor(settings.config_file, settings.redact_contacts).redact
    transcript = [TranscriptEntry(e.at, e.role, redact(e.text), e.author) for e in transcript]
    if as_json:
        body = {"conversation": _overview(conv), "audit": [codec.to_data(a) for a in trail]}
        if with_transcript:
            body["transcript"] = [codec.to_data(e) for e in transcript]
        print(json.dumps(body, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(_text(conv, trail, transcript, with_transcript)))
    return 0


def _redactor(config_file: str | None, contacts: bool) -> Redactor:
    try:
        return AdminConfig.load(config_file).redactor(contacts)
    except ValueError as exc:
        raise ConfigError(f"TANDEM_CONFIG={config_file}: {exc}") from exc


def _overview(conv: Conversation) -> dict:
    handoff = conv.handoff
    return {
        "id": conv.id,
        "customer": conv.customer.label,
        "email": conv.customer.email,
        "platform": conv.address.platform,
        "state": conv.state.value,
        "started": conv.created_at.isoformat(),
        "last_activity": conv.updated_at.isoformat(),
        "handoff": None
        if handoff is None
        else {
            "reason": handoff.reason,
            "priority": handoff.priority.value,
            "requested": handoff.requested_at.isoformat(),
            "agent": handoff.agent.label if handoff.agent else None,
            "claimed": handoff.claimed_at.isoformat() if handoff.claimed_at else None,
            "closed": handoff.closed_at.isoformat() if handoff.closed_at else None,
        },
    }


def _text(
    conv: Conversation, trail: list[AuditEntry], transcript: list[TranscriptEntry], with_transcript: bool
) -> list[str]:
    email = f" <{conv.customer.email}>" if conv.customer.email else ""
    lines = [
        f"Conversation {conv.id}: {conv.customer.name or 'customer'}{email} on {conv.address.platform}",
        f"Now: {conv.state.value.replace('_', ' ')} · started {_when(conv.created_at)} · last activity "
        f"{_when(conv.updated_at)}",
        "",
        "Audit trail:" if trail else "Audit trail: nothing yet (no handoff so far)",
    ]
    for entry in trail:
        moved = (
            f"{entry.from_state.value} → {entry.to_state.value}"
            if entry.from_state and entry.to_state and entry.from_state != entry.to_state
            else ""
        )
        lines.append(f"  {_when(entry.at)}  {entry.actor:<16} {entry.action:<14} {moved:<20} {entry.detail}".rstrip())
    if with_transcript:
        lines += [
            "",
            f"Messages (redacted, the last {TRANSCRIPT_LIMIT} at most):" if transcript else "Messages: none kept",
        ]
        for said in transcript:
            who = said.author or (
                conv.customer.name if said.role.value == "customer" and conv.customer.name else said.role.value
            )
            text = said.text.replace("\n", "\n" + " " * 8)  # a message's own lines stay under it
            lines.append(
                f"  {_when(said.at)}  {who}{' (internal note)' if said.role.value == 'note' else ''}: {text}"
            )
    return lines


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S %Z").strip()
