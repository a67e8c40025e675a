"""/healthz and /readyz.

- ``/healthz`` is liveness: cheap (one ``SELECT 1``), no call to any platform; 503 only while the
  database is away.
- ``/readyz`` is readiness: the database and every configured platform can be reached now (Slack's Web
  API answers ``auth.test``; Teams gives the bot a token and its token-signing keys are at hand), as
  JSON, 503 when anything is not. The platforms' checks are kept a few seconds (see
  ``adapters/readiness.py``), so polling it costs the platforms little.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from bot.platform import PlatformAdapter
from bot.ports import Store

logger = logging.getLogger(__name__)

CHECK_TIMEOUT = 6.0  # seconds for any one check, whatever the adapter does


def add_health_routes(app: web.Application, store: Store, adapters: list[PlatformAdapter]) -> None:
    app.router.add_get("/healthz", _liveness(store, adapters))
    app.router.add_get("/readyz", _readiness(store, adapters))


def _liveness(store: Store, adapters: list[PlatformAdapter]):
    async def health(request: web.Request) -> web.Response:
        database = await store.ping()
        body = {
            "status": "ok" if database else "degraded",
            "database": "ok" if database else "unreachable",
            "platforms": {a.platform: a.health() for a in adapters},
        }
        return web.json_response(body, status=200 if database else 503)

    return health


def _readiness(store: Store, adapters: list[PlatformAdapter]):
    async def ready(request: web.Request) -> web.Response:
        database, *platforms = await asyncio.gather(
            _bounded(store.ping(), False),
            *(_bounded(a.ready(), {"ready": False, "check": "timed out"}) for a in adapters)
        )
        states = {a.platform: state for a, state in zip(adapters, platforms, strict=True)}
        ready = database is True and all(state.get("ready") is True for state in states.values())
        if not ready:
            logger.info("not ready: database %s, %s", "ok" if database is True else "unreachable",
                        ", ".join(f"{name} {'ok' if s.get('ready') else 'not ready'}" for name, s in states.items()))
        body = {"ready": ready, "database": "ok" if database is True else "unreachable", "platforms": states}
        return web.json_response(body, status=200 if ready else 503)

    return ready


async def _bounded(check, fallback):
    try:
        return await asyncio.wait_for(check, CHECK_TIMEOUT)
    except Exception as exc:  # a readiness check answers, it does not raise
        logger.debug("readiness check failed: %r", exc)
        return fallback
