"""/readyz for Teams: with credentials, ready when the bot gets a token and the token-signing keys are
at hand; in loopback-only mode there is nothing outside the machine to reach."""

from __future__ import annotations

import pytest

from adapters.teams.auth import CachingCredentialFactory
from adapters.teams.signing_keys import keys_for
from tandem.testing.polling import wait_for

from .test_security import FakeAppCredentials, open_with_credentials, tokens  # noqa: F401 (the fixture)


class NoLogin(FakeAppCredentials):
    def get_access_token(self, force_refresh: bool = False) -> str:
        raise ConnectionError("login.microsoftonline.com could not be reached")


async def readiness(world) -> tuple[int, dict]:
    async with world.session.get(f"{world.server.url}/readyz") as response:
        return response.status, await response.json()


async def test_loopback_only_teams_is_ready_with_its_database(world):
    status, body = await readiness(world)
    assert status == 200 and body == {
        "ready": True,
        "database": "ok",
        "platforms": {"teams": {"ready": True, "mode": "loopback-only"}},
    }


@pytest.mark.parametrize("credentials, ready", [(FakeAppCredentials, True), (NoLogin, False)],
                         ids=["token", "no token"])
@pytest.mark.slow
async def test_with_credentials_ready_means_a_token_and_the_signing_keys(
    standin, tokens, tmp_path, monkeypatch, credentials, ready  # noqa: F811
):
    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate_authority):
        return credentials(app_id)

    monkeypatch.setattr(CachingCredentialFactory.__bases__[0], "create_credentials", create_credentials)
    world = await open_with_credentials(standin, tokens, tmp_path)
    try:
        await wait_for(lambda: keys_for(tokens.metadata_url).available, what="the signing keys fetched at start-up")
        status, body = await readiness(world)
        teams = body["platforms"]["teams"]
        assert (status, body["ready"], teams["ready"]) == ((200, True, True) if ready else (503, False, False))
        assert teams["signing_keys"] == "ok"
        assert (teams["token"] == "ok") is ready
        assert "not-a-real-secret" not in str(body)
    finally:
        await world.close()
