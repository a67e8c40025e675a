"""Where orders come from: a JSON/CSV file (re-read when it changes) or an HTTP order API (``order_http``)."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import aiohttp

from ..models import Order
from .order_http import HttpOrderSource
from .order_records import OrderSourceError, newest_first, normalise_email, parse_csv_orders, parse_json_orders
from .order_shopify import ShopifyOrderSource, shopify_endpoint
from .relative_dates import resolved, utc_today

logger = logging.getLogger(__name__)

__all__ = ["DEMO_ORDERS", "FileOrderSource", "HttpOrderSource", "OrderSourceError", "open_order_source"]

DEMO_ORDERS = Path(__file__).resolve().parent.parent / "data" / "demo_orders.json"


class FileOrderSource:
    """Orders from a ``.json`` or ``.csv`` file.

    ``await load()`` reads it (and raises ``OrderSourceError`` when it is missing or malformed). Later
    lookups re-read the file when its modification time or size changes; if the new version is
    malformed the error is logged and the last good orders keep being served. With ``today`` (the bundled
    demo orders), dates written as ``today+3`` or ``today-17`` are resolved at each load.
    """

    def __init__(self, path: str | os.PathLike[str], today: Callable[[], date] | None = None) -> None:
        self.path = Path(path)
        self._today = today
        self._by_email: dict[str, tuple[Order, ...]] = {}
        self._loaded_stamp: tuple[int, int] | None = None
        self._rejected_stamp: tuple[int, int] | None = None
        self._missing_logged = False
        self._lock = asyncio.Lock()

    async def load(self) -> None:
        async with self._lock:
            await self._reload()

    async def orders_for(self, email: str) -> list[Order]:
        if self._loaded_stamp is None:
            await self.load()
        else:
            await self._refresh()
        return list(self._by_email.get(normalise_email(email), ()))

    async def close(self) -> None:
        return None

    def known_identifiers(self) -> set[str]:
        """Every order id, tracking number and email in the file: the LLM's answers are screened for
        the ones that are not the customer's own."""
        return {
            v
            for orders in self._by_email.values()
            for o in orders
            for v in (o.id, o.tracking_number, o.customer_email)
            if v
        }

    async def _refresh(self) -> None:
        stamp = self._stamp()
        if stamp is None:
            if not self._missing_logged:
                self._missing_logged = True
                logger.error("orders file %s has gone, still serving the orders read before", self.path)
            return
        self._missing_logged = False
        if stamp in (self._loaded_stamp, self._rejected_stamp):
            return
        async with self._lock:
            if self._stamp() == self._loaded_stamp:
                return
            try:
                await self._reload()
            except OrderSourceError as exc:
                self._rejected_stamp = stamp
                logger.error("orders file changed but cannot be used, still serving the previous version: %s", exc)

    async def _reload(self) -> None:
        stamp, orders = await asyncio.to_thread(self._read)
        if self._today is not None:
            orders = resolved(orders, self._today())
        by_email: dict[str, list[Order]] = {}
        for order in orders:
            by_email.setdefault(normalise_email(order.customer_email), []).append(order)
        self._by_email = {email: tuple(newest_first(found)) for email, found in by_email.items()}
        self._loaded_stamp = stamp
        logger.info("loaded %d orders of %d customers from %s", len(orders), len(by_email), self.path)

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def _read(self) -> tuple[tuple[int, int], list[Order]]:
        name = str(self.path)
        try:
            stat = self.path.stat()
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise OrderSourceError(f"{name}: no such orders file") from None
        except IsADirectoryError:
            raise OrderSourceError(f"{name}: is a folder, expected a .json or .csv orders file") from None
        except OSError as exc:
            raise OrderSourceError(f"{name}: cannot read the orders file: {exc.strerror or exc}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            raise OrderSourceError(f"{name}: line {line}: not UTF-8 text") from None
        if self.path.suffix.lower() == ".csv" or (
            self.path.suffix.lower() != ".json" and not text.lstrip().startswith("[")
        ):
            orders = parse_csv_orders(text, name)
        else:
            orders = parse_json_orders(text, name)
        return (stat.st_mtime_ns, stat.st_size), orders


def open_order_source(
    spec: str | None,
    *,
    session_factory: Callable[[], aiohttp.ClientSession] | None = None,
    today: Callable[[], date] = utc_today,
    token: str | None = None,
    cache_seconds: float = HttpOrderSource.CACHE_SECONDS,
) -> FileOrderSource | HttpOrderSource | ShopifyOrderSource:
    """The source ``TANDEM_ORDERS`` names: None for the bundled demo orders (their dates relative to
    ``today``), an http(s) URL or shopify://store (``token``: TANDEM_ORDERS_TOKEN), or a file."""
    spec = (spec or "").strip()
    if spec.lower().startswith(("http://", "https://")):
        return HttpOrderSource(spec, session_factory, token=token, cache_seconds=cache_seconds)
    if spec.lower().startswith("shopify://"):
        return ShopifyOrderSource(shopify_endpoint(spec), token, session_factory, cache_seconds=cache_seconds)
    if token:
        raise OrderSourceError(
            "TANDEM_ORDERS_TOKEN is set, but TANDEM_ORDERS is not an order API to send it to (http(s):// or shopify://)"
        )
    if not spec:
        return FileOrderSource(DEMO_ORDERS, today=today)
    path = Path(spec).expanduser()
    if path.suffix.lower() not in (".json", ".csv"):
        raise OrderSourceError(f"TANDEM_ORDERS={spec}: expected a .json or .csv file, or an http(s):// URL")
    return FileOrderSource(path)
