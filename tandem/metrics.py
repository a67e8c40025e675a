"""GET /metrics: Prometheus text for `tandem run` (TANDEM_METRICS=0 turns it off).

The metrics live in a registry of their own, made here and handed to the runtime as its Observer (no
process-wide singleton). Labels never hold customer text or ids: only a handoff's reason, as triage
names it, and a rating from 1 to 5.

Counters count what this instance did since it started; with several instances, sum them in Prometheus.
"""

from __future__ import annotations

import logging
import re

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bot.facts import FactKind
from bot.ports import Store, StoreError
from bot.runtime.turn import Turn

logger = logging.getLogger(__name__)

PATH = "/metrics"
CLAIM_BUCKETS = (30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400)
DEAD_LETTERS_COUNTED = 10_000  # beyond this the gauge stays at this: something is badly wrong anyway
_REASON = re.compile(r"^[a-z][a-z0-9_:]{0,63}$")


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.messages = Counter("tandem_messages", "Customer messages handled", registry=r)
        self.handoffs = Counter("tandem_handoffs", "Handoffs to people, by triage reason", ["reason"], registry=r)
        self.claim_seconds = Histogram(
            "tandem_handoff_claim_seconds", "Seconds from a handoff to an agent's claim", buckets=CLAIM_BUCKETS,
            registry=r
        )
        self.csat = Counter("tandem_csat", "Customers' ratings after a resolve, by score", ["score"], registry=r)
        self.dead_letters = Gauge(
            "tandem_outbox_dead_letters", "Messages given up on and kept (tandem outbox), across instances", registry=r
        )
        self.llm_calls = Counter("tandem_llm_calls", "Calls to the language model", registry=r)
        for score in range(1, 6):
            self.csat.labels(score=str(score))  # every score shows, 0 until given

    def committed(self, turn: Turn) -> None:
        """The runtime's Observer: count what a committed turn did."""
        for fact in turn.facts:
            if fact.kind is FactKind.MESSAGE:
                self.messages.inc()
            elif fact.kind is FactKind.HANDOFF:
                self.handoffs.labels(reason=fact.reason if _REASON.match(fact.reason) else "other").inc()
            elif fact.kind is FactKind.CLAIM and fact.value is not None:
                self.claim_seconds.observe(fact.value)
            elif fact.kind is FactKind.CSAT and fact.value is not None:
                self.csat.labels(score=str(int(fact.value))).inc()
        if turn.llm_calls:
            self.llm_calls.inc(turn.llm_calls)

    async def refresh(self, store: Store) -> None:
        """What the database knows rather than this instance: the dead letters, read at each scrape."""
        try:
            self.dead_letters.set(len(await store.dead_letters(limit=DEAD_LETTERS_COUNTED)))
        except StoreError as exc:
            logger.warning("/metrics: dead letters not counted, the store is unavailable: %s", exc)

    def text(self) -> bytes:
        return generate_latest(self.registry)


def add_route(app: web.Application, metrics: Metrics, store: Store) -> None:
    async def scrape(request: web.Request) -> web.Response:
        await metrics.refresh(store)
        return web.Response(body=metrics.text(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.router.add_get(PATH, scrape)
