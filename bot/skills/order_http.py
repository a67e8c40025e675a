"""Orders from your own HTTP order API: the contract is in docs/orders.md."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping

import aiohttp
from yarl import URL

from ..models import Order
from .order_cache import OrdersCache
from .order_records import OrderSourceError, RecordError, newest_first, normalise_email, order_from_record

logger = logging.getLogger(__name__)

_MAX_RESPONSE_BYTES = 5_000_000
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


class HttpOrderSource:
    """Orders from an HTTP API: ``GET {url}?email=<email>`` answering a JSON array of orders (or
    ``{"orders": [...]}``), with ``Authorization: Bearer <token>`` when a token is given (docs/orders.md).

    ``session_factory`` is called once per lookup and the session it returns is closed afterwards.
    Whatever the API answers, only orders whose ``customer_email`` is the asked email are returned. A
    customer's orders are kept for ``cache_seconds`` (0: ask every time); a failure is never kept.
    """

    CACHE_SECONDS = 30.0

    def __init__(
        self,
        url: str,
        session_factory: Callable[[], aiohttp.ClientSession] | None = None,
        *,
        timeout: float = 5.0,
        headers: Mapping[str, str] | None = None,
        token: str | None = None,
        cache_seconds: float = CACHE_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = URL(url)
        if self.url.scheme not in ("http", "https") or not self.url.host:
            raise OrderSourceError(f"{_safe(self.url)}: expected an http:// or https:// URL")
        self._session_factory = session_factory or aiohttp.ClientSession
        self._timeout = timeout
        self._headers = dict(headers or {})
        if token:
            self._headers["Authorization"] = f"Bearer {token}"
            if self.url.scheme == "http" and self.url.host not in _LOOPBACK:
                logger.warning("TANDEM_ORDERS_TOKEN is sent over plain http to %s: use https", _safe(self.url))
        self._cache = OrdersCache(cache_seconds, monotonic)

    async def load(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def orders_for(self, email: str) -> list[Order]:
        wanted = normalise_email(email)
        if not wanted:
            return []
        cached = self._cache.get(wanted)
        if cached is not None:
            return cached
        orders = await self._fetch(email, wanted)
        self._cache.put(wanted, orders)
        return orders

    async def _fetch(self, email: str, wanted: str) -> list[Order]:
        url = self.url.update_query(email=email.strip())
        where = _safe(self.url)
        try:
            async with self._session_factory() as session, session.get(
                url, headers=self._headers, timeout=aiohttp.ClientTimeout(total=self._timeout)
            ) as response:
                if not 200 <= response.status < 300:
                    raise OrderSourceError(f"{where}: the order API answered HTTP {response.status}")
                body = await response.content.read(_MAX_RESPONSE_BYTES + 1)
        except TimeoutError:
            raise OrderSourceError(f"{where}: the order API did not answer within {self._timeout:g} s") from None
        except aiohttp.ClientError as exc:
            raise OrderSourceError(f"{where}: cannot reach the order API ({type(exc).__name__})") from None
        if len(body) > _MAX_RESPONSE_BYTES:
            raise OrderSourceError(f"{where}: the order API answer is larger than {_MAX_RESPONSE_BYTES} bytes")
        orders = _orders_from_response(body, where)
        return newest_first(o for o in orders if normalise_email(o.customer_email) == wanted)


def _orders_from_response(body: bytes, where: str) -> list[Order]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise OrderSourceError(f"{where}: the order API answer is not JSON") from None
    if isinstance(data, dict) and isinstance(data.get("orders"), list):
        data = data["orders"]
    if not isinstance(data, list):
        raise OrderSourceError(f"{where}: the order API answer is not a JSON array of orders")
    orders = []
    for index, record in enumerate(data, start=1):
        try:
            orders.append(order_from_record(record))
        except RecordError as exc:
            raise OrderSourceError(f"{where}: order {index} of the answer: {exc}") from None
    return orders


def _safe(url: URL) -> str:
    """The URL without credentials or query, fit for logs and error messages."""
    return str(url.with_user(None).with_query(None).with_fragment(None)) if url.host else str(url)
