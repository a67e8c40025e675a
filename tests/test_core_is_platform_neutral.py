"""bot/ must never depend on a platform SDK: adapters translate, the core stays portable."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

BOT = Path(__file__).resolve().parents[1] / "bot"
FORBIDDEN = ("slack_bolt", "slack_sdk", "botbuilder", "botframework", "aiohttp.web")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_no_module_in_bot_imports_a_platform_sdk():
    offenders = [
        f"{path.relative_to(BOT.parent)}: {name}"
        for path in sorted(BOT.rglob("*.py"))
        for name in _imports(path)
        if _forbidden(name)
    ]
    assert offenders == []


def test_importing_every_bot_module_loads_no_platform_sdk():
    modules = sorted(
        ".".join(p.relative_to(BOT.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in BOT.rglob("*.py")
    )
    probe = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if any(m == f or m.startswith(f + '.') for f in {FORBIDDEN!r}))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=BOT.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
