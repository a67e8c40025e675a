"""The platform contract: what an adapter gives Tandem, and what it may ask of Tandem's runtime.

An adapter (``adapters/slack``, ``adapters/teams``, ``adapters/local``) imports this module and
``bot.models`` and nothing else of ``bot/`` (tests/test_architecture.py holds it):

- it provides a ``PlatformAdapter``: a ``Messenger`` (the runtime talks to people through it), perhaps a
  ``Directory`` (who people are), its HTTP routes, and start/stop/health/ready;
- it hands inbound items (``bot.models.Inbound``) to the runtime, seen through the ``Receiver`` it is given,
  and reads the ``Receipt``; the runtime also tells it what it needs to know of a conversation, so no
  adapter reads the store;
- the errors it may raise or catch are here too: ``DeliveryError`` and ``Unavailable`` are the contract's
  own; ``TandemError`` (their base), ``ConfigError`` (a setting the platform refuses) and ``ManifestError``
  come from ``bot.errors``. An adapter is built from its own typed options; reading them from the settings
  is the composition root's job (``tandem/platforms.py``).

Nothing here names a platform SDK or an HTTP framework: routes are added to whatever ``WebApp`` the server
passes (aiohttp's ``web.Application`` fits).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from .errors import ConfigError as ConfigError  # re-exported: the errors an adapter may raise or catch
from .errors import ManifestError as ManifestError
from .errors import TandemError as TandemError
from .models import Address, HandoffCard, Inbound, Person

# ---- what the runtime sends ----


@dataclass(frozen=True)
class Choice:
    """A button under a message to the customer; ``value`` comes back as it is when it is clicked."""

    label: str
    value: str


@dataclass(frozen=True)
class Outgoing:
    """A message for a platform to carry: to a customer, or into a handoff card's thread."""

    kind: str  # reply, handoff, privacy_notice, relay, agent_joined, resolved, ...
    text: str
    author: str | None = None  # set when a person wrote it (agent relays)
    private: bool = False  # holds personal data: never show it to anyone but the customer
    choices: tuple[Choice, ...] = ()  # buttons (the satisfaction question); typing an answer works as well


@dataclass(frozen=True)
class Attempt:
    """One try at delivering an outbox item, for adapters that can make a retry harmless.

    ``key`` names the item for good, across attempts, restarts and instances (its id and when it was
    queued: a database started afresh reuses ids, never both). An adapter that can label what it posts
    (Slack's message metadata) labels it with the key; when ``maybe_sent`` is set, an earlier attempt may
    have got through (it failed without an answer, or the process died mid-way), so it looks for the
    label before posting again. Nothing from this item is older than ``since``."""

    key: str
    maybe_sent: bool = False
    since: datetime | None = None


class DeliveryError(TandemError):
    """A platform could not take a message. ``permanent`` errors are not retried."""

    def __init__(
        self, message: str, *, permanent: bool = False, unreachable: bool = False, retry_after: float | None = None
    ):
        super().__init__(message)
        self.permanent = permanent or unreachable
        self.unreachable = unreachable  # the customer blocked or removed the bot
        self.retry_after = retry_after  # seconds the platform asked us to wait (a 429's Retry-After), if it did


@runtime_checkable
class Messenger(Protocol):
    """How the runtime talks through a platform. Raises DeliveryError when the platform does not take it.

    The runtime passes each new post the ``attempt`` it is (see ``Attempt``): a platform that can label a
    post and look it up again makes a retry after an unanswered attempt harmless; one that cannot posts again."""

    platform: str

    async def send(self, to: Address, message: Outgoing, attempt: Attempt | None = None) -> str | None:
        """Send to a customer's address; returns the platform's message id when it has one."""

    async def post_card(self, channel: Address, card: HandoffCard, attempt: Attempt | None = None) -> Address:
        """Post a new handoff card; returns the card's address (its thread, with what is needed to update it)."""

    async def update_card(self, card_address: Address, card: HandoffCard) -> None:
        """Replace the card in place."""

    async def post_in_thread(self, thread: Address, message: Outgoing, attempt: Attempt | None = None) -> None:
        """Post into a handoff card's thread."""

    async def mark(self, thread: Address, message_ref: str, relayed: bool) -> None:
        """Show agents whether their message reached the customer or was kept internal."""


@runtime_checkable
class Directory(Protocol):
    """Who a person is, as their platform knows them: optional, for adapters that look people up.

    The runtime asks in its workers, not while the platform waits for its acknowledgement."""

    platform: str

    async def resolve(self, person: Person, where: Address) -> Person:
        """``person`` (an id, perhaps a name) with the name and email the platform has for them, looked up
        from ``where`` they wrote. Raises DeliveryError: transient (try again later, ``retry_after`` when
        the platform said), or ``permanent`` when it will never succeed (no such user)."""


# ---- what an adapter may ask of the runtime ----


class Unavailable(TandemError):
    """The runtime cannot take an inbound item now (its store is out of reach, say): the adapter must not
    acknowledge the item, so that the platform sends it again. The store's ``StoreError`` is one."""


@dataclass(frozen=True)
class Receipt:
    """What became of an inbound item: accepted, a duplicate, or refused with words for the person."""

    accepted: bool
    duplicate: bool = False
    problem: str | None = None


class Receiver(Protocol):
    """The runtime as an adapter sees it: where inbound items go, and what it may ask of a conversation
    (``bot.runtime.runtime.Runtime`` implements it)."""

    async def receive(self, inbound: Inbound) -> Receipt:
        """Persist an inbound item (de-duplicated by its event id) and schedule it. Raises Unavailable when
        it cannot be persisted: the adapter must then not acknowledge it, so the platform sends it again."""

    async def in_conversation(self, where: Address, person: Person) -> bool:
        """Whether the bot has a conversation with ``person`` at ``where`` (a thread it is part of)."""

    async def with_people(self, where: Address, person: Person) -> bool:
        """Whether ``person``'s conversation at ``where`` waits for or is with an agent: the bot does not
        answer it itself, and every message in it is followed."""


# ---- what an adapter provides ----

Handler = Callable[[Any], Awaitable[Any]]
"""An HTTP route's handler: the server's request in, its response out (aiohttp's, as tandem/server.py serves)."""


class Router(Protocol):
    def add_post(self, path: str, handler: Handler, **kwargs: Any) -> object: ...


class WebApp(Protocol):
    """Where an adapter adds its HTTP routes, before the server starts listening."""

    @property
    def router(self) -> Router: ...


class PlatformAdapter(Protocol):
    """One platform: a Messenger for the runtime, perhaps a Directory, and the routes it listens on."""

    @property
    def platform(self) -> str: ...

    @property
    def messenger(self) -> Messenger:
        """Usable before start(): the runtime is built with it."""

    @property
    def directory(self) -> Directory | None:
        """Who people are, asked by the runtime's workers; None: inbound items say it all."""

    async def start(self, runtime: Receiver, app: WebApp) -> None:
        """Add the platform's routes to ``app`` (before the server starts) and start any background
        connection (Slack Socket Mode, say). Inbound traffic goes to ``runtime.receive``."""

    async def stop(self) -> None:
        """Close connections and sessions."""

    def health(self) -> dict:
        """What /healthz reports about this platform (cheap: no call to the platform)."""

    async def ready(self) -> dict:
        """What /readyz reports: ``{"ready": bool, ...}``, whether the platform can be reached now (a
        call to it at most every few seconds; never raises, never takes more than a few seconds)."""
