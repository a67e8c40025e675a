"""The Shopify order source against a stand-in of the Admin GraphQL API, its answers shaped as Shopify's
documentation shows them (``data.orders.nodes``; errors as ``errors`` with ``extensions.code``)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.skills.order_shopify import API_VERSION, ShopifyOrderSource, shopify_endpoint
from bot.skills.order_source import OrderSourceError, open_order_source
from bot.skills.orders import OrderSkill

TOKEN = "shpat_0123456789abcdef"


def node(name, email, **fields):
    base = {
        "name": name, "email": email, "createdAt": "2026-11-30T10:15:00Z", "cancelledAt": None,
        "displayFulfillmentStatus": "UNFULFILLED", "displayFinancialStatus": "PAID", "fulfillments": [],
        "lineItems": {"nodes": [{"name": "Blue ceramic mug", "quantity": 2},
                                {"name": "Linen tea towel", "quantity": 1}]},
    }  # fmt: skip
    return {**base, **fields}


SHIPPED = {
    "displayStatus": "IN_TRANSIT", "createdAt": "2026-12-01T09:00:00Z", "estimatedDeliveryAt": "2026-12-08T00:00:00Z",
    "trackingInfo": [{"company": "UPS", "number": "1Z999AA10123456784",
                      "url": "https://www.ups.com/track?tracknum=1Z999AA10123456784"}],
}  # fmt: skip

STORE = [
    node("#1042", "ada@example.com", displayFulfillmentStatus="FULFILLED", fulfillments=[SHIPPED]),
    node("#1043", "Ada@Example.com", createdAt="2026-12-03T08:00:00Z"),
    node("#1044", "ada@example.com", createdAt="2026-11-02T08:00:00Z", cancelledAt="2026-11-02T09:00:00Z"),
    node("#1045", "ada@example.com", createdAt="2026-10-02T08:00:00Z", displayFulfillmentStatus="FULFILLED",
         fulfillments=[{**SHIPPED, "displayStatus": "DELIVERED"}]),
    node("#2001", "grace@example.com"),  # another customer: a careless store might answer with her too
]  # fmt: skip


class Store:
    def __init__(self) -> None:
        self.requests: list[tuple[dict, dict]] = []
        self.throttled = False
        self.endpoint = ""  # the GraphQL URL, once it listens

    async def graphql(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append((dict(request.headers), body))
        if request.headers.get("X-Shopify-Access-Token") != TOKEN:
            return web.json_response(
                {"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"}, status=401
            )
        if self.throttled:
            return web.json_response(
                {
                    "errors": [
                        {
                            "message": "Throttled",
                            "extensions": {
                                "code": "THROTTLED",
                                "documentation": "https://shopify.dev/api/usage/rate-limits",
                            },
                        }
                    ]
                }
            )
        assert "orders(first: $first, query: $query" in body["query"]
        return web.json_response({
            "data": {"orders": {"nodes": STORE}},  # careless: every order, whatever the search
            "extensions": {"cost": {"requestedQueryCost": 52, "actualQueryCost": 12,
                                    "throttleStatus": {"maximumAvailable": 2000.0, "currentlyAvailable": 1988,
                                                       "restoreRate": 100.0}}},
        })  # fmt: skip


@pytest.fixture
async def store():
    stand_in = Store()
    app = web.Application()
    app.router.add_post(f"/admin/api/{API_VERSION}/graphql.json", stand_in.graphql)
    server = TestServer(app, port=0)
    await server.start_server()
    stand_in.endpoint = str(server.make_url(f"/admin/api/{API_VERSION}/graphql.json"))
    yield stand_in
    await server.close()


async def test_a_customers_orders_come_from_the_graphql_orders_query_by_email(store):
    orders = await ShopifyOrderSource(store.endpoint, TOKEN).orders_for("ADA@example.com")
    [(headers, body)] = store.requests
    assert headers["X-Shopify-Access-Token"] == TOKEN
    assert body["variables"] == {"query": 'email:"ada@example.com"', "first": 20}
    assert [o.id for o in orders] == ["1043", "1042", "1044", "1045"]  # newest first, only hers
    shipped = orders[1]
    assert (shipped.status, shipped.carrier, shipped.tracking_number, shipped.eta) == (
        "in_transit",
        "UPS",
        "1Z999AA10123456784",
        "2026-12-08T00:00:00Z",
    )
    assert shipped.tracking_url.startswith("https://www.ups.com/") and shipped.items == (
        "2 × Blue ceramic mug",
        "Linen tea towel",
    )
    assert [o.status for o in orders] == ["processing", "in_transit", "cancelled", "delivered"]


async def test_the_bot_tells_a_shopify_order_as_any_other(store):
    skill = OrderSkill(ShopifyOrderSource(store.endpoint, TOKEN), today=lambda: date(2026, 12, 5))
    reply = (await skill.answer("ada@example.com", "where is order 1042?")).text
    assert reply.startswith("Order #1042 is on its way.")
    assert (
        "It's with UPS, tracking number 1Z999AA10123456784." in reply
        and "It should arrive by Tuesday 8 December 2026." in reply
    )
    assert (await skill.answer("ada@example.com", "", ["2001"])).text == (
        await skill.answer("ada@example.com", "", ["9999"])
    ).text


async def test_a_wrong_token_and_throttling_are_clear_errors_without_the_token(store):
    with pytest.raises(
        OrderSourceError, match="HTTP 401: check TANDEM_ORDERS_TOKEN and that the app has read_orders"
    ) as caught:
        await ShopifyOrderSource(store.endpoint, "shpat_wrong").orders_for("ada@example.com")
    assert "shpat_" not in str(caught.value)
    store.throttled = True
    with pytest.raises(OrderSourceError, match="throttled"):
        await ShopifyOrderSource(store.endpoint, TOKEN).orders_for("ada@example.com")


def test_tandem_orders_names_the_store():
    assert shopify_endpoint("shopify://acme.myshopify.com") == f"https://acme.myshopify.com/admin/api/{API_VERSION}/graphql.json"
    assert shopify_endpoint("shopify://acme.myshopify.com?version=2026-01").endswith("/admin/api/2026-01/graphql.json")
    assert isinstance(open_order_source("shopify://acme.myshopify.com", token=TOKEN), ShopifyOrderSource)
    with pytest.raises(OrderSourceError, match="needs TANDEM_ORDERS_TOKEN"):
        open_order_source("shopify://acme.myshopify.com")
    json.dumps(STORE)  # the stand-in's data is plain JSON
