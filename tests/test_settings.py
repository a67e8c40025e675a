"""Configuration read once from the environment: what an admin typed wrong is said plainly, at start."""

from __future__ import annotations

import pytest

from bot.settings import ConfigError, Settings


def test_nothing_set_is_the_playground_on_sqlite():
    settings = Settings.from_env({})
    assert not settings.slack_configured and not settings.teams_configured
    assert settings.database_url.startswith("sqlite:///") and settings.port == 3000
    assert settings.wait_notice_minutes == 10 and settings.opening_hours() is None


@pytest.mark.parametrize(
    "env, problem",
    [
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "neither SLACK_SIGNING_SECRET (events over HTTP) nor SLACK_APP_TOKEN"),
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_SIGNING_SECRET is set without SLACK_BOT_TOKEN"),
        ({"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN"),
        ({"TEAMS_APP_ID": "id"}, "TEAMS_APP_ID is set without TEAMS_APP_PASSWORD"),
        ({"TEAMS_APP_PASSWORD": "pw"}, "TEAMS_APP_PASSWORD is set without TEAMS_APP_ID"),
        ({"TANDEM_AGENT_CHANNEL": "C0AGENTS"}, "expected 'slack:<channel id>'"),
        ({"PORT": "99999"}, "PORT=99999: must be between 1 and 65535"),
        ({"TANDEM_WAIT_NOTICE_MINUTES": "-5"}, "TANDEM_WAIT_NOTICE_MINUTES=-5: must be 0 (never) or more"),
        ({"TANDEM_RETENTION_DAYS": "0"}, "TANDEM_RETENTION_DAYS must be at least 1"),
    ],
)
def test_half_a_platform_or_a_bad_value_stops_the_start_with_the_reason(env, problem):
    with pytest.raises(ConfigError) as refused:
        Settings.from_env(env)
    assert problem in str(refused.value)


def test_complete_platforms_are_configured():
    assert Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}).slack_configured
    assert Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}).slack_configured
    assert Settings.from_env({"TEAMS_APP_ID": "id", "TEAMS_APP_PASSWORD": "pw"}).teams_configured
    assert Settings.from_env({"TEAMS_ENABLED": "1", "TEAMS_APP_ID": "id"}).teams_configured  # loopback testing


def test_secrets_never_appear_in_what_is_logged():
    settings = Settings.from_env(
        {"SLACK_BOT_TOKEN": "xoxb-secret-1", "SLACK_SIGNING_SECRET": "sig-secret", "OPENAI_API_KEY": "sk-secret",
         "DATABASE_URL": "postgresql://tandem:pg-secret@db/tandem"}
    )
    shown = str(settings.redacted())
    for secret in ("xoxb-secret-1", "sig-secret", "sk-secret", "pg-secret"):
        assert secret not in shown
