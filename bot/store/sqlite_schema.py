"""SQLite schema, as numbered migrations applied in order at startup."""

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE inbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_key TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        received_at REAL NOT NULL,
        processed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX inbox_pending ON inbox (conversation_id, processed, id);
    CREATE INDEX inbox_stalled ON inbox (processed, received_at);

    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        email TEXT,
        state TEXT NOT NULL,
        updated_at REAL NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX conversations_email ON conversations (email);
    CREATE INDEX conversations_updated ON conversations (updated_at);

    CREATE TABLE transcript (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX transcript_conversation ON transcript (conversation_id, id);

    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL,
        at REAL NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX audit_conversation ON audit (conversation_id, id);

    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL,
        effect TEXT NOT NULL,
        due REAL,
        attempts INTEGER NOT NULL DEFAULT 0,
        dead INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX outbox_pending ON outbox (conversation_id, dead, id);

    CREATE TABLE leases (
        conversation_id TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        until REAL NOT NULL
    );

    CREATE TABLE cards (
        key TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL
    );
    CREATE INDEX cards_conversation ON cards (conversation_id);
    """,
    # 2: when to tell a customer still waiting for a person that they are still in line
    """
    ALTER TABLE conversations ADD COLUMN notify_at REAL;
    CREATE INDEX conversations_notify ON conversations (notify_at) WHERE notify_at IS NOT NULL;
    """,
    # 3: what happened, for the report, the dashboard and the feedback export (bot/facts.py)
    """
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at REAL NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX facts_at ON facts (at);
    CREATE INDEX facts_conversation ON facts (conversation_id);
    """,
    # 4: an inbox item that keeps failing is tried a bounded number of times, then set aside (dead)
    """
    ALTER TABLE inbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE inbox ADD COLUMN due REAL;
    ALTER TABLE inbox ADD COLUMN dead INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE inbox ADD COLUMN error TEXT NOT NULL DEFAULT '';
    CREATE INDEX inbox_dead ON inbox (id) WHERE dead = 1;
    """,
    # 5: when each outbox item was queued, so a retry can look for what an earlier attempt may have posted
    """
    ALTER TABLE outbox ADD COLUMN queued_at REAL;
    """,
)
