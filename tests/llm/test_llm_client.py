"""The model client against the stand-in: retries, timeouts, budget, cool-down, token accounting."""

from __future__ import annotations

import pytest

from bot.llm.budget import Breaker
from bot.llm.client import ChatClient, LLMError, LLMUnavailable
from tandem.testing.llm import Garbage, Hang, Reply, Status, call

HELLO = [{"role": "user", "content": "hello"}]


class FakeTime:
    """A monotonic clock that only moves when the client sleeps (backoff) or a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def make_client(standin, *, call_timeout=2.0, threshold=4, cooldown=60.0, time=None, attempts=4):
    time = time or FakeTime()
    client = ChatClient.connect(
        api_key=None,
        base_url=standin.base_url,
        model="test-model",
        call_timeout=call_timeout,
        breaker=Breaker(threshold=threshold, cooldown=cooldown, clock=time),
    )
    client.clock = time
    client._sleep = time.sleep
    client.max_attempts = attempts
    return client, time


async def test_a_reply_and_its_tokens(standin):
    standin.add(Reply("Hi there", prompt_tokens=50, completion_tokens=7))
    client, time = make_client(standin)
    done = await client.complete(HELLO, deadline=client.deadline(10), label="c_1")
    assert done.content == "Hi there" and done.tokens == 57
    assert client.usage.calls == 1 and client.usage.tokens == 57 and client.usage.by_label == {"c_1": 57}
    assert standin.requests[0]["model"] == "test-model"


async def test_tool_calls_are_parsed_even_with_malformed_arguments(standin):
    standin.add(Reply(tool_calls=[call("get_order", order_id="1001"), ("search_help", "{not json")]))
    client, _ = make_client(standin)
    done = await client.complete(HELLO, deadline=client.deadline(10), tools=[{"type": "function"}])
    assert [c.name for c in done.tool_calls] == ["get_order", "search_help"]
    assert done.tool_calls[1].arguments == "{not json"
    assert standin.requests[0]["tools"] == [{"type": "function"}]


async def test_429_and_500_are_retried_with_backoff_honouring_retry_after(standin):
    standin.add(Status(429, retry_after=1.5), Status(500), Reply("ok"))
    client, time = make_client(standin)
    done = await client.complete(HELLO, deadline=client.deadline(10))
    assert done.content == "ok" and standin.calls == 3
    assert time.slept[0] == 1.5  # Retry-After
    assert 0 < time.slept[1] <= 0.5  # exponential backoff with jitter: second wait within [0.25, 0.5]
    assert client.usage.failed_attempts == 2


@pytest.mark.slow
async def test_a_hang_is_cut_by_the_per_call_timeout_and_retried(standin):
    standin.add(Hang(), Reply("after the hang"))
    client, _ = make_client(standin, call_timeout=0.3)
    done = await client.complete(HELLO, deadline=client.deadline(10))
    assert done.content == "after the hang" and standin.calls == 2


async def test_retries_stop_when_the_turn_budget_would_be_exceeded(standin):
    standin.add(Status(503, retry_after=4), Status(503, retry_after=4), Reply("too late"))
    client, time = make_client(standin)
    with pytest.raises(LLMError):
        await client.complete(HELLO, deadline=client.deadline(6))
    assert standin.calls == 2  # a third attempt would start after the budget
    assert time.now - 1000.0 <= 6


async def test_client_errors_are_not_retried(standin):
    standin.add(Status(401, message="bad key"), Reply("never"))
    client, _ = make_client(standin)
    with pytest.raises(LLMError):
        await client.complete(HELLO, deadline=client.deadline(10))
    assert standin.calls == 1


async def test_garbage_is_a_failure_that_is_retried(standin):
    standin.add(Garbage(), Reply("fine"))
    client, _ = make_client(standin)
    assert (await client.complete(HELLO, deadline=client.deadline(10))).content == "fine"


async def test_a_missing_usage_counts_zero_tokens(standin):
    standin.add(Reply("no usage", usage=False))
    client, _ = make_client(standin)
    assert (await client.complete(HELLO, deadline=client.deadline(10))).tokens == 0


async def test_repeated_failures_switch_the_model_off_for_a_cool_down(standin):
    standin.default = Status(500)
    client, time = make_client(standin, threshold=3, cooldown=30, attempts=2)
    for _ in range(2):
        with pytest.raises(LLMError):
            await client.complete(HELLO, deadline=client.deadline(10))
    assert standin.calls == 3 and not client.available  # the third failed attempt opened the breaker
    with pytest.raises(LLMUnavailable):
        await client.complete(HELLO, deadline=client.deadline(10))
    assert standin.calls == 3  # nothing sent while switched off
    time.now += 31
    standin.add(Reply("back"))
    assert (await client.complete(HELLO, deadline=client.deadline(10))).content == "back"
    assert client.available


async def test_a_failed_trial_after_the_cool_down_switches_it_off_again(standin):
    standin.default = Status(500)
    client, time = make_client(standin, threshold=1, cooldown=30, attempts=1)
    with pytest.raises(LLMError):
        await client.complete(HELLO, deadline=client.deadline(10))
    time.now += 31
    with pytest.raises(LLMError):
        await client.complete(HELLO, deadline=client.deadline(10))
    assert not client.available and client.breaker.trips == 2


async def test_a_model_that_wants_max_completion_tokens_is_adapted_to(standin):
    standin.add(
        Status(400, message="Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                            "'max_completion_tokens' instead."),
        Reply("adapted"),
    )
    client, _ = make_client(standin)
    assert (await client.complete(HELLO, deadline=client.deadline(10), max_tokens=99)).content == "adapted"
    assert "max_tokens" in standin.requests[0] and standin.requests[1]["max_completion_tokens"] == 99
    assert "max_tokens" not in standin.requests[1]
    assert client.available
