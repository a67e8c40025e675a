"""Checks on the environment beyond each value's own type: names that look like a mistyped setting,
URLs that are not URLs, log levels that do not exist. Each returns the problem in one line, or None;
``settings`` raises it as a ConfigError."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

PREFIXES = ("TANDEM_", "SLACK_", "TEAMS_", "OPENAI_")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def mistyped_name(env: Mapping[str, str], known: Iterable[str]) -> str | None:
    """A variable that is not a setting but is a letter or two away from one (TANDEM_AGENT_CHANEL):
    silently ignored, it would leave the real setting at its default."""
    names = sorted(set(known))
    for name in sorted(env):
        if not name.startswith(PREFIXES) or name in names or not str(env[name]).strip():
            continue
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.85)
        if close:
            return f"{name} is not a setting Tandem knows: did you mean {close[0]}?"
    return None


def bad_url(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"{name}={value!r}: expected an http(s) URL, e.g. https://example.com/"
    return None


def bad_log_level(value: str) -> str | None:
    if value not in LOG_LEVELS:
        return f"TANDEM_LOG_LEVEL={value!r}: expected one of {', '.join(LOG_LEVELS)}"
    return None


def not_whole(name: str, value: float) -> str | None:
    """A setting that counts something: 3000.5 is a mistake, not 3000."""
    return None if value == int(value) else f"{name}={value:g}: expected a whole number"
