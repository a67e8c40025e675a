"""The Assistant port on an OpenAI-compatible chat model: answers with tools, writes handoff summaries.

One model call per customer message is the aim: the customer's newest orders and the best help article
are in the prompt, so tools are only needed for older orders or other articles. Any failure, refusal or
time-out gives the rules the turn back (``None``, or an empty reply that still reports the tokens spent).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..language import ENGLISH, language_name
from ..models import Order, Role, TranscriptEntry
from ..ports import AssistantReply, AssistantRequest
from . import prompts
from .budget import Deadline
from .client import ChatClient, Completion, ToolCall
from .errors import LLMError
from .safety import Screen, sanitize
from .tools import ANSWER_TOOLS, CustomerTools, HandoffRequest

logger = logging.getLogger(__name__)

ANSWER_MAX_TOKENS = 300
SUMMARY_MAX_TOKENS = 250
SUMMARY_LINES = 5
SUMMARY_LINE_CHARS = 220
# The model answering about self-harm instead of calling handoff_to_human: the customer must get the
# fixed crisis reply and a person, never the model's own words.
_CRISIS_WORDS = re.compile(
    r"\b(suicid\w*|self[- ]?harm\w*|kill(?:ing)? (?:your|my)sel(?:f|ves)|hurt(?:ing)? (?:your|my)self|"
    r"end(?:ing)? (?:your|my) life|crisis (?:line|team|text)|samaritans)\b",
    re.I,
)


@dataclass(frozen=True)
class AssistantLimits:
    turn_budget: float = 10.0  # seconds of model time per customer message, retries included
    max_tool_calls: int = 3  # per customer message
    allowed_hosts: tuple[str, ...] = ()  # links the model may give (subdomains included)


class LLMAssistant:
    def __init__(
        self,
        client: ChatClient,
        *,
        team: str = "our support team",
        limits: AssistantLimits = AssistantLimits(),
        redact: Callable[[str], str] = lambda text: text,
        known_identifiers: Callable[[], Iterable[str]] | None = None,
    ) -> None:
        """``known_identifiers``: every order id, tracking number and email the order source holds, when
        it can list them; the answer screening then refuses any that are not this customer's."""
        self.client = client
        self._known = known_identifiers
        self.team = team
        self.limits = limits
        self.redact = redact
        self._open_turns: dict[str, Deadline] = {}  # conversations whose turn may still hand off


    async def aclose(self) -> None:
        """Close the model's HTTP connections (the core calls this when it stops)."""
        await self.client.aclose()
    async def answer(self, request: AssistantRequest) -> AssistantReply | None:
        if not self.client.available:
            return None
        self._forget_expired()
        deadline = self.client.deadline(self.limits.turn_budget)
        self._open_turns[request.conversation_id] = deadline
        try:
            reply = await self._answer(request, deadline)
        except Exception:  # a bug here must not cost the customer their answer: the rules take over
            logger.exception("conversation %s: the model's answer failed unexpectedly", request.conversation_id)
            return None
        if reply is not None and reply.text:
            self._open_turns.pop(request.conversation_id, None)
        return reply

    async def summarize(
        self, transcript: list[TranscriptEntry], orders: list[Order], conversation_id: str | None = None
    ) -> AssistantReply | None:
        if not self.client.available:
            return None
        deadline = self._open_turns.pop(conversation_id, None) if conversation_id else None
        if deadline is None:
            deadline = self.client.deadline(self.limits.turn_budget)
        messages = prompts.summary_messages(transcript, orders, self.redact)
        try:
            completion = await self.client.complete(
                messages, deadline=deadline, max_tokens=SUMMARY_MAX_TOKENS, label=conversation_id or ""
            )
        except LLMError as exc:
            logger.info("conversation %s: no model summary (%s); using the extractive one", conversation_id or "-", exc)
            return None
        except Exception:
            logger.exception("conversation %s: the model's summary failed unexpectedly", conversation_id or "-")
            return None
        screen = Screen(_contents(messages), redact=self.redact)
        text = self._summary_text(completion.content, screen)
        if not text:
            logger.info(
                "conversation %s: the model's summary was unusable; using the extractive one", conversation_id or "-"
            )
        return AssistantReply(text=text, tokens=completion.tokens, calls=1)

    async def _answer(self, request: AssistantRequest, deadline: Deadline) -> AssistantReply | None:
        tools = CustomerTools(request.orders, request.search)
        article = request.search(request.text) if request.search else None
        messages = prompts.answer_messages(
            team=self.team,
            customer_name=request.customer_name,
            orders=request.orders,
            help_article=article,
            history=_history(request),
            text=request.text,
            redact=self.redact,
            language=language_name(request.triage.language) if request.triage.language != ENGLISH else None,
        )
        calls = tokens = tool_calls = 0
        conv = request.conversation_id
        while True:
            try:
                completion = await self.client.complete(
                    messages, deadline=deadline, tools=ANSWER_TOOLS, max_tokens=ANSWER_MAX_TOKENS, label=conv
                )
            except LLMError as exc:
                logger.info("conversation %s: the rules answer (%s)", conv, exc)
                return _nothing(tokens, calls)
            calls += 1
            tokens += completion.tokens
            if not completion.tool_calls:
                break
            tool_calls += len(completion.tool_calls)
            if tool_calls > self.limits.max_tool_calls:
                logger.warning(
                    "conversation %s: the model wanted more than %d tool calls; the rules answer",
                    conv,
                    self.limits.max_tool_calls,
                )
                return _nothing(tokens, calls)
            handoff = self._run_tools(completion, tools, messages)
            if handoff is not None:
                logger.info(
                    "conversation %s: the model asked for a person (%s) after %d call(s), %d tokens",
                    conv,
                    handoff.reason,
                    calls,
                    tokens,
                )
                summary = self._summary_text(handoff.summary, Screen(_contents(messages), redact=self.redact)) or None
                return AssistantReply(
                    text="", handoff_reason=handoff.reason, summary=summary, tokens=tokens, calls=calls
                )
        if _CRISIS_WORDS.search(completion.content or ""):
            logger.warning("conversation %s: the model wrote about a crisis instead of handing off; handing off", conv)
            return AssistantReply(text="", handoff_reason="sensitive:self_harm", tokens=tokens, calls=calls)
        screen = Screen(
            _contents(messages),
            own_email=request.customer_email,
            allowed_hosts=self.limits.allowed_hosts,
            allowed_urls=[o.tracking_url for o in request.orders if o.tracking_url],
            redact=self.redact,
            others=self._others(request),
            customer_said=[request.text] + [e.text for e in request.transcript if e.role is Role.CUSTOMER],
        )
        screened = screen.check(completion.content)
        if screened.refused:
            logger.warning(
                "conversation %s: the model's answer was withheld (%s); the rules answer", conv, screened.refused
            )
            return _nothing(tokens, calls)
        logger.info("conversation %s: the model answered in %d call(s), %d tokens", conv, calls, tokens)
        return AssistantReply(text=screened.text, tokens=tokens, calls=calls, private=bool(request.orders))

    def _others(self, request: AssistantRequest) -> set[str]:
        if self._known is None:
            return set()
        try:
            known = {str(value).upper() for value in self._known()}
        except Exception:
            logger.exception("could not list the order source's identifiers; screening by shape only")
            return set()
        own = (
            {request.customer_email or ""}
            | {o.id for o in request.orders}
            | {o.tracking_number or "" for o in request.orders}
        )
        return known - {value.upper() for value in own if value}

    def _run_tools(
        self, completion: Completion, tools: CustomerTools, messages: list[dict[str, Any]]
    ) -> HandoffRequest | None:
        messages.append(
            {
                "role": "assistant",
                "content": completion.content or None,
                "tool_calls": [_echo(call) for call in completion.tool_calls],
            }
        )
        handoff = None
        for call in completion.tool_calls:
            outcome = tools.run(call)
            handoff = handoff or outcome.handoff
            messages.append({"role": "tool", "tool_call_id": call.id, "content": outcome.content})
        return handoff

    def _summary_text(self, raw: str | None, screen: Screen) -> str:
        """3–5 plain lines, redacted, with nothing the model was not shown; '' when unusable."""
        if not raw:
            return ""
        lines = [sanitize(line).strip(" -*•\t") for line in raw.splitlines()]
        lines = [line[:SUMMARY_LINE_CHARS] for line in lines if line][:SUMMARY_LINES]
        screened = screen.check("\n".join(lines))
        return "" if screened.refused else screened.text

    def _forget_expired(self) -> None:
        for conversation_id, deadline in list(self._open_turns.items()):
            if deadline.expired:
                del self._open_turns[conversation_id]


def _history(request: AssistantRequest) -> Sequence[TranscriptEntry]:
    """The conversation before this message (the request's transcript ends with it)."""
    entries = list(request.transcript)
    if entries and entries[-1].role is Role.CUSTOMER and entries[-1].text.strip() == request.text.strip():
        entries.pop()
    return entries


def _echo(call: ToolCall) -> dict[str, Any]:
    try:
        json.loads(call.arguments or "{}")
        arguments = call.arguments or "{}"
    except ValueError:
        arguments = "{}"  # some servers re-parse echoed arguments; malformed ones would fail the next call
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": arguments}}


def _contents(messages: list[dict[str, Any]]) -> list[str]:
    return [m["content"] for m in messages if isinstance(m.get("content"), str)]


def _nothing(tokens: int, calls: int) -> AssistantReply | None:
    """No answer: None when nothing was spent, else an empty reply that still reports the tokens."""
    return AssistantReply(text="", tokens=tokens, calls=calls) if calls else None


def build_assistant(
    settings: Any,
    redact: Callable[[str], str],
    known_identifiers: Callable[[], Iterable[str]] | None = None,
) -> LLMAssistant:
    """The assistant for a deployment's ``Settings`` (call only when ``settings.llm_configured``)."""
    from urllib.parse import urlsplit

    client = ChatClient.for_settings(settings)
    policy_host = urlsplit(settings.privacy_policy_url).hostname
    limits = AssistantLimits(
        turn_budget=settings.llm_turn_budget,
        max_tool_calls=settings.llm_max_tool_calls,
        allowed_hosts=tuple(settings.llm_allowed_links) + ((policy_host,) if policy_host else ()),
    )
    logger.info(
        "language model on: %s at %s (turn budget %.1f s)",
        settings.llm_model,
        settings.openai_base_url or "api.openai.com",
        settings.llm_turn_budget,
    )
    return LLMAssistant(
        client, team=settings.team_name, limits=limits, redact=redact, known_identifiers=known_identifiers
    )
