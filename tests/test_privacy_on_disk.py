"""No raw secret on disk, ever: customers on Slack, Teams and the playground type card numbers (one in
Arabic-Indic digits), a password, an AWS secret key and an IBAN; an agent pastes a card into a note.
Afterwards none of it is in any table, in the SQLite file or its WAL, in PostgreSQL's heap pages (dead
tuples included, read with pageinspect) or its WAL segments, in the logs (at DEBUG), in what the Slack
and Teams stand-ins were sent, or in what the language model was sent.

The secrets are made up afresh for every run, so nothing else that ever ran against the same server
can match them."""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import string
from dataclasses import dataclass, replace
from pathlib import Path

import aiohttp
import pytest

from bot.settings import Settings
from tandem.server import Server, start_server
from tandem.testing.llm import Reply, StandIn
from tandem.testing.playground import FAST, Playground, playground, texts
from tandem.testing.polling import wait_for
from tandem.testing.slack import payloads as slack_payloads
from tandem.testing.slack.standin import SlackStandin
from tandem.testing.teams import payloads as teams_payloads
from tandem.testing.teams.standin import BotConnectorStandIn
from tests.pg import admin_connection, create_schema, database_url_for_tests, drop_schema
from tests.teams.harness import teams_members
from tests.test_redaction import luhn_check_digit

AGENTS = "C0AGENTS"
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class Secrets:
    card: str  # 16 digits
    card2: str
    card3: str
    password: str
    aws: str
    iban: str

    @classmethod
    def fresh(cls) -> Secrets:
        rng = random.SystemRandom()

        def visa() -> str:
            body = "4" + "".join(rng.choice(string.digits) for _ in range(14))
            return body + luhn_check_digit(body)

        def word(alphabet: str, n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        bban = word(string.digits, 18)
        numeric = int("".join(str(int(ch, 36)) for ch in bban + "DE00"))
        return cls(
            card=visa(),
            card2=visa(),
            card3=visa(),
            password="Pw-" + word(string.ascii_letters + string.digits, 12) + "!",
            aws=word(string.ascii_letters, 10) + "/" + word(string.digits,
                                                            4) + "+" + word(string.ascii_letters + string.digits, 24),
            iban=f"DE{98 - numeric % 97:02d}{bban}",
        )

    def needles(self) -> dict[str, str]:
        """Every form in which a secret could be found: as typed and compact, and a telltale middle part."""
        found: dict[str, str] = {}
        for name in ("card", "card2", "card3"):
            number = getattr(self, name)
            found[name] = number
            found[f"{name} middle"] = number[4:12]
            found[f"{name} grouped"] = " ".join(number[i : i + 4] for i in range(0, 16, 4))
            found[f"{name} arabic"] = number.translate(ARABIC)
            found[f"{name} arabic middle"] = number[4:12].translate(ARABIC)
        found["password"] = self.password
        found["password middle"] = self.password[3:12]
        found["aws"] = self.aws
        found["aws middle"] = self.aws[8:30]
        found["iban"] = self.iban
        found["iban middle"] = self.iban[4:16]
        return found

    def in_text(self, text: str) -> list[str]:
        return [name for name, needle in self.needles().items() if needle in text]

    def in_bytes(self, data: bytes) -> list[str]:
        return [name for name, needle in self.needles().items() if needle.encode() in data]


def dotted(number: str) -> str:
    return ".".join(number[i : i + 4] for i in range(0, len(number), 4))


def per_line(number: str) -> str:
    return "\n".join(number[i : i + 4] for i in range(0, len(number), 4))


def dashed_iban(iban: str) -> str:
    return "-".join(iban[i : i + 4] for i in range(0, len(iban), 4))


@dataclass
class Platforms:
    slack: SlackStandin
    teams: BotConnectorStandIn
    llm: StandIn

    def everything_sent(self) -> str:
        slack = [json.dumps(dict(c.args), ensure_ascii=False) for c in self.slack.calls]
        teams = [json.dumps(c.body, ensure_ascii=False) for c in self.teams.calls]
        llm = [json.dumps(r, ensure_ascii=False) for r in self.llm.requests]
        return "\n".join(slack + teams + llm)


@pytest.fixture
async def platforms():
    slack = await SlackStandin().start()
    slack.add_user("U0ADA", "Ada Lovelace", "ada@example.com", display_name="Ada")
    slack.add_user("U0SAM", "Sam Rivera", "sam@support.example.com", display_name="Sam")
    teams = await BotConnectorStandIn(members=teams_members()).start()
    llm = StandIn(default=Reply("I'm sorry, I can't help with that one here."))
    await llm.start()
    try:
        yield Platforms(slack, teams, llm)
    finally:
        await llm.stop()
        await teams.stop()
        await slack.stop()


@dataclass
class Running:
    server: Server
    chat: Playground

    async def stop(self) -> None:
        await self.chat.close()
        await self.server.stop()


async def converse(platforms: Platforms, database_url: str, secrets: Secrets, store_for_chat) -> Running:
    """Slack and Teams customers (agents on Slack) through ``tandem run``'s server, then a playground
    customer on the same database; both left running, so their files are open to read."""
    s = secrets
    settings = Settings.from_env(
        {
            "SLACK_BOT_TOKEN": "xoxb-test-token",
            "SLACK_SIGNING_SECRET": slack_payloads.SECRET,
            "SLACK_API_URL": platforms.slack.url,
            "TEAMS_ENABLED": "1",
            "TEAMS_SERVICE_URL": platforms.teams.url,
            "TANDEM_AGENT_CHANNEL": f"slack:{AGENTS}",
            "OPENAI_BASE_URL": platforms.llm.base_url,
            "DATABASE_URL": database_url,
            "HOST": "127.0.0.1",
        }
    )
    server = await start_server(replace(settings, port=0), timings=FAST)
    slack = platforms.slack

    async def slack_event(event: dict) -> None:
        body, headers = slack_payloads.event_request(slack_payloads.event_callback(event))
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"{server.url}/slack/events", data=body.encode(), headers=headers) as response,
        ):
            assert response.status == 200

    async def teams(text: str) -> None:
        activity = teams_payloads.personal_message(platforms.teams.url, text)
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"{server.url}/api/messages", json=activity) as response,
        ):
            assert response.status == 200
        await server.runtime.idle()

    try:
        # Slack: a card with dots and a password before the handoff, a card per line and a CVV with it,
        # then (waiting) an AWS key and a card in Arabic-Indic digits, relayed to the card's thread
        await slack_event(slack_payloads.dm(f"hi, my card is {dotted(s.card)} and my password {s.password}"))
        await wait_for(lambda: slack.posts("D0ADA"), what="the bot's answer on Slack")
        await slack_event(slack_payloads.dm(f"I want to talk to a person, card\n{per_line(s.card)}\ncvv 123"))
        (card,) = await wait_for(lambda: slack.posts(AGENTS), what="the Slack customer's card")
        await slack_event(slack_payloads.dm(f"also aws {s.aws} and {s.card2.translate(ARABIC)}"))
        await wait_for(lambda: slack.texts(AGENTS, thread=card.ts), what="the relay into the card's thread")
        # the agent pastes the card into an internal note
        note = slack_payloads.channel_message(f"!note she sent {s.card2}", "U0SAM", AGENTS, thread_ts=card.ts)
        await slack_event(note)
        await wait_for(lambda: slack.of("reactions.add"), what="the note kept internal")

        # Teams: a password and a card, then a handoff with a login pair, then an IBAN with dashes
        await teams(f"my card {s.card3} password: {s.password}")
        await teams(f"let me talk to a person please, login ada / {s.password}")
        await wait_for(lambda: len(slack.posts(AGENTS)) >= 2, what="the Teams customer's card")
        await teams(f"my IBAN is {dashed_iban(s.iban)}")
        await wait_for(lambda: len(slack.texts(AGENTS)) >= 4, what="the Teams relay")
        await server.runtime.idle()

        # the playground, on the same database
        chat = await playground(email="grace@example.com", store=store_for_chat())
    except BaseException:
        await server.stop()
        raise
    running = Running(server, chat)
    try:
        await chat.say(f"my card is {s.card} and password: {s.password}")
        await chat.say(f"I need a person, the key is {s.aws}")
        await chat.say(f"IBAN {dashed_iban(s.iban)}, card {s.card3.translate(ARABIC)}")
    except BaseException:
        await running.stop()
        raise
    return running


def leaks_outside_the_database(
    secrets: Secrets, platforms: Platforms, records: list[dict], caplog
) -> dict[str, list[str]]:
    logs = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    return {
        where: found
        for where, found in {
            "logs": secrets.in_text(logs),
            "platforms and model": secrets.in_text(platforms.everything_sent()),
            "playground": secrets.in_text(json.dumps(records, ensure_ascii=False)),
        }.items()
        if found
    }


@pytest.mark.slow
async def test_sqlite_never_holds_a_raw_secret(platforms, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    secrets = Secrets.fresh()
    path = tmp_path / "tandem.db"
    from bot.store.sqlite import SQLiteStore

    running = await converse(platforms, f"sqlite:///{path}", secrets, lambda: SQLiteStore(str(path)))
    try:
        records = running.chat.records
        assert "[card number removed]" in texts(records, "agents")
        wal = Path(f"{path}-wal")  # both instances are still open: the write-ahead log is all there
        found = {"wal": secrets.in_bytes(wal.read_bytes())}
    finally:
        await running.stop()
    db = sqlite3.connect(path)
    try:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert {"inbox", "transcript", "conversations", "outbox"} <= set(tables)
        for table in tables:
            found[table] = secrets.in_text("\n".join(map(str, db.execute(f'SELECT * FROM "{table}"'))))
    finally:
        db.close()
    found["file"] = secrets.in_bytes(path.read_bytes())
    found.update(leaks_outside_the_database(secrets, platforms, records, caplog))
    assert {where: names for where, names in found.items() if names} == {}


@pytest.mark.slow
async def test_postgresql_never_holds_a_raw_secret_not_even_in_dead_tuples_or_wal(platforms, caplog):
    caplog.set_level(logging.DEBUG)
    secrets = Secrets.fresh()
    schema = await create_schema()
    admin = await admin_connection()
    try:
        start_lsn = await admin.fetchval("SELECT pg_current_wal_lsn()")
        from bot.store.postgres import PostgresStore

        url = f"{database_url_for_tests()}?search_path={schema}"
        running = await converse(platforms, url, secrets, lambda: PostgresStore(url))
        try:
            records = running.chat.records
            assert "[card number removed]" in texts(records, "agents")
        finally:
            await running.stop()
        found = {"wal": secrets.in_bytes(await wal_since(admin, start_lsn))}
        relations = await admin.fetch(
            """SELECT c.oid::regclass::text AS name, c.oid, c.relkind FROM pg_class c
               WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'i', 't')
               UNION
               SELECT t.oid::regclass::text, t.oid, t.relkind FROM pg_class c JOIN pg_class t ON t.oid = c.reltoastrelid
               WHERE c.relnamespace = $1::regnamespace""",
            schema,
        )
        assert {"inbox", "transcript", "outbox"} <= {r["name"].split(".")[-1].strip('"') for r in relations}
        for relation in relations:
            if relation["relkind"] == "r":
                rows = await admin.fetch(f"SELECT * FROM {relation['name']}")
                found[f"{relation['name']} rows"] = secrets.in_text("\n".join(map(str, rows)))
            found[f"{relation['name']} pages"] = secrets.in_bytes(await raw_pages(admin, relation["oid"]))
        found.update(leaks_outside_the_database(secrets, platforms, records, caplog))
        assert {where: names for where, names in found.items() if names} == {}
    finally:
        await admin.close()
        await drop_schema(schema)


async def raw_pages(conn, oid: int) -> bytes:
    """Every page of a relation as PostgreSQL keeps it, dead tuples included (pageinspect), or, where the
    extension cannot be had, the relation's files after a checkpoint."""
    blocks = await conn.fetchval("SELECT pg_relation_size($1::oid::regclass) / current_setting('block_size')::int", oid)
    if await _pageinspect(conn):
        pages = [
            await conn.fetchval("SELECT get_raw_page($1::oid::regclass::text, $2::int)", oid, n) for n in range(blocks)
        ]
        return b"".join(pages)
    await conn.execute("CHECKPOINT")
    path = await conn.fetchval("SELECT pg_relation_filepath($1::oid::regclass)", oid)
    return await conn.fetchval("SELECT pg_read_binary_file($1)", path) if blocks else b""


async def _pageinspect(conn) -> bool:
    try:
        await conn.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
    except Exception:  # another run creating it at the same moment, or no contrib package
        return bool(await conn.fetchval("SELECT count(*) FROM pg_extension WHERE extname = 'pageinspect'"))
    return True


async def wal_since(conn, start_lsn) -> bytes:
    """The bytes of the write-ahead log from ``start_lsn`` to now, read from the WAL segment files."""
    end_lsn = await conn.fetchval("SELECT pg_current_wal_lsn()")  # written out: every commit flushed its part
    segment = await conn.fetchval("SELECT setting::bigint * 1 FROM pg_settings WHERE name = 'wal_segment_size'")
    unit = await conn.fetchval("SELECT unit FROM pg_settings WHERE name = 'wal_segment_size'")
    segment_bytes = segment * {"B": 1, "8kB": 8192, "MB": 1 << 20}.get(unit or "B", 1)
    first, offset = await conn.fetchrow("SELECT file_name, file_offset FROM pg_walfile_name_offset($1)", start_lsn)
    last, end = await conn.fetchrow("SELECT file_name, file_offset FROM pg_walfile_name_offset($1)", end_lsn)
    names = [first]
    while names[-1] != last:
        names.append(
            await conn.fetchval(
                "SELECT pg_walfile_name($1::pg_lsn + $2::bigint)", start_lsn, segment_bytes * len(names)
            )
        )
    chunks = []
    for i, name in enumerate(names):
        start = offset if i == 0 else 0
        stop = end if name == last else segment_bytes
        chunks.append(
            await conn.fetchval("SELECT pg_read_binary_file($1, $2, $3)", f"pg_wal/{name}", start, max(0, stop - start))
        )
    return b"".join(chunks)
