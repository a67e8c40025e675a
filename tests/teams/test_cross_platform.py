"""Slack and Teams configured together (as ``tandem run`` would build them from the environment): a
customer on Teams is served by agents in a Slack channel, and a customer on Slack by agents in a Teams
channel. Both platforms' stand-ins record every call."""

from __future__ import annotations

import json
from dataclasses import replace

import aiohttp
import pytest

from bot.settings import Settings
from tandem.server import start_server
from tandem.testing.playground import FAST
from tandem.testing.polling import wait_for
from tandem.testing.slack import payloads as slack_payloads
from tandem.testing.slack import standin as slack_standin
from tandem.testing.teams import payloads as p

SLACK_AGENTS = "C0AGENTS"
SLACK_DM = "D0ADA"


@pytest.fixture
async def slack():
    server = await slack_standin.SlackStandin().start()
    server.add_user("U0ADA", "Ada Lovelace", "ada@example.com", display_name="Ada")
    server.add_user("U0SAM", "Sam Rivera", "sam@support.example.com", display_name="Sam")
    try:
        yield server
    finally:
        await server.stop()


class Both:
    """One Tandem serving Slack and Teams, and a client for each platform's endpoint."""

    def __init__(self, server, session: aiohttp.ClientSession) -> None:
        self.server = server
        self.session = session

    async def teams(self, activity: dict) -> None:
        async with self.session.post(f"{self.server.url}/api/messages", json=activity) as response:
            assert response.status == 200, await response.text()
        await self.server.runtime.idle()

    async def slack_event(self, event: dict) -> None:
        body, headers = slack_payloads.event_request(slack_payloads.event_callback(event))
        await self._slack(body, headers)

    async def slack_button(self, payload: dict) -> None:
        body, headers = slack_payloads.action_request(payload)
        await self._slack(body, headers)

    async def _slack(self, body: str, headers: dict) -> None:
        async with self.session.post(
            f"{self.server.url}/slack/events", data=body.encode(), headers=headers
        ) as response:
            assert response.status == 200, await response.text()
        await self.server.runtime.idle()


async def serve_both(standin, slack, tmp_path, agent_channel: str) -> Both:
    settings = Settings.from_env(
        {
            "TEAMS_ENABLED": "1",
            "TEAMS_SERVICE_URL": standin.url,
            "SLACK_BOT_TOKEN": "xoxb-test-token",
            "SLACK_SIGNING_SECRET": slack_payloads.SECRET,
            "SLACK_API_URL": slack.url,
            "TANDEM_AGENT_CHANNEL": agent_channel,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'tandem.db'}",
            "HOST": "127.0.0.1",
        }
    )
    server = await start_server(replace(settings, port=0), timings=FAST)  # both adapters, from the settings
    assert sorted(a.platform for a in server.adapters) == ["slack", "teams"]
    return Both(server, aiohttp.ClientSession())


async def close(both: Both) -> None:
    await both.session.close()
    await both.server.stop()


@pytest.mark.slow
async def test_a_customer_on_teams_is_served_by_agents_in_slack(standin, slack, tmp_path):
    both = await serve_both(standin, slack, tmp_path, f"slack:{SLACK_AGENTS}")
    try:
        # Ada asks for a person in her Teams chat: the acknowledgement and privacy notice there ...
        await both.teams(p.personal_message(standin.url, "I want to talk to a person"))
        said = standin.texts(p.PERSONAL_ADA)
        assert any("bringing in a person" in t for t in said) and any(
            t.startswith("A note on your privacy") for t in said
        )
        # ... and the card in the Slack agents' channel, naming her Teams identity
        (card,) = await wait_for(lambda: slack.posts(SLACK_AGENTS), what="the card in Slack")
        blocks = json.dumps(card["blocks"])
        assert "ada@example.com" in blocks and "on teams" in blocks.lower() and "tandem_claim" in blocks
        assert standin.of("create") == []  # nothing was posted to a Teams channel

        # Sam claims in Slack: the Slack card changes, Ada hears it in Teams
        await both.slack_button(slack_payloads.button(card, "claim", "U0SAM"))
        await wait_for(lambda: slack.of("chat.update"), what="the Slack card update")
        assert any("Sam from support has joined" in t for t in standin.texts(p.PERSONAL_ADA))

        # Sam replies in the card's Slack thread: it reaches Ada in Teams, proactively
        await both.slack_event(
            slack_payloads.channel_message("Hi Ada, I'm on it.", "U0SAM", SLACK_AGENTS, thread_ts=card.ts)
        )
        assert standin.texts(p.PERSONAL_ADA)[-1] == "<b>Sam</b> (support): Hi Ada, I'm on it."

        # Ada answers in Teams: her words land in the Slack thread
        await both.teams(p.personal_message(standin.url, "Thanks, it's order 1001"))
        assert any("Thanks, it's order 1001" in t for t in slack.texts(SLACK_AGENTS, thread=card.ts))

        # Sam resolves in Slack: Ada is told in Teams and asked how it went
        await both.slack_button(slack_payloads.button(card, "resolve", "U0SAM"))
        told = standin.texts(p.PERSONAL_ADA)
        assert any("resolved" in t for t in told[-2:]) and "1 (not good) to 5 (great)" in told[-1]
    finally:
        await close(both)


async def test_a_customer_on_slack_is_served_by_agents_in_teams(standin, slack, tmp_path):
    both = await serve_both(standin, slack, tmp_path, f"teams:{p.AGENTS}")
    try:
        # Ada asks for a person in her Slack DM: acknowledgement and privacy notice there ...
        await both.slack_event(slack_payloads.dm("I want to talk to a person"))
        said = slack.texts(SLACK_DM)
        assert any("bringing in a person" in t for t in said) and any("privacy" in t.lower() for t in said)
        # ... and a new post with the Adaptive Card in the Teams agents' channel
        (create,) = await wait_for(lambda: standin.of("create"), what="the card in Teams")
        assert create.body["channelData"]["channel"]["id"] == p.AGENTS
        card_text = json.dumps(create.card)
        assert create.card["version"] == "1.5" and "ada@example.com" in card_text and "on Slack" in card_text
        assert slack.posts(SLACK_AGENTS) == []
        card_id = create.response["activityId"]
        thread = f"{p.AGENTS};messageid={card_id}"

        # Sam claims on the Teams card: updated in place, Ada hears it in Slack
        await both.teams(p.card_submit(standin.url, create.card["actions"][0]["data"], p.SAM, p.AGENTS, card_id))
        assert standin.of("update") and "Sam Agent is helping" in json.dumps(standin.of("update")[-1].card)
        assert any("Sam Agent from support has joined" in t for t in slack.texts(SLACK_DM))

        # Sam replies in the Teams reply chain: it reaches Ada's Slack DM
        await both.teams(
            p.channel_message(standin.url, "Hi Ada, I'm on it.", p.SAM, p.AGENTS, root=card_id, mention=False)
        )
        assert slack.texts(SLACK_DM)[-1] == "*Sam Agent* (support): Hi Ada, I'm on it."
        assert standin.texts(thread)[-1] == "✓ Sent to the customer."

        # Ada answers in Slack: her words land in the Teams reply chain
        await both.slack_event(slack_payloads.dm("Thanks, it's order 1001"))
        assert any("Thanks, it's order 1001" in t for t in standin.texts(thread))

        # Sam resolves on the Teams card: the card closes, Ada is told in Slack
        await both.teams(
            p.card_submit(
                standin.url, dict(create.card["actions"][0]["data"], tandem_action="resolve"), p.SAM, p.AGENTS, card_id
            )
        )
        assert [a["data"]["tandem_action"] for a in standin.of("update")[-1].card["actions"]] == [
            "verdict_needed", "verdict_bot", "verdict_late"
        ]
        assert any("resolved" in t for t in slack.texts(SLACK_DM)[-2:])
    finally:
        await close(both)
