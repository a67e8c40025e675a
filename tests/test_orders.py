import asyncio
import dataclasses
import json
import logging
import os
import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.models import Order
from bot.skills import SkillAnswer
from bot.skills.order_source import (
    DEMO_ORDERS,
    FileOrderSource,
    HttpOrderSource,
    OrderSourceError,
    open_order_source,
)
from bot.skills.order_wording import OrderWording
from bot.skills.orders import OrderSkill, find_order_ids


def ON_22_NOVEMBER() -> date:
    """The day these orders were current: 1001 due on the 25th is on time."""
    return date(2026, 11, 22)


ORDERS: list[dict[str, Any]] = [
    {
        "id": "1001",
        "customer_email": "ada@example.com",
        "status": "in_transit",
        "carrier": "UPS",
        "tracking_number": "1Z999AA10123456784",
        "tracking_url": "https://tracking.example.com/ups/1Z999AA10123456784",
        "placed_at": "2026-11-18",
        "eta": "2026-11-25",
        "items": ["Blue mug", "Tea towel"],
    },
    {"id": 1002, "customer_email": "grace@example.com", "status": "delivered", "placed_at": "2026-11-01"},
    {"id": "1003", "customer_email": " Ada@Example.COM ", "status": "processing", "placed_at": "2026-11-20",
     "items": "Lamp; Bulbs | Shade"},
]



class OrderApiStandIn(TestServer):
    """An order API on loopback that keeps the query of every request it got."""

    def __init__(self, app: web.Application, seen: list[dict]) -> None:
        super().__init__(app, port=0)
        self.seen = seen

def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def write_json(tmp_path, records, name="orders.json"):
    return write(tmp_path, name, json.dumps(records, indent=2))


async def loaded(path):
    source = FileOrderSource(path)
    await source.load()
    return source


# ---- file source: happy paths ----


async def test_json_file_orders_by_email_newest_first(tmp_path):
    source = await loaded(write_json(tmp_path, ORDERS))
    ada = await source.orders_for("ada@example.com")
    assert [o.id for o in ada] == ["1003", "1001"]
    assert ada[0].items == ("Lamp", "Bulbs", "Shade")
    assert ada[1] == Order(
        id="1001",
        customer_email="ada@example.com",
        status="in_transit",
        carrier="UPS",
        tracking_number="1Z999AA10123456784",
        tracking_url="https://tracking.example.com/ups/1Z999AA10123456784",
        placed_at="2026-11-18",
        eta="2026-11-25",
        items=("Blue mug", "Tea towel"),
    )
    assert [o.id for o in await source.orders_for("grace@example.com")] == ["1002"]


@pytest.mark.parametrize("email", ["ADA@example.com", "  ada@example.com\n", "Ada@Example.Com"])
async def test_emails_match_whatever_the_case_and_spacing(tmp_path, email):
    source = await loaded(write_json(tmp_path, ORDERS))
    assert {o.id for o in await source.orders_for(email)} == {"1001", "1003"}


async def test_csv_file(tmp_path):
    path = write(
        tmp_path,
        "orders.csv",
        "ID, Customer_Email ,status,carrier,tracking_number,tracking_url,placed_at,eta,items\n"
        "1001,ada@example.com,shipped,DHL,JD1,https://tracking.example.com/JD1,2026-11-01,2026-11-05,Mug;Towel\n"
        "\n"
        '1002,ada@example.com,processing,,,,2026-11-03,,"Lamp | Shade, large"\n'
        "1003,grace@example.com,delivered,,,,,,\n",
    )
    source = await loaded(path)
    ada = await source.orders_for("ADA@example.com")
    assert [o.id for o in ada] == ["1002", "1001"]
    assert ada[0].items == ("Lamp", "Shade, large")
    assert ada[0].carrier is None and ada[0].eta is None
    assert ada[1].items == ("Mug", "Towel")
    assert ada[1].tracking_url == "https://tracking.example.com/JD1"
    assert await source.orders_for("nobody@example.com") == []


async def test_only_required_columns_are_needed(tmp_path):
    source = await loaded(write(tmp_path, "o.csv", "id,customer_email,status\n7,a@example.com,shipped\n"))
    assert await source.orders_for("a@example.com") == [Order("7", "a@example.com", "shipped")]


async def test_bundled_demo_orders():
    source = open_order_source(None)
    assert isinstance(source, FileOrderSource) and source.path == DEMO_ORDERS
    await source.load()
    ada = await source.orders_for("ada@example.com")
    assert ada and "1001" in {o.id for o in ada}
    assert "1002" not in {o.id for o in ada}
    grace = await source.orders_for("grace@example.com")
    assert grace
    data = json.loads(DEMO_ORDERS.read_text())
    assert len({o["customer_email"] for o in data}) >= 5
    assert all(o["customer_email"].endswith("@example.com") for o in data)
    assert all(
        o.get("tracking_url", "https://tracking.example.com/").startswith("https://tracking.example.com/") for o in data
    )
    statuses = {o["status"] for o in data}
    assert {"processing", "in_transit", "out_for_delivery", "delivered", "delayed", "cancelled", "returned"} <= statuses


# ---- file source: every way a file can be wrong ----


def bad_json_cases():
    good = '  {"id": "1", "customer_email": "a@example.com", "status": "shipped"}'
    return [
        ("[\n" + good + ",\n  {\"id\": \"2\" \"status\": 1}\n]", 3, "bad JSON"),
        ("", 1, "empty"),
        ('{"id": "1"}', 1, "expected a JSON array of orders, found an object"),
        ("[\n" + good + ",\n  [1, 2]\n]", 3, "expected an order object, found a list"),
        ("[\n" + good + ',\n  {"customer_email": "b@example.com", "status": "new"}\n]', 3, "no id"),
        ("[\n" + good + ',\n\n  {"id": "2", "status": "new"}\n]', 4, "order 2 has no customer_email"),
        ("[\n" + good + ',\n  {"id": "2", "customer_email": "b@example.com"}\n]', 3, "order 2 has no status"),
        ("[\n" + good + ",\n" + good + "\n]", 3, "duplicate order id 1 (first seen on line 2)"),
        ("[\n" + good + ',\n  {"id": "#1", "customer_email": "b@example.com", "status": "x"}\n]', 3,
         "duplicate order id #1"),
        ("[\n" + good + ',\n  {"id": "2", "customer_email": "nobody", "status": "x"}\n]', 3, "invalid customer_email"),
        ("[\n" + good + ',\n  {"id": "2", "customer_email": "b@example.com", "status": "x", "items": 5}\n]', 3,
         "items"),
        ("[\n" + good + "\n]\n[]", 4, "unexpected text after"),
        ("[\n" + good + ",\n]", 3, "bad JSON"),
    ]


@pytest.mark.parametrize("text, line, what", bad_json_cases())
async def test_malformed_json_names_file_line_and_problem(tmp_path, text, line, what):
    path = write(tmp_path, "orders.json", text)
    with pytest.raises(OrderSourceError) as caught:
        await FileOrderSource(path).load()
    message = str(caught.value)
    assert message.startswith(f"{path}: line {line}: "), message
    assert what in message


CSV_HEADER = "id,customer_email,status,items\n"


@pytest.mark.parametrize(
    "text, line, what",
    [
        ("id,email,state\n1,a@example.com,new\n", 1, "missing columns customer_email, status"),
        ("id,customer_email\n1,a@example.com\n", 1, "missing column status"),
        (CSV_HEADER + "1,a@example.com,new,\n,b@example.com,new,\n", 3, "no id"),
        (CSV_HEADER + '1,a@example.com,new,"Mug\nTowel"\n2,,new,\n', 4, "order 2 has no customer_email"),
        (CSV_HEADER + "1,a@example.com,new,\n2,b@example.com,,\n", 3, "order 2 has no status"),
        (CSV_HEADER + "1,a@example.com,new,\n\n1,b@example.com,new,\n", 4,
         "duplicate order id 1 (first seen on line 2)"),
        (CSV_HEADER + "1,a@example.com,new,Mug,extra\n", 2, "5 values but the header has 4 columns"),
        (CSV_HEADER + '1,a@example.com,new,"Mug\n', 2, "bad CSV"),
        ("", 1, "empty"),
    ],
)
async def test_malformed_csv_names_file_line_and_problem(tmp_path, text, line, what):
    path = write(tmp_path, "orders.csv", text)
    with pytest.raises(OrderSourceError) as caught:
        await FileOrderSource(path).load()
    message = str(caught.value)
    assert message.startswith(f"{path}: line {line}: "), message
    assert what in message


async def test_not_utf8(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_bytes(CSV_HEADER.encode() + b"1,a@example.com,new,Caf\xe9\n")
    with pytest.raises(OrderSourceError, match=r"orders\.csv: line 2: not UTF-8"):
        await FileOrderSource(path).load()


async def test_missing_file_is_a_clear_error(tmp_path):
    path = tmp_path / "nope.json"
    with pytest.raises(OrderSourceError, match=f"{re.escape(str(path))}: no such orders file"):
        await FileOrderSource(path).load()
    with pytest.raises(OrderSourceError, match="no such orders file"):
        await FileOrderSource(path).orders_for("a@example.com")


def bump_mtime(path):
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


async def test_file_is_reread_when_it_changes(tmp_path):
    path = write_json(tmp_path, ORDERS[:1])
    source = await loaded(path)
    assert [o.id for o in await source.orders_for("ada@example.com")] == ["1001"]
    path.write_text(json.dumps(ORDERS), encoding="utf-8")
    bump_mtime(path)
    assert [o.id for o in await source.orders_for("ada@example.com")] == ["1003", "1001"]


async def test_a_broken_edit_keeps_the_last_good_orders(tmp_path, caplog):
    path = write_json(tmp_path, ORDERS)
    source = await loaded(path)
    path.write_text("[{oops", encoding="utf-8")
    bump_mtime(path)
    with caplog.at_level(logging.ERROR):
        assert {o.id for o in await source.orders_for("ada@example.com")} == {"1001", "1003"}
    assert "line 1: bad JSON" in caplog.text
    path.unlink()
    assert {o.id for o in await source.orders_for("ada@example.com")} == {"1001", "1003"}


def test_open_order_source_picks_the_kind():
    assert isinstance(open_order_source("https://shop.example.com/api/orders"), HttpOrderSource)
    assert isinstance(open_order_source("/srv/orders.CSV"), FileOrderSource)
    with pytest.raises(OrderSourceError, match="expected a .json or .csv file"):
        open_order_source("/srv/orders.xlsx")


# ---- the skill ----


@pytest.fixture
async def skill(tmp_path):
    return OrderSkill(await loaded(write_json(tmp_path, ORDERS)), today=ON_22_NOVEMBER)


async def test_an_owned_order_in_full(skill):
    answer = await skill.answer("ada@example.com", "where is my order #1001?", ["1001"])
    assert answer.understood and answer.private
    assert [o.id for o in answer.orders] == ["1001"]
    for part in ("on its way", "UPS", "1Z999AA10123456784", "https://tracking.example.com/ups/1Z999AA10123456784",
                 "25 November 2026", "Blue mug", "Tea towel"):
        assert part in answer.text
    assert "in_transit" not in answer.text


@pytest.mark.parametrize("typed", ["1001", "#1001", " ORD-1001 ", "ord-1001", "#ORD-1001"])
async def test_order_ids_match_with_or_without_hash_and_prefix(skill, typed):
    answer = await skill.answer("ada@example.com", "", [typed])
    assert [o.id for o in answer.orders] == ["1001"]


async def test_order_ids_are_found_in_the_text_when_none_are_given(skill):
    answer = await skill.answer("ADA@example.com", "hi, what's happening with order 1003?", [])
    assert [o.id for o in answer.orders] == ["1003"]
    assert "being prepared" in answer.text


async def test_someone_elses_order_answers_exactly_like_an_unknown_one(skill):
    theirs = await skill.answer("ada@example.com", "where is order 1002?", ["1002"])
    unknown = await skill.answer("ada@example.com", "where is order 9999?", ["9999"])
    assert theirs == unknown
    assert theirs.orders == () and not theirs.private
    assert "couldn't find an order with that number on your account" in theirs.text
    assert "grace" not in theirs.text.lower() and "delivered" not in theirs.text


async def test_identity_never_comes_from_the_text(skill):
    answer = await skill.answer("ada@example.com", "I'm grace@example.com, where is #1002?", [])
    assert answer.orders == ()
    listed = await skill.answer("ada@example.com", "I am grace@example.com, show my orders", [])
    assert {o.customer_email.strip().lower() for o in listed.orders} == {"ada@example.com"}
    nobody = await skill.answer(None, "my email is ada@example.com, where is 1001?", ["1001"])
    assert nobody.orders == ()


async def test_mixed_ids_show_the_owned_ones_only(skill):
    answer = await skill.answer("ada@example.com", "", ["1001", "1002"])
    assert [o.id for o in answer.orders] == ["1001"]
    assert "#1002" in answer.text
    other = await skill.answer("ada@example.com", "", ["1001", "5555"])
    assert other.text == answer.text.replace("#1002", "#5555")


async def test_a_bare_number_that_is_not_theirs_reveals_nothing(skill):
    answer = await skill.answer("ada@example.com", "is 1002 on its way?", [])
    assert {o.id for o in answer.orders} == {"1001", "1003"}


async def test_without_an_id_a_short_list_undelivered_first(tmp_path):
    statuses = ["delivered", "delivered", "in_transit", "cancelled", "processing", "delivered", "delayed"]
    records = [
        {"id": str(2000 + n), "customer_email": "lin@example.com", "status": s, "placed_at": f"2026-10-{10 + n}",
         "eta": "2026-12-01"}
        for n, s in enumerate(statuses)
    ]
    skill = OrderSkill(await loaded(write_json(tmp_path, records)), today=ON_22_NOVEMBER)
    answer = await skill.answer("lin@example.com", "where are my orders?", [])
    assert answer.understood and answer.private
    assert [o.id for o in answer.orders] == ["2006", "2004", "2002", "2005", "2003"]
    assert "running late" in answer.text and "on its way" in answer.text and "being prepared" in answer.text
    assert "2 older" in answer.text
    assert answer.text.count("expected") == 3  # finished orders have no ETA


async def test_one_order_is_shown_in_full(tmp_path):
    skill = OrderSkill(await loaded(write_json(tmp_path, ORDERS)), today=ON_22_NOVEMBER)
    answer = await skill.answer("grace@example.com", "where's my stuff", [])
    assert [o.id for o in answer.orders] == ["1002"]
    assert "Order #1002 is delivered." in answer.text


async def test_unknown_customer_is_offered_a_person(skill):
    for email in (None, "", "   "):
        answer = await skill.answer(email, "where is my order?", [])
        assert answer.understood and answer.orders == () and not answer.private
        assert "couldn't link" in answer.text and "person" in answer.text


async def test_no_orders_said_kindly(skill):
    answer = await skill.answer("new@example.com", "where is my order?", [])
    assert answer.orders == ()
    assert "can't see any orders" in answer.text and "new@example.com" in answer.text


async def test_source_failure_is_apologised_for(tmp_path):
    class Broken:
        async def orders_for(self, email):
            raise OrderSourceError("http://orders: HTTP 500")

    answer = await OrderSkill(Broken()).answer("ada@example.com", "where is 1001", ["1001"])
    assert answer.understood and "can't reach our order system" in answer.text and "500" not in answer.text


async def test_a_misbehaving_source_cannot_leak_other_customers(tmp_path):
    class Leaky:
        async def orders_for(self, email):
            return [Order("1", "ada@example.com", "shipped"), Order("2", "grace@example.com", "shipped")]

    skill = OrderSkill(Leaky())
    assert [o.id for o in (await skill.answer("ada@example.com", "", ["2"])).orders] == []
    assert [o.id for o in (await skill.answer("ada@example.com", "", [])).orders] == ["1"]


async def test_wording_can_be_overridden(skill):
    wording = replace(OrderWording(), not_found="Nope, not on your account.", status="#{id}: {status}!",
                      statuses={"in_transit": "travelling"})
    custom = OrderSkill(skill.source, wording, today=ON_22_NOVEMBER)
    assert (await custom.answer("ada@example.com", "", ["1002"])).text == "Nope, not on your account."
    assert (await custom.answer("ada@example.com", "", ["1001"])).text.startswith("#1001: travelling!")
    assert "being prepared" in (await custom.answer("ada@example.com", "", ["1003"])).text


def test_find_order_ids():
    assert find_order_ids("where is my order 1001?") == ["1001"]
    assert find_order_ids("my order number is 1002") == ["1002"]
    assert find_order_ids("orders #1003 and ORD-1004") == ["1003", "ORD-1004"]
    assert find_order_ids("I ordered 3 mugs two weeks ago") == []


def test_skill_answer_is_frozen():
    answer = SkillAnswer("hi", True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.text = "changed"  # type: ignore[misc]


# ---- HTTP source against a stand-in order API ----


@pytest.fixture
async def order_api():
    seen: list[dict] = []
    never = asyncio.Event()

    async def everything(request):  # a careless API: ignores the email and answers every order
        seen.append(dict(request.query))
        return web.json_response(ORDERS)

    async def wrapped(request):
        seen.append(dict(request.query))
        email = request.query.get("email", "").lower()
        return web.json_response({"orders": [o for o in ORDERS if o["customer_email"].strip().lower() == email]})

    async def failing(request):
        return web.Response(status=503, text="down")

    async def garbage(request):
        return web.Response(text="<html>hello</html>", content_type="text/html")

    async def wrong_shape(request):
        return web.json_response([{"id": "1", "status": "new"}])

    async def slow(request):
        await never.wait()
        return web.json_response([])

    app = web.Application()
    for path, handler in [("/orders", everything), ("/wrapped", wrapped), ("/failing", failing),
                          ("/garbage", garbage), ("/wrong", wrong_shape), ("/slow", slow)]:
        app.router.add_get(path, handler)
    server = OrderApiStandIn(app, seen)
    await server.start_server()
    yield server
    never.set()
    await server.close()


async def test_http_source_filters_by_email_again(order_api):
    source = HttpOrderSource(str(order_api.make_url("/orders")))
    orders = await source.orders_for(" ADA@example.com ")
    assert [o.id for o in orders] == ["1003", "1001"]
    assert order_api.seen[-1] == {"email": "ADA@example.com"}
    assert await source.orders_for("nobody@example.com") == []


async def test_http_source_accepts_an_orders_object(order_api):
    source = HttpOrderSource(str(order_api.make_url("/wrapped")))
    assert [o.id for o in await source.orders_for("grace@example.com")] == ["1002"]


async def test_http_source_keeps_a_query_string(order_api):
    source = HttpOrderSource(str(order_api.make_url("/orders")) + "?shop=7")
    await source.orders_for("ada@example.com")
    assert order_api.seen[-1] == {"shop": "7", "email": "ada@example.com"}


@pytest.mark.parametrize(
    "path, what",
    [
        ("/failing", "HTTP 503"),
        ("/garbage", "not JSON"),
        ("/wrong", "order 1 of the answer: order 1 has no customer_email"),
        ("/missing", "HTTP 404"),
    ],
)
async def test_http_source_errors(order_api, path, what):
    source = HttpOrderSource(str(order_api.make_url(path)))
    with pytest.raises(OrderSourceError, match=re.escape(what)):
        await source.orders_for("ada@example.com")


async def test_http_source_times_out(order_api):
    source = HttpOrderSource(str(order_api.make_url("/slow")), timeout=0.2)
    with pytest.raises(OrderSourceError, match="did not answer within 0.2 s"):
        await source.orders_for("ada@example.com")


async def test_http_source_unreachable_and_credentials_stay_out_of_errors(order_api):
    url = order_api.make_url("/failing").with_user("shop").with_password("hunter2")
    with pytest.raises(OrderSourceError) as caught:
        await HttpOrderSource(str(url)).orders_for("ada@example.com")
    assert "hunter2" not in str(caught.value) and "ada@example.com" not in str(caught.value)
    with pytest.raises(OrderSourceError, match="cannot reach the order API"):
        await HttpOrderSource("http://127.0.0.1:9/orders", timeout=2).orders_for("ada@example.com")


async def test_skill_over_http_has_no_oracle_either(order_api):
    skill = OrderSkill(open_order_source(str(order_api.make_url("/orders"))), today=ON_22_NOVEMBER)
    assert await skill.answer("ada@example.com", "", ["1002"]) == await skill.answer("ada@example.com", "", ["4242"])
