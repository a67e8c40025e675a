"""The composition root: settings in, a running core out. The only place that knows every concrete class."""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from bot.core import CoreTimings, Tandem, utc_now
from bot.delivery import Deliverer
from bot.engine import Engine
from bot.flows.toolkit import Toolkit
from bot.models import Address
from bot.ports import Messenger, Store
from bot.privacy.redact import Redactor
from bot.settings import ConfigError, Settings, agent_channel_address
from bot.skills.knowledge import KnowledgeBase, KnowledgeSkill
from bot.skills.order_source import open_order_source
from bot.skills.orders import OrderSkill
from bot.skills.smalltalk import SmallTalk
from bot.store import open_store
from bot.triage import History, Triage, TriageConfig
from bot.wording import Templates, Wording

logger = logging.getLogger(__name__)

LOCAL_AGENTS = Address(platform="local", workspace="local", channel="agents")
BUNDLED_KB = Path(__file__).resolve().parents[1] / "bot" / "data" / "kb"


@dataclass(frozen=True)
class AdminConfig:
    """The admin's TOML file (``TANDEM_CONFIG``): wording, triage and redaction overrides."""

    messages: Mapping[str, Any]
    triage: Mapping[str, Any]
    redaction_patterns: tuple[str, ...]

    @classmethod
    def load(cls, path: str | None) -> "AdminConfig":
        if not path:
            return cls({}, {}, ())
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"TANDEM_CONFIG={path}: {exc}") from exc
        unknown = sorted(set(data) - {"messages", "triage", "redaction"})
        if unknown:
            raise ConfigError(f"TANDEM_CONFIG={path}: unknown table(s) {', '.join(unknown)}; expected messages, triage, redaction")
        patterns = data.get("redaction", {}).get("patterns", [])
        return cls(data.get("messages", {}), data.get("triage", {}), tuple(patterns))


async def build_toolkit(settings: Settings, agent_channel: Address, assistant=None) -> Toolkit:
    config = AdminConfig.load(settings.config_file)
    try:
        wording = Wording.from_mapping(config.messages)
        triage_config = TriageConfig.from_mapping(config.triage) if config.triage else TriageConfig.default()
        redactor = Redactor(config.redaction_patterns)
    except ValueError as exc:
        raise ConfigError(f"TANDEM_CONFIG={settings.config_file}: {exc}") from exc
    say = Templates(
        wording,
        team=settings.team_name,
        retention_days=settings.retention_days,
        policy_url=settings.privacy_policy_url,
    )
    order_source = open_order_source(settings.orders)
    await _load(order_source)
    knowledge = KnowledgeBase.load(Path(settings.knowledge_base) if settings.knowledge_base else BUNDLED_KB)
    return Toolkit(
        triage=Triage(triage_config),
        history=History,
        handoff_reply=lambda reason: triage_config.reply_for(reason).format(team=settings.team_name),
        orders=OrderSkill(order_source),
        order_source=order_source,
        knowledge=KnowledgeSkill(knowledge),
        smalltalk=SmallTalk(),
        redact=redactor.redact,
        say=say,
        wording=wording,
        note_prefix=settings.note_prefix,
        agent_channel=agent_channel,
        assistant=assistant,
    )


async def _load(source: Any) -> None:
    load = getattr(source, "load", None)
    if load is not None:
        await load()


async def build_core(
    settings: Settings,
    messengers: Mapping[str, Messenger],
    *,
    local_agents: bool = False,
    store: Store | None = None,
    clock=utc_now,
    timings: CoreTimings = CoreTimings(),
) -> tuple[Tandem, Store]:
    """Everything but the platforms' servers: the caller starts (and stops) the returned core."""
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
        kit = await build_toolkit(settings, agent_channel, assistant=_assistant(settings))
    except BaseException:
        await store.close()
        raise
    engine = Engine(kit, store, clock)
    deliverer = Deliverer(store, messengers, agent_channel, clock, kit.say("customer_unreachable"))
    core = Tandem(engine, store, deliverer, clock=clock, retention_days=settings.retention_days, timings=timings)
    return core, store


def _assistant(settings: Settings):
    if not settings.llm_configured:
        return None
    logger.warning("LLM settings found, but the LLM assistant is not part of this build; using the rules")
    return None
