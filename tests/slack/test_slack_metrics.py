"""GET /metrics on `tandem run`: Prometheus text counting what the whole Slack story did, with no customer
words or ids in it; TANDEM_METRICS=0 turns it off."""

from __future__ import annotations

from dataclasses import replace

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.settings import Settings
from tandem.server import start_server
from tandem.testing.polling import wait_for
from tests.slack.story import walk_the_story
from tests.slack.test_slack_story import FAST, running, slack_env  # noqa: F401 (the fixture)


async def scrape(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(f"{url}/metrics") as response:
        return response.status, response.headers.get("Content-Type", ""), await response.text()


def samples(text: str) -> dict[tuple[str, tuple], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


@pytest.mark.slow
async def test_metrics_count_the_story_without_a_word_or_an_id_of_the_customer(running, standin):  # noqa: F811
    server, client = running
    status, kind, text = await scrape(server.url)
    assert status == 200 and kind.startswith("text/plain")
    assert samples(text)[("tandem_messages_total", ())] == 0

    await walk_the_story(client, standin)

    async def counted() -> dict:
        found = samples((await scrape(server.url))[2])
        return found if found[("tandem_csat_total", (("score", "2"),))] == 1 else {}

    found = await wait_for(counted, what="the rating counted")
    assert found[("tandem_messages_total", ())] == 4  # the DMs: an order question, the frustration, thanks, the comment
    assert found[("tandem_handoffs_total", (("reason", "frustration"),))] == 1
    assert found[("tandem_handoff_claim_seconds_count", ())] == 1
    assert found[("tandem_handoff_claim_seconds_bucket", (("le", "+Inf"),))] == 1
    assert [found[("tandem_csat_total", (("score", str(n)),))] for n in range(1, 6)] == [0, 1, 0, 0, 0]
    assert found[("tandem_outbox_dead_letters", ())] == 0
    assert found[("tandem_llm_calls_total", ())] == 0
    body = (await scrape(server.url))[2]
    # names, labels and help text, without the sample values: a timestamp such as 1.7965941001e+09 holds "1001"
    words = "\n".join(line if line.startswith("#") else line.rsplit(" ", 1)[0] for line in body.splitlines())
    for private in ("U0ADA", "D0ADA", "Ada", "ada@", "c_", "1001", "useless", "took a week"):
        assert private not in words, private


async def test_tandem_metrics_0_turns_it_off(standin, tmp_path):
    settings = Settings.from_env({**slack_env(standin, tmp_path / "tandem.db", 3000), "TANDEM_METRICS": "0"})
    server = await start_server(replace(settings, port=0), timings=FAST)
    try:
        status, _, _ = await scrape(server.url)
        assert status == 404
    finally:
        await server.stop()
