"""Teams as a person sees it, in Microsoft 365 Agents Playground (a real Teams-like client) driven in
headless Chromium: the order list keeps its lines, links are links, the handoff card renders, and no
typing indicator shows while the customer waits for a person.

Opt-in: it needs ``agentsplayground`` (``npm install -g @microsoft/m365agentsplayground``, or its path in
TANDEM_AGENTS_PLAYGROUND), Playwright for Python (``pip install playwright``; no browser download) and a
Chromium (``/usr/bin/chromium``, or TANDEM_CHROMIUM). Screenshots go to TANDEM_PLAYGROUND_SHOTS (default:
the test's temporary folder) — look at them. See docs/teams.md.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import aiohttp
import pytest

from tandem.testing.polling import wait_for
from tests.support.processes import clean_env, free_port, tandem_command

PLAYGROUND = os.environ.get("TANDEM_AGENTS_PLAYGROUND") or shutil.which("agentsplayground")
CHROMIUM = os.environ.get("TANDEM_CHROMIUM") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = pytest.mark.skipif(
    not PLAYGROUND or importlib.util.find_spec("playwright") is None or not Path(CHROMIUM).exists(),
    reason="Agents Playground check is opt-in: needs agentsplayground (npm @microsoft/m365agentsplayground), "
    "playwright (pip) and Chromium (/usr/bin/chromium); see docs/teams.md",
)

# Ada is the customer at the keyboard. The Playground refuses a configuration with fewer than 5 users, and
# says so only in its log file.
PLAYGROUND_CONFIG = """\
version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot: {id: 00000000-0000-0000-0000-00000000000011, name: Tandem}
currentUser:
  {id: user-id-0, name: Ada Lovelace, userPrincipleName: ada@example.com,
   aadObjectId: 00000000-0000-0000-0000-0000000000020, givenName: Ada, surname: Lovelace, email: ada@example.com}
users:
  - {id: user-id-1, name: Grace Hopper, userPrincipleName: grace@example.com,
    aadObjectId: 00000000-0000-0000-0000-0000000000021, givenName: Grace, surname: Hopper, email: grace@example.com}
  - {id: user-id-2, name: Alan Turing, userPrincipleName: alan@example.com,
    aadObjectId: 00000000-0000-0000-0000-0000000000022, givenName: Alan, surname: Turing, email: alan@example.com}
  - {id: user-id-3, name: Katherine Johnson, userPrincipleName: katherine@example.com,
    aadObjectId: 00000000-0000-0000-0000-0000000000023, givenName: Katherine, surname: Johnson,
    email: katherine@example.com}
  - {id: user-id-4, name: Mary Jackson, userPrincipleName: mary@example.com,
    aadObjectId: 00000000-0000-0000-0000-0000000000024, givenName: Mary, surname: Jackson, email: mary@example.com}
  - {id: user-id-5, name: Sam Agent, userPrincipleName: sam@example.com,
    aadObjectId: 00000000-0000-0000-0000-0000000000025, givenName: Sam, surname: Agent, email: sam@example.com}
personalChat: {id: personal-chat-ada}
groupChat: {id: group-chat-id, name: Group Chat}
team:
  id: team-id
  name: Support
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - {id: channel-agents-id, name: Agents}
"""


async def started(command: list[str], cwd: Path, log: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    with log.open("wb") as out:
        return await asyncio.create_subprocess_exec(
            *command, cwd=cwd, env=env, stdout=out, stderr=asyncio.subprocess.STDOUT
        )


async def stopped(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()
            await process.wait()


async def test_teams_as_the_agents_playground_shows_it(tmp_path):
    shots = Path(os.environ.get("TANDEM_PLAYGROUND_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    (tmp_path / ".m365agentsplayground.yml").write_text(PLAYGROUND_CONFIG)
    bot_port, ui_port = free_port(), free_port()
    bot_env = clean_env(
        TEAMS_ENABLED="1", HOST="127.0.0.1", PORT=str(bot_port), DATABASE_URL=f"sqlite:///{tmp_path / 'tandem.db'}",
        TANDEM_AGENT_CHANNEL="teams:channel-agents-id",
    )  # fmt: skip
    bot = await started(tandem_command("run"), tmp_path, tmp_path / "bot.log", bot_env)
    assert PLAYGROUND is not None  # skipped without it
    ui_command = [
        PLAYGROUND,
        "-e",
        f"http://127.0.0.1:{bot_port}/api/messages",
        "-c",
        "msteams",
        "-p",
        str(ui_port),
        "--dt",
    ]
    ui = await started(ui_command, tmp_path, tmp_path / "playground.log", {**os.environ, "BROWSER": "none"})
    try:
        async with aiohttp.ClientSession() as http:

            async def up(url: str) -> bool:
                try:
                    async with http.get(url) as response:
                        return response.status < 500
                except aiohttp.ClientError:
                    return False

            await wait_for(lambda: up(f"http://127.0.0.1:{bot_port}/healthz"), timeout=30, what="tandem run")
            await wait_for(
                lambda: up(f"http://127.0.0.1:{ui_port}/"), timeout=30, what=f"the Agents Playground on port {ui_port}"
            )
        from playwright.async_api import async_playwright

        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                await _conversation(await browser.new_page(viewport={"width": 1400, "height": 1400}), ui_port, shots)
            finally:
                await browser.close()
    finally:
        await stopped(ui)
        await stopped(bot)
        if sys.exc_info()[0] is not None:
            print((tmp_path / "bot.log").read_text()[-3000:], (tmp_path / "playground.log").read_text()[-3000:])


async def _conversation(page, ui_port: int, shots: Path) -> None:
    await page.goto(f"http://127.0.0.1:{ui_port}", wait_until="networkidle")
    bubbles = page.locator(".fai-OutputCard")
    log_panel = page.get_by_text("Log Panel").locator("xpath=ancestor::div[2]")

    async def say(text: str, answers: int) -> list[str]:
        before = await bubbles.count()
        await page.locator("[data-lexical-editor=true]").click()
        await page.keyboard.type(text)
        await page.keyboard.press("Enter")
        await wait_for(lambda: _count_at_least(bubbles, before + answers), timeout=20, what=f"the answer to {text!r}")
        return [await bubbles.nth(i).inner_text() for i in range(before, await bubbles.count())]

    async def typing_shown() -> int:
        return (await log_panel.inner_text()).count("typing")

    (orders,) = await say("where is my order?", 1)
    await page.screenshot(path=str(shots / "1-order-list.png"))
    lines = orders.splitlines()
    assert lines[0] == "Here are your most recent orders:", orders
    assert [line.split(":")[0] for line in lines[1:4]] == ["• #1009", "• #1001", "• #1004"], orders

    (detail,) = await say("and 1001?", 1)
    assert "It's with UPS" in detail.splitlines()[2], detail
    assert await page.locator(".fai-OutputCard a[href^='https://tracking.example.com/']").count() >= 1

    await say("I want to talk to a person please", 2)  # the acknowledgement and the privacy notice
    typed = await typing_shown()
    assert typed >= 1, "the bot typed before its answers (and the log panel is where we look)"
    await say("are you still there?", 1)
    await page.screenshot(path=str(shots / "2-waiting.png"))
    assert await typing_shown() == typed, "a typing indicator while the customer waits for a person"

    await page.get_by_text("Agents", exact=True).first.click()
    await wait_for(
        lambda: _count_at_least(page.get_by_text("Handoff · Asked for a person"), 1), timeout=10, what="the card"
    )
    await page.screenshot(path=str(shots / "3-card.png"))
    assert await page.get_by_text("Wants: I want to talk to a person please").count() == 1


async def _count_at_least(locator, n: int) -> bool:
    return await locator.count() >= n
