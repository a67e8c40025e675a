"""Who may call /api/messages: Bot Framework JWTs checked by the SDK, or loopback only without credentials.

With ``TEAMS_APP_ID`` + ``TEAMS_APP_PASSWORD`` every request's token is validated by botbuilder
(issuer, signature against the published keys, audience = our app id, the ``serviceurl`` claim, 5 minutes
of clock skew). With ``TEAMS_ENABLED=1`` and no credentials the SDK's anonymous mode is used, and this
module refuses every caller that is not on this machine (the Bot Framework Emulator's set-up).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from dataclasses import dataclass

import jwt
from aiohttp import web
from botbuilder.schema import Activity
from botframework.connector.auth import (
    AppCredentials,
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
    BotFrameworkAuthenticationFactory,
    ClaimsIdentity,
    ConnectorFactory,
    PasswordServiceClientCredentialFactory,
)

from bot.platform import TandemError

from .signing_keys import KeysUnavailable

logger = logging.getLogger(__name__)

WARM_EVERY = 120.0  # seconds between looks for a due token (they last an hour; MSAL renews a few minutes early)

# Headers a reverse proxy or CDN adds: a request carrying any of them came from somewhere else, whatever
# its socket says (every ``X-Forwarded-…`` header counts, e.g. X-Forwarded-Host).
PROXY_HEADERS = frozenset(
    {
        "forwarded",
        "x-real-ip",
        "x-client-ip",
        "true-client-ip",
        "cf-connecting-ip",
        "fastly-client-ip",
        "x-cluster-client-ip",
        "x-original-forwarded-for",
        "via",
    }
)
PROXY_HEADER_PREFIXES = ("x-forwarded-",)


@dataclass(frozen=True)
class CloudEndpoints:
    """Where Bot Framework tokens come from and go to: Microsoft's public cloud unless told otherwise."""

    openid_metadata_url: str = "https://login.botframework.com/v1/.well-known/openidconfiguration"
    token_issuer: str = "https://api.botframework.com"
    oauth_scope: str = "https://api.botframework.com"
    login_url: str = "https://login.microsoftonline.com/botframework.com"
    emulator_openid_metadata_url: str = (
        "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration"
    )
    oauth_url: str = "https://api.botframework.com"
    caller_id: str = "urn:botframework:azure"


@dataclass(frozen=True)
class TeamsCredentials:
    app_id: str | None
    password: str | None
    tenant_id: str | None

    @property
    def authenticated(self) -> bool:
        return bool(self.app_id and self.password)

    def redacted(self) -> str:
        if not self.authenticated:
            return "no credentials (unauthenticated, loopback callers only)"
        tenancy = f"single-tenant {self.tenant_id}" if self.tenant_id else "multi-tenant"
        return f"app {self.app_id}, {tenancy}"


class CachingCredentialFactory(PasswordServiceClientCredentialFactory):
    """The SDK's password credentials, kept per (app, scope) so their token cache outlives one request.

    botbuilder builds new credentials (and a new MSAL client, with an empty token cache) for every
    connector; keeping them means one token request per hour instead of one per message. ``warm()``
    fetches a due token in a thread, so the SDK's synchronous token call never blocks the event loop.
    """

    def __init__(self, credentials: TeamsCredentials) -> None:
        super().__init__(credentials.app_id, credentials.password, credentials.tenant_id)
        self._cache: dict[tuple, AppCredentials] = {}
        self._warmed: dict[tuple, float] = {}

    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate_authority):
        key = (app_id, oauth_scope, login_endpoint, validate_authority)
        if key not in self._cache:
            self._cache[key] = await super().create_credentials(app_id, oauth_scope, login_endpoint, validate_authority)
        return self._cache[key]

    async def token(self) -> None:
        """Get each kept credential's token now, in a thread (MSAL answers from its cache while the token
        is valid); raises when one cannot be had."""
        for credentials in list(self._cache.values()):
            if getattr(credentials, "microsoft_app_id", None):
                await asyncio.to_thread(credentials.get_access_token)

    async def warm(self) -> None:
        now = time.monotonic()
        for key, credentials in list(self._cache.items()):
            if (
                not getattr(credentials, "microsoft_app_id", None)
                or now - self._warmed.get(key, -WARM_EVERY) < WARM_EVERY
            ):
                continue  # tokens last an hour: one look in a thread every few minutes keeps one at hand
            try:
                await asyncio.to_thread(credentials.get_access_token)
                self._warmed[key] = now
            except Exception as exc:  # the call that needs the token reports it properly
                logger.warning("Teams: could not get a Bot Framework token yet: %s", exc)


def build_authentication(
    factory: CachingCredentialFactory, endpoints: CloudEndpoints, prepare=None
) -> BotFrameworkAuthentication:
    """The SDK's authentication for these credentials (none: its anonymous mode), its connectors reused."""
    return ReusingAuthentication(_sdk_authentication(factory, endpoints), prepare)


def _sdk_authentication(factory: CachingCredentialFactory, endpoints: CloudEndpoints) -> BotFrameworkAuthentication:
    return BotFrameworkAuthenticationFactory.create(
        channel_service=None,
        validate_authority=True,
        to_channel_from_bot_login_url=endpoints.login_url,
        to_channel_from_bot_oauth_scope=endpoints.oauth_scope,
        to_bot_from_channel_token_issuer=endpoints.token_issuer,
        oauth_url=endpoints.oauth_url,
        to_bot_from_channel_open_id_metadata_url=endpoints.openid_metadata_url,
        to_bot_from_emulator_open_id_metadata_url=endpoints.emulator_openid_metadata_url,
        caller_id=endpoints.caller_id,
        credential_factory=factory,
    )


class ReusingAuthentication(BotFrameworkAuthentication):
    """The SDK's authentication, except that connector clients are kept per (app, service URL, audience).

    botbuilder makes two new REST clients for every turn (building one costs milliseconds of CPU in msrest
    and opens new connections); kept, they are built once and their HTTP connections stay open.
    ``prepare`` is applied to each new connector client (our retry and timeout settings).
    """

    def __init__(self, inner: BotFrameworkAuthentication, prepare=None) -> None:
        self.inner = inner
        self.prepare = prepare or (lambda client: client)
        self._clients: dict[tuple, object] = {}
        self._token_clients: dict[str | None, object] = {}

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        result = await self.inner.authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = _ReusingConnectorFactory(
                self, result.connector_factory, _app_id(result.claims_identity)
            )
        return result

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        return await self.inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        inner = self.inner.create_connector_factory(claims_identity)
        return _ReusingConnectorFactory(self, inner, _app_id(claims_identity))

    async def create_user_token_client(self, claims_identity: ClaimsIdentity):
        key = _app_id(claims_identity)
        if key not in self._token_clients:
            self._token_clients[key] = await self.inner.create_user_token_client(claims_identity)
        return self._token_clients[key]

    def create_bot_framework_client(self):
        return self.inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self.inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self.inner.authenticate_channel_request(auth_header)


class _ReusingConnectorFactory(ConnectorFactory):
    def __init__(self, owner: ReusingAuthentication, inner: ConnectorFactory, app_id: str | None) -> None:
        self.owner, self.inner, self.app_id = owner, inner, app_id

    async def create(self, service_url: str, audience: str | None = None):
        key = (self.app_id, service_url, audience)
        clients = self.owner._clients
        if key not in clients:
            clients[key] = self.owner.prepare(await self.inner.create(service_url, audience))
        return clients[key]


def _app_id(claims: ClaimsIdentity | None) -> str | None:
    if claims is None:
        return None
    return claims.get_claim_value("aud") or claims.get_claim_value("appid")


class Refused(TandemError):
    """The caller may not use the endpoint; ``status`` is the HTTP answer (401 or 403)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class InboundAuth:
    def __init__(self, credentials: TeamsCredentials, authentication: BotFrameworkAuthentication) -> None:
        self.credentials = credentials
        self.authentication = authentication

    @property
    def mode(self) -> str:
        return "authenticated" if self.credentials.authenticated else "loopback-only"

    async def check(self, request: web.Request, activity: Activity) -> AuthenticateRequestResult:
        """The SDK's verdict on this request, or Refused; nothing about the request is trusted before."""
        if not self.credentials.authenticated:
            problem = not_loopback(request)
            if problem:
                raise Refused(403, problem)
        header = request.headers.get("Authorization") or None
        if self.credentials.authenticated:
            if not header:
                raise Refused(401, "no Authorization header")
            check_expiry(header)
        try:
            return await self.authentication.authenticate_request(activity, header)
        except KeysUnavailable as exc:
            raise Refused(503, f"tokens cannot be checked right now: {exc}") from None
        except Exception as exc:  # the SDK raises PermissionError, jwt errors, KeyError, ... for bad tokens
            raise Refused(401, f"token rejected ({type(exc).__name__}: {exc})") from None


def check_expiry(header: str) -> None:
    """Refuse a bearer token that never expires: the SDK checks ``exp`` only when there is one."""
    scheme, _, token = header.partition(" ")
    if scheme != "Bearer" or not token:
        return  # the SDK refuses it with its own reason
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise Refused(401, f"token rejected ({type(exc).__name__}: {exc})") from None
    if not isinstance(claims.get("exp"), (int, float)):
        raise Refused(401, "token rejected: it has no expiry (exp)")


def not_loopback(request: web.Request) -> str | None:
    """Why this request is not from this machine, or None when it is."""
    for header in request.headers:
        name = header.lower()
        if name in PROXY_HEADERS or name.startswith(PROXY_HEADER_PREFIXES):
            return f"forwarded by a proxy ({header} header)"
    remote = request.remote or ""
    try:
        address = ipaddress.ip_address(remote.split("%", 1)[0])
    except ValueError:
        return f"unknown caller address {remote!r}"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if not address.is_loopback:
        return f"caller {address} is not on this machine"
    return None
