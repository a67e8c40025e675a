"""The one aiohttp server: /slack/events, /api/messages, /healthz and /readyz, plus Socket Mode beside it."""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass

from aiohttp import web

from bot.hours import time_zone
from bot.platform import PlatformAdapter
from bot.ports import Store
from bot.runtime.runtime import Runtime, Timings, utc_now
from bot.settings import Settings

from . import http_guard
from .app import build_runtime
from .dashboard import add_routes as add_dashboard_routes
from .health import add_health_routes
from .metrics import Metrics
from .metrics import add_route as add_metrics_route
from .platforms import platform_adapters

logger = logging.getLogger(__name__)


@dataclass
class Server:
    runtime: Runtime
    store: Store
    adapters: list[PlatformAdapter]
    runner: web.AppRunner
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def stop(self) -> None:
        await self.runner.cleanup()
        for adapter in self.adapters:
            await adapter.stop()
        await self.runtime.stop()
        await self.store.close()


async def start_server(
    settings: Settings,
    *,
    adapters: list[PlatformAdapter] | None = None,
    clock=utc_now,
    timings: Timings | None = None,
) -> Server:
    """Build the runtime and the platforms, and listen on HOST:PORT (PORT=0 picks a free port)."""
    adapters = platform_adapters(settings) if adapters is None else adapters
    metrics = Metrics() if settings.metrics else None
    runtime, store = await build_runtime(
        settings,
        {a.platform: a.messenger for a in adapters},
        clock=clock,
        timings=timings,
        directories={a.platform: a.directory for a in adapters if a.directory is not None},
        observer=metrics,
    )
    app = web.Application(
        client_max_size=http_guard.MAX_BODY, middlewares=[http_guard.body_in_time(settings.http_read_seconds)]
    )
    add_health_routes(app, store, adapters)
    if metrics is not None:
        add_metrics_route(app, metrics, store)
    if settings.dashboard_token:
        add_dashboard_routes(app, store, settings.dashboard_token, time_zone(settings.timezone), clock)
    try:
        for adapter in adapters:
            await adapter.start(runtime, app)
        runner = web.AppRunner(app, access_log=None, **http_guard.runner_options(settings.http_idle_seconds))
        await runner.setup()
        site = web.TCPSite(runner, settings.host, settings.port)
        await site.start()
    except BaseException:
        for adapter in adapters:
            await adapter.stop()
        await store.close()
        raise
    port = runner.addresses[0][1] if runner.addresses else settings.port
    await runtime.start()
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    logger.info("Tandem listening on %s:%d for %s", settings.host, port, ", ".join(a.platform for a in adapters))
    return Server(runtime, store, adapters, runner, host, port)


async def serve(settings: Settings) -> int:
    logger.info("starting with settings %s", settings.redacted())
    server = await start_server(settings)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    logger.info("shutting down")
    await server.stop()
    return 0
