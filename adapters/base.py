"""What a platform adapter offers the server: a Messenger for the core, and inbound routes."""

from __future__ import annotations

from typing import Protocol

from aiohttp import web

from bot.core import Tandem
from bot.ports import Directory, Messenger


class PlatformAdapter(Protocol):
    @property
    def platform(self) -> str: ...

    @property
    def messenger(self) -> Messenger:
        """Usable before start(): the core is built with it."""

    @property
    def directory(self) -> Directory | None:
        """Who people are, asked by the core's workers; None: inbound items say it all."""

    async def start(self, core: Tandem, app: web.Application) -> None:
        """Add the platform's routes to ``app`` (before the server starts) and start any background
        connection (Slack Socket Mode, say). Inbound traffic goes to ``core.receive``."""

    async def stop(self) -> None:
        """Close connections and sessions."""

    def health(self) -> dict:
        """What /healthz reports about this platform (cheap: no call to the platform)."""

    async def ready(self) -> dict:
        """What /readyz reports: ``{"ready": bool, ...}``, whether the platform can be reached now (a
        call to it at most every few seconds; never raises, never takes more than a few seconds)."""
