"""Configuration mistakes stop ``tandem run`` at once, with exit code 1 and one clear line, before the
database is opened or a platform is called: an unknown placeholder once made every claim fail, and
``[redaction] patterns = "secret"`` redacted every s, e, c, r and t."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.processes import free_port, run_cli

BAD_CONFIG = {
    "unknown placeholder": ('[messages]\nagent_joined = "{agnt} from support is here"\n', "[messages] agent_joined: "
                                                                                          "unknown placeholder {agnt} "
                                                                                          "(available: {agent}, "
                                                                                          "{policy_url}, "
                                                                                          "{retention_days}, {team})"),
    "attribute in a placeholder": ('[messages]\nresolved = "{agent.__class__} resolved it"\n', "unknown placeholder "
                                                                                               "{agent.__class__}"),
    "a stray brace": ('[messages]\ncancelled = "Done {"\n', "[messages] cancelled: "),
    "patterns as a string": ('[redaction]\npatterns = "secret"\n', "[redaction] patterns: expected a list of regular "
                                                                   "expressions"),
    "a pattern that is not a regex": ('[redaction]\npatterns = ["ACME-(\\\\d+"]\n', "is not a regular expression"),
    "a pattern matching nothing at all": ('[redaction]\npatterns = ["x*"]\n', "matches empty text"),
    "a misspelt redaction key": ('[redaction]\npattern = ["ACME-\\\\d{8}"]\n', "[redaction] pattern: unknown setting "
                                                                               "(known: patterns)"),
    "a handoff reply placeholder": ('[triage.categories.complaint]\nreply = "Sorry, {name}."\n',
                                    "triage.categories.complaint.reply: unknown placeholder {name} "
                                    "(available: {team})"),
    "a threshold out of range": ("[triage]\nfrustration_threshold = 5\n", "triage.frustration_threshold"),
    "an unknown message": ('[messages]\nagent_join = "hi"\n', "[messages]: unknown key(s) agent_join"),
    "a table that is not a table": ('messages = "hello"\n', "messages must be a table"),
    "not TOML": ("[messages\n", "TANDEM_CONFIG="),
}

BAD_ENV = {
    "a mistyped name": ({"TANDEM_AGENT_CHANEL": "slack:C0AGENTS"}, "TANDEM_AGENT_CHANEL is not a setting Tandem knows: "
                                                                   "did you mean TANDEM_AGENT_CHANNEL?"),
    "a port with a fraction": ({"PORT": "3000.5"}, "PORT=3000.5: expected a whole number"),
    "a log level": ({"TANDEM_LOG_LEVEL": "loud"}, "TANDEM_LOG_LEVEL='LOUD': expected one of"),
    "a URL without a scheme": ({"SLACK_API_URL": "slack.com/api"}, "SLACK_API_URL='slack.com/api/': expected an "
                                                                   "http(s) URL"),
    "an idle time of zero": ({"TANDEM_HTTP_IDLE_SECONDS": "0"}, "TANDEM_HTTP_IDLE_SECONDS=0: must be more than 0"),
}


def slack(**extra: str) -> dict[str, Any]:  # Any: run_cli takes them as **env
    """Slack as configured for real, but pointing nowhere: a start that got that far would fail otherwise."""
    return {
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": "8f742231b10e8888abcd99yyyzzz85a5",
        "SLACK_API_URL": "http://127.0.0.1:9/api/",
        "TANDEM_AGENT_CHANNEL": "slack:C0AGENTS",
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        **extra,
    }


def assert_one_line_and_nothing_started(done, expected: str, tmp_path) -> None:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tandem: "), done.stderr
    assert expected in lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (tmp_path / "tandem.db").exists()  # stopped before the database was opened


@pytest.mark.slow
@pytest.mark.parametrize("case", BAD_CONFIG, ids=list(BAD_CONFIG))
async def test_a_mistake_in_tandem_config_stops_tandem_run_with_one_line(case, tmp_path):
    text, expected = BAD_CONFIG[case]
    config = tmp_path / "tandem.toml"
    config.write_text(text, encoding="utf-8")
    done = await run_cli(
        "run", database_url=f"sqlite:///{tmp_path / 'tandem.db'}", cwd=tmp_path, **slack(TANDEM_CONFIG=str(config))
    )
    assert_one_line_and_nothing_started(done, expected, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("case", BAD_ENV, ids=list(BAD_ENV))
async def test_a_mistake_in_the_environment_stops_tandem_run_with_one_line(case, tmp_path):
    env, expected = BAD_ENV[case]
    done = await run_cli("run", database_url=f"sqlite:///{tmp_path / 'tandem.db'}", cwd=tmp_path, **slack(**env))
    assert_one_line_and_nothing_started(done, expected, tmp_path)


@pytest.mark.slow
async def test_the_playground_checks_the_config_too(tmp_path):
    config = tmp_path / "tandem.toml"
    config.write_text('[redaction]\npatterns = "secret"\n', encoding="utf-8")
    done = await run_cli(
        "run", database_url=f"sqlite:///{tmp_path / 'tandem.db'}", cwd=tmp_path, TANDEM_CONFIG=str(config)
    )
    assert done.returncode == 1 and "[redaction] patterns: expected a list" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "tandem.db").exists()
