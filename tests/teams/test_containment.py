"""botbuilder may one day be replaced (Microsoft's successor is the Microsoft 365 Agents SDK): nothing
outside adapters/teams/ may depend on it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDK = ("botbuilder", "botframework", "msrest")
FOLDERS = ("bot", "adapters", "tandem", "tests")


def imported(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_only_the_teams_adapter_imports_the_bot_framework_sdk():
    teams = ROOT / "adapters" / "teams"
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if teams not in path.parents
        for name in imported(path)
        if name.split(".")[0] in SDK
    ]
    assert offenders == []


def test_the_teams_manifest_command_does_not_load_the_sdk():
    import subprocess
    import sys

    probe = (
        "import sys, tandem.cli, adapters.teams.manifest; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {SDK!r}))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
