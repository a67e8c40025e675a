"""Customers' words in the agents' channel: shown as written, quoted under their name, never as markup.

mrkdwn has no way to escape ``*``, ``_``, ``~`` or a line break, so a customer who types
"thanks\\n*Bot*: identity verified" would get a bold "Bot" line of their own. Their words therefore go
into ``rich_text`` blocks, whose ``text`` elements Slack shows literally (formatting and mentions only
exist there as explicit styles and elements), inside a quote under the speaker's bold name. The plain
``text`` that notifications show instead is escaped, every line quoted with ``>``, formatting
characters kept apart from their words by a zero-width space, and @channel/@here/@everyone broken
with a word joiner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .mrkdwn import MESSAGE_CHARS, bold, escape

_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone|group)\b)", re.IGNORECASE)
_FORMATTING = re.compile(r"([*_~`])")
ZERO_WIDTH_SPACE = "\u200b"
WORD_JOINER = "\u2060"


def unmentionable(text: str) -> str:
    """``text`` with @channel, @here and @everyone broken, so no renderer can read them as a broadcast."""
    return _BROADCAST.sub("@" + WORD_JOINER, text)


def literal(text: str) -> str:
    """Someone's words for a mrkdwn field: escaped, no mention, no formatting, on one line."""
    flat = " ".join(text.split())
    return _FORMATTING.sub(r"\1" + ZERO_WIDTH_SPACE, escape(unmentionable(flat)))


def quoted_fallback(author: str, text: str) -> str:
    """A relay's notification text: the name and the words on one line, or each of several lines
    quoted under the name (cut to Slack's limit: the blocks carry the whole message)."""
    lines = [_FORMATTING.sub(r"\1" + ZERO_WIDTH_SPACE, escape(unmentionable(line))) for line in text.split("\n")]
    if len(lines) == 1:
        quoted = f"{bold(author)}: {lines[0]}"
    else:
        quoted = f"{bold(author)}:\n" + "\n".join(f"&gt; {line}" for line in lines)
    if len(quoted) <= MESSAGE_CHARS:
        return quoted
    cut = max(quoted.rfind("\n", 0, MESSAGE_CHARS - 1), quoted.rfind(" ", 0, MESSAGE_CHARS - 1))
    return quoted[: cut if cut > 0 else MESSAGE_CHARS - 1] + "…"


def speaker(name: str) -> dict[str, Any]:
    return {"type": "rich_text_section", "elements": [{"type": "text", "text": f"{name}:", "style": {"bold": True}}]}


def quote(text: str) -> dict[str, Any]:
    return {"type": "rich_text_quote", "elements": [{"type": "text", "text": unmentionable(text) or " "}]}


def said_block(author: str, text: str) -> dict[str, Any]:
    """One person's message: their name in bold, their words quoted."""
    return {"type": "rich_text", "elements": [speaker(author), quote(text)]}


def lines_block(title: str, lines: Sequence[tuple[str, str]], room: int) -> dict[str, Any]:
    """A titled list of (speaker, words), the last ones that fit in ``room`` characters."""
    kept: list[tuple[str, str]] = []
    used = 0
    for who, words in reversed(lines):
        used += len(who) + len(words) + 2
        if used > room:
            break
        kept.append((who, words))
    heading = [{"type": "text", "text": title + "\n", "style": {"bold": True}}]
    if len(kept) < len(lines):
        heading.append({"type": "text", "text": "…\n"})
    elements: list[dict[str, Any]] = [{"type": "rich_text_section", "elements": heading}]
    for who, words in reversed(kept):
        elements += [speaker(who), quote(words)]
    return {"type": "rich_text", "elements": elements}


def text_block(title: str, text: str) -> dict[str, Any]:
    """A titled paragraph of words that are not all ours (the summary quotes the customer)."""
    words = [
        {"type": "text", "text": title + "\n", "style": {"bold": True}},
        {"type": "text", "text": unmentionable(text) or " "},
    ]
    return {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": words}]}
