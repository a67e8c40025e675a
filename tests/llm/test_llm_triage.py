"""LLM-assisted triage (``tandem eval --llm``): rules first, the model may only add handoffs."""

from __future__ import annotations

import json

import pytest

from bot.llm.budget import Breaker
from bot.llm.client import ChatClient
from bot.llm.triage import LLMTriage
from bot.models import Route
from bot.triage import Triage
from tandem.commands.evaluate import run_eval
from tandem.testing.llm import Reply, Status, call

RULES = Triage()


def model_that_hands_off(words: str):
    """A scripted model: hands off when the customer's message contains ``words``, else says 'bot'."""

    def reply(body: dict) -> Reply:
        text = body["messages"][-1]["content"]
        if words in text:
            return Reply(
                tool_calls=[call("handoff_to_human", reason="sensitive:bereavement")],
                prompt_tokens=180,
                completion_tokens=12,
            )
        return Reply("bot", prompt_tokens=170, completion_tokens=1)

    return reply


def triage_for(standin) -> LLMTriage:
    client = ChatClient.connect(api_key=None, base_url=standin.base_url, model="m", call_timeout=2, breaker=Breaker())
    return LLMTriage(RULES, client, budget=5)


async def test_the_model_adds_a_handoff_the_rules_missed(standin):
    standin.default = model_that_hands_off("no longer with us")
    llm = triage_for(standin)
    assert RULES.classify("my grandmother who ordered this is no longer with us").route is Route.BOT
    result = await llm.classify("my grandmother who ordered this is no longer with us")
    assert result.route is Route.HUMAN and result.reason == "sensitive:bereavement"
    assert "the model asked for a person" in result.signals


async def test_a_rule_handoff_is_never_sent_to_the_model(standin):
    standin.default = Reply("bot")
    llm = triage_for(standin)
    result = await llm.classify("I want to talk to a human right now")
    assert result.route is Route.HUMAN and standin.calls == 0


async def test_routine_stays_with_the_bot_and_a_failing_model_leaves_the_rules_decision(standin):
    standin.add(Reply("bot"), Status(400))
    llm = triage_for(standin)
    assert (await llm.classify("where is my order?")).route is Route.BOT
    assert (await llm.classify("do you ship to Canada?")).route is Route.BOT
    assert llm.fallbacks == 1


@pytest.mark.slow
async def test_eval_llm_measures_triage_with_the_model(standin, tmp_path, monkeypatch, capsys):
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "text,route,category\n"
        "where is my order?,bot,order_tracking\n"
        "let me speak to a person,human,human_request\n"
        "my grandmother who ordered this is no longer with us,human,other_request\n",
        encoding="utf-8",
    )
    standin.default = model_that_hands_off("no longer with us")
    monkeypatch.setenv("OPENAI_BASE_URL", standin.base_url)
    assert await run_eval(str(rows), as_json=True, check=False, llm=True) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["llm"]["model_calls"] == standin.calls <= 2  # the rule handoff was not sent
    assert report["llm"]["model_handoffs"] >= 1
    assert report["llm"]["prompt_tokens"] > 0


@pytest.mark.slow
async def test_eval_llm_without_settings_says_what_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    rows = tmp_path / "rows.csv"
    rows.write_text("text,route,category\nhi,bot,routine\n", encoding="utf-8")
    assert await run_eval(str(rows), as_json=False, check=False, llm=True) == 2
    assert "OPENAI_BASE_URL" in capsys.readouterr().out
