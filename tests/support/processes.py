"""``tandem`` in child processes, as an admin runs it: a free port, an environment with nothing of ours in
it, the command, and one command run to completion."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tandem_command(*args: str) -> list[str]:
    tandem = Path(sys.executable).with_name("tandem")
    return [str(tandem), *args] if tandem.exists() else [sys.executable, "-m", "tandem.cli", *args]


def clean_env(**values: str) -> dict[str, str]:
    """This process's environment without any Tandem, Slack, Teams or LLM setting, plus ``values``."""
    prefixes = ("SLACK_", "TEAMS_", "TANDEM_", "OPENAI_")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(prefixes) and k not in ("DATABASE_URL", "HOST", "PORT")
    }
    env["PYTHONPATH"] = str(ROOT)
    env.update(values)
    return env


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


async def run_cli(*args: str, database_url: str, cwd: Path, timeout: float = 60, **env: str) -> Done:
    """One ``tandem`` command, to completion (without blocking the stand-ins on this event loop)."""
    process = await asyncio.create_subprocess_exec(
        *tandem_command(*args),
        cwd=cwd,
        env=clean_env(DATABASE_URL=database_url, **env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    assert process.returncode is not None
    return Done(process.returncode, out.decode(), err.decode())
