"""The model's tools, bound in code to one customer: none takes a customer argument.

``CustomerTools`` is built per customer message from the orders the code fetched with the platform's
email, so the model can only ever read that customer's orders; an order id that is someone else's
reads exactly like an unknown one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import Order
from .client import ToolCall
from .safety import sanitize, sanitize_data

logger = logging.getLogger(__name__)

MAX_LISTED_ORDERS = 20
MAX_ARTICLE_CHARS = 2_000

HANDOFF_REASONS = (
    "human_request",
    "frustration",
    "complaint",
    "sensitive:self_harm",
    "sensitive:medical",
    "sensitive:bereavement",
    "sensitive:legal",
    "sensitive:financial_hardship",
    "sensitive:harassment",
    "sensitive:data_privacy",
    "needs_person",
)

Search = Callable[[str], "str | None"]


def _function(name: str, description: str, properties: dict[str, Any], required: Sequence[str] = ()) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": properties,
                "required": list(required),
                "additionalProperties": False,
            },
        },
    }


LIST_MY_ORDERS = _function("list_my_orders", "All orders of the customer you are talking to, newest first.", {})
GET_ORDER = _function(
    "get_order",
    "One of the customer's own orders by its order number; 'not found' when it is not on their account.",
    {"order_id": {"type": "string", "description": "The order number, e.g. 1001"}},
    ["order_id"],
)
SEARCH_HELP = _function(
    "search_help",
    "Search the help centre (shipping, delivery times, returns, refunds, payment, account).",
    {"query": {"type": "string", "description": "What to look up, in a few words"}},
    ["query"],
)
HANDOFF_TO_HUMAN = _function(
    "handoff_to_human",
    "Bring in a person from the support team. Use it when the customer asks for a person, is upset, "
    "complains, raises something sensitive, or you cannot help. Do not answer the customer yourself then.",
    {
        "reason": {"type": "string", "enum": list(HANDOFF_REASONS)},
        "summary": {
            "type": "string",
            "description": "3-5 short lines for the agent: Wants / Tried / Orders / Careful",
        },
    },
    ["reason"],
)

ANSWER_TOOLS = (LIST_MY_ORDERS, GET_ORDER, SEARCH_HELP, HANDOFF_TO_HUMAN)
TRIAGE_TOOLS = (HANDOFF_TO_HUMAN,)


@dataclass(frozen=True)
class HandoffRequest:
    reason: str
    summary: str | None = None


@dataclass(frozen=True)
class ToolOutcome:
    content: str  # what goes back to the model, as a tool message
    handoff: HandoffRequest | None = None


def order_data(order: Order) -> dict[str, Any]:
    """What the model may know about one of the customer's orders (never the email: it does not need it)."""
    data: dict[str, Any] = {"order_id": order.id, "status": order.status.replace("_", " ")}
    for key in ("carrier", "tracking_number", "tracking_url", "placed_at", "eta"):
        value = getattr(order, key)
        if value:
            data[key] = value
    if order.items:
        data["items"] = list(order.items)
    return sanitize_data(data)


def data_message(kind: str, result: Any) -> str:
    """A tool result framed as data: the model is told (in the system prompt) never to obey it."""
    return json.dumps({"data_from": kind, "result": result}, ensure_ascii=False)


class CustomerTools:
    def __init__(self, orders: Sequence[Order], search: Search | None = None) -> None:
        self._orders = tuple(orders)
        self._search = search

    def run(self, call: ToolCall) -> ToolOutcome:
        arguments = _arguments(call.arguments)
        if arguments is None:
            logger.info("model sent malformed arguments to %s", call.name)
            return ToolOutcome(_error("The arguments were not a JSON object. Call the tool again with valid JSON."))
        handler = {
            "list_my_orders": self._list_my_orders,
            "get_order": self._get_order,
            "search_help": self._search_help,
            "handoff_to_human": self._handoff,
        }.get(call.name)
        if handler is None:
            return ToolOutcome(_error(f"There is no tool called {sanitize(call.name)[:40]!r}."))
        return handler(arguments)

    def _list_my_orders(self, _: dict[str, Any]) -> ToolOutcome:
        orders = [order_data(o) for o in self._orders[:MAX_LISTED_ORDERS]]
        return ToolOutcome(data_message("order system", {"orders": orders, "count": len(self._orders)}))

    def _get_order(self, arguments: dict[str, Any]) -> ToolOutcome:
        wanted = normalise_order_id(str(arguments.get("order_id", "")))
        for order in self._orders:
            if wanted and normalise_order_id(order.id) == wanted:
                return ToolOutcome(data_message("order system", {"order": order_data(order)}))
        return ToolOutcome(
            data_message("order system", {"order": None, "error": "not found on this customer's account"})
        )

    def _search_help(self, arguments: dict[str, Any]) -> ToolOutcome:
        query = sanitize(str(arguments.get("query", "")))[:300]
        article = self._search(query) if (self._search and query) else None
        if not article:
            return ToolOutcome(data_message("help centre", {"article": None, "error": "no article found"}))
        return ToolOutcome(data_message("help centre", {"article": sanitize(article)[:MAX_ARTICLE_CHARS]}))

    def _handoff(self, arguments: dict[str, Any]) -> ToolOutcome:
        reason = str(arguments.get("reason", "")).strip().lower()
        if reason not in HANDOFF_REASONS:
            reason = "needs_person"
        summary = arguments.get("summary")
        summary = sanitize(summary) if isinstance(summary, str) and summary.strip() else None
        return ToolOutcome(data_message("handoff", {"ok": True}), HandoffRequest(reason, summary))


def normalise_order_id(value: str) -> str:
    return value.strip().lstrip("#").strip().upper()


def _arguments(raw: str) -> dict[str, Any] | None:
    if not raw or not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _error(message: str) -> str:
    return json.dumps({"error": message})
