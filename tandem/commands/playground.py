"""``tandem chat``: be the customer, and the agent too, on one terminal.

Each typed line becomes an inbound item for the runtime (the local platform's inbound side); what the bot
sends comes back through adapters/local's LocalMessenger."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import uuid
from collections.abc import Callable
from typing import TextIO

from adapters.local.render import said
from bot.models import ActionKind, Address, AgentAction, AgentMessage, CustomerMessage, Person
from bot.ports import Store
from bot.runtime.runtime import Runtime, utc_now

logger = logging.getLogger(__name__)

AGENTS = Address(platform="local", workspace="local", channel="agents")

HELP = """You are the customer: type a message and press Enter.
Play the agent with:
  /claim          take the waiting handoff
  /agent TEXT     write to the customer from the handoff thread (start with !note for an internal note)
  /resolve        resolve: the conversation goes back to the bot
  /return         hand back to the bot without resolving
  /verdict needed|bot|late   after claiming or resolving: a person was needed, the bot could have
                  answered, or it should have come to the team sooner
  /help  /quit"""

_ACTIONS = {"/claim": ActionKind.CLAIM, "/resolve": ActionKind.RESOLVE, "/return": ActionKind.RETURN}
_VERDICTS = {"needed": ActionKind.VERDICT_NEEDED, "bot": ActionKind.VERDICT_BOT, "late": ActionKind.VERDICT_LATE}


def customer_for(email: str) -> Person:
    local = email.split("@", 1)[0]
    name = " ".join(part.capitalize() for part in local.replace("_", ".").split(".") if part) or email
    return Person(platform_id=email, name=name, email=email)


class ChatSession:
    def __init__(
        self,
        runtime: Runtime,
        store: Store,
        email: str,
        emit: Callable[[dict], None],
        agent_name: str = "Sam",
        clock=utc_now,
    ) -> None:
        self.runtime = runtime
        self.store = store
        self.emit = emit
        self.clock = clock
        self.customer = customer_for(email)
        self.agent = Person(platform_id="local-agent", name=agent_name)
        self.address = Address(platform="local", workspace="local", channel=f"dm:{email.lower()}")
        self.conversation_id = CustomerMessage("", self.address, self.customer, "", clock()).conversation_id

    async def handle(self, line: str) -> bool:
        """Act on one input line; False when the user asked to leave."""
        command, _, rest = line.strip().partition(" ")
        command = command.lower() if command.startswith("/") else command
        if command in ("/quit", "/exit"):
            return False
        if command == "/help":
            self.emit({"to": "you", "kind": "help", "text": HELP})
        elif command in _ACTIONS:
            await self._act(_ACTIONS[command])
        elif command == "/verdict":
            verdict = _VERDICTS.get(rest.strip().lower())
            if verdict is None:
                self.emit(
                    {"to": "you", "kind": "help", "text": "Say which: /verdict needed, /verdict bot or /verdict late."}
                )
                return True
            await self._act(verdict)
        elif command == "/agent":
            if not rest.strip():
                self.emit(
                    {
                        "to": "you",
                        "kind": "help",
                        "text": "Write the message after /agent, e.g. /agent Hi, I'm looking into it.",
                    }
                )
                return True
            await self._agent_says(rest)
        elif command[:1] == "/" and command[1:].isalpha():
            self.emit({"to": "you", "kind": "help", "text": f"There is no {command} command.\n{HELP}"})
            return True
        else:
            await self.runtime.receive(
                CustomerMessage(self._event(), self.address, self.customer, line.rstrip("\n"), self.clock())
            )
        await self.runtime.idle()
        return True

    async def _act(self, kind: ActionKind) -> None:
        conv = await self.store.conversation(self.conversation_id)
        if conv is None or conv.handoff is None or (not conv.handoff.open and not kind.verdict):
            self.emit(
                {
                    "to": "agents",
                    "kind": "refused",
                    "text": "There is no open handoff: the customer is talking to the bot.",
                }
            )
            return
        receipt = await self.runtime.receive(
            AgentAction(self._event(), kind, self.agent, conv.id, conv.handoff.id, AGENTS, self.clock())
        )
        if receipt.problem:
            self.emit({"to": "agents", "kind": "refused", "text": receipt.problem})

    async def _agent_says(self, text: str) -> None:
        conv = await self.store.conversation(self.conversation_id)
        thread = conv.handoff.card_address if conv is not None and conv.handoff is not None else None
        if thread is None:
            self.emit({"to": "agents", "kind": "refused", "text": "There is no handoff thread to write in yet."})
            return
        receipt = await self.runtime.receive(
            AgentMessage(self._event(), thread, self.agent, text, self.clock(), message_ref=self._event())
        )
        if receipt.problem:
            self.emit({"to": "agents", "kind": "refused", "text": receipt.problem})

    def _event(self) -> str:
        return f"local:{uuid.uuid4().hex}"


async def read_lines(stream: TextIO, prompt: str | None):
    """Lines from a terminal (with a prompt) or a pipe, without blocking the event loop.

    The reading happens in a daemon thread, so that Ctrl-C (or /quit) ends the program at once instead of
    waiting for one more line to be typed."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
    wanted = threading.Semaphore(0)

    def pump() -> None:
        while True:
            wanted.acquire()
            try:
                line = stream.readline()
            except (OSError, ValueError):  # closed under us
                line = ""
            try:
                loop.call_soon_threadsafe(lines.put_nowait, line)
            except RuntimeError:  # the loop has gone: the program is ending
                return
            if not line:
                return

    threading.Thread(target=pump, name="tandem-chat-input", daemon=True).start()
    while True:
        if prompt:
            sys.stdout.write(prompt)
            sys.stdout.flush()
        wanted.release()
        line = await lines.get()
        if not line:
            return
        yield line


def pretty(record: dict) -> str:
    text = record.get("text", "")
    if record["to"] == "customer":
        who = f"{record['author']} (support)" if record.get("author") else "Tandem"
        choices = "".join(f"  [{c}]" for c in record.get("choices", ()))
        return f"{who}: {text}" + (f"\n{choices}" if choices else "")
    if record["to"] == "agents":
        if record.get("author"):
            body = said(record["author"], text, "    ")
        else:
            body = "\n".join("    " + line for line in text.splitlines())
        return f"  [agents · {record['kind']}]\n{body}"
    return text
