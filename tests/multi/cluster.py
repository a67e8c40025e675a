"""Real ``tandem run`` processes for tests: configured by environment variables only, sharing one
PostgreSQL schema and one Slack Web API stand-in, started, stopped and killed like an admin would."""

from __future__ import annotations

import signal
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import aiohttp

from tandem.testing.polling import wait_for
from tandem.testing.slack.client import SlackClient
from tandem.testing.slack.payloads import SECRET
from tests.pg import database_url_for_tests
from tests.support.processes import clean_env, free_port, tandem_command

AGENTS = "C0AGENTS"
TOKEN = "xoxb-test-token"

# Short enough that a test sees another instance take over a crashed one's conversation within
# seconds, long enough that a busy machine does not lose leases by accident.
LEASE_SECONDS = 3.0
SWEEP_SECONDS = 0.2


def with_search_path(url: str, schema: str) -> str:
    """``url`` pointing at ``schema`` (``?search_path=``, which asyncpg passes on to the server)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "search_path"] + [("search_path", schema)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def schema_url(schema: str) -> str:
    return with_search_path(database_url_for_tests(), schema)


@dataclass
class Instance:
    """One ``tandem run`` process."""

    name: str
    port: int
    env: dict[str, str]
    workdir: Path
    process: subprocess.Popen | None = None
    starts: int = 0
    client: SlackClient | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.workdir / f"{self.name}.{self.starts}.log"

    def output(self) -> str:
        return "".join(
            p.read_text(errors="replace") for p in sorted(self.workdir.glob(f"{self.name}.*.log"))
        )

    async def start(self, timeout: float = 30) -> Instance:
        self.starts += 1
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                tandem_command("run"), cwd=self.workdir, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        self.client = SlackClient(self.url)
        await wait_for(self._healthy, timeout=timeout, what=f"{self.name} to listen")
        return self

    async def _healthy(self) -> bool:
        return (await self.health())[0] == 200

    async def health(self) -> tuple[int, dict]:
        """``/healthz``: status and body; (0, {}) while nothing listens."""
        self.check_alive()
        try:
            async with aiohttp.ClientSession() as session, session.get(f"{self.url}/healthz") as response:
                return response.status, await response.json()
        except (aiohttp.ClientError, ValueError):
            return 0, {}

    def check_alive(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"{self.name} exited with {self.process.returncode}:\n{self.output()[-4000:]}")

    async def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as in a crash or an OOM kill."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self._exited(10)
        await self._close_client()

    async def stop(self, timeout: float = 20) -> int:
        """SIGTERM, as a service manager stops it; returns the exit status."""
        await self._close_client()
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            return await self._exited(timeout)
        except AssertionError:
            self.process.kill()
            await self._exited(10)
            raise AssertionError(f"{self.name} did not stop on SIGTERM:\n{self.output()[-4000:]}") from None

    async def _exited(self, timeout: float) -> int:
        # Polled, never a blocking wait: the stand-ins and the database proxy the process may still be
        # talking to while it shuts down run on this test's event loop.
        assert self.process is not None
        process = self.process
        await wait_for(lambda: process.poll() is not None, timeout=timeout, what=f"{self.name} to exit")
        return process.returncode

    async def _close_client(self) -> None:
        if self.client is not None:
            await self.client.close()
            self.client = None


class Cluster:
    """Several instances on one database (``DATABASE_URL``) and one Slack stand-in."""

    def __init__(self, standin_url: str, database_url: str, workdir: Path) -> None:
        self.standin_url = standin_url
        self.database_url = database_url
        self.workdir = workdir
        self.instances: list[Instance] = []

    def env(self, port: int, **extra: str) -> dict[str, str]:
        return clean_env(
            SLACK_BOT_TOKEN=TOKEN,
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=self.standin_url,
            TANDEM_AGENT_CHANNEL=f"slack:{AGENTS}",
            DATABASE_URL=self.database_url,
            HOST="127.0.0.1",
            PORT=str(port),
            TANDEM_LEASE_SECONDS=str(LEASE_SECONDS),
            TANDEM_SWEEP_SECONDS=str(SWEEP_SECONDS),
            **extra,
        )

    async def start(self, count: int = 2, **extra: str) -> list[Instance]:
        new = []
        for _ in range(count):
            port = free_port()
            name = f"tandem-{len(self.instances) + 1}"
            instance = Instance(name, port, self.env(port, **extra), self.workdir)
            self.instances.append(instance)
            new.append(instance)
        for instance in new:  # one after the other: a port taken meanwhile shows in that instance's log
            await instance.start()
        return new

    def outputs(self) -> str:
        return "\n".join(f"--- {i.name} ---\n{i.output()[-6000:]}" for i in self.instances)

    async def stop(self) -> list[int]:
        codes = []
        for instance in self.instances:
            try:
                codes.append(await instance.stop())
            except AssertionError:
                codes.append(-1)
        return codes


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:10].upper()}"
