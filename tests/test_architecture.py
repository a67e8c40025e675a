"""The layers, read from the imports (one walker for every rule):

    tandem/  (server, commands, cli, testing)  ──▶  adapters/ (slack, teams, local)  ──▶  bot/ (the core)

- bot/ imports no platform SDK, and nothing from adapters/ or tandem/;
- the pipeline lives in bot/runtime/; the rest of bot/ knows only its Turn;
- adapters/ never import tandem/; of bot/ they import only the platform contract, ``bot.platform`` (which
  also carries the errors an adapter may raise or catch), and ``bot.models``: no settings, no store;
- only adapters/teams/ imports the Bot Framework SDK;
- no module imports itself back, however far round (no cycles);
- tests/ and benchmarks/ do not import each other: both use ``tandem.testing``;
- command-line parsing (argparse) lives in tandem/commands and tandem/cli.py only;
- every exception class in bot/, adapters/ and tandem/ derives from ``bot.errors.TandemError``;
- no module is longer than ``MAX_LINES``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ("bot", "adapters", "tandem")  # the packages in the wheel
PLATFORM_SDKS = ("slack_bolt", "slack_sdk", "botbuilder", "botframework", "msrest", "aiohttp.web")
BOT_FRAMEWORK = ("botbuilder", "botframework", "msrest")
MAX_LINES = 420
CONTRACT = ("bot.platform", "bot.models")  # all of bot/ an adapter may import


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def modules(*folders: str) -> Iterator[Path]:
    for folder in folders:
        yield from sorted((ROOT / folder).rglob("*.py"))


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


@cache
def imports(path: Path, *, at_import_time: bool = False) -> tuple[tuple[str, str | None], ...]:
    """What ``path`` imports, as (module, name imported from it or None), absolute (``from . import x``
    resolved); with ``at_import_time``, only what runs when it is imported (no function bodies, no
    TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: list[tuple[str, str | None]] = []

    def visit(node: ast.AST) -> None:
        if at_import_time and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return
        if at_import_time and isinstance(node, ast.If) and _type_checking(node):
            for branch in node.orelse:
                visit(branch)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parent = package[: len(package) - node.level + 1] if node.level else []
            base = ".".join([*parent, *([node.module] if node.module else [])])
            found.extend((base, alias.name) for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return tuple(found)


def names(path: Path) -> list[str]:
    """Every module name an import in ``path`` may mean: ``from a import b`` names both a and a.b."""
    return [n for module, name in imports(path) for n in (module, *([f"{module}.{name}"] if name else []))]


def under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def offenders(folders: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}: {name}"
        for path in modules(*folders)
        for name in names(path)
        if under(name, *forbidden)
    ]


def test_the_core_imports_no_platform_sdk():
    assert offenders(("bot",), PLATFORM_SDKS) == []


def test_importing_every_core_module_loads_no_platform_sdk():
    names = [module_name(p) for p in modules("bot")]
    probe = (
        "import importlib, sys\n"
        f"for m in {names!r}:\n"
        "    importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if any(m == f or m.startswith(f + '.') for f in {PLATFORM_SDKS!r}))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_core_imports_neither_adapters_nor_the_server():
    assert offenders(("bot",), ("adapters", "tandem")) == []


def test_adapters_never_import_the_server():
    assert offenders(("adapters",), ("tandem",)) == []


def past_the_contract(found: tuple[tuple[str, str | None], ...]) -> list[str]:
    """The modules of bot/ among these imports that are not the platform contract (``from bot import x``
    imports bot.x)."""
    modules_of_bot = (f"bot.{name}" if module == "bot" and name else module for module, name in found)
    return [m for m in modules_of_bot if under(m, "bot") and not under(m, *CONTRACT)]


def test_adapters_import_only_the_platform_contract_and_the_models():
    found = [f"{path.relative_to(ROOT)}: {m}" for path in modules("adapters") for m in past_the_contract(imports(path))]
    assert found == []


def test_the_contract_check_finds_an_import_past_the_contract():
    found = (
        ("bot.platform", "Receiver"),
        ("bot.models", "Address"),
        ("bot", "models"),
        ("bot.platformer", "x"),
        ("bot.settings", "Settings"),
        ("bot", "codec"),
        ("bot.ports", None),
        ("adapters.cache", "TTLCache"),
        ("aiohttp", "web"),
    )
    assert past_the_contract(found) == ["bot.platformer", "bot.settings", "bot.codec", "bot.ports"]


def test_only_the_teams_adapter_imports_the_bot_framework_sdk():
    teams = ROOT / "adapters" / "teams"
    everywhere = offenders((*SHIPPED, "tests", "benchmarks"), BOT_FRAMEWORK)
    found = [o for o in everywhere if not o.startswith("adapters/teams/")]
    assert teams.is_dir() and found == []


def test_the_teams_manifest_command_does_not_load_the_bot_framework_sdk():
    probe = (
        "import sys, tandem.cli, adapters.teams.manifest; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {BOT_FRAMEWORK!r}))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_pipeline_lives_in_bot_runtime():
    runtime = {p.stem for p in (ROOT / "bot" / "runtime").glob("*.py")}
    assert {"runtime", "identities", "engine", "turn", "outbox", "dead_letters"} <= runtime
    flat = ("core", "engine", "delivery", "turns", "identity", "dead_letters", "flows/turn")
    assert [name for name in flat if (ROOT / "bot" / f"{name}.py").exists()] == []


def test_the_rest_of_the_core_uses_only_the_runtimes_turn():
    """The runtime drives flows, skills and stores; they know its Turn, never the runtime itself."""
    rest = [p for p in modules("bot") if ROOT / "bot" / "runtime" not in p.parents]
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in rest
        for name in names(path)
        if under(name, "bot.runtime") and not under(name, "bot.runtime.turn") and name != "bot.runtime"
    ]
    assert found == []


def test_tests_and_benchmarks_do_not_import_each_other():
    assert offenders(("tests",), ("benchmarks",)) == []
    assert offenders(("benchmarks",), ("tests",)) == []


def test_the_shipped_packages_import_neither_tests_nor_benchmarks():
    assert offenders(SHIPPED, ("tests", "benchmarks", "scripts", "tools")) == []


def test_command_line_parsing_lives_in_tandem_commands_and_the_cli():
    found = {
        path.relative_to(ROOT).as_posix()
        for path in modules(*SHIPPED)
        if "argparse" in names(path)
        and path != ROOT / "tandem" / "cli.py"
        and ROOT / "tandem" / "commands" not in path.parents
    }
    assert found == set()


def import_graph() -> dict[str, set[str]]:
    """Module → the project modules it imports when it is itself imported."""
    known = {module_name(p): p for p in modules(*SHIPPED)}

    def target(module: str, name: str | None) -> str:
        return f"{module}.{name}" if f"{module}.{name}" in known else module  # a submodule, or from a module

    return {
        name: {t for m, n in imports(path, at_import_time=True) if (t := target(m, n)) in known and t != name}
        for name, path in known.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_back():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_error_tandem_raises_derives_from_tandem_error():
    from bot.errors import TandemError

    outside = []
    for path in modules(*SHIPPED):
        module = importlib.import_module(module_name(path))
        outside += [
            f"{module.__name__}.{name}"
            for name, value in vars(module).items()
            if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == module.__name__
            and not issubclass(value, TandemError)
        ]  # fmt: skip
    assert outside == []


def test_modules_stay_small():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in modules(*SHIPPED)
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
