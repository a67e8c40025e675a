"""The processes under test: start them, find them ready, read their memory and CPU from /proc, stop them."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
_TICKS = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tandem_command() -> list[str]:
    """``tandem run`` from the same environment as this Python."""
    script = Path(sys.executable).with_name("tandem")
    return [str(script), "run"] if script.exists() else [sys.executable, "-m", "tandem.cli", "run"]


def machine_busy_seconds() -> float:
    """CPU time every program on the machine has used since boot (all cores)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, idle, iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / _TICKS


@dataclass
class Usage:
    rss_mb: float
    peak_rss_mb: float
    cpu_seconds: float


def usage(pid: int) -> Usage:
    """Resident memory now and at its peak (VmHWM), and CPU time used so far (user + system)."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    kb = lambda name: int(fields[name].split()[0])  # noqa: E731
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(stat[11]) + int(stat[12])) / _TICKS
    return Usage(kb("VmRSS") / 1024, kb("VmHWM") / 1024, cpu)


@dataclass
class Process:
    name: str
    popen: subprocess.Popen
    url: str = ""
    log: Path | None = None

    @property
    def pid(self) -> int:
        return self.popen.pid

    def usage(self) -> Usage:
        return usage(self.pid)

    def stop(self, timeout: float = 15.0) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        return self.popen.returncode

    def tail(self, lines: int = 20) -> str:
        if self.log is None or not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def start_standin(logs: Path, agents: str, users_info_ms: float = 0.0) -> Process:
    """The Web API stand-in in its own process; returns once it listens."""
    log = logs / "standin.log"
    popen = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.standin", "--agents", agents, "--users-info-ms", str(users_info_ms)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=log.open("w"), text=True,
    )  # fmt: skip
    line = popen.stdout.readline() if popen.stdout else ""
    if not line.startswith("READY "):
        popen.kill()
        raise RuntimeError(f"the Web API stand-in did not start: {line!r}; see {log}")
    port = int(line.split()[1])
    return Process("standin", popen, f"http://127.0.0.1:{port}", log)


def start_server(
    name: str, command: list[str], env: dict[str, str], logs: Path, port: int, checkout: Path | None = None
) -> Process:
    """``checkout``: run another checkout's code (its folder first on the import path)."""
    log = logs / f"{name.replace(' ', '_').replace(',', '')}.log"
    full_env = {**os.environ, **env, "HOST": "127.0.0.1", "PORT": str(port), "PYTHONUNBUFFERED": "1"}
    if checkout is not None:
        full_env["PYTHONPATH"] = str(checkout)
    popen = subprocess.Popen(
        command, cwd=checkout or ROOT, env=full_env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    return Process(name, popen, f"http://127.0.0.1:{port}", log)


async def wait_healthy(process: Process, timeout: float = 60.0) -> None:
    """Poll ``/healthz`` until it answers 200 (or the process dies, or time runs out)."""
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if process.popen.poll() is not None:
                raise RuntimeError(f"{process.name} exited with {process.popen.returncode}:\n{process.tail()}")
            try:
                async with session.get(process.url + "/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
    process.stop()
    raise RuntimeError(f"{process.name} did not become healthy in {timeout:.0f} s:\n{process.tail()}")


def py_spy() -> str | None:
    found = Path(sys.executable).with_name("py-spy")
    return str(found) if found.exists() else shutil.which("py-spy")


def start_profiler(pid: int, out: Path) -> subprocess.Popen:
    """py-spy sampling ``pid`` (collapsed stacks, idle time included) until ``stop_profiler``."""
    command = py_spy()
    if command is None:
        raise RuntimeError("--profile needs py-spy: pip install py-spy")
    return subprocess.Popen(
        [command, "record", "--pid", str(pid), "--rate", "250", "--format", "raw", "--output", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def stop_profiler(profiler: subprocess.Popen) -> None:
    profiler.send_signal(signal.SIGINT)
    try:
        profiler.wait(30)
    except subprocess.TimeoutExpired:
        profiler.kill()
