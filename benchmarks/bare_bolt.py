"""The ceiling: a bare slack-bolt app doing the same Slack I/O per event as Tandem's customer path —
verify the signature, acknowledge, and one ``chat.postMessage`` into the sender's channel — and
nothing else (no store, no triage).

Written the way Bolt's documentation shows (the listener runs after the acknowledgement), with one
shared HTTP session for the Web API, as Tandem has. Configured like ``tandem run``:

    SLACK_BOT_TOKEN=… SLACK_SIGNING_SECRET=… SLACK_API_URL=… PORT=3000 python -m benchmarks.bare_bolt
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

logger = logging.getLogger(__name__)

REPLY = "Thanks for your message! Someone will get back to you shortly."


async def main() -> None:
    session = aiohttp.ClientSession()
    client = AsyncWebClient(
        token=os.environ["SLACK_BOT_TOKEN"],
        base_url=os.environ.get("SLACK_API_URL", "https://slack.com/api/"),
        session=session,
        retry_handlers=[],
    )
    app = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @app.event("message")
    async def reply(event: dict, client: AsyncWebClient) -> None:
        await client.chat_postMessage(channel=event["channel"], text=REPLY)

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    web_app = web.Application()
    web_app.router.add_post("/slack/events", events)
    web_app.router.add_get("/healthz", health)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "3000"))).start()
    stopping = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(sig, stopping.set)
    await stopping.wait()
    await runner.cleanup()
    await session.close()


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("TANDEM_LOG_LEVEL", "WARNING"))
    asyncio.run(main())
