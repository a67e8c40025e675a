"""The model calls a turn makes reach /metrics' counter (tandem_llm_calls_total)."""

from __future__ import annotations

import pytest

from tandem.metrics import Metrics
from tandem.testing.llm import Reply
from tests.llm.test_llm_end_to_end import started


@pytest.mark.slow
async def test_the_model_calls_a_turn_made_reach_the_counter(standin):
    standin.add(Reply("Yes — your blue ceramic mug is on its way with UPS.", 420, 28))
    metrics = Metrics()
    play = await started(standin)
    play.runtime.observer = metrics
    try:
        await play.say("did the blue mug ship yet?")
    finally:
        await play.close()
    assert metrics.registry.get_sample_value("tandem_llm_calls_total") == standin.calls == 1
