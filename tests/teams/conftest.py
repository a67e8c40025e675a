from __future__ import annotations

import pytest

from tandem.testing.teams.standin import BotConnectorStandIn

from .harness import open_world, teams_members


@pytest.fixture
async def standin():
    stand_in = await BotConnectorStandIn(members=teams_members()).start()
    try:
        yield stand_in
    finally:
        await stand_in.stop()


@pytest.fixture
async def world(standin, tmp_path):
    opened = await open_world(standin, f"sqlite:///{tmp_path / 'tandem.db'}")
    try:
        yield opened
    finally:
        await opened.close()
