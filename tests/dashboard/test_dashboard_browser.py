"""The dashboard in a real browser: Debian's Chromium driven by Playwright signs in with the form, reads
the numbers and takes a screenshot. Outside CI it is skipped when Chromium or Playwright is missing; under
CI (.ci/run installs both) it must run."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from tests.dashboard.conftest import TOKEN
from tests.dashboard.fortnight import QUESTIONS, TRIGGER

CHROMIUM = os.environ.get("TANDEM_TEST_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "Playwright for Python is not installed (pip install playwright)"
    return None


@pytest.fixture
async def browser():
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"under CI the dashboard must be tested in a browser: {missing}")
        pytest.skip(missing)
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        chromium = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest.mark.slow
async def test_a_support_lead_signs_in_and_sees_the_fortnight(dashboard, browser, tmp_path):
    server, expected = dashboard
    context = await browser.new_context(viewport={"width": 1360, "height": 1000})
    page = await context.new_page()
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(server.url) else None)

    await page.goto(f"{server.url}/dashboard")
    assert await page.title() == "Tandem · sign in"
    await page.fill("#token", "not the token")
    await page.click("button[type=submit]")
    assert "not the dashboard" in await page.inner_text("[role=alert]")
    await page.fill("#token", TOKEN)
    await page.click("button[type=submit]")
    await page.wait_for_selector("[data-figure=conversations]")

    async def figure(name: str) -> str:
        return await page.inner_text(f"[data-figure={name}] b")

    assert await figure("conversations") == str(expected.conversations)
    assert await figure("handoffs") == str(expected.handoffs)
    average = sum(expected.ratings) / len(expected.ratings)
    assert await figure("csat") == f"{average:.1f} / 5"
    assert await figure("csat-responses") == f"{len(expected.ratings)} ({sum(1 for r in expected.ratings if r <= 2)})"
    text = await page.inner_text("main")
    assert "14\n" in text or "14\t" in text  # the most asked question's count, in its table row
    assert QUESTIONS[0] in text and TRIGGER not in text
    for charted in (
        "Handoffs by reason per day",
        "Median minutes to claim",
        "Average rating",
        "Deflection",
        "Verdicts",
    ):
        assert await page.locator(f"svg[aria-label='{charted}']").count() == 1, charted
    assert str(expected.verdicts["needed"]) in (await page.text_content("svg[aria-label=Verdicts]") or "")

    [cookie] = await context.cookies()
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and TOKEN not in cookie["value"]
    assert outside == []  # nothing loaded from anywhere else

    shot = tmp_path / "dashboard.png"
    await page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    keep = os.environ.get("TANDEM_DASHBOARD_SCREENSHOT")  # to refresh docs/dashboard.png
    if keep:
        Path(keep).write_bytes(shot.read_bytes())
    await context.close()
