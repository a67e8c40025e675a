"""The deployment files in deploy/ work as docs/deploy.md says: `tandem run` behind nginx or Caddy over TLS
(a signed Slack request goes through byte for byte, /healthz answers, anything else is 404, plain http is
sent to https), and the systemd unit passes `systemd-analyze verify`.

Each check runs where its tool is installed (Debian: nginx, caddy, openssl, systemd) and is skipped with the
reason elsewhere; everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import SECRET, event_request
from tests.support.processes import ROOT, clean_env, free_port, tandem_command

DEPLOY = ROOT / "deploy"
HOST = "support.example.com"


def test_the_systemd_unit_passes_systemd_analyze_verify(tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed")
    tandem = Path(sys.executable).with_name("tandem")
    if not tandem.exists():
        pytest.skip("no tandem script beside this Python (install the package)")
    unit = tmp_path / "tandem.service"  # the unit as shipped, with this machine's tandem (verify checks it exists)
    unit.write_text((DEPLOY / "tandem.service").read_text().replace("/opt/tandem/venv/bin/tandem", str(tandem)))
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@contextlib.asynccontextmanager
async def running(
    command: list[str], log: Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> AsyncIterator[asyncio.subprocess.Process]:
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            *command, stdout=out, stderr=asyncio.subprocess.STDOUT, env=env, cwd=cwd
        )
    try:
        yield process
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 15)
            except TimeoutError:
                process.kill()
                await process.wait()


def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "fullchain.pem", tmp_path / "privkey.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={HOST}",
         "-addext", f"subjectAltName=DNS:{HOST}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def nginx_config(tmp_path: Path, http: int, https: int, tandem: int) -> tuple[Path, Path]:
    """deploy/nginx-tandem.conf on this machine's free ports, with a certificate of our own."""
    cert, key = self_signed(tmp_path)
    site = (DEPLOY / "nginx-tandem.conf").read_text()
    site = re.sub(r"\n\s*listen \[::\]:\d+[^\n]*", "", site)  # IPv4 loopback only, here
    site = site.replace("listen 80;", f"listen 127.0.0.1:{http};").replace(
        "listen 443 ssl", f"listen 127.0.0.1:{https} ssl"
    )
    site = site.replace("server 127.0.0.1:3000;", f"server 127.0.0.1:{tandem};")
    site = site.replace(f"/etc/letsencrypt/live/{HOST}/fullchain.pem", str(cert)).replace(
        f"/etc/letsencrypt/live/{HOST}/privkey.pem", str(key)
    )
    site = site.replace("return 301 https://$host$request_uri;", f"return 301 https://$host:{https}$request_uri;")
    (tmp_path / "tandem.conf").write_text(site)
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nworker_processes 1;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {tmp_path}/body;\n  proxy_temp_path {tmp_path}/proxy;\n"
        f"  include {tmp_path}/tandem.conf;\n}}\n"
    )
    return main, cert


def caddy_config(tmp_path: Path, http: int, https: int, tandem: int) -> Path:
    """deploy/Caddyfile on this machine's free ports, with Caddy's own local CA instead of Let's Encrypt."""
    site = (DEPLOY / "Caddyfile").read_text().replace("127.0.0.1:3000", f"127.0.0.1:{tandem}")
    site = site.replace(f"{HOST} {{", f"{HOST} {{\n\ttls internal")
    config = tmp_path / "Caddyfile"
    config.write_text(f"{{\n\tadmin off\n\thttp_port {http}\n\thttps_port {https}\n\tskip_install_trust\n}}\n\n{site}")
    return config


PROXIES = {
    "nginx": ("nginx", "openssl"),
    "caddy": ("caddy",),
}


@pytest.mark.slow
@pytest.mark.parametrize("proxy", sorted(PROXIES))
async def test_tandem_run_behind_the_proxy_over_tls(proxy, standin, tmp_path):
    missing = [tool for tool in PROXIES[proxy] if not shutil.which(tool)]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: apt-get install {' '.join(missing)})")
    tandem_port, http, https = free_port(), free_port(), free_port()
    env = clean_env(
        HOST="127.0.0.1", PORT=str(tandem_port), DATABASE_URL=f"sqlite:///{tmp_path / 'tandem.db'}",
        SLACK_BOT_TOKEN="xoxb-test-token", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=standin.url,
        TANDEM_AGENT_CHANNEL="slack:C0AGENTS",
    )  # fmt: skip
    if proxy == "nginx":
        main, ca = nginx_config(tmp_path, http, https, tandem_port)
        checked = subprocess.run(
            ["nginx", "-t", "-c", str(main), "-p", str(tmp_path)], capture_output=True, text=True, timeout=60
        )
        assert checked.returncode == 0, checked.stderr  # what `nginx -t` says of the shipped file
        command = ["nginx", "-c", str(main), "-p", str(tmp_path), "-g", "daemon off;"]
        proxy_env = None
    else:
        config = caddy_config(tmp_path, http, https, tandem_port)
        command = ["caddy", "run", "--config", str(config), "--adapter", "caddyfile"]
        proxy_env = {
            **os.environ,
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "HOME": str(tmp_path),
        }
        ca = tmp_path / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"

    async with (
        running(tandem_command("run"), tmp_path / "tandem.log", env, tmp_path),
        running(command, tmp_path / f"{proxy}.log", proxy_env),
    ):
        await wait_for(lambda: ca.exists(), timeout=30, what=f"{proxy}'s certificate authority")
        trust = ssl.create_default_context(cafile=str(ca))
        connector = aiohttp.TCPConnector(ssl=trust, force_close=True)
        async with aiohttp.ClientSession(connector=connector) as session:
            base = f"https://127.0.0.1:{https}"

            async def status(path: str) -> int:
                try:
                    async with session.get(base + path, server_hostname=HOST, headers={"Host": HOST}) as response:
                        return response.status
                except aiohttp.ClientError:
                    return 0

            try:
                await wait_for(lambda: _is(status("/healthz"), 200), timeout=60, what=f"/healthz through {proxy}")
            except AssertionError:
                raise AssertionError(
                    (tmp_path / "tandem.log").read_text()[-2000:] + (tmp_path / f"{proxy}.log").read_text()[-2000:]
                ) from None

            body, headers = event_request({"type": "url_verification", "challenge": "c4ll3ng3", "token": "t"})
            async with session.post(
                base + "/slack/events", data=body, headers={**headers, "Host": HOST}, server_hostname=HOST
            ) as response:
                assert response.status == 200 and "c4ll3ng3" in await response.text()  # the signature held
            forged = {**headers, "X-Slack-Signature": "v0=" + "0" * 64, "Host": HOST}
            async with session.post(
                base + "/slack/events", data=body, headers=forged, server_hostname=HOST
            ) as response:
                assert response.status == 401
            assert await status("/") == 404 and await status("/admin") == 404
            async with session.get(
                f"http://127.0.0.1:{http}/healthz", headers={"Host": HOST}, allow_redirects=False
            ) as response:
                assert response.status in (301, 308) and response.headers["Location"].startswith(f"https://{HOST}")


async def _is(value, expected) -> bool:
    return await value == expected
