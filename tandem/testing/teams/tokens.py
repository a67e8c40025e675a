"""A stand-in for the Bot Framework's token signing: an OpenID metadata document, its signing keys, and
tokens shaped like the ones the Bot Connector sends to bots (issuer https://api.botframework.com,
audience = the bot's app id, a ``serviceurl`` claim).

It runs in its own thread: botbuilder fetches the metadata with a synchronous HTTP client.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://api.botframework.com"


class TokenService:
    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # not published
        self.kid = "tandem-test-key"
        self.fetches = 0
        self._server: ThreadingHTTPServer | None = None
        self.url = ""

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    def start(self) -> TokenService:
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                service.fetches += 1
                if self.path.endswith("/openidconfiguration"):
                    body = {
                        "issuer": ISSUER,
                        "jwks_uri": f"{service.url}/v1/.well-known/keys",
                        "id_token_signing_alg_values_supported": ["RS256"],
                    }
                elif self.path.endswith("/keys"):
                    body = service.jwks()
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def jwks(self) -> dict[str, Any]:
        """The published key set: the signing key's public half, endorsed for Teams."""
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**jwk, "kid": self.kid, "use": "sig", "endorsements": ["msteams"]}]}

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def token(
        self,
        audience: str,
        service_url: str,
        *,
        issuer: str = ISSUER,
        expires_in: int = 3600,
        signed_by=None,
        **claims: Any,
    ) -> str:
        now = int(time.time())
        payload = {
            "iss": issuer,
            "aud": audience,
            "serviceurl": service_url,
            "nbf": now - 60,
            "iat": now - 60,
            "exp": now + expires_in,
            **claims,
        }
        return jwt.encode(payload, signed_by or self.key, algorithm="RS256", headers={"kid": self.kid})

    def header(self, audience: str, service_url: str, **options: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(audience, service_url, **options)}"}
