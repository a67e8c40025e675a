"""Orders files and order API answers, parsed into ``Order`` with errors that name file and line."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from ..errors import TandemError
from ..models import Order
from ..ports import OrderSourceError

REQUIRED = ("id", "customer_email", "status")
OPTIONAL = ("carrier", "tracking_number", "tracking_url", "placed_at", "eta", "items")




class RecordError(TandemError, ValueError):
    """One order record is wrong; the caller adds where it is."""


def normalise_email(email: str | None) -> str:
    return (email or "").strip().casefold()


def normalise_id(order_id: str) -> str:
    """An order id as customers may type it: no '#', no surrounding space, any case."""
    return order_id.strip().lstrip("#").strip().casefold()


_ID_PREFIX = re.compile(r"[a-z]{1,6}[-_ ]#?(?=[0-9])")


def order_key(order_id: str) -> str:
    """The id without a word prefix such as 'ORD-', so 'ord-1001', '#1001' and '1001' meet."""
    normal = normalise_id(order_id)
    return _ID_PREFIX.sub("", normal, count=1) if _ID_PREFIX.match(normal) else normal


def newest_first(orders: Iterable[Order]) -> list[Order]:
    dated = sorted(orders, key=lambda o: _sort_date(o.placed_at), reverse=True)
    return dated


def _sort_date(value: str | None) -> tuple[int, str]:
    if not value:
        return (0, "")
    parsed = parse_date(value)
    return (1, parsed.isoformat() if parsed else value)


def parse_date(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)


def order_from_record(record: Any) -> Order:
    """One order from a JSON object or CSV row (keys as in the orders file format)."""
    if not isinstance(record, Mapping):
        raise RecordError(f"expected an order object, found {_json_type(record)}")
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    order_id = _text(fields, "id")
    if not order_id or not normalise_id(order_id):
        raise RecordError("an order has no id")
    values: dict[str, Any] = {"id": order_id.strip()}
    for name in ("customer_email", "status"):
        value = _text(fields, name)
        if not value:
            raise RecordError(f"order {order_id} has no {name}")
        values[name] = value.strip()
    if "@" not in values["customer_email"]:
        raise RecordError(f"order {order_id} has an invalid customer_email {values['customer_email']!r}")
    for name in ("carrier", "tracking_number", "tracking_url", "placed_at", "eta"):
        value = _text(fields, name, order_id)
        values[name] = value.strip() if value and value.strip() else None
    values["items"] = _items(fields.get("items"), order_id)
    return Order(**values)


def _text(fields: Mapping[str, Any], name: str, order_id: str | None = None) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, (bool, dict, list)):
        owner = f"order {order_id}" if order_id else "an order"
        raise RecordError(f"{owner} has {_json_type(value)} for {name}; expected text")
    return str(value)


_ITEM_SEPARATOR = re.compile(r"[;|]")


def _items(value: Any, order_id: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in _ITEM_SEPARATOR.split(value) if part.strip())
    if isinstance(value, list):
        return tuple(item for item in (_item(v, order_id) for v in value) if item)
    raise RecordError(f"order {order_id} has {_json_type(value)} for items; expected a list or text")


def _item(value: Any, order_id: str) -> str:
    if isinstance(value, Mapping):
        name = str(value.get("name") or value.get("title") or "").strip()
        quantity = value.get("quantity") or value.get("qty")
        if not name:
            raise RecordError(f"order {order_id} has an item without a name")
        return f"{quantity} × {name}" if quantity not in (None, 1, "1") else name
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip()
    raise RecordError(f"order {order_id} has {_json_type(value)} in items; expected text")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


# ---- whole files ----


class _Lines:
    """Line numbers of increasing offsets into one text, without rescanning from the start."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._offset = 0
        self._line = 1

    def at(self, offset: int) -> int:
        if offset < self._offset:
            return self._text.count("\n", 0, offset) + 1
        self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        return self._line


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def parse_json_orders(text: str, name: str) -> list[Order]:
    """A JSON array of order objects; errors name the line of the offending record."""
    text = text.removeprefix("\ufeff")
    lines = _Lines(text)
    decoder = json.JSONDecoder()

    def fail(offset: int, what: str) -> OrderSourceError:
        return OrderSourceError(f"{name}: line {lines.at(offset)}: {what}")

    pos = _JSON_SPACE.match(text).end()  # type: ignore[union-attr]
    if pos == len(text):
        raise OrderSourceError(f"{name}: line 1: the file is empty; expected a JSON array of orders")
    if text[pos] != "[":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise OrderSourceError(f"{name}: line {exc.lineno}: bad JSON: {exc.msg}") from None
        raise fail(pos, f"expected a JSON array of orders, found {_json_type(value)}")
    pos = _JSON_SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
    records: list[tuple[int, Any]] = []
    if text.startswith("]", pos):
        end = pos + 1
    else:
        while True:
            try:
                value, end = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise OrderSourceError(f"{name}: line {exc.lineno}: bad JSON: {exc.msg}") from None
            records.append((lines.at(pos), value))
            pos = _JSON_SPACE.match(text, end).end()  # type: ignore[union-attr]
            if text.startswith(",", pos):
                pos = _JSON_SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
                continue
            if text.startswith("]", pos):
                end = pos + 1
                break
            raise fail(pos, "bad JSON: expected ',' or ']' after an order")
    rest = _JSON_SPACE.match(text, end).end()  # type: ignore[union-attr]
    if rest != len(text):
        raise fail(rest, "bad JSON: unexpected text after the closing ']'")
    return _build(records, name)


def parse_csv_orders(text: str, name: str) -> list[Order]:
    """CSV with a header row; errors name the row's line number."""
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, Any]] = []
    header: list[str] | None = None
    try:
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip().lower().replace(" ", "_") for cell in row]
                missing = [column for column in REQUIRED if column not in header]
                if missing:
                    raise OrderSourceError(
                        f"{name}: line {start}: missing column{'s' if len(missing) > 1 else ''} "
                        f"{', '.join(missing)} (the header has: {', '.join(header)})"
                    )
                continue
            if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
                raise OrderSourceError(
                    f"{name}: line {start}: {len(row)} values but the header has {len(header)} columns"
                )
            records.append((start, {column: cell for column, cell in zip(header, row, strict=False) if column}))
    except csv.Error as exc:
        raise OrderSourceError(f"{name}: line {reader.line_num}: bad CSV: {exc}") from None
    if header is None:
        raise OrderSourceError(f"{name}: line 1: the file is empty; expected a header row ({', '.join(REQUIRED)}, ...)")
    return _build(records, name)


def _build(records: list[tuple[int, Any]], name: str) -> list[Order]:
    orders: list[Order] = []
    seen: dict[str, int] = {}
    for line, record in records:
        try:
            order = order_from_record(record)
        except RecordError as exc:
            raise OrderSourceError(f"{name}: line {line}: {exc}") from None
        key = normalise_id(order.id)
        if key in seen:
            raise OrderSourceError(
                f"{name}: line {line}: duplicate order id {order.id} (first seen on line {seen[key]})"
            )
        seen[key] = line
        orders.append(order)
    return orders
