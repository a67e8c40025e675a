"""An HTTP order API as docs/orders.md describes it: the request Tandem makes (with the bearer token), the
answers it accepts, how long an answer is reused, and a token that never shows in logs or errors."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.settings import Settings
from bot.skills.order_source import HttpOrderSource, OrderSourceError, open_order_source
from tandem.testing.playground import playground, texts
from tests.support.clock import ManualClock

TOKEN = "s3cret-order-api-token"

# the worked example of docs/orders.md, as the API answers it
DOCS_EXAMPLE = {
    "orders": [
        {
            "id": "1042",
            "customer_email": "ada@example.com",
            "status": "in_transit",
            "carrier": "UPS",
            "tracking_number": "1Z999AA10123456784",
            "tracking_url": "https://www.ups.com/track?tracknum=1Z999AA10123456784",
            "placed_at": "2026-11-30",
            "eta": "2026-12-08",
            "items": [{"name": "Blue ceramic mug", "quantity": 2}, "Linen tea towel"],
        }
    ]
}


class OrderApi:
    def __init__(self) -> None:
        self.requests: list[web.Request] = []
        self.status = 200
        self.url = ""  # once it listens

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append(request)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return web.json_response({"error": "unauthorised"}, status=401)
        if self.status != 200:
            return web.json_response({"error": "down"}, status=self.status)
        email = request.query.get("email", "").lower()
        return web.json_response({"orders": [o for o in DOCS_EXAMPLE["orders"] if o["customer_email"] == email]})


@pytest.fixture
async def api():
    order_api = OrderApi()
    app = web.Application()
    app.router.add_get("/v1/orders", order_api.handle)
    server = TestServer(app, port=0)
    await server.start_server()
    order_api.url = str(server.make_url("/v1/orders"))
    yield order_api
    await server.close()


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_the_token_is_sent_as_a_bearer_header_with_the_email_in_the_query(api):
    orders = await HttpOrderSource(api.url, token=TOKEN).orders_for("Ada@Example.com")
    [request] = api.requests
    assert request.method == "GET" and request.query["email"] == "Ada@Example.com"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert [o.id for o in orders] == ["1042"] and orders[0].items == ("2 × Blue ceramic mug", "Linen tea towel")


async def test_without_the_token_the_api_refuses_and_the_error_says_so_without_secrets(api, caplog):
    with pytest.raises(OrderSourceError, match="HTTP 401"):
        await HttpOrderSource(api.url).orders_for("ada@example.com")
    api.status = 503
    caplog.set_level(logging.DEBUG)
    with pytest.raises(OrderSourceError) as caught:
        await HttpOrderSource(api.url, token=TOKEN).orders_for("ada@example.com")
    assert "HTTP 503" in str(caught.value)
    assert TOKEN not in str(caught.value) and TOKEN not in caplog.text


async def test_an_answer_is_reused_for_the_cache_time_and_a_failure_never_is(api):
    ticks = Ticks()
    source = HttpOrderSource(api.url, token=TOKEN, cache_seconds=30, monotonic=ticks)
    await source.orders_for("ada@example.com")
    ticks.now += 29
    await source.orders_for("ADA@example.com ")
    assert len(api.requests) == 1
    ticks.now += 2
    api.status = 502
    with pytest.raises(OrderSourceError):
        await source.orders_for("ada@example.com")
    api.status = 200
    assert [o.id for o in await source.orders_for("ada@example.com")] == ["1042"]
    assert len(api.requests) == 3


async def test_cache_seconds_zero_asks_every_time(api):
    source = HttpOrderSource(api.url, token=TOKEN, cache_seconds=0)
    for _ in range(3):
        await source.orders_for("ada@example.com")
    assert len(api.requests) == 3


def test_a_token_without_an_order_api_is_a_clear_error(tmp_path):
    with pytest.raises(OrderSourceError, match="TANDEM_ORDERS_TOKEN is set, but TANDEM_ORDERS is not an order API"):
        open_order_source(None, token=TOKEN)
    with pytest.raises(OrderSourceError, match="not an order API"):
        open_order_source(str(tmp_path / "orders.json"), token=TOKEN)


def test_a_token_over_plain_http_to_another_host_is_warned_about(caplog):
    HttpOrderSource("http://orders.internal.example/v1/orders", token=TOKEN)
    assert "use https" in caplog.text and TOKEN not in caplog.text


async def test_the_bot_answers_from_the_api_with_the_token_from_the_environment(api):
    on_5_december = ManualClock(datetime(2026, 12, 5, 9, tzinfo=UTC))
    play = await playground(clock=on_5_december, TANDEM_ORDERS=api.url, TANDEM_ORDERS_TOKEN=TOKEN)
    try:
        reply = texts(await play.say("where is my order?"), "customer")
    finally:
        await play.close()
    assert "Order #1042 is on its way." in reply and "1Z999AA10123456784" in reply
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in api.requests)


def test_the_token_is_masked_wherever_settings_are_shown():
    settings = Settings.from_env({"TANDEM_ORDERS": "https://shop:pw@orders.example/v1", "TANDEM_ORDERS_TOKEN": TOKEN})
    shown = f"{settings!r} {settings.redacted()}"
    assert TOKEN not in shown and ":pw@" not in str(settings.redacted())
