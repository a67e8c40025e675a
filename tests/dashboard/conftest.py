"""The dashboard behind `tandem run` (Slack's Web API stand-in as its one platform), on a fixed clock,
over a fortnight of recorded facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.settings import Settings
from tandem.server import start_server
from tests.dashboard.fortnight import record_fortnight
from tests.slack.conftest import standin  # noqa: F401 (the fixture)
from tests.slack.test_slack_story import FAST, slack_env

TOKEN = "s3cret-dashboard-token-0123456789"
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)  # a Sunday afternoon


async def serve(standin, tmp_path, **env: str):  # noqa: F811
    settings = Settings.from_env({**slack_env(standin, tmp_path / "tandem.db", 3000), **env})
    return await start_server(replace(settings, port=0), timings=FAST, clock=lambda: NOW)


@pytest.fixture
async def dashboard(standin, tmp_path):  # noqa: F811
    server = await serve(standin, tmp_path, TANDEM_DASHBOARD_TOKEN=TOKEN, TANDEM_TIMEZONE="Europe/London")
    expected = await record_fortnight(server.store, NOW)
    yield server, expected
    await server.stop()
