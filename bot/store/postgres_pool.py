"""Opening PostgreSQL connections: retried with backoff while the server is starting, then a clear error."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import asyncpg
from tenacity import AsyncRetrying, retry_if_exception, stop_after_delay, wait_exponential

from ..ports import StoreError
from .postgres_errors import PERMANENT_CONNECT_ERRORS, describe, explain, is_connection_error, url_password
from .postgres_schema import apply_migrations, check_schema_name, schema_in_url

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Target:
    """Where the database is and how to reach it. ``where`` is safe to show; the URL is not."""

    database_url: str = field(repr=False)
    schema: str | None = None
    connect_timeout: float = 10.0  # one connection attempt
    retry_for: float = 30.0  # keep retrying the first connection this long before giving up
    command_timeout: float | None = 30.0
    application_name: str = "tandem"  # shown in pg_stat_activity

    def __post_init__(self) -> None:
        if self.schema is None:
            object.__setattr__(self, "schema", schema_in_url(self.database_url))
        if self.schema is not None:
            check_schema_name(self.schema)

    @property
    def where(self) -> str:
        return describe(self.database_url) + (f" (schema {self.schema})" if self.schema else "")

    @property
    def secret(self) -> str | None:
        return url_password(self.database_url)

    def connect_kwargs(self) -> dict:
        settings = {"application_name": self.application_name}
        if self.schema is not None:
            settings["search_path"] = f'"{self.schema}"'
        return {
            "dsn": self.database_url,
            "timeout": self.connect_timeout,
            "command_timeout": self.command_timeout,
            "server_settings": settings,
        }

    def explain(self, exc: BaseException, *, connecting: bool = False, lost: bool = False) -> StoreError:
        return explain(exc, self.where, secret=self.secret, connecting=connecting, lost=lost)


def _retryable(exc: BaseException) -> bool:
    return is_connection_error(exc) and not isinstance(exc, PERMANENT_CONNECT_ERRORS)


async def with_connect_retry(target: Target, opener):
    """``await opener()`` until it connects or ``target.retry_for`` seconds pass; then a StoreError."""

    def warn(state) -> None:
        logger.warning(
            "PostgreSQL at %s not reachable yet (%s); retrying in %.1f s",
            target.where,
            type(state.outcome.exception()).__name__,
            state.next_action.sleep,
        )

    retrying = AsyncRetrying(
        retry=retry_if_exception(_retryable),
        wait=wait_exponential(multiplier=0.2, max=5.0),
        stop=stop_after_delay(target.retry_for),
        before_sleep=warn,
        reraise=True,
    )
    try:
        async for attempt in retrying:
            with attempt:
                return await opener()
    except Exception as exc:
        raise target.explain(exc, connecting=True) from exc
    raise AssertionError("unreachable")  # pragma: no cover


class _OneLineReconnects(logging.Filter):
    """asyncpg's pool logs a whole traceback each time it fails to reopen its minimum of connections
    while the server is away (after 1, 2, 4 … 60 s). One line each says it as well."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and str(record.msg).startswith("Failed to restore the pool connection floor"):
            exc = record.exc_info[1]
            record.msg, record.args = "PostgreSQL unreachable; the pool keeps reconnecting (%s: %s)", (
                type(exc).__name__,
                exc,
            )
            record.exc_info, record.exc_text = None, None
        return True


def _quiet_pool_maintenance() -> None:
    pool_logger = logging.getLogger("asyncpg.pool")
    if not any(isinstance(f, _OneLineReconnects) for f in pool_logger.filters):
        pool_logger.addFilter(_OneLineReconnects())


class _StatelessConnection(asyncpg.Connection):
    """A pooled connection that goes back to the pool without asyncpg's reset query (advisory unlock,
    CLOSE ALL, UNLISTEN, RESET ALL): the store never leaves session state behind (its locks are
    transaction-level), and that query cost one more round trip for every statement. An open
    transaction is still rolled back on release."""

    def get_reset_query(self) -> str:
        return ""


async def open_pool(target: Target, min_size: int, max_size: int) -> asyncpg.Pool:
    _quiet_pool_maintenance()
    return await with_connect_retry(
        target,
        lambda: asyncpg.create_pool(
            min_size=min_size, max_size=max_size, connection_class=_StatelessConnection, **target.connect_kwargs()
        ),
    )


async def migrate(database_url: str, schema: str | None = None, *, retry_for: float = 30.0) -> list[int]:
    """Bring the database schema up to date; returns the migration versions applied by this call.

    Safe to run from several processes at once: each version is applied exactly once.
    """
    target = Target(database_url, schema=schema, retry_for=retry_for)
    conn = await with_connect_retry(target, lambda: asyncpg.connect(**target.connect_kwargs()))
    try:
        return await apply_migrations(conn, target.schema)
    except (asyncpg.PostgresError, asyncpg.InterfaceError, asyncpg.InternalClientError, OSError) as exc:
        raise target.explain(exc) from exc
    finally:
        await conn.close()
