"""The benchmark suite's bookkeeping (``python -m benchmarks``): pairing what reached the Web API
stand-in with the events that caused it, so "answered exactly once" means what it says."""

from __future__ import annotations

import pytest

from benchmarks.answers import expected_posts, match, percentile
from benchmarks.loadgen import Sent
from benchmarks.slack_wire import AGENTS, dm_channel
from benchmarks.workload import script_of, workload


def sent_all(events, at: float = 100.0) -> list[Sent]:
    return [Sent(e, at + e.index * 0.01, 0.005, 200) for e in events]


def answers_for(sent: list[Sent], bare: bool = False) -> list[list]:
    posts = []
    for s in sent:
        posts.append([s.at + 0.05, dm_channel(s.event.customer), None, None])
        if s.event.handoff and not bare:
            posts.append([s.at + 0.06, dm_channel(s.event.customer), None, None])  # the privacy notice
            posts.append([s.at + 0.07, AGENTS, None, s.event.customer])  # the card
    return posts


def test_the_workload_mixes_customers_and_keeps_each_customers_order():
    events = workload(200, first_customer=1000)
    assert len(events) == 200 and len({e.customer for e in events}) == 100
    assert {script_of(e.customer) for e in events} == {"order", "small talk", "handoff"}
    for e in events:
        if e.after is not None:
            earlier = events[e.after]
            assert earlier.customer == e.customer and earlier.index < e.index
    assert sum(e.handoff for e in events) == 15


def test_every_event_answered_once_is_recognised():
    sent = sent_all(workload(100))
    posts = answers_for(sent)
    assert len(posts) == expected_posts(sent, bare=False)
    got = match(sent, posts, bare=False)
    assert got.exactly_once and len(got.replies) == 100 and len(got.handoffs) == sum(s.event.handoff for s in sent)
    assert percentile(got.replies, 50) == pytest.approx(0.05, abs=1e-9)
    assert percentile(got.handoffs, 99) == pytest.approx(0.07, abs=1e-9)


def test_a_missing_answer_a_duplicate_and_a_refusal_are_counted():
    sent = sent_all(workload(100))
    posts = answers_for(sent)
    duplicate = list(posts[0])
    got = match(sent, posts[1:] + [duplicate, duplicate], bare=False)
    assert not got.exactly_once and got.extra == 1 and got.missing == 0  # one gone, two back: one too many
    got = match(sent, posts[1:], bare=False)
    assert got.missing == 1 and got.extra == 0
    sent[3] = Sent(sent[3].event, sent[3].at, 0.01, 503)
    assert match(sent, posts, bare=False).refused == 1


def test_the_bare_app_answers_each_event_once_and_posts_no_cards():
    sent = sent_all(workload(40))
    assert expected_posts(sent, bare=True) == 40
    assert match(sent, answers_for(sent, bare=True), bare=True).exactly_once
