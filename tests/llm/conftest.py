from __future__ import annotations

import pytest

from tandem.testing.llm import StandIn


@pytest.fixture
async def standin():
    server = StandIn()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
