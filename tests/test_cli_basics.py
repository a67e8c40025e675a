"""The command line's own manners: its version, its help, its answers when there is nothing to say."""

from __future__ import annotations

from importlib.metadata import version

from tests.test_cli import tandem


def test_version_is_the_installed_package_version():
    result = tandem("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tandem {version('tandem-bot')}"
