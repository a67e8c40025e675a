"""Slack end to end with the real runtime: ``tandem.server.start_server`` and ``tandem run`` against the
Web API stand-in, signed requests into ``/slack/events``."""

from __future__ import annotations

import logging
import signal
import subprocess
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest

from bot.runtime.runtime import Timings
from bot.settings import Settings
from tandem.server import start_server
from tandem.testing.polling import wait_for
from tandem.testing.slack.client import SlackClient
from tandem.testing.slack.payloads import SECRET, channel_message, dm, mention
from tests.slack.story import AGENTS, CUSTOMER_DM, walk_the_story
from tests.support.processes import clean_env, free_port, run_cli, tandem_command

FAST = Timings(sweep_every=0.02, stalled_after=0.05, purge_every=3600)


def slack_env(standin, database: Path, port: int) -> dict[str, str]:
    """Everything ``tandem run`` needs, as environment variables only."""
    return {
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": standin.url,
        "TANDEM_AGENT_CHANNEL": f"slack:{AGENTS}",
        "DATABASE_URL": f"sqlite:///{database}",
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }


async def serve(standin, database: Path):
    settings = Settings.from_env(slack_env(standin, database, 3000))
    server = await start_server(replace(settings, port=0), timings=FAST)
    return server, SlackClient(server.url)


@pytest.fixture
async def running(standin, tmp_path):
    server, client = await serve(standin, tmp_path / "tandem.db")
    yield server, client
    await client.close()
    await server.stop()


@pytest.mark.slow
async def test_the_whole_story_in_slack(running, standin):
    _, client = running
    await walk_the_story(client, standin)


@pytest.mark.slow
async def test_a_mention_in_a_channel_is_answered_in_its_thread_and_order_details_only_to_the_customer(
    running, standin
):
    _, client = running
    asked = mention("where is my order?", user="U0ADA", channel="C0SUPPORT")
    assert (await client.event(asked)).status == 200
    (private,) = await wait_for(lambda: standin.of("chat.postEphemeral"), what="the order answer")
    assert (private["channel"], private["user"], private["thread_ts"]) == ("C0SUPPORT", "U0ADA", asked["ts"])
    assert "1001" in private["text"]
    assert standin.posts("C0SUPPORT") == []  # nothing about Ada's orders where others can read it

    follow_up = channel_message("I want to talk to a person please", "U0ADA", "C0SUPPORT", thread_ts=asked["ts"])
    assert (await client.event(follow_up)).status == 200  # no new mention needed in her own thread
    await wait_for(lambda: len(standin.posts("C0SUPPORT")) >= 2, what="the handoff and the privacy notice")
    assert {p.get("thread_ts") for p in standin.posts("C0SUPPORT")} == {asked["ts"]}
    await wait_for(lambda: standin.posts(AGENTS), what="the card")


@pytest.mark.slow
async def test_slack_gets_its_answer_before_the_work_is_done(running, standin):
    _, client = running
    gate = standin.hold("chat.postMessage")
    response = await client.event(dm("where is my order?"))
    assert response.status == 200  # answered while the reply is still on its way
    await wait_for(lambda: standin.held == ["chat.postMessage"], what="the reply, held at the stand-in")
    assert standin.posts() == []
    gate.set()
    await wait_for(lambda: standin.posts(CUSTOMER_DM), what="the reply")


@pytest.mark.slow
async def test_a_retry_after_a_restart_gets_no_second_reply(standin, tmp_path):
    database = tmp_path / "tandem.db"
    event = dm("where is my order?")
    server, client = await serve(standin, database)
    try:
        assert (await client.event(event, event_id="Ev0ONCE")).status == 200
        await wait_for(lambda: standin.posts(CUSTOMER_DM), what="the first reply")
    finally:
        await client.close()
        await server.stop()

    server, client = await serve(standin, database)  # a new process, the same database
    try:
        response = await client.event(event, event_id="Ev0ONCE", retry=1)
        assert response.status == 200
        assert (await client.event(dm("and order 1009?"), event_id="Ev0NEXT")).status == 200
        await wait_for(lambda: len(standin.posts(CUSTOMER_DM)) >= 2, what="the reply to the next message")
        await server.runtime.idle()
        replies = standin.texts(CUSTOMER_DM)
        assert len(replies) == 2 and "1009" in replies[1]
    finally:
        await client.close()
        await server.stop()


@pytest.mark.slow
async def test_a_customer_nobody_picked_up_hears_they_are_still_in_line_and_the_card_thread_gets_a_nudge(
    standin, tmp_path
):
    settings = Settings.from_env(
        {**slack_env(standin, tmp_path / "tandem.db", 3000), "TANDEM_WAIT_NOTICE_MINUTES": "0.001"}
    )
    server = await start_server(replace(settings, port=0), timings=FAST)
    client = SlackClient(server.url)
    try:
        assert (await client.event(dm("I want to talk to a person"))).status == 200
        await wait_for(lambda: len(standin.texts(CUSTOMER_DM)) >= 3, what="the still-in-line message")
        handoff, privacy, still = standin.texts(CUSTOMER_DM)
        assert "privacy" in privacy.lower() and "still in line" in still
        card = standin.posts(AGENTS)[0]
        assert "blocks" in card.args
        nudge = await wait_for(lambda: standin.texts(AGENTS, thread=card.ts), what="the nudge in the card's thread")
        assert "Still waiting for someone" in nudge[0]
    finally:
        await client.close()
        await server.stop()


@pytest.mark.slow
async def test_a_message_slack_refuses_for_good_is_logged_with_its_conversation_and_kept(running, standin, caplog):
    server, client = running
    standin.fail("chat.postMessage", error="msg_blocks_too_long")
    with caplog.at_level(logging.ERROR, logger="bot.runtime.outbox"):
        assert (await client.event(dm("where is my order?"))).status == 200
        dead = await wait_for(lambda: server.store.dead_letters(), what="the kept message")
    conversation = dead[0].conversation_id
    assert any(conversation in r.getMessage() and "kept" in r.getMessage() for r in caplog.records)
    assert dead[0].effect.message is not None and "1001" in dead[0].effect.message.text


async def tandem_cli(*args: str, database: Path) -> str:
    done = await run_cli(*args, database_url=f"sqlite:///{database}", cwd=database.parent)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
async def test_an_admin_lists_what_was_kept_and_sends_it_again_once_slack_takes_it(running, standin, tmp_path):
    server, client = running
    standin.fail("chat.postMessage", error="channel_not_found")
    assert (await client.event(dm("where is my order?"))).status == 200
    [dead] = await wait_for(lambda: server.store.dead_letters(), what="the kept message")

    listed = await tandem_cli("outbox", database=tmp_path / "tandem.db")
    assert dead.conversation_id in listed and "send (reply)" in listed and "channel_not_found" in listed
    assert "1001" not in listed  # the customer's words and orders stay out of the admin's terminal
    delivered = lambda: [c["text"] for c in standin.posts(CUSTOMER_DM) if c.response["ok"]]  # noqa: E731
    assert delivered() == []

    assert "1 message(s) queued again" in await tandem_cli("outbox", "--retry", database=tmp_path / "tandem.db")
    [reply] = await wait_for(delivered, what="the reply, sent again")
    assert "1001" in reply
    assert await server.store.dead_letters() == []
    assert "nothing is waiting" in await tandem_cli("outbox", database=tmp_path / "tandem.db")


@pytest.mark.slow
async def test_tandem_run_serves_the_whole_story_from_environment_variables(standin, tmp_path):
    port = free_port()
    env = clean_env(**slack_env(standin, tmp_path / "tandem.db", port))
    process = subprocess.Popen(
        tandem_command("run"), cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    base = f"http://127.0.0.1:{port}"
    client = SlackClient(base)
    try:
        async def healthy() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"tandem run exited:\n{process.stdout.read()}")
            try:
                async with aiohttp.ClientSession() as session, session.get(f"{base}/healthz") as response:
                    return response.status == 200
            except aiohttp.ClientError:
                return False

        await wait_for(healthy, timeout=20, what="tandem run to listen")
        await walk_the_story(client, standin, timeout=15)
    finally:
        await client.close()
        process.send_signal(signal.SIGTERM)
        try:
            output, _ = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    assert process.returncode == 0, output
    assert "xoxb-test-token" not in output and SECRET not in output  # secrets are never logged
