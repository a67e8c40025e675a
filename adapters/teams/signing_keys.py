"""The Bot Framework's token-signing keys, fetched off the event loop, cached, and refreshed in the background.

botframework's own key cache fetches the OpenID metadata and the keys with a blocking ``requests.get``
without a timeout, on the event loop: one token checked while Microsoft's key endpoint hung froze
every request this process serves (Slack, Teams, /healthz). ``install()`` puts ``SigningKeys`` in its
place for every metadata URL the SDK asks for:

- the keys are fetched in a thread, with a timeout, one fetch at a time however many tokens wait;
- kept keys are used at once; older than ``max_age`` they are refreshed in the background;
- a key id nobody published triggers a refresh at most once every ``unknown_every`` seconds (a stranger
  making up key ids gets 401 from the cache, not a fetch each);
- with no keys at all and the endpoint unreachable, the check fails with ``KeysUnavailable`` (503: Teams
  sends the activity again), never a hang.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor
from jwt.algorithms import RSAAlgorithm

from bot.platform import TandemError

logger = logging.getLogger(__name__)


class KeysUnavailable(TandemError):
    """The signing keys could not be fetched in time, and none are kept: no token can be checked now."""


@dataclass(frozen=True)
class SigningKey:
    """What the SDK's token check reads from a key (``_OpenIdConfig`` in botframework)."""

    public_key: Any
    endorsements: list[str]


@dataclass(frozen=True)
class KeyPolicy:
    timeout: float = 5.0  # seconds for the metadata and the keys together
    max_age: float = 24 * 3600.0  # then refreshed in the background (the SDK's own period)
    unknown_every: float = 300.0  # an unknown key id refreshes the keys at most this often


Fetch = Callable[[str, float], dict[str, Any]]  # (metadata URL, timeout) -> the JWKS document; blocking


def fetch_keys(metadata_url: str, timeout: float) -> dict[str, Any]:
    """The OpenID metadata, then the key set it names (blocking: run it in a thread)."""
    metadata = requests.get(metadata_url, timeout=timeout)
    metadata.raise_for_status()
    keys = requests.get(metadata.json()["jwks_uri"], timeout=timeout)
    keys.raise_for_status()
    return keys.json()


class SigningKeys:
    def __init__(
        self,
        url: str,
        policy: KeyPolicy = KeyPolicy(),
        fetch: Fetch = fetch_keys,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.policy = policy
        self.fetch = fetch
        self.clock = clock
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at: float | None = None
        self._asked_for_unknown = -policy.unknown_every
        self._refresh: asyncio.Future[None] | None = None

    async def get(self, key_id: str | None) -> SigningKey | None:
        """The key with this id (None when no such key is published); raises KeysUnavailable."""
        if self._fetched_at is None:
            await self._wait(self._refreshing())
        elif self.clock() - self._fetched_at > self.policy.max_age:
            self._refreshing()  # in the background: the kept keys serve meanwhile
        key = self._keys.get(key_id or "")
        if key is None and self.clock() - self._asked_for_unknown >= self.policy.unknown_every:
            self._asked_for_unknown = self.clock()  # a key rolled over, perhaps: look once
            await self._wait(self._refreshing())
            key = self._keys.get(key_id or "")
        return key

    @property
    def available(self) -> bool:
        """Keys are kept: tokens can be checked."""
        return bool(self._keys)

    @property
    def fresh(self) -> bool:
        """Keys are kept, and not yet due for a refresh."""
        return self._fetched_at is not None and self.clock() - self._fetched_at <= self.policy.max_age

    def prefetch(self) -> None:
        """Start fetching now (at start-up), so the first token does not wait."""
        if self._fetched_at is None:
            self._refreshing()

    def _refreshing(self) -> asyncio.Future[None]:
        refresh = self._refresh
        if refresh is None or refresh.done() or refresh.get_loop() is not asyncio.get_running_loop():
            refresh = self._refresh = asyncio.ensure_future(self._fetch())
            refresh.add_done_callback(lambda done: done.cancelled() or done.exception())  # reported in _fetch
        return refresh

    async def _wait(self, refresh: asyncio.Future[None]) -> None:
        try:
            await asyncio.wait_for(asyncio.shield(refresh), self.policy.timeout)
        except Exception as exc:
            if not self._keys:
                raise KeysUnavailable(
                    f"the Bot Framework signing keys at {self.url} could not be fetched: {exc!r}"
                ) from None

    async def _fetch(self) -> None:
        try:
            document = await asyncio.wait_for(
                asyncio.to_thread(self.fetch, self.url, self.policy.timeout), self.policy.timeout * 2
            )
            keys = _parse(document)
        except Exception as exc:
            logger.warning("Teams: could not fetch the token signing keys from %s (%r); %s", self.url, exc,
                           "keeping the ones we have" if self._keys else "tokens cannot be checked until they come")
            raise
        self._keys, self._fetched_at = keys, self.clock()
        logger.info("Teams: %d token signing key(s) fetched from %s", len(keys), self.url)


def _parse(document: dict[str, Any]) -> dict[str, SigningKey]:
    keys = {}
    for jwk in document.get("keys") or []:
        if not isinstance(jwk, dict) or not isinstance(jwk.get("kid"), str):
            continue
        try:
            public_key = RSAAlgorithm.from_jwk(json.dumps(jwk))
        except Exception as exc:  # one odd key must not cost the others
            logger.warning("Teams: signing key %s skipped: %s", jwk.get("kid"), exc)
            continue
        keys[jwk["kid"]] = SigningKey(public_key, list(jwk.get("endorsements") or []))
    if not keys:
        raise ValueError("the key set holds no usable key")
    return keys


_installed: dict[str, SigningKeys] = {}
_policy = KeyPolicy()


def keys_for(url: str) -> SigningKeys:
    if url not in _installed:
        _installed[url] = SigningKeys(url, _policy)
    return _installed[url]


def install(policy: KeyPolicy | None = None) -> None:
    """Make the SDK's token check use ``SigningKeys`` for every metadata URL (idempotent)."""
    global _policy
    if policy is not None and policy != _policy:
        _policy = policy
        _installed.clear()
    JwtTokenExtractor.get_open_id_metadata = staticmethod(keys_for)
