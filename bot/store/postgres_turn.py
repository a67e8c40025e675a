"""A turn committed to PostgreSQL in one statement, so one round trip: the conversation row (checked
against the version the turn was built on), its transcript and audit entries, the outbox, and the
inbox item marked processed. Data-modifying CTEs run together and atomically; every insert joins the
conversation's CTE, so when the version check fails nothing at all is written."""

from __future__ import annotations

from typing import Any

from .. import codec
from ..runtime.turn import Turn
from .records import notify_at

_NEW = (
    "INSERT INTO conversations (id, email, state, updated_at, version, data, notify_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $13) ON CONFLICT (id) DO NOTHING RETURNING id"
)
_UPDATE = (
    "UPDATE conversations SET email = $2, state = $3, updated_at = $4, version = $5, data = $6, notify_at = $13 "
    "WHERE id = $1 AND version = $18 RETURNING id"
)
_REST = """,
transcript_rows AS (
    INSERT INTO transcript (conversation_id, data)
    SELECT saved.id, t.data FROM saved, unnest($7::text[]) WITH ORDINALITY AS t(data, n) ORDER BY t.n
),
audit_rows AS (
    INSERT INTO audit (conversation_id, at, data)
    SELECT a.conversation_id, a.at, a.data
    FROM saved, unnest($8::text[], $9::timestamptz[], $10::text[]) WITH ORDINALITY AS a(conversation_id, at, data, n)
    ORDER BY a.n
),
outbox_rows AS (
    INSERT INTO outbox (conversation_id, effect, queued_at)
    SELECT saved.id, e.effect, now() FROM saved, unnest($11::text[]) WITH ORDINALITY AS e(effect, n) ORDER BY e.n
    RETURNING id
),
fact_rows AS (
    INSERT INTO facts (conversation_id, kind, at, data)
    SELECT f.conversation_id, f.kind, f.at, f.data
    FROM saved, unnest($14::text[], $15::text[], $16::timestamptz[], $17::text[])
        WITH ORDINALITY AS f(conversation_id, kind, at, data, n)
    ORDER BY f.n
),
processed AS (
    UPDATE inbox SET processed = TRUE, payload = '' FROM saved WHERE inbox.id = $12
)
SELECT EXISTS (SELECT 1 FROM saved) AS saved, ARRAY(SELECT id FROM outbox_rows ORDER BY id) AS outbox_ids,
    now() AS queued_at"""

NEW_CONVERSATION = f"WITH saved AS ({_NEW}){_REST}"
NEXT_VERSION = f"WITH saved AS ({_UPDATE}){_REST}"


def statement(turn: Turn) -> tuple[str, list[Any]]:
    """The SQL and its arguments; the result row has ``saved`` (False: a conflict), ``outbox_ids`` and
    ``queued_at`` (the database's clock)."""
    conv = turn.conversation
    stored = turn.stored
    args: list[Any] = [
        conv.id,
        (conv.customer.email or "").lower() or None,
        conv.state.value,
        conv.updated_at,
        stored.version,
        codec.dumps(stored),
        [codec.dumps(e) for e in turn.transcript],
        [a.conversation_id for a in turn.audit],
        [a.at for a in turn.audit],
        [codec.dumps(a) for a in turn.audit],
        [codec.dumps(e) for e in turn.effects],
        turn.inbox_id,
        notify_at(conv),
        [f.conversation_id for f in turn.facts],
        [f.kind.value for f in turn.facts],
        [f.at for f in turn.facts],
        [codec.dumps(f) for f in turn.facts],
    ]
    if turn.expected_version is None:
        return NEW_CONVERSATION, args
    return NEXT_VERSION, [*args, turn.expected_version]
