"""Slack text both ways, and who a user is (the SlackDirectory: users.info with a bounded TTL cache)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from slack_sdk.errors import SlackApiError

from adapters.slack.api import RetryPolicy, WebApi
from adapters.slack.directory import SlackDirectory, TTLCache
from adapters.slack.mrkdwn import escape, split_text, to_plain, truncate
from bot.models import Address, Person
from bot.platform import DeliveryError
from tests.slack.conftest import NoSleep


def test_slack_markup_reads_as_what_people_typed():
    text = (
        "<@UBOT> order &lt;1001&gt; &amp; <@U2|sam> <!channel> <https://x.test|site> <mailto:a@b.test|a@b.test> "
        "<#C1|general>"
    )
    assert to_plain(text, "UBOT") == "order <1001> & @sam @channel site (https://x.test) a@b.test #general"
    assert to_plain("<https://x.test>") == "https://x.test"
    assert to_plain(None) == ""


def test_posted_text_cannot_mention_or_link():
    assert escape("<!channel> <@U1> a&b") == "&lt;!channel&gt; &lt;@U1&gt; a&amp;b"


@pytest.mark.slow
@given(st.text(alphabet=st.sampled_from(list("ab <>&\n")), max_size=3000), st.integers(min_value=20, max_value=400))
def test_split_pieces_fit_once_escaped_and_lose_no_words(text, limit):
    pieces = split_text(text, limit)
    assert all(len(escape(p)) <= limit for p in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_truncate_marks_the_cut():
    assert truncate("short", 10) == "short"
    cut = truncate("&" * 50, 20)
    assert cut.endswith("…") and len(escape(cut)) <= 20


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def directory(users_info, cache: TTLCache | None = None) -> SlackDirectory:
    return SlackDirectory(
        users_info, WebApi(RetryPolicy(attempts=3, base_delay=0.0, max_delay=0.0), sleep=NoSleep()), cache
    )


HERE = Address(platform="slack", workspace="T0TEST", channel="D0ADA")


async def test_profiles_are_cached_for_a_while_then_looked_up_again():
    calls: list[str] = []

    async def users_info(user: str) -> dict:
        calls.append(user)
        return {
            "ok": True,
            "user": {
                "id": user,
                "real_name": "Ada Lovelace",
                "profile": {"display_name": "", "email": "ada@example.com"},
            },
        }

    clock = Clock()
    found = directory(users_info, TTLCache(max_entries=2, ttl=60, clock=clock))
    assert found.known("U1") is None  # the acknowledgement path never calls Slack
    assert await found.resolve(Person("U1"), HERE) == Person("U1", "Ada Lovelace", "ada@example.com")
    assert found.known("U1") == Person("U1", "Ada Lovelace", "ada@example.com")
    await found.resolve(Person("U1"), HERE)
    assert calls == ["U1"]
    clock.now = 61
    assert found.known("U1") is None
    await found.resolve(Person("U1"), HERE)
    assert calls == ["U1", "U1"]
    await found.resolve(Person("U2"), HERE)
    await found.resolve(Person("U3"), HERE)
    assert len(found.cache) == 2  # bounded: the least recently used went


async def test_a_failed_lookup_says_whether_to_try_again_and_is_not_cached():
    attempts = 0

    async def users_info(user: str) -> dict:
        nonlocal attempts
        attempts += 1
        if attempts <= 3:
            raise ConnectionError("slack is down")
        return {"ok": True, "user": {"id": user, "name": "sam", "profile": {"display_name": "Sam"}}}

    found = directory(users_info)
    with pytest.raises(DeliveryError) as failed:
        await found.resolve(Person("U9"), HERE)
    assert not failed.value.permanent and attempts == 3  # the policy's retries, then: try again later
    assert found.known("U9") is None
    assert await found.resolve(Person("U9"), HERE) == Person("U9", "Sam", None)
    assert attempts == 4


async def test_no_such_user_is_permanent():
    async def users_info(user: str) -> dict:
        raise SlackApiError("user_not_found", SlackResponseStub({"ok": False, "error": "user_not_found"}))

    with pytest.raises(DeliveryError) as failed:
        await directory(users_info).resolve(Person("U404"), HERE)
    assert failed.value.permanent


class SlackResponseStub:
    def __init__(self, data: dict, status_code: int = 200, headers: dict | None = None) -> None:
        self.data = data
        self.status_code = status_code
        self.headers = headers or {}
