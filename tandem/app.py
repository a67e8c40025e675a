"""The composition root: settings in, a running Runtime out. With ``tandem/platforms.py`` (which builds the
platforms' adapters), the only place that knows every concrete class."""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bot.flows.toolkit import Toolkit
from bot.hours import time_zone
from bot.insight.digest import DigestSchedule, WeeklyDigest
from bot.language import LanguageWording
from bot.models import Address
from bot.platform import Directory, Messenger, Outgoing
from bot.ports import Observer, Store
from bot.privacy.redact import Redactor
from bot.runtime.engine import Engine
from bot.runtime.outbox import Deliverer
from bot.runtime.runtime import Runtime, Timings, utc_now
from bot.settings import ConfigError, Settings, agent_channel_address
from bot.skills.knowledge import KnowledgeBase, KnowledgeBaseError, KnowledgeSkill, KnowledgeWording
from bot.skills.order_source import FileOrderSource, open_order_source
from bot.skills.order_wording import OrderWording
from bot.skills.orders import OrderSkill
from bot.skills.smalltalk import SmallTalkSkill, SmallTalkWording
from bot.skills.wording_overrides import with_overrides
from bot.store import open_store
from bot.triage import History, Triage, TriageConfig
from bot.wording import Templates, Wording, reason_label

logger = logging.getLogger(__name__)

LOCAL_AGENTS = Address(platform="local", workspace="local", channel="agents")


@dataclass(frozen=True)
class AdminConfig:
    """The admin's TOML file (``TANDEM_CONFIG``): wording, triage and redaction overrides."""

    TABLES = ("messages", "orders", "smalltalk", "knowledge", "triage", "redaction", "languages")

    tables: Mapping[str, Mapping[str, Any]]

    def __getitem__(self, table: str) -> Mapping[str, Any]:
        return self.tables.get(table, {})

    def redactor(self, contacts: bool = False) -> Redactor:
        """The built-in redaction plus ``[redaction] patterns`` (and emails and phone numbers with ``contacts``);
        ValueError for anything but a list of regular expressions that each need some text to match."""
        return Redactor(redaction_patterns(self["redaction"]), redact_contacts=contacts)

    @classmethod
    def load(cls, path: str | None) -> AdminConfig:
        if not path:
            return cls({})
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"TANDEM_CONFIG={path}: {exc}") from exc
        unknown = sorted(set(data) - set(cls.TABLES))
        if unknown:
            raise ConfigError(
                f"TANDEM_CONFIG={path}: unknown table(s) {', '.join(unknown)}; expected {', '.join(cls.TABLES)}"
            )
        for name, table in data.items():
            if not isinstance(table, dict):
                raise ConfigError(f"TANDEM_CONFIG={path}: {name} must be a table ([{name}] with its settings below)")
        return cls(data)


def redaction_patterns(table: Mapping[str, Any]) -> tuple[str, ...]:
    """``[redaction] patterns``, checked: a string there (not a list) once redacted every letter in it."""
    unknown = sorted(set(table) - {"patterns"})
    if unknown:
        raise ValueError(f"[redaction] {unknown[0]}: unknown setting (known: patterns)")
    patterns = table.get("patterns", [])
    if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
        raise ValueError(
            '[redaction] patterns: expected a list of regular expressions, e.g. patterns = ["ACME-\\d{8}"]'
        )
    for pattern in patterns:
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"[redaction] patterns: {pattern!r} is not a regular expression ({exc})") from None
        if compiled.search("") is not None:
            raise ValueError(f"[redaction] patterns: {pattern!r} matches empty text, so it would redact everywhere")
    return tuple(patterns)


@dataclass(frozen=True)
class Overrides:
    """Everything ``TANDEM_CONFIG`` changes, read and checked."""

    wording: Wording
    triage: TriageConfig
    redactor: Redactor
    orders: OrderWording
    smalltalk: SmallTalkWording
    knowledge: KnowledgeWording
    languages: LanguageWording


def load_overrides(settings: Settings) -> Overrides:
    """``TANDEM_CONFIG`` read and checked as a whole (tables, keys, types, placeholders per message, regular
    expressions, numbers in range); ConfigError names the first mistake. ``tandem run`` calls it first
    thing, so a mistake stops the start instead of failing every turn that says the message."""
    config = AdminConfig.load(settings.config_file)
    constants = _constants(settings)
    try:
        return Overrides(
            wording=Wording.from_mapping(config["messages"]),
            triage=TriageConfig.from_mapping(config["triage"]) if config["triage"] else TriageConfig.default(),
            redactor=config.redactor(settings.redact_contacts),
            orders=with_overrides(OrderWording(), config["orders"], section="orders"),
            smalltalk=with_overrides(SmallTalkWording(), config["smalltalk"], section="smalltalk"),
            knowledge=with_overrides(KnowledgeWording(), config["knowledge"], section="knowledge"),
            languages=LanguageWording.from_mapping(config["languages"], **constants),
        )
    except ValueError as exc:
        raise ConfigError(f"TANDEM_CONFIG={settings.config_file}: {exc}") from exc


def _constants(settings: Settings) -> dict[str, Any]:
    """What every message may say: the deployment's team, retention and privacy policy."""
    return {
        "team": settings.team_name,
        "retention_days": settings.retention_days,
        "policy_url": settings.privacy_policy_url,
    }


async def build_toolkit(settings: Settings, agent_channel: Address, assistant=None, clock=utc_now) -> Toolkit:
    overrides = load_overrides(settings)
    wording, triage_config, redactor, languages = (
        overrides.wording,
        overrides.triage,
        overrides.redactor,
        overrides.languages,
    )
    order_wording, smalltalk_wording, knowledge_wording = overrides.orders, overrides.smalltalk, overrides.knowledge
    constants = _constants(settings)
    say = Templates(wording, **constants)
    zone = time_zone(settings.timezone)

    def today() -> date:  # the shop's day: a parcel due today is not late until tomorrow there
        return clock().astimezone(zone).date()

    order_source = open_order_source(
        settings.orders, today=today, token=settings.orders_token, cache_seconds=settings.orders_cache_seconds
    )
    await order_source.load()
    variables = {"retention_days": str(settings.retention_days), "privacy_policy_url": settings.privacy_policy_url}
    try:
        knowledge = (
            KnowledgeBase.load(settings.knowledge_base, variables)
            if settings.knowledge_base
            else KnowledgeBase.bundled(variables)
        )
    except KnowledgeBaseError as exc:
        raise ConfigError(f"TANDEM_KB: {exc}") from exc
    return Toolkit(
        triage=Triage(triage_config, languages=languages.enabled),
        history=History,
        handoff_reply=lambda reason: triage_config.reply_for(reason).format(team=settings.team_name),
        orders=OrderSkill(order_source, order_wording, today=today),
        order_source=order_source,
        knowledge=KnowledgeSkill(knowledge, knowledge_wording),
        smalltalk=SmallTalkSkill(smalltalk_wording),
        redact=redactor.redact,
        redact_secrets=redactor.redact_secrets,
        say=say,
        wording=wording,
        note_prefix=settings.note_prefix,
        agent_channel=agent_channel,
        assistant=assistant if assistant is not None else _assistant(settings, redactor.redact, order_source),
        wait_notice=timedelta(minutes=settings.wait_notice_minutes) if settings.wait_notice_minutes > 0 else None,
        hours=settings.opening_hours(),
        agent_idle=timedelta(hours=settings.agent_idle_hours) if settings.agent_idle_hours > 0 else None,
        languages=languages if languages.enabled else None,
    )


async def build_runtime(
    settings: Settings,
    messengers: Mapping[str, Messenger],
    *,
    local_agents: bool = False,
    store: Store | None = None,
    clock=utc_now,
    timings: Timings | None = None,
    directories: Mapping[str, Directory] | None = None,
    observer: Observer | None = None,
) -> tuple[Runtime, Store]:
    """Everything but the platforms' servers: the caller starts (and stops) the returned runtime.
    ``timings`` default to ``runtime_timings(settings)``; ``directories`` (by platform) tell the runtime who
    people are when an adapter hands over only their id."""
    if local_agents:
        agent_channel = LOCAL_AGENTS
    elif settings.agent_channel:
        agent_channel = agent_channel_address(settings.agent_channel)
    else:
        raise ConfigError("TANDEM_AGENT_CHANNEL is not set: where should handoffs go? e.g. slack:C0123456789")
    if agent_channel.platform not in messengers:
        raise ConfigError(
            f"TANDEM_AGENT_CHANNEL={settings.agent_channel}: {agent_channel.platform} is not configured "
            f"(configured: {', '.join(sorted(messengers)) or 'none'})"
        )
    store = store or open_store(settings.database_url)
    await store.initialize()
    try:
        kit = await build_toolkit(settings, agent_channel, clock=clock)
    except BaseException:
        await store.close()
        raise
    engine = Engine(kit, store, clock)
    deliverer = Deliverer(store, messengers, agent_channel, clock, kit.say(kit.wording.customer_unreachable))
    digest = _weekly_digest(settings, store, deliverer, agent_channel)
    runtime = Runtime(
        engine,
        store,
        deliverer,
        clock=clock,
        retention_days=settings.retention_days,
        timings=timings or runtime_timings(settings),
        directories=directories,
        digest=digest,
        observer=observer,
    )
    return runtime, store


def _weekly_digest(
    settings: Settings, store: Store, deliverer: Deliverer, agent_channel: Address
) -> WeeklyDigest | None:
    """TANDEM_DIGEST: last week's report in the agents' channel at that time every week (off when unset)."""
    if not settings.digest:
        return None
    schedule = DigestSchedule.parse(settings.digest, settings.timezone)

    async def post(text: str) -> None:
        await deliverer.messenger(agent_channel.platform).send(agent_channel, Outgoing(kind="digest", text=text))

    return WeeklyDigest(schedule, store, post, reason_label)


def runtime_timings(settings: Settings) -> Timings:
    """The runtime's timings from TANDEM_LEASE_SECONDS and TANDEM_SWEEP_SECONDS (after a crash, another
    instance carries on with a conversation within about ``lease_seconds + sweep_seconds``) and
    TANDEM_IDENTITY_WAIT_SECONDS."""
    return Timings(
        lease_seconds=settings.lease_seconds,
        sweep_every=settings.sweep_seconds,
        stalled_after=min(Timings.stalled_after, settings.lease_seconds),
        identity_patience=settings.identity_wait_seconds,
    )


def _assistant(settings: Settings, redact, order_source):
    """The language model, when OPENAI_API_KEY and/or OPENAI_BASE_URL are set; otherwise the rules alone."""
    if not settings.llm_configured:
        return None
    from bot.llm import build_assistant

    # only a file of orders knows every identifier there is; an order API is asked one customer at a time
    known = order_source.known_identifiers if isinstance(order_source, FileOrderSource) else None
    return build_assistant(settings, redact, known_identifiers=known)
