"""GET /dashboard over HTTP: only with TANDEM_DASHBOARD_TOKEN (404 otherwise), 401 without the token, a
Bearer token or the login form's cookie, read-only, strict headers, and no customer text but the redacted
unanswered questions."""

from __future__ import annotations

import aiohttp
import pytest

from tests.dashboard.conftest import TOKEN, serve
from tests.dashboard.fortnight import QUESTIONS, TRIGGER


async def get(url: str, **kw) -> tuple[int, dict, str]:
    async with aiohttp.ClientSession() as session, session.get(url, allow_redirects=False, **kw) as response:
        return response.status, dict(response.headers), await response.text()


@pytest.mark.slow
async def test_without_a_token_configured_there_is_no_dashboard(standin, tmp_path):
    server = await serve(standin, tmp_path)
    try:
        assert (await get(f"{server.url}/dashboard"))[0] == 404
    finally:
        await server.stop()


@pytest.mark.slow
async def test_the_dashboard_needs_the_token(dashboard):
    server, _ = dashboard
    status, headers, body = await get(f"{server.url}/dashboard")
    assert status == 401 and 'name="token"' in body and "Conversations" not in body
    assert headers["WWW-Authenticate"].startswith("Bearer")
    for wrong in ("Bearer nope", "Bearer " + TOKEN[:-1], "Basic " + TOKEN, TOKEN):
        assert (await get(f"{server.url}/dashboard", headers={"Authorization": wrong}))[0] == 401, wrong
    assert (await get(f"{server.url}/dashboard", cookies={"tandem_dashboard": "9999999999.forged"}))[0] == 401


@pytest.mark.slow
async def test_with_the_bearer_token_the_numbers_and_only_redacted_questions(dashboard):
    server, expected = dashboard
    status, headers, body = await get(f"{server.url}/dashboard", headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in headers["Content-Security-Policy"] and headers["Cache-Control"] == "no-store"
    assert f'data-figure="conversations"><span>Conversations</span><b>{expected.conversations}</b>' in body
    assert f'data-figure="handoffs"><span>Handoffs</span><b>{expected.handoffs}</b>' in body
    assert "<script" not in body and "http://" not in body.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert QUESTIONS[0] in body and TRIGGER not in body and "4111" not in body
    assert "@example.com" not in body and "c_" not in body


@pytest.mark.slow
async def test_signing_in_with_the_form_sets_a_strict_http_only_cookie(dashboard):
    server, _ = dashboard
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        async with session.post(f"{server.url}/dashboard/login", data={"token": "wrong"}, allow_redirects=False) as bad:
            assert bad.status == 401 and "not the dashboard" in await bad.text()
        async with session.post(f"{server.url}/dashboard/login", data={"token": TOKEN}, allow_redirects=False) as good:
            assert good.status == 303 and good.headers["Location"] == "/dashboard"
            cookie = good.headers["Set-Cookie"]
            assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/dashboard" in cookie
            assert TOKEN not in cookie and "Secure" not in cookie  # plain http here
        async with session.get(f"{server.url}/dashboard?days=7") as page:
            assert page.status == 200 and "the last 7 days" in await page.text()
        async with session.post(f"{server.url}/dashboard/logout", allow_redirects=False) as out:
            assert out.status == 303
        async with session.get(f"{server.url}/dashboard") as again:
            assert again.status == 401


@pytest.mark.slow
async def test_behind_https_the_cookie_is_secure(dashboard):
    server, _ = dashboard
    async with aiohttp.ClientSession() as session, session.post(
        f"{server.url}/dashboard/login",
        data={"token": TOKEN},
        headers={"X-Forwarded-Proto": "https"},
        allow_redirects=False,
    ) as good:
        assert "Secure" in good.headers["Set-Cookie"]


@pytest.mark.slow
async def test_it_is_read_only(dashboard):
    server, _ = dashboard
    async with aiohttp.ClientSession() as session:
        for method in ("POST", "PUT", "DELETE"):
            async with session.request(
                method, f"{server.url}/dashboard", headers={"Authorization": f"Bearer {TOKEN}"}
            ) as r:
                assert r.status == 405
