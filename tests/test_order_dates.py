"""Order dates as a customer reads them on the day they ask: a parcel past its date is late (said with an
apology and what to do), one due today arrives today, and the demo orders' dates move with today."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from bot.skills.relative_dates import resolve
from tandem.testing.playground import playground, texts
from tests.support.clock import ManualClock

ORDERS = [
    {"id": "2001", "customer_email": "ada@example.com", "status": "in_transit", "carrier": "UPS",
     "tracking_number": "1Z1", "tracking_url": "https://tracking.example.com/1Z1",
     "placed_at": "2026-11-18", "eta": "2026-11-25", "items": ["Blue mug"]},
    {"id": "2002", "customer_email": "ada@example.com", "status": "out_for_delivery", "carrier": "DHL",
     "tracking_number": "JD2", "placed_at": "2026-11-19", "eta": "2026-11-22"},
    {"id": "2003", "customer_email": "ada@example.com", "status": "delivered", "placed_at": "2026-11-01",
     "eta": "2026-11-04"},
]  # fmt: skip


def at(day: int, month: int = 12, hour: int = 9) -> ManualClock:
    return ManualClock(datetime(2026, month, day, hour, 0, tzinfo=UTC))


async def ask(tmp_path, clock: ManualClock, text: str, **env: Any) -> str:  # Any: for playground's **env
    orders = tmp_path / "orders.json"
    orders.write_text(json.dumps(ORDERS))
    play = await playground(clock=clock, TANDEM_ORDERS=str(orders), **env)
    try:
        return texts(await play.say(text), "customer")
    finally:
        await play.close()


async def test_on_5_december_a_parcel_due_on_25_november_is_late_with_an_apology_and_what_to_do(tmp_path):
    reply = await ask(tmp_path, at(5), "where is order 2001?")
    assert "I'm sorry, order #2001 is late: we expected it to arrive by Wednesday 25 November 2026." in reply
    assert "The latest update says it's on its way." in reply
    assert "should arrive by" not in reply
    assert "https://tracking.example.com/1Z1" in reply  # what they can do themselves…
    assert 'say "talk to a person"' in reply  # …and who will chase it


async def test_out_for_delivery_days_after_its_date_is_late_not_today(tmp_path):
    reply = await ask(tmp_path, at(5), "what about order 2002?")
    assert "today" not in reply
    assert "order #2002 is late: we expected it to arrive by Sunday 22 November 2026" in reply
    assert "The latest update says it's out for delivery." in reply


async def test_on_its_day_a_parcel_arrives_today_and_is_not_late(tmp_path):
    reply = await ask(tmp_path, at(22, month=11), "where is order 2002?")
    assert "Order #2002 is out for delivery." in reply and "It should arrive today." in reply
    assert "late" not in reply


async def test_the_list_marks_the_late_ones_and_ends_with_sorry_and_what_next(tmp_path):
    reply = await ask(tmp_path, at(23, month=11), "where is my order?")
    assert "• #2001: on its way (expected Wednesday 25 November 2026)" in reply
    assert "• #2002: out for delivery but late (expected Sunday 22 November 2026)" in reply
    assert "• #2003: delivered" in reply and "2003: delivered but late" not in reply  # delivered is never late
    assert "I'm sorry for the wait on #2002." in reply


async def test_late_is_counted_in_the_shops_time_zone(tmp_path):
    # 11:30 UTC on 22 November is already the 23rd in Auckland: 2002, due on the 22nd, is late there
    late_night = ManualClock(datetime(2026, 11, 22, 11, 30, tzinfo=UTC))
    assert "is late" in await ask(tmp_path, late_night, "order 2002?", TANDEM_TIMEZONE="Pacific/Auckland")
    assert "is late" not in await ask(tmp_path, late_night, "order 2002?", TANDEM_TIMEZONE="Europe/London")


async def test_the_demo_orders_are_never_overdue_whatever_the_day():
    for clock in (at(5), ManualClock(datetime(2027, 3, 1, 12, tzinfo=UTC))):
        play = await playground(clock=clock)
        try:
            listed = texts(await play.say("where is my order?"), "customer")
            detail = texts(await play.say("and 1001?"), "customer")
        finally:
            await play.close()
        assert "late" not in listed and "late" not in detail
        today = clock().date()
        expected = date.fromordinal(today.toordinal() + 3)
        assert f"{expected.day} " in detail and str(expected.year) in detail  # due three days from today


def test_relative_dates_resolve_against_today_and_leave_real_dates_alone():
    today = date(2026, 12, 5)
    assert resolve("today", today) == "2026-12-05"
    assert resolve("today+3", today) == "2026-12-08"
    assert resolve("today-17", today) == "2026-11-18"
    assert resolve("2026-11-25", today) == "2026-11-25"
    assert resolve(None, today) is None
