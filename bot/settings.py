"""Configuration, read once from the environment into a typed, frozen object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from . import settings_checks as checks
from .errors import ConfigError
from .hours import OpeningHours, time_zone
from .insight.digest import DigestSchedule
from .models import Address

DEFAULT_DATABASE_URL = "sqlite:///tandem.db"


@dataclass(frozen=True)
class Settings:
    # platforms
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_timeout: float = 30.0  # seconds one Web API call may take before it counts as failed (and is looked for)
    teams_app_id: str | None = None
    teams_app_password: str | None = None
    teams_app_tenant_id: str | None = None
    teams_enabled: bool = False
    teams_service_url: str | None = None
    agent_channel: str | None = None  # "slack:C123" or "teams:19:...@thread.tacv2"
    # data
    orders: str | None = None  # file path or http(s) URL; None: the bundled demo orders
    orders_token: str | None = field(default=None, repr=False)  # sent to an order API as a Bearer token
    orders_cache_seconds: float = 30.0  # how long an order API's answer for one customer is reused
    database_url: str = DEFAULT_DATABASE_URL
    config_file: str | None = None  # TOML with wording and triage overrides
    knowledge_base: str | None = None  # folder of markdown articles; None: the bundled one
    # llm
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_turn_budget: float = 10.0
    llm_call_timeout: float = 6.0  # seconds per model call; retries happen within the turn budget
    llm_cooldown: float = 60.0  # seconds the model stays off after repeated failures
    llm_max_tool_calls: int = 3  # per customer message
    llm_allowed_links: tuple[str, ...] = ()  # hosts the model may link to (subdomains included)
    # server
    host: str = "0.0.0.0"
    port: int = 3000
    # seconds a connection may take to send a request's headers, or stay idle between requests (longer
    # than a load balancer's own idle timeout), and to send a request's body
    http_idle_seconds: float = 75.0
    http_read_seconds: float = 10.0
    # behaviour
    note_prefix: str = "!note"
    redact_contacts: bool = False  # also redact emails and phone numbers in what customers write
    retention_days: int = 30
    privacy_policy_url: str = "https://example.com/privacy"
    team_name: str = "our support team"
    log_level: str = "INFO"
    # several instances: how long a conversation stays with an instance that stopped answering, and how
    # often each instance looks for work that a crashed one left behind
    lease_seconds: float = 30.0
    sweep_seconds: float = 1.0
    # how long a customer's message waits for their platform to say who they are (their email) before
    # the bot answers without it
    identity_wait_seconds: float = 120.0
    # minutes a handoff may wait unclaimed before the customer is told they are still in line and the
    # agents are nudged in the card's thread (0: never)
    wait_notice_minutes: float = 10.0
    # hours an agent may stay silent on a claimed conversation before the customer's next message goes to the
    # bot again (0: never)
    agent_idle_hours: float = 24.0
    # when the team is in, e.g. "Mon-Fri 09:00-17:30" (None: always), in this IANA time zone
    hours: str | None = None
    timezone: str = "UTC"
    # insight: the weekly digest in the agents' channel (e.g. "Mon 09:00" in the time zone above; None: off),
    # GET /metrics (Prometheus), and GET /dashboard (only with a token)
    digest: str | None = None
    metrics: bool = True
    dashboard_token: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        read: set[str] = set()

        def get(name: str) -> str | None:
            read.add(name)
            value = env.get(name, "").strip()
            return value or None

        values: dict[str, object] = {
            "slack_bot_token": get("SLACK_BOT_TOKEN"),
            "slack_signing_secret": get("SLACK_SIGNING_SECRET"),
            "slack_app_token": get("SLACK_APP_TOKEN"),
            "slack_api_url": _with_slash(get("SLACK_API_URL") or cls.slack_api_url),
            "slack_timeout": _number(get("TANDEM_SLACK_TIMEOUT"), "TANDEM_SLACK_TIMEOUT", 30.0),
            "teams_app_id": get("TEAMS_APP_ID"),
            "teams_app_password": get("TEAMS_APP_PASSWORD"),
            "teams_app_tenant_id": get("TEAMS_APP_TENANT_ID"),
            "teams_enabled": _flag(get("TEAMS_ENABLED"), "TEAMS_ENABLED"),
            "teams_service_url": get("TEAMS_SERVICE_URL"),
            "agent_channel": get("TANDEM_AGENT_CHANNEL"),
            "orders": get("TANDEM_ORDERS"),
            "orders_token": get("TANDEM_ORDERS_TOKEN"),
            "orders_cache_seconds": _number(get("TANDEM_ORDERS_CACHE_SECONDS"), "TANDEM_ORDERS_CACHE_SECONDS", 30.0),
            "database_url": get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            "config_file": get("TANDEM_CONFIG"),
            "knowledge_base": get("TANDEM_KB"),
            "openai_api_key": get("OPENAI_API_KEY"),
            "openai_base_url": get("OPENAI_BASE_URL"),
            "llm_model": get("TANDEM_LLM_MODEL") or cls.llm_model,
            "llm_turn_budget": _number(get("TANDEM_LLM_TURN_BUDGET"), "TANDEM_LLM_TURN_BUDGET", 10.0),
            "llm_call_timeout": _number(get("TANDEM_LLM_CALL_TIMEOUT"), "TANDEM_LLM_CALL_TIMEOUT", 6.0),
            "llm_cooldown": _number(get("TANDEM_LLM_COOLDOWN"), "TANDEM_LLM_COOLDOWN", 60.0),
            "llm_max_tool_calls": _whole(_number(get("TANDEM_LLM_MAX_TOOL_CALLS"), "TANDEM_LLM_MAX_TOOL_CALLS", 3),
                                         "TANDEM_LLM_MAX_TOOL_CALLS"),
            "llm_allowed_links": _hosts(get("TANDEM_LLM_ALLOWED_LINKS")),
            "host": get("HOST") or cls.host,
            "port": _whole(_number(get("PORT"), "PORT", 3000), "PORT"),
            "http_idle_seconds": _number(get("TANDEM_HTTP_IDLE_SECONDS"), "TANDEM_HTTP_IDLE_SECONDS", 75.0),
            "http_read_seconds": _number(get("TANDEM_HTTP_READ_SECONDS"), "TANDEM_HTTP_READ_SECONDS", 10.0),
            "note_prefix": get("TANDEM_NOTE_PREFIX") or cls.note_prefix,
            "redact_contacts": _flag(get("TANDEM_REDACT_CONTACTS"), "TANDEM_REDACT_CONTACTS"),
            "retention_days": _whole(_number(get("TANDEM_RETENTION_DAYS"), "TANDEM_RETENTION_DAYS", 30),
                                     "TANDEM_RETENTION_DAYS"),
            "privacy_policy_url": get("TANDEM_PRIVACY_URL") or cls.privacy_policy_url,
            "team_name": get("TANDEM_TEAM_NAME") or cls.team_name,
            "log_level": (get("TANDEM_LOG_LEVEL") or cls.log_level).upper(),
            "lease_seconds": _number(get("TANDEM_LEASE_SECONDS"), "TANDEM_LEASE_SECONDS", 30.0),
            "sweep_seconds": _number(get("TANDEM_SWEEP_SECONDS"), "TANDEM_SWEEP_SECONDS", 1.0),
            "identity_wait_seconds": _number(get("TANDEM_IDENTITY_WAIT_SECONDS"), "TANDEM_IDENTITY_WAIT_SECONDS",
                                             120.0),
            "wait_notice_minutes": _number(get("TANDEM_WAIT_NOTICE_MINUTES"), "TANDEM_WAIT_NOTICE_MINUTES", 10.0),
            "agent_idle_hours": _number(get("TANDEM_AGENT_IDLE_HOURS"), "TANDEM_AGENT_IDLE_HOURS", 24.0),
            "hours": get("TANDEM_HOURS"),
            "timezone": get("TANDEM_TIMEZONE") or cls.timezone,
            "digest": get("TANDEM_DIGEST"),
            "metrics": _flag(get("TANDEM_METRICS") or "1", "TANDEM_METRICS"),
            "dashboard_token": get("TANDEM_DASHBOARD_TOKEN"),
        }
        _refuse(checks.mistyped_name(env, read))
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        self._check_platforms_complete()
        for name, url in (
            ("SLACK_API_URL", self.slack_api_url),
            ("TEAMS_SERVICE_URL", self.teams_service_url),
            ("OPENAI_BASE_URL", self.openai_base_url),
            ("TANDEM_PRIVACY_URL", self.privacy_policy_url),
        ):
            _refuse(checks.bad_url(name, url))
        _refuse(checks.bad_log_level(self.log_level))
        if self.agent_channel is not None:
            agent_channel_address(self.agent_channel)
        if self.config_file and not Path(self.config_file).is_file():
            raise ConfigError(f"TANDEM_CONFIG={self.config_file}: no such file")
        if not 0 < self.port < 65536:
            raise ConfigError(f"PORT={self.port}: must be between 1 and 65535")
        if self.retention_days < 1:
            raise ConfigError("TANDEM_RETENTION_DAYS must be at least 1")
        if not self.lease_seconds >= 1:
            raise ConfigError(f"TANDEM_LEASE_SECONDS={self.lease_seconds:g}: must be at least 1")
        if not 0 < self.sweep_seconds <= self.lease_seconds:
            raise ConfigError(
                f"TANDEM_SWEEP_SECONDS={self.sweep_seconds:g}: must be more than 0 and at most "
                f"TANDEM_LEASE_SECONDS ({self.lease_seconds:g})"
            )
        for name, value in (
            ("TANDEM_HTTP_IDLE_SECONDS", self.http_idle_seconds),
            ("TANDEM_HTTP_READ_SECONDS", self.http_read_seconds),
        ):
            if not 0 < value <= 3600:
                raise ConfigError(f"{name}={value:g}: must be more than 0 and at most 3600 seconds")
        if not self.identity_wait_seconds >= 0:
            raise ConfigError(f"TANDEM_IDENTITY_WAIT_SECONDS={self.identity_wait_seconds:g}: must be 0 or more")
        try:
            self.opening_hours()
        except ValueError as exc:
            raise ConfigError(f"TANDEM_HOURS={self.hours!r}, TANDEM_TIMEZONE={self.timezone!r}: {exc}") from None
        if self.digest is not None:
            try:
                DigestSchedule.parse(self.digest, self.timezone)
            except ValueError as exc:
                raise ConfigError(f"TANDEM_DIGEST={self.digest!r}: {exc}") from None
        if self.dashboard_token is not None and len(self.dashboard_token) < 16:
            raise ConfigError("TANDEM_DASHBOARD_TOKEN: use at least 16 characters (e.g. `openssl rand -hex 24`)")
        if not self.agent_idle_hours >= 0:
            raise ConfigError(f"TANDEM_AGENT_IDLE_HOURS={self.agent_idle_hours:g}: must be 0 (never) or more")
        if not self.orders_cache_seconds >= 0:
            raise ConfigError(
                f"TANDEM_ORDERS_CACHE_SECONDS={self.orders_cache_seconds:g}: must be 0 (ask every time) or more"
            )
        if not self.wait_notice_minutes >= 0:
            raise ConfigError(f"TANDEM_WAIT_NOTICE_MINUTES={self.wait_notice_minutes:g}: must be 0 (never) or more")
        if not self.slack_timeout > 0:
            raise ConfigError(f"TANDEM_SLACK_TIMEOUT={self.slack_timeout:g}: must be a positive number of seconds")
        if self.llm_turn_budget <= 0 or self.llm_call_timeout <= 0:
            raise ConfigError("TANDEM_LLM_TURN_BUDGET and TANDEM_LLM_CALL_TIMEOUT must be positive numbers of seconds")
        if self.llm_max_tool_calls < 0:
            raise ConfigError("TANDEM_LLM_MAX_TOOL_CALLS must be 0 or more")

    def _check_platforms_complete(self) -> None:
        """Half a platform's credentials is a mistake to say out loud, not a reason to start the playground."""
        if self.slack_bot_token and not (self.slack_signing_secret or self.slack_app_token):
            raise ConfigError(
                "SLACK_BOT_TOKEN is set, but neither SLACK_SIGNING_SECRET (events over HTTP) nor SLACK_APP_TOKEN "
                "(Socket Mode) is: set one of them"
            )
        if (self.slack_signing_secret or self.slack_app_token) and not self.slack_bot_token:
            given = "SLACK_SIGNING_SECRET" if self.slack_signing_secret else "SLACK_APP_TOKEN"
            raise ConfigError(f"{given} is set without SLACK_BOT_TOKEN (the xoxb-… token from OAuth & Permissions)")
        if bool(self.teams_app_id) != bool(self.teams_app_password) and not self.teams_enabled:
            given, missing = (
                ("TEAMS_APP_ID", "TEAMS_APP_PASSWORD") if self.teams_app_id else ("TEAMS_APP_PASSWORD", "TEAMS_APP_ID")
            )
            raise ConfigError(
                f"{given} is set without {missing}: Teams needs both (or TEAMS_ENABLED=1 for local testing)"
            )

    def opening_hours(self) -> OpeningHours | None:
        """The team's hours, or None when it is always in (no TANDEM_HOURS). Raises ValueError."""
        if self.hours is None:
            time_zone(self.timezone)  # checked either way
            return None
        return OpeningHours.parse(self.hours, self.timezone)

    @property
    def slack_configured(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))

    @property
    def teams_configured(self) -> bool:
        return bool(self.teams_app_id and self.teams_app_password) or self.teams_enabled

    @property
    def llm_configured(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url)

    def redacted(self) -> dict[str, object]:
        """Every setting, with secrets masked: safe to log."""
        secret = {
            "slack_bot_token",
            "slack_signing_secret",
            "slack_app_token",
            "teams_app_password",
            "openai_api_key",
            "orders_token",
            "dashboard_token",
        }
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = ("***" if value else None) if f.name in secret else value
        if "@" in self.database_url:
            out["database_url"] = _mask_url_password(self.database_url)
        if self.orders and "@" in self.orders:
            out["orders"] = _mask_url_password(self.orders)
        return out


def agent_channel_address(value: str) -> Address:
    """``slack:C123`` / ``teams:<conversation id>`` (or ``local:agents``) as an Address."""
    platform, sep, channel = value.partition(":")
    if not sep or platform not in ("slack", "teams", "local") or not channel:
        raise ConfigError(
            f"TANDEM_AGENT_CHANNEL={value!r}: expected 'slack:<channel id>' or 'teams:<channel conversation id>'"
        )
    return Address(platform=platform, workspace="", channel=channel)


def _refuse(problem: str | None) -> None:
    if problem is not None:
        raise ConfigError(problem)


def _whole(value: float, name: str) -> int:
    _refuse(checks.not_whole(name, value))
    return int(value)


def _flag(value: str | None, name: str) -> bool:
    if value is None:
        return False
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}={value!r}: expected 1/0, true/false, yes/no or on/off")


def _number(value: str | None, name: str, default: float) -> float:
    if value is None:
        return default
    try:
        return float(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r}: expected a number") from None


def _hosts(value: str | None) -> tuple[str, ...]:
    """``example.com, help.example.com`` (scheme and path tolerated) as lower-case host names."""
    if not value:
        return ()
    hosts = []
    for part in value.split(","):
        host = part.strip().lower().split("://", 1)[-1].split("/", 1)[0]
        if host:
            hosts.append(host)
    return tuple(hosts)


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _mask_url_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if not at:
        return url
    user = creds.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{host}"
