"""``tandem run`` as an admin starts it, configured by environment variables only: the Teams story, and
the cross-platform stories with Slack configured beside Teams."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tandem.testing.polling import wait_for
from tandem.testing.slack import payloads as slack_payloads
from tandem.testing.slack import standin as slack_standin
from tandem.testing.teams import payloads as p
from tests.support.processes import clean_env, free_port


@contextlib.asynccontextmanager
async def tandem_run(tmp_path: Path, **env: str) -> AsyncIterator[tuple[str, aiohttp.ClientSession, Path]]:
    """``tandem run`` in a child process with these variables (and nothing of ours): its URL, a session
    and its log; it must stop cleanly on SIGTERM."""
    port = free_port()
    full = clean_env(DATABASE_URL=f"sqlite:///{tmp_path / 'tandem.db'}", HOST="127.0.0.1", PORT=str(port), **env)
    log = tmp_path / "stderr.log"
    with log.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tandem.cli", "run", env=full, cwd=tmp_path, stderr=stderr
        )
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:

            async def up() -> bool:
                if process.returncode is not None:
                    raise AssertionError(f"tandem run exited: {log.read_text()}")
                try:
                    async with session.get(f"{url}/healthz") as response:
                        return response.status == 200
                except aiohttp.ClientConnectionError:
                    return False

            await wait_for(up, timeout=30, what="tandem run to listen")
            yield url, session, log
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == 0, log.read_text()


async def post_activity(session: aiohttp.ClientSession, url: str, activity: dict) -> int:
    async with session.post(f"{url}/api/messages", json=activity) as response:
        return response.status


@pytest.mark.slow
async def test_tandem_run_serves_the_teams_story_from_environment_variables(standin, tmp_path):
    env = {"TEAMS_ENABLED": "1", "TEAMS_SERVICE_URL": standin.url, "TANDEM_AGENT_CHANNEL": f"teams:{p.AGENTS}"}
    async with tandem_run(tmp_path, **env) as (url, session, log):
        assert await post_activity(session, url, p.personal_message(standin.url, "I'd like to talk to a person")) == 200
        (create,) = await wait_for(lambda: standin.of("create"), timeout=10, what="the handoff card")
        card_id = create.response["activityId"]
        assert (
            await post_activity(
                session, url, p.card_submit(standin.url, create.card["actions"][0]["data"], p.SAM, p.AGENTS, card_id)
            )
            == 200
        )
        reply = p.channel_message(standin.url, "Hello Ada, Sam here.", p.SAM, p.AGENTS, root=card_id, mention=False)
        assert await post_activity(session, url, reply) == 200
        await wait_for(
            lambda: any(t.endswith("Hello Ada, Sam here.") for t in standin.texts(p.PERSONAL_ADA)),
            timeout=10,
            what="the agent's reply to reach the customer",
        )
        assert standin.of("update")  # the card was updated in place when Sam claimed it
        assert "UNAUTHENTICATED" in log.read_text()  # it said so at startup


@pytest.mark.slow
@pytest.mark.parametrize("agents", ["slack", "teams"])
async def test_tandem_run_serves_customers_on_one_platform_with_agents_on_the_other(standin, tmp_path, agents):
    slack = await slack_standin.SlackStandin().start()
    slack.add_user("U0ADA", "Ada Lovelace", "ada@example.com", display_name="Ada")
    slack.add_user("U0SAM", "Sam Rivera", "sam@support.example.com", display_name="Sam")
    env = {
        "TEAMS_ENABLED": "1",
        "TEAMS_SERVICE_URL": standin.url,
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": slack_payloads.SECRET,
        "SLACK_API_URL": slack.url,
        "TANDEM_AGENT_CHANNEL": "slack:C0AGENTS" if agents == "slack" else f"teams:{p.AGENTS}",
    }

    async def slack_post(session, url, body_headers) -> int:
        body, headers = body_headers
        async with session.post(f"{url}/slack/events", data=body.encode(), headers=headers) as response:
            return response.status

    try:
        async with tandem_run(tmp_path, **env) as (url, session, _):
            if agents == "slack":  # Ada on Teams, Sam in Slack
                assert (
                    await post_activity(session, url, p.personal_message(standin.url, "I want to talk to a person"))
                    == 200
                )
                (card,) = await wait_for(lambda: slack.posts("C0AGENTS"), timeout=10, what="the card in Slack")
                assert (
                    await slack_post(
                        session, url, slack_payloads.action_request(slack_payloads.button(card, "claim", "U0SAM"))
                    )
                    == 200
                )
                reply = slack_payloads.channel_message("Hi Ada, Sam here.", "U0SAM", "C0AGENTS", thread_ts=card.ts)
                assert (
                    await slack_post(session, url, slack_payloads.event_request(slack_payloads.event_callback(reply)))
                    == 200
                )
                await wait_for(
                    lambda: "<b>Sam</b> (support): Hi Ada, Sam here." in standin.texts(p.PERSONAL_ADA),
                    timeout=10,
                    what="Sam's reply in Teams",
                )
            else:  # Ada on Slack, Sam in Teams
                dm = slack_payloads.dm("I want to talk to a person")
                assert (
                    await slack_post(session, url, slack_payloads.event_request(slack_payloads.event_callback(dm)))
                    == 200
                )
                (create,) = await wait_for(lambda: standin.of("create"), timeout=10, what="the card in Teams")
                assert "on Slack" in json.dumps(create.card)
                card_id = create.response["activityId"]
                assert (
                    await post_activity(
                        session,
                        url,
                        p.card_submit(standin.url, create.card["actions"][0]["data"], p.SAM, p.AGENTS, card_id),
                    )
                    == 200
                )
                reply = p.channel_message(
                    standin.url, "Hi Ada, Sam here.", p.SAM, p.AGENTS, root=card_id, mention=False
                )
                assert await post_activity(session, url, reply) == 200
                await wait_for(
                    lambda: "*Sam Agent* (support): Hi Ada, Sam here." in slack.texts("D0ADA"),
                    timeout=10,
                    what="Sam's reply in Slack",
                )
    finally:
        await slack.stop()
