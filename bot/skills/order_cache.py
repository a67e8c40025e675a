"""One customer's orders from a remote source, kept a short while: a reply and its handoff card need not ask
twice. Failures are never kept (nothing is put)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from ..models import Order


class OrdersCache:
    SIZE = 1000  # customers

    def __init__(self, seconds: float, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._monotonic = monotonic
        self._kept: OrderedDict[str, tuple[float, list[Order]]] = OrderedDict()

    def get(self, email: str) -> list[Order] | None:
        kept = self._kept.get(email)
        return list(kept[1]) if kept is not None and self._monotonic() < kept[0] else None

    def put(self, email: str, orders: list[Order]) -> None:
        if self.seconds <= 0:
            return
        self._kept[email] = (self._monotonic() + self.seconds, list(orders))
        self._kept.move_to_end(email)
        while len(self._kept) > self.SIZE:
            self._kept.popitem(last=False)
