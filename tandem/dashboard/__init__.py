"""GET /dashboard on `tandem run`, only when TANDEM_DASHBOARD_TOKEN is set (404 otherwise): the report
over the last days as server-rendered HTML with inline SVG charts. Read-only; see access.py for who."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from aiohttp import web

from bot.ports import Store, StoreError

from .access import Access
from .page import dashboard_html, login_html

logger = logging.getLogger(__name__)

DEFAULT_DAYS = 14
MAX_DAYS = 90
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def add_routes(app: web.Application, store: Store, token: str, zone: tzinfo, clock: Callable[[], datetime]) -> None:
    access = Access(token)

    async def dashboard(request: web.Request) -> web.Response:
        if not access.allowed(request):
            return _html(login_html(), 401, {"WWW-Authenticate": 'Bearer realm="tandem dashboard"'})
        days = _days(request.query.get("days"))
        until = clock()
        today = until.astimezone(zone).date()
        first = today - timedelta(days=days - 1)
        since = datetime(first.year, first.month, first.day, tzinfo=zone)
        try:
            facts = await store.facts(since, until)
        except StoreError as exc:
            logger.warning("/dashboard: the store is unavailable: %s", exc)
            return _html("<p>The database cannot be reached right now; try again in a moment.</p>", 503)
        return _html(dashboard_html(facts, since, until, days, zone))

    async def login(request: web.Request) -> web.Response:
        form = await request.post()
        given = form.get("token")
        if not isinstance(given, str) or not access.token_matches(given.strip()):
            logger.info("/dashboard: a sign-in with a wrong token from %s", request.remote)
            return _html(login_html("That token is not the dashboard's."), 401)
        response = web.HTTPSeeOther("/dashboard", headers=HEADERS)
        access.start_session(response, request)
        raise response

    async def logout(request: web.Request) -> web.Response:
        response = web.HTTPSeeOther("/dashboard", headers=HEADERS)
        access.end_session(response)
        raise response

    app.router.add_get("/dashboard", dashboard)
    app.router.add_post("/dashboard/login", login)
    app.router.add_post("/dashboard/logout", logout)


def _days(value: str | None) -> int:
    try:
        days = int(value) if value else DEFAULT_DAYS
    except ValueError:
        days = DEFAULT_DAYS
    return min(max(days, 1), MAX_DAYS)


def _html(body: str, status: int = 200, extra: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        text=body, status=status, content_type="text/html", charset="utf-8", headers={**HEADERS, **(extra or {})}
    )
