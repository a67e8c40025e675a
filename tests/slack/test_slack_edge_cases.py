"""What strangers and odd payloads do to /slack/events, with the real core and a real store behind it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.settings import Settings
from tandem.server import start_server
from tests.slack.conftest import SlackClient
from tests.slack.payloads import dm
from tests.slack.test_slack_story import FAST, slack_env
from tests.support.polling import wait_for

CUSTOMER_DM = "D0ADA"


@pytest.fixture(params=["sqlite", "postgres"])
async def running(request, standin, tmp_path, schema_or_none):
    settings = Settings.from_env(slack_env(standin, tmp_path / "tandem.db", 3000))
    if request.param == "postgres":
        settings = replace(settings, database_url=await schema_or_none())
    server = await start_server(replace(settings, port=0), timings=FAST)
    client = SlackClient(server.url)
    try:
        yield server, client
    finally:
        await client.close()
        await server.stop()


@pytest.fixture
async def schema_or_none():
    from tests.pg import create_schema, database_url_for_tests, drop_schema

    made: list[str] = []

    async def make() -> str:
        made.append(await create_schema())
        return f"{database_url_for_tests()}?search_path={made[-1]}"

    yield make
    for name in made:
        await drop_schema(name)


async def test_half_an_emoji_is_stored_as_a_replacement_character_and_the_message_answered(running, standin):
    _, client = running
    broken = dm("where is my order? \ud83d")  # a lone surrogate: JSON "\ud83d" without its pair
    assert (await client.event(broken)).status == 200
    await wait_for(lambda: standin.posts(CUSTOMER_DM), what="the answer")
    assert "1001" in standin.posts(CUSTOMER_DM)[0]["text"]
    assert (await client.event(dm("thanks!"))).status == 200
    await wait_for(lambda: len(standin.posts(CUSTOMER_DM)) == 2, what="the next answer")
