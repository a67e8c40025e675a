"""Turning asyncpg and socket failures into StoreErrors that say what to do, without leaking passwords."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, unquote, urlsplit

import asyncpg

from ..ports import StoreError

logger = logging.getLogger(__name__)

# The server is down, restarting, or the connection was cut: worth retrying later.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,  # refused, reset, unreachable, DNS, and TimeoutError
    asyncpg.PostgresConnectionError,  # includes "connection was closed in the middle of operation"
    asyncpg.CannotConnectNowError,  # the server is starting up or shutting down
    asyncpg.AdminShutdownError,  # pg_terminate_backend, or a fast shutdown
    asyncpg.CrashShutdownError,
    asyncpg.TooManyConnectionsError,
    asyncpg.InterfaceError,  # "pool is closing", "connection is closed"
)

# Errors no retry will fix: wrong password, missing database, unknown user.
PERMANENT_CONNECT_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.InvalidAuthorizationSpecificationError,
    asyncpg.InvalidPasswordError,
    asyncpg.InvalidCatalogNameError,
)


def describe(database_url: str) -> str:
    """``user@host:port/db``: enough to find the server, never the password or URL parameters."""
    parts = urlsplit(database_url)
    query = parse_qs(parts.query)
    creds, at, hosts = parts.netloc.rpartition("@")
    user = unquote(creds.split(":", 1)[0]) if at else (query.get("user") or [""])[0]
    hosts = hosts or (query.get("host") or ["localhost"])[0]
    database = unquote(parts.path.lstrip("/")) or (query.get("dbname") or [user or "(default)"])[0]
    return f"{user + '@' if user else ''}{hosts}/{database}"


def url_password(database_url: str) -> str | None:
    """The password in a URL (``user:pw@`` or ``?password=``), to scrub it from any message."""
    parts = urlsplit(database_url)
    creds, at, _ = parts.netloc.rpartition("@")
    if at and ":" in creds:
        return unquote(creds.split(":", 1)[1]) or None
    passwords = parse_qs(parts.query).get("password")
    return passwords[0] if passwords else None


def is_connection_error(exc: BaseException) -> bool:
    return isinstance(exc, CONNECTION_ERRORS)


def explain(
    exc: BaseException, where: str, *, secret: str | None = None, connecting: bool = False, lost: bool = False
) -> StoreError:
    """A StoreError for ``exc`` naming the database ``where`` (from ``describe``); ``secret`` never shows.

    ``connecting``: no connection could be opened; ``lost``: an open one broke during the operation.
    """
    if isinstance(exc, StoreError):
        return exc
    reason = _reason(exc)
    if secret:
        reason = reason.replace(secret, "***")
    if isinstance(exc, asyncpg.InvalidCatalogNameError):
        return StoreError(f"PostgreSQL at {where}: {reason} (create it, or fix DATABASE_URL)")
    if isinstance(exc, (asyncpg.InvalidPasswordError, asyncpg.InvalidAuthorizationSpecificationError)):
        return StoreError(
            f"PostgreSQL at {where} refused the login: {reason} (check the user and password in DATABASE_URL)"
        )
    if isinstance(exc, TimeoutError) and not (connecting or lost):
        return StoreError(f"PostgreSQL at {where} did not answer in time: {reason}")
    if connecting:
        return StoreError(
            f"cannot connect to PostgreSQL at {where}: {reason} "
            "(is the server running and reachable? check DATABASE_URL)"
        )
    if lost or is_connection_error(exc):
        return StoreError(
            f"lost the connection to PostgreSQL at {where}: {reason} "
            "(the operation may not have completed; it reconnects on the next call)"
        )
    return StoreError(f"PostgreSQL at {where}: {reason}")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    if isinstance(exc, TimeoutError) and not text:
        return "timed out"
    return f"{text} ({type(exc).__name__})" if text else type(exc).__name__
