"""Slack text both ways, and who a user is (users.info with a bounded TTL cache)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from adapters.slack.identity import Directory, TTLCache
from adapters.slack.mrkdwn import escape, split_text, to_plain, truncate
from bot.models import Person


def test_slack_markup_reads_as_what_people_typed():
    text = "<@UBOT> order &lt;1001&gt; &amp; <@U2|sam> <!channel> <https://x.test|site> <mailto:a@b.test|a@b.test> <#C1|general>"
    assert to_plain(text, "UBOT") == "order <1001> & @sam @channel site (https://x.test) a@b.test #general"
    assert to_plain("<https://x.test>") == "https://x.test"
    assert to_plain(None) == ""


def test_posted_text_cannot_mention_or_link():
    assert escape("<!channel> <@U1> a&b") == "&lt;!channel&gt; &lt;@U1&gt; a&amp;b"


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


async def test_profiles_are_cached_for_a_while_then_looked_up_again():
    calls: list[str] = []

    async def users_info(user: str) -> dict:
        calls.append(user)
        return {"ok": True, "user": {"id": user, "real_name": "Ada Lovelace", "profile": {"display_name": "", "email": "ada@example.com"}}}

    clock = Clock()
    directory = Directory(users_info, TTLCache(max_entries=2, ttl=60, clock=clock))
    assert await directory.person("U1") == Person("U1", "Ada Lovelace", "ada@example.com")
    await directory.person("U1")
    assert calls == ["U1"]
    clock.now = 61
    await directory.person("U1")
    assert calls == ["U1", "U1"]
    await directory.person("U2")
    await directory.person("U3")
    assert len(directory.cache) == 2  # bounded: the least recently used went


async def test_a_failed_lookup_keeps_the_message_and_is_not_cached():
    attempts = 0

    async def users_info(user: str) -> dict:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise ConnectionError("slack is down")
        return {"ok": True, "user": {"id": user, "name": "sam", "profile": {"display_name": "Sam"}}}

    directory = Directory(users_info)
    assert await directory.person("U9", fallback_name="sam") == Person("U9", "sam", None)
    assert await directory.person("U9") == Person("U9", "Sam", None)
    assert attempts == 2
