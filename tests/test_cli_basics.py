"""The command line's own manners: its version, its help, its answers when there is nothing to say."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from importlib.metadata import version

import pytest

from tests.support.processes import clean_env
from tests.test_cli import tandem


@pytest.mark.slow
def test_version_is_the_installed_package_version():
    result = tandem("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tandem {version('tandem-bot')}"


@pytest.mark.slow
def test_run_and_triage_help_say_what_the_commands_do():
    run = tandem("run", "--help").stdout
    assert "Serve every platform whose credentials are set" in run and "local playground" in run
    assert "SLACK_BOT_TOKEN" in run and "TEAMS_APP_ID" in run and "TANDEM_AGENT_CHANNEL" in run
    triage = tandem("triage", "--help").stdout
    assert "one message per line on standard input" in triage and '"text"' in triage
    assert "route" in triage and "human_request" in triage
    assert "delete one customer's conversations" in tandem("forget", "--help").stdout  # every command, in fact


@pytest.mark.slow
def test_as_must_be_an_email():
    result = tandem("chat", "--as", "grace")
    assert result.returncode == 2
    assert "'grace' is not an email address; try --as grace@example.com" in result.stderr


@pytest.mark.slow
def test_json_lists_are_json_when_nothing_is_there(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/t.db"}
    for command in (("outbox", "--json"), ("inbox", "--dead", "--json")):
        result = tandem(*command, env=env)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == []


@pytest.mark.slow
def test_a_sqlite_url_without_a_file_is_a_clear_error(tmp_path):
    for url in ("sqlite:///", "sqlite://", "sqlite:////tmp/"):
        result = tandem("outbox", env={"DATABASE_URL": url}, cwd=tmp_path)
        assert result.returncode == 1
        assert result.stderr.startswith(f"tandem: DATABASE_URL={url}: no database file named; write sqlite:///tandem.db")
        assert "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


@pytest.mark.slow
def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    messages = tmp_path / "messages.txt"
    messages.write_text("where is my order?\n" * 20000)  # more answers than a pipe holds: it is still writing
    with messages.open("rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-m", "tandem.cli", "triage"], stdin=stdin, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=clean_env(),
        )  # fmt: skip
    assert json.loads(process.stdout.readline())["intent"] == "order_tracking"
    process.stdout.close()  # like `| head -1`
    assert process.wait(timeout=60) == 141
    assert process.stderr.read() == b""


def _as_from_a_terminal() -> None:
    """Ctrl-C reaches a program started from a terminal: undo an ignored SIGINT inherited from a test run that
    was itself started in the background (``bash .ci/run &``), where the shell sets SIGINT to ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize("parent_sigint", ["default", "ignored (a background job)"])
def test_ctrl_c_quits_the_playground_at_once(tmp_path, parent_sigint):
    before = signal.signal(signal.SIGINT, signal.SIG_IGN) if parent_sigint != "default" else None
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "tandem.cli", "chat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=clean_env(DATABASE_URL=f"sqlite:///{tmp_path}/t.db", PYTHONFAULTHANDLER="1"),
            text=True, preexec_fn=_as_from_a_terminal,
        )  # fmt: skip
    finally:
        if before is not None:
            signal.signal(signal.SIGINT, before)
    process.stdin.write("hi\n")
    process.stdin.flush()
    assert process.stdout.readline().startswith("Tandem: Hi, Ada!")  # the playground is up, waiting for a line
    process.send_signal(signal.SIGINT)
    # without another line typed first (it would wait for ever); how fast is not this test's business
    try:
        returncode = process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)  # PYTHONFAULTHANDLER: every thread's stack, to say where it hung
        process.wait(timeout=10)
        pytest.fail("tandem chat did not quit on Ctrl-C; its threads:\n" + process.stderr.read())
    assert returncode == 130
    assert "Traceback" not in process.stderr.read()
    process.stdin.close()
    process.stdout.close()
    process.stderr.close()
