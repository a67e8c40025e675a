"""Model calls and tokens per routine message and per handoff, from a scripted run.

    .venv/bin/python benchmarks/llm_calls.py

The whole bot runs (real triage, skills, demo orders, knowledge base) with OPENAI_BASE_URL pointing at
the OpenAI-compatible stand-in from the tests. The stand-in plays a plausible model (answers from the
prompt, calls search_help when no article is in the prompt, hands off when it should) and reports tokens
estimated from what it was actually sent (about 4 characters of JSON per token, tool schemas included),
so the numbers show how the prompt is built, not any particular model's tokenizer.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.llm.assistant import LLMAssistant  # noqa: E402
from bot.models import State  # noqa: E402
from tandem.testing.llm import Reply, StandIn, call  # noqa: E402
from tandem.testing.playground import playground  # noqa: E402

SCENARIOS: list[tuple[str, list[str]]] = [
    ("free-form order question", ["did the blue mug ship yet?"]),
    ("vague delivery question", ["when will my stuff arrive?"]),
    ("owned order id (rules)", ["where is order 1001?"]),
    ("greeting (rules)", ["hi"]),
    ("policy question, article in prompt", ["how long does shipping take"]),
    ("policy question, needs search", ["can I send the desk lamp back if I don't like it?"]),
    ("follow-up in a conversation", ["did the blue mug ship yet?", "and the lamp?"]),
    ("rule handoff: asks for a person", ["I want to talk to a person"]),
    ("rule handoff: bereavement", ["my mum died last week and I need to cancel her order"]),
    ("model handoff: rules miss it", ["my grandmother who ordered this is no longer with us"]),
    ("question, then asks for a person", ["when will my stuff arrive?", "can I speak to someone please"]),
]


def scripted_model(body: dict) -> Reply:
    """Deterministic stand-in behaviour, shaped like a capable chat model's."""
    messages = body["messages"]
    last = messages[-1]
    system = messages[0]["content"]
    if "tools" not in body:  # the handoff summary
        convo = json.loads(last["content"].split("\n", 1)[1])["conversation"]
        wants = next((line.split(": ", 1)[1] for line in convo if line.startswith("Customer:")), "help")
        return Reply(f"Wants: {wants}\nTried: the bot answered what it could\nMood: calm, wants a person", None, None)
    if last["role"] == "tool":
        result = json.loads(last["content"])["result"]
        article = result.get("article") or "I couldn't find that in our help centre."
        return Reply(f"Here's what our help centre says: {article[:200]}", None, None)
    text = last["content"].lower()
    has_article = "Help article that may answer" in system
    if "no longer with us" in text:
        summary = "Wants: help with a late relative's order\nMood: grieving, be gentle"
        return Reply(
            tool_calls=[call("handoff_to_human", reason="sensitive:bereavement", summary=summary)],
            prompt_tokens=None,
            completion_tokens=None,
        )
    if not has_article and any(w in text for w in ("send", "return", "back")):
        return Reply(tool_calls=[call("search_help", query="returns")], prompt_tokens=None, completion_tokens=None)
    if "lamp" in text:
        return Reply("Your desk lamp (order 1004) was delivered on 2026-10-31.", None, None)
    if has_article and any(w in text for w in ("how long", "shipping")):
        return Reply("Standard delivery takes 3 to 5 working days, express 1 to 2.", None, None)
    return Reply(
        "Your Blue ceramic mug (order 1001) is in transit with UPS and should arrive on 2026-11-25.", None, None
    )


@dataclass
class Row:
    scenario: str
    message: str
    outcome: str  # routine, handoff
    calls: int
    prompt: int
    completion: int


async def run() -> list[Row]:
    standin = StandIn(default=scripted_model)
    await standin.start()
    rows: list[Row] = []
    try:
        for name, messages in SCENARIOS:
            play = await playground(OPENAI_BASE_URL=standin.base_url, TANDEM_LLM_MODEL="standin")
            try:
                for text in messages:
                    before = len(standin.requests)
                    assistant = play.runtime.engine.kit.assistant
                    assert isinstance(assistant, LLMAssistant)
                    client = assistant.client
                    p0, c0 = client.usage.prompt_tokens, client.usage.completion_tokens
                    await play.say(text)
                    conv = await play.conversation()
                    handed = conv is not None and conv.state is not State.BOT
                    rows.append(
                        Row(
                            name,
                            text,
                            "handoff" if handed else "routine",
                            len(standin.requests) - before,
                            client.usage.prompt_tokens - p0,
                            client.usage.completion_tokens - c0,
                        )
                    )
                    if handed:
                        break
            finally:
                await play.close()
    finally:
        await standin.stop()
    return rows


def report(rows: list[Row]) -> str:
    lines = [f"{'scenario':38} {'message':52} {'outcome':8} {'calls':>5} {'prompt':>7} {'compl.':>6}"]
    for r in rows:
        lines.append(
            f"{r.scenario[:38]:38} {r.message[:52]:52} {r.outcome:8} {r.calls:5d} {r.prompt:7d} {r.completion:6d}"
        )
    lines.append("")
    for outcome in ("routine", "handoff"):
        group = [r for r in rows if r.outcome == outcome]
        if not group:
            continue
        n = len(group)
        calls = sum(r.calls for r in group)
        tokens = sum(r.prompt + r.completion for r in group)
        zero = sum(1 for r in group if r.calls == 0)
        lines.append(
            f"per {outcome} message ({n}): {calls / n:.2f} model calls, {tokens / n:.0f} tokens on average "
            f"(max {max(r.calls for r in group)} calls, {max(r.prompt + r.completion for r in group)} tokens; "
            f"{zero} needed no call)"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    print(report(asyncio.run(run())))
