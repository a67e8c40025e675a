"""Who may read the dashboard: whoever holds TANDEM_DASHBOARD_TOKEN, sent as ``Authorization: Bearer …``
or typed once into the login form, which sets a session cookie (HttpOnly, SameSite=Strict, Secure behind
https). The cookie never holds the token: an expiry and an HMAC of it keyed by the token, so changing the
token ends every session. Every comparison takes constant time."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable

from aiohttp import web

COOKIE = "tandem_dashboard"
SESSION_SECONDS = 12 * 3600


class Access:
    def __init__(self, token: str, now: Callable[[], float] = time.time) -> None:
        self._token = token.encode()
        self._now = now

    def token_matches(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self._token)

    def allowed(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() == "bearer" and given.strip():
            return self.token_matches(given.strip())
        return self._session_valid(request.cookies.get(COOKIE, ""))

    def start_session(self, response: web.StreamResponse, request: web.Request) -> None:
        expires = int(self._now()) + SESSION_SECONDS
        response.set_cookie(
            COOKIE,
            f"{expires}.{self._sign(expires)}",
            max_age=SESSION_SECONDS,
            path="/dashboard",
            httponly=True,
            samesite="Strict",
            secure=behind_https(request),
        )

    def end_session(self, response: web.StreamResponse) -> None:
        response.del_cookie(COOKIE, path="/dashboard")

    def _session_valid(self, value: str) -> bool:
        expires, _, signature = value.partition(".")
        if not expires.isdigit() or not signature:
            return False
        return hmac.compare_digest(signature, self._sign(int(expires))) and int(expires) > self._now()

    def _sign(self, expires: int) -> str:
        return hmac.new(self._token, f"tandem-dashboard-session:{expires}".encode(), hashlib.sha256).hexdigest()


def behind_https(request: web.Request) -> bool:
    """Served over https, directly or through a proxy that says so (it only makes the cookie stricter)."""
    return request.secure or request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower() == "https"
