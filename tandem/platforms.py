"""The platforms, built from the settings: every adapter is made here, from its own typed options.

Adapters know the platform contract (``bot.platform``) and the models, never the settings; reading
SLACK_* / TEAMS_* / TANDEM_AGENT_CHANNEL is this module's job. Each adapter's package is imported only
when that platform is configured, so a Slack-only server never loads the Bot Framework SDK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.platform import ConfigError, PlatformAdapter
from bot.settings import Settings, agent_channel_address

if TYPE_CHECKING:
    from adapters.slack import SlackAdapter
    from adapters.teams import TeamsAdapter


def platform_adapters(settings: Settings) -> list[PlatformAdapter]:
    """Every platform the settings configure (none: the caller decides what that means)."""
    adapters: list[PlatformAdapter] = []
    if settings.slack_configured:
        adapters.append(slack_adapter(settings))
    if settings.teams_configured:
        adapters.append(teams_adapter(settings))
    return adapters


def _agents_channel(settings: Settings, platform: str) -> str | None:
    """TANDEM_AGENT_CHANNEL's channel when it is on ``platform``; None when the agents are elsewhere."""
    if not settings.agent_channel:
        return None
    home = agent_channel_address(settings.agent_channel)
    return home.channel if home.platform == platform else None


def slack_adapter(settings: Settings, **options: Any) -> SlackAdapter:
    """The Slack adapter from SLACK_*; ``options`` pass on to it (retry policies, say)."""
    from adapters.slack import SlackAdapter

    if not settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set")
    return SlackAdapter(
        settings.slack_bot_token,
        signing_secret=settings.slack_signing_secret,
        app_token=settings.slack_app_token,
        api_url=settings.slack_api_url,
        agent_channel=_agents_channel(settings, SlackAdapter.platform),
        timeout=settings.slack_timeout,
        **options,
    )


def teams_adapter(settings: Settings, **options: Any) -> TeamsAdapter:
    """The Teams adapter from TEAMS_*; ``options`` pass on to it (retry policies, a clock, say)."""
    from adapters.teams import TeamsAdapter
    from adapters.teams.auth import TeamsCredentials
    from adapters.teams.inbound import split_conversation

    if bool(settings.teams_app_id) != bool(settings.teams_app_password):
        missing = "TEAMS_APP_PASSWORD" if settings.teams_app_id else "TEAMS_APP_ID"
        raise ConfigError(
            f"{missing} is not set: Teams needs both TEAMS_APP_ID and TEAMS_APP_PASSWORD (or neither, with "
            "TEAMS_ENABLED=1 for local testing)"
        )
    channel = _agents_channel(settings, TeamsAdapter.platform)
    credentials = TeamsCredentials(settings.teams_app_id, settings.teams_app_password, settings.teams_app_tenant_id)
    return TeamsAdapter(
        credentials,
        agent_channel=split_conversation(channel)[0] if channel else None,
        service_url=settings.teams_service_url,
        **options,
    )
