"""Orders from a Shopify store: the Admin GraphQL API's ``orders`` query, filtered by the customer's email.

``TANDEM_ORDERS=shopify://your-store.myshopify.com`` with ``TANDEM_ORDERS_TOKEN`` set to an Admin API access
token (``shpat_…``) of a custom app with the ``read_orders`` scope (docs/orders.md). Only orders whose email
is the customer's are kept, whatever the store answers.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

import aiohttp
from yarl import URL

from ..models import Order
from .order_cache import OrdersCache
from .order_records import OrderSourceError, newest_first, normalise_email

logger = logging.getLogger(__name__)

API_VERSION = "2025-10"
ORDERS_SHOWN = 20  # the customer's most recent orders
_MAX_RESPONSE_BYTES = 5_000_000

QUERY = """
query CustomerOrders($query: String!, $first: Int!) {
  orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) {
    nodes {
      name
      email
      createdAt
      cancelledAt
      displayFulfillmentStatus
      displayFinancialStatus
      fulfillments(first: 5) {
        displayStatus
        createdAt
        estimatedDeliveryAt
        trackingInfo(first: 1) { company number url }
      }
      lineItems(first: 20) { nodes { name quantity } }
    }
  }
}
"""

# a shipment's displayStatus (FulfillmentDisplayStatus) as the order statuses Tandem words
_SHIPMENT = {
    "DELIVERED": "delivered",
    "PICKED_UP": "delivered",
    "OUT_FOR_DELIVERY": "out_for_delivery",
    "IN_TRANSIT": "in_transit",
    "ATTEMPTED_DELIVERY": "failed_delivery",
    "FAILURE": "delayed",
    "NOT_DELIVERED": "delayed",
    "READY_FOR_PICKUP": "ready_for_pickup",
    "CANCELED": "processing",
}
# the order's displayFulfillmentStatus when nothing has shipped
_UNSHIPPED = {"ON_HOLD": "on_hold", "SCHEDULED": "confirmed", "RESTOCKED": "returned"}


def shopify_endpoint(spec: str) -> str:
    """``shopify://store.myshopify.com[?version=2025-10]`` → the store's Admin GraphQL URL."""
    url = URL(spec)
    if url.scheme != "shopify" or not url.host:
        raise OrderSourceError(f"TANDEM_ORDERS={spec}: expected shopify://your-store.myshopify.com")
    version = url.query.get("version", API_VERSION)
    return str(
        URL.build(scheme="https", host=url.host, port=url.explicit_port, path=f"/admin/api/{version}/graphql.json")
    )


class ShopifyOrderSource:
    """A customer's orders from the store, each lookup one GraphQL request (answers kept ``cache_seconds``)."""

    def __init__(
        self,
        endpoint: str,
        token: str | None,
        session_factory: Callable[[], aiohttp.ClientSession] | None = None,
        *,
        timeout: float = 5.0,
        cache_seconds: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if not token:
            raise OrderSourceError(
                "a Shopify order source needs TANDEM_ORDERS_TOKEN: the Admin API access token (shpat_…)"
            )
        self.endpoint = URL(endpoint)
        self._token = token
        self._session_factory = session_factory or aiohttp.ClientSession
        self._timeout = timeout
        self._cache = OrdersCache(cache_seconds, monotonic)

    async def load(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def orders_for(self, email: str) -> list[Order]:
        wanted = normalise_email(email)
        if not wanted or '"' in wanted or "\\" in wanted:
            return []
        cached = self._cache.get(wanted)
        if cached is not None:
            return cached
        nodes = await self._ask(wanted)
        orders = newest_first(
            o for o in (_order(n) for n in nodes) if o and normalise_email(o.customer_email) == wanted
        )
        self._cache.put(wanted, orders)
        return orders

    async def _ask(self, email: str) -> list[dict[str, Any]]:
        where = f"Shopify {self.endpoint.host}"
        payload = {"query": QUERY, "variables": {"query": f'email:"{email}"', "first": ORDERS_SHOWN}}
        headers = {"X-Shopify-Access-Token": self._token, "Content-Type": "application/json"}
        try:
            async with self._session_factory() as session, session.post(
                self.endpoint, json=payload, headers=headers, timeout=aiohttp.ClientTimeout(total=self._timeout)
            ) as response:
                body = await response.content.read(_MAX_RESPONSE_BYTES + 1)
                status = response.status
        except TimeoutError:
            raise OrderSourceError(f"{where}: no answer within {self._timeout:g} s") from None
        except aiohttp.ClientError as exc:
            raise OrderSourceError(f"{where}: cannot reach the store ({type(exc).__name__})") from None
        if status in (401, 403):
            raise OrderSourceError(
                f"{where}: HTTP {status}: check TANDEM_ORDERS_TOKEN and that the app has read_orders"
            )
        if not 200 <= status < 300:
            raise OrderSourceError(f"{where}: HTTP {status}")
        try:
            answer = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise OrderSourceError(f"{where}: the answer is not JSON") from None
        errors = answer.get("errors") if isinstance(answer, dict) else None
        if errors:
            codes = {(e.get("extensions") or {}).get("code", "") for e in errors if isinstance(e, dict)}
            what = "throttled: the API's rate limit was reached" if "THROTTLED" in codes else _first_message(errors)
            raise OrderSourceError(f"{where}: {what}")
        try:
            nodes = answer["data"]["orders"]["nodes"]
        except (KeyError, TypeError):
            raise OrderSourceError(f"{where}: the answer has no data.orders.nodes") from None
        return [n for n in nodes if isinstance(n, dict)] if isinstance(nodes, list) else []


def _order(node: dict[str, Any]) -> Order | None:
    name, email = str(node.get("name") or "").strip(), str(node.get("email") or "").strip()
    if not name or not email:
        return None
    shipments = sorted(
        (f for f in node.get("fulfillments") or () if isinstance(f, dict)), key=lambda f: f.get("createdAt") or ""
    )
    latest = shipments[-1] if shipments else {}
    tracking = next(iter(latest.get("trackingInfo") or ()), None) or {}
    items = tuple(
        f"{line.get('quantity')} × {line.get('name')}" if (line.get("quantity") or 1) != 1 else str(line.get("name"))
        for line in ((node.get("lineItems") or {}).get("nodes") or ())
        if isinstance(line, dict) and line.get("name")
    )
    return Order(
        id=name.lstrip("#"),
        customer_email=email,
        status=_status(node, latest),
        carrier=tracking.get("company") or None,
        tracking_number=tracking.get("number") or None,
        tracking_url=tracking.get("url") or None,
        placed_at=node.get("createdAt") or None,
        eta=latest.get("estimatedDeliveryAt") or None,
        items=items,
    )


def _status(node: dict[str, Any], latest: dict[str, Any]) -> str:
    if node.get("cancelledAt"):
        return "cancelled"
    if node.get("displayFinancialStatus") == "REFUNDED":
        return "refunded"
    if latest:
        return _SHIPMENT.get(str(latest.get("displayStatus") or ""), "shipped")
    return _UNSHIPPED.get(str(node.get("displayFulfillmentStatus") or ""), "processing")


def _first_message(errors: Any) -> str:
    if isinstance(errors, str):
        return errors[:200]
    first = errors[0] if isinstance(errors, list) and errors else {}
    return str(first.get("message") if isinstance(first, dict) else first)[:200]
