"""The metrics' counting, apart from HTTP (tests/slack/test_slack_metrics.py scrapes it from `tandem run`)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from bot.facts import Fact, FactKind
from bot.models import Conversation
from bot.runtime.turn import Turn
from tandem.metrics import Metrics
from tests.factories import NOW, customer_message


def value(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


def test_each_metrics_object_has_its_own_registry_and_labels_only_what_is_safe():
    first, second = Metrics(), Metrics(CollectorRegistry())
    conv = Conversation.new(customer_message("hi"))
    odd = Fact(FactKind.HANDOFF, NOW, conv.id, "slack", reason="Ada Lovelace <ada@example.com>")
    first.committed(Turn(conversation=conv, facts=(odd, Fact(FactKind.MESSAGE, NOW, conv.id, "slack")), llm_calls=2))
    assert value(first, "tandem_handoffs_total", reason="other") == 1  # never a customer's words as a label
    assert value(first, "tandem_llm_calls_total") == 2 and value(first, "tandem_messages_total") == 1
    assert value(second, "tandem_messages_total") == 0
