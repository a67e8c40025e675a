"""The order skill: a customer's own orders, and nobody else's.

Identity comes only from the ``email`` argument (the platform's profile email). An order id that is
someone else's gets exactly the answer an unknown id gets.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date

from ..models import Order
from ..ports import OrderSource
from .answer import SkillAnswer
from .order_records import OrderSourceError, newest_first, normalise_email, normalise_id, order_key
from .order_wording import CLOSED_STATUSES, OrderWording, status_key
from .relative_dates import utc_today

logger = logging.getLogger(__name__)

MAX_LISTED = 5

_ID = r"([A-Za-z]{0,6}[-_]?[0-9][A-Za-z0-9_-]{0,30})"
_MARKED_ID = re.compile(
    rf"#\s?{_ID}"
    rf"|\borders?(?:\s{{1,3}}(?:number|no\.?|num|id|nr))?(?:\s{{0,3}}(?:is|was|:|#))?\s{{0,3}}{_ID}"
    r"|(?<![A-Za-z0-9])([A-Za-z]{2,6}-[0-9]{3,})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(r"(?<![A-Za-z0-9])[0-9]{3,20}(?![A-Za-z0-9])")


def find_order_ids(text: str) -> list[str]:
    """Ids the customer clearly marked as order numbers: '#1001', 'order 1001', 'ORD-1001'."""
    found: list[str] = []
    for m in _MARKED_ID.finditer(text):
        candidate = next(g for g in m.groups() if g)
        if sum(ch.isdigit() for ch in candidate) >= 3 and candidate not in found:
            found.append(candidate)
    return found


class OrderSkill:
    def __init__(
        self, source: OrderSource, wording: OrderWording | None = None, today: Callable[[], date] | None = None
    ) -> None:
        self.source = source
        self.wording = wording or OrderWording()
        self.today = today or utc_today  # in the shop's time zone: whether a parcel is late depends on it

    async def answer(self, email: str | None, text: str, order_ids: Sequence[str] = ()) -> SkillAnswer:
        w = self.wording
        customer = normalise_email(email)
        if not customer:
            return SkillAnswer(w.unknown_customer.format(), understood=True)
        try:
            fetched = await self.source.orders_for(customer)
        except OrderSourceError as exc:
            logger.error("order lookup failed: %s", exc)
            return SkillAnswer(w.unavailable.format(), understood=True)
        own = newest_first(o for o in fetched if normalise_email(o.customer_email) == customer)

        asked = _unique(list(order_ids) or find_order_ids(text))
        if asked:
            return self._asked(own, asked)
        mentioned = {order_key(n) for n in BARE_NUMBER.findall(text)}
        matching = [o for o in own if order_key(o.id) in mentioned]
        if matching:
            return self._details(matching)
        if not own:
            return SkillAnswer(w.no_orders.format(email=email.strip()), understood=True, private=True)  # type: ignore[union-attr]
        if len(own) == 1:
            return self._details(own)
        return self._list(own)

    def _asked(self, own: list[Order], asked: list[str]) -> SkillAnswer:
        found: list[Order] = []
        missing: list[str] = []
        for wanted in asked:
            matches = _matching(own, wanted)
            if matches:
                found.extend(o for o in matches if o not in found)
            else:
                missing.append(wanted)
        if not found:
            return SkillAnswer(self.wording.not_found.format(), understood=True)
        answer = self._details(found)
        if not missing:
            return answer
        ids = ", ".join("#" + normalise_id(m).upper() for m in missing)
        return SkillAnswer(
            f"{answer.text}\n\n{self.wording.some_not_found.format(order_ids=ids)}",
            understood=True,
            orders=answer.orders,
            private=True,
        )

    def _details(self, orders: list[Order]) -> SkillAnswer:
        today = self.today()
        text = "\n\n".join(self.wording.details(o, today) for o in orders)
        return SkillAnswer(text, understood=True, orders=tuple(orders), private=True)

    def _list(self, own: list[Order]) -> SkillAnswer:
        w = self.wording
        ranked = sorted(own, key=lambda o: status_key(o.status) in CLOSED_STATUSES)  # stable: newest first within
        shown = ranked[:MAX_LISTED]
        today = self.today()
        lines = [w.list_intro.format(), *(w.list_line(o, today) for o in shown)]
        if len(ranked) > len(shown):
            lines.append(w.list_more.format(count=len(ranked) - len(shown)))
        late = [f"#{o.id.lstrip('#')}" for o in shown if w.is_late(o, today)]
        lines.append(w.list_late_outro.format(order_ids=_joined(late)) if late else w.list_outro.format())
        return SkillAnswer("\n".join(lines), understood=True, orders=tuple(shown), private=True)


def _matching(own: list[Order], wanted: str) -> list[Order]:
    exact = [o for o in own if normalise_id(o.id) == normalise_id(wanted)]
    return exact or [o for o in own if order_key(o.id) == order_key(wanted)]


def _joined(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"


def _unique(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in ids:
        key = order_key(value)
        if key and key not in seen:
            seen.add(key)
            out.append(value)
    return out
