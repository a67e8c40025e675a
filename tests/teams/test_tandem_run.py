"""``tandem run`` as an admin starts it, configured by environment variables only, serving Teams."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from tests.support.polling import wait_for

from . import payloads as p

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_tandem_run_serves_the_teams_story_from_environment_variables(standin, tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "TEAMS_", "OPENAI_", "TANDEM_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TEAMS_ENABLED="1",
        TEAMS_SERVICE_URL=standin.url,
        TANDEM_AGENT_CHANNEL=f"teams:{p.AGENTS}",
        DATABASE_URL=f"sqlite:///{tmp_path / 'tandem.db'}",
        HOST="127.0.0.1",
        PORT=str(port),
    )
    log = tmp_path / "stderr.log"
    with log.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(sys.executable, "-m", "tandem.cli", "run", env=env, cwd=tmp_path, stderr=stderr)
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

            async def post(activity: dict) -> int:
                async with session.post(f"{url}/api/messages", json=activity) as response:
                    return response.status

            assert await post(p.personal_message(standin.url, "I'd like to talk to a person")) == 200
            await wait_for(lambda: standin.of("create"), timeout=10, what="the handoff card")
            (create,) = standin.of("create")
            card_id = create.response["activityId"]
            assert await post(p.card_submit(standin.url, create.card["actions"][0]["data"], p.SAM, p.AGENTS, card_id)) == 200
            assert await post(p.channel_message(standin.url, "Hello Ada, Sam here.", p.SAM, p.AGENTS, root=card_id, mention=False)) == 200
            await wait_for(
                lambda: any(t.endswith("Hello Ada, Sam here.") for t in standin.texts(p.PERSONAL_ADA)),
                timeout=10,
                what="the agent's reply to reach the customer",
            )
            assert standin.of("update")  # the card was updated in place when Sam claimed it
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == 0, log.read_text()
    assert "UNAUTHENTICATED" in log.read_text()  # it said so at startup
