"""What an admin reads when `tandem run` starts on Slack: a refused token stops it with one clear line, Slack
out of reach is explained (how long it tries, and what happens next), and no warning from Bolt about a
token "unused" when it is used."""

from __future__ import annotations

import logging

import pytest
from aiohttp import web

from adapters.slack import SlackAdapter
from adapters.slack.api import WebApi
from tandem.testing.slack.payloads import SECRET
from tests.slack.conftest import AGENTS, INSTANT, NoSleep, RecordingRuntime
from tests.support.processes import free_port, run_cli


@pytest.mark.slow
async def test_a_refused_token_stops_tandem_run_with_one_clear_line(standin, tmp_path):
    standin.fail("auth.test", error="invalid_auth")
    done = await run_cli(
        "run", database_url=f"sqlite:///{tmp_path / 't.db'}", cwd=tmp_path, HOST="127.0.0.1", PORT=str(free_port()),
        SLACK_BOT_TOKEN="xoxb-revoked", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=standin.url,
        TANDEM_AGENT_CHANNEL=f"slack:{AGENTS}",
    )  # fmt: skip
    assert done.returncode == 1
    problems = [line for line in done.stderr.splitlines() if " INFO " not in line]
    assert problems == [
        "tandem: SLACK_BOT_TOKEN: Slack refused it (auth.test: Slack answered 200 invalid_auth): use the Bot User "
        "OAuth Token (xoxb-…) from your app's OAuth & Permissions page"
    ]
    assert "xoxb-revoked" not in done.stderr + done.stdout


async def test_slack_out_of_reach_at_start_is_explained_and_the_bot_listens_anyway(caplog):
    caplog.set_level(logging.INFO)
    closed = f"http://127.0.0.1:{free_port()}/api/"  # nobody listens there
    adapter = SlackAdapter(
        "xoxb-test-token", signing_secret=SECRET, api_url=closed, web_api=WebApi(INSTANT, sleep=NoSleep())
    )
    try:
        await adapter.start(RecordingRuntime(), web.Application())
    finally:
        await adapter.stop()
    said = [r.getMessage() for r in caplog.records if r.name.startswith(("adapters.slack", "slack_bolt"))]
    assert (
        said[0]
        == f"Slack: checking SLACK_BOT_TOKEN with auth.test at {closed} (if Slack cannot be reached, 4 tries over "
           "about 0 s before listening)"
    )
    retries = [s for s in said if s.startswith("auth.test failed (cannot connect to 127.0.0.1:")]
    assert len(retries) == 3 and all("ConnectionKey" not in s for s in retries)  # a few words, not a repr
    assert any(
        s.startswith("Slack: could not check SLACK_BOT_TOKEN (auth.test: network error after 4 attempt(s)")
        and "listening anyway" in s
        for s in said
    )
    assert not any("will be unused" in s for s in said)
