"""Slack's message text, both ways: what people typed, as plain text; plain text, safe to post.

Slack sends text with ``&``, ``<`` and ``>`` escaped and with mentions, channels and links in angle
brackets (``<@U123>``, ``<#C123|general>``, ``<!channel>``, ``<https://x|label>``). The core works on
plain text; everything posted is escaped again, so a customer's ``<!channel>`` can never ping the
agents' channel and nobody's text can fake a mention.
"""

from __future__ import annotations

import re

MESSAGE_CHARS = 3_900  # Slack advises keeping `text` under 4,000 characters
SECTION_CHARS = 3_000  # a section block's text

_ANGLE = re.compile(r"<([^<>]*)>")


def to_plain(text: str | None, bot_user_id: str | None = None) -> str:
    """A Slack message's text as the person typed it, without the bot's own @-mention."""
    if not text:
        return ""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            if bot_user_id and target[1:] == bot_user_id:
                return ""
            return "@" + (label or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            if target.startswith("!subteam^"):
                return label or "@group"
            if target.startswith("!date^"):
                return label or ""
            return "@" + (label or target[1:])
        url = target.removeprefix("mailto:")
        return f"{label} ({url})" if label and label != url else url

    plain = _ANGLE.sub(replace, text)
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return plain.strip()


def escape(text: str) -> str:
    """Plain text made safe for Slack: shown as written, never a mention or a link markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bold(text: str) -> str:
    """A short plain label in bold (asterisks inside it would end the bold early)."""
    cleaned = " ".join(text.replace("*", "").split())
    return f"*{escape(cleaned)}*" if cleaned else ""


def split_text(text: str, limit: int = MESSAGE_CHARS) -> list[str]:
    """Cut plain text into pieces whose escaped form fits ``limit``, at paragraph, line or word breaks."""
    if len(escape(text)) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    while rest:
        if len(escape(rest)) <= limit:
            pieces.append(rest)
            break
        cut = _fit(rest, limit)
        head = rest[:cut]
        for sep in ("\n\n", "\n", " "):
            at = head.rfind(sep)
            if at > cut // 3:
                head = rest[:at]
                break
        pieces.append(head.rstrip())
        rest = rest[len(head) :].lstrip()
    return [p for p in pieces if p]


def truncate(text: str, limit: int) -> str:
    """At most ``limit`` characters once escaped, with an ellipsis when something was cut."""
    if len(escape(text)) <= limit:
        return text
    return text[: _fit(text, limit - 1)].rstrip() + "…"


def _fit(text: str, limit: int) -> int:
    """How many leading characters of ``text`` fit in ``limit`` once escaped."""
    used = 0
    for i, ch in enumerate(text):
        used += 5 if ch == "&" else 4 if ch in "<>" else 1
        if used > limit:
            return max(i, 1)
    return len(text)
