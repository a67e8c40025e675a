"""Activities of the wrong shape are answered 400 with one log line and never reach the store: a numeric
serviceUrl or from.id once sat in the inbox, unreadable, blocking the customer's later messages."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from tandem.testing.teams import payloads as p


def broken(change):
    def make(url: str) -> dict:
        activity = p.personal_message(url, "where is my order?")
        change(activity)
        return activity

    return make


GARBAGE = {
    "numeric serviceUrl": broken(lambda a: a.update(serviceUrl=12345)),
    "serviceUrl not a URL": broken(lambda a: a.update(serviceUrl="javascript:alert(1)")),
    "numeric from.id": broken(lambda a: a["from"].update(id=42)),
    "from a string": broken(lambda a: a.update({"from": "ada"})),
    "no from": broken(lambda a: a.pop("from")),
    "numeric conversation.id": broken(lambda a: a["conversation"].update(id=7)),
    "conversation a list": broken(lambda a: a.update(conversation=[])),
    "numeric id": broken(lambda a: a.update(id=99)),
    "text an object": broken(lambda a: a.update(text={"$": "hi"})),
    "numeric recipient.id": broken(lambda a: a["recipient"].update(id=1)),
    "entities an object": broken(lambda a: a.update(entities={"type": "mention"})),
    "mention without an id": broken(lambda a: a["entities"].append({"type": "mention", "mentioned": {"id": 5},
                                                                    "text": "<at>x</at>"})),
    "tenant a string": broken(lambda a: a["channelData"].update(tenant="t")),
    "isGroup a string": broken(lambda a: a["conversation"].update(isGroup="yes")),
    "type a number": broken(lambda a: a.update(type=1)),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", GARBAGE, ids=list(GARBAGE))
async def test_an_activity_of_the_wrong_shape_gets_400_and_changes_nothing(world, standin, case, caplog):
    activity = GARBAGE[case](standin.url)
    caplog.set_level(logging.WARNING)
    status, body = await world.post(activity)
    assert status == 400 and "not a Bot Framework activity" in body["error"]
    await world.server.runtime.idle()
    assert standin.calls == []
    assert [r.levelname for r in caplog.records] == ["WARNING"] and "Traceback" not in caplog.text
    assert stored_rows(world) == {"inbox": 0, "conversations": 0}


def stored_rows(world) -> dict[str, int]:
    with sqlite3.connect(world.server.store.path) as db:
        return {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("inbox", "conversations")
        }


@pytest.mark.slow
async def test_after_garbage_the_same_customer_is_answered(world, standin):
    assert (await world.post(GARBAGE["numeric serviceUrl"](standin.url)))[0] == 400
    assert await world.say(p.personal_message(standin.url, "where is my order?")) == 200
    calls = await world.wait_calls(1, "the answer")
    assert any("1001" in str(c.body) for c in calls if c.kind == "send")


@pytest.mark.slow
async def test_a_flood_of_garbage_is_logged_a_few_lines_at_a_time(world, standin, caplog):
    caplog.set_level(logging.WARNING, logger="adapters.teams")
    for _ in range(40):
        assert (await world.post(GARBAGE["numeric from.id"](standin.url)))[0] == 400
    assert 1 <= len(caplog.records) <= 10
