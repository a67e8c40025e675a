"""Tandem served over real HTTP on loopback, with Teams pointed at the recording Bot Connector stand-in."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import aiohttp

from adapters.teams.api import RetryPolicy
from bot.runtime.runtime import Timings
from bot.settings import Settings
from tandem.platforms import teams_adapter
from tandem.server import Server, start_server
from tandem.testing.playground import FAST
from tandem.testing.polling import wait_for
from tandem.testing.teams import payloads as p
from tandem.testing.teams.standin import BotConnectorStandIn, member

FAST_RETRY = RetryPolicy(attempts=4, initial=0.01, maximum=0.05, max_retry_after=1.0, deadline=5.0)


def teams_members() -> dict[str, dict]:
    return {
        p.ADA["id"]: member(p.ADA["id"], p.ADA["name"], "ada@example.com"),
        p.GRACE["id"]: member(p.GRACE["id"], p.GRACE["name"], "grace@example.com"),
        p.SAM["id"]: member(p.SAM["id"], p.SAM["name"], "sam@support.example.com"),
        p.ROBIN["id"]: member(p.ROBIN["id"], p.ROBIN["name"], "robin@support.example.com"),
    }


def teams_settings(standin: BotConnectorStandIn, database: str, **env: str) -> Settings:
    values = {
        "TEAMS_ENABLED": "1",
        "TEAMS_SERVICE_URL": standin.url,
        "TANDEM_AGENT_CHANNEL": f"teams:{p.AGENTS}",
        "DATABASE_URL": database,
        "HOST": "127.0.0.1",
        **env,
    }
    return replace(Settings.from_env(values), port=0)


@dataclass
class TeamsWorld:
    server: Server
    standin: BotConnectorStandIn
    session: aiohttp.ClientSession
    settings: Settings

    @property
    def endpoint(self) -> str:
        return f"{self.server.url}/api/messages"

    async def post(self, activity: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[int, Any]:
        async with self.session.post(self.endpoint, json=activity, headers=headers or {}) as response:
            text = await response.text()
            try:
                return response.status, (await response.json(content_type=None)) if text else None
            except ValueError:
                return response.status, text

    async def say(self, activity: dict[str, Any]) -> int:
        """Post an activity and wait until the runtime has finished with it."""
        status, _ = await self.post(activity)
        await self.server.runtime.idle()
        return status

    async def wait_calls(self, count: int, what: str = "Bot Connector calls") -> list:
        await wait_for(lambda: len(self.standin.calls) >= count, what=what)
        await self.server.runtime.idle()
        return self.standin.calls

    async def close(self) -> None:
        await self.session.close()
        await self.server.stop()


async def open_world(
    standin: BotConnectorStandIn,
    database: str,
    *,
    adapter_options: dict[str, Any] | None = None,
    timings: Timings = FAST,
    **env: str,
) -> TeamsWorld:
    """Tandem serving Teams (only) with these environment variables on top of the test defaults."""
    settings = teams_settings(standin, database, **env)
    adapter = teams_adapter(
        settings, **{"retry": FAST_RETRY, "lookup_retry": FAST_RETRY, **(adapter_options or {})}
    )
    server = await start_server(settings, adapters=[adapter], timings=timings)
    return TeamsWorld(server, standin, aiohttp.ClientSession(), settings)
