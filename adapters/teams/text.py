"""The core's plain text as a Teams message: ``textFormat: xml`` (Teams' HTML subset), because in Teams
markdown a single line break vanishes and an order list runs together into one paragraph.

Everything is escaped, so nobody's ``*``, ``_`` or ``<b>`` is read as formatting; line breaks become
``<br>``; web addresses become links.
"""

from __future__ import annotations

import html
import re

XML = "xml"
# an address ends before trailing punctuation ("…here: https://x.example/track." keeps its full stop out)
_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")


def as_html(text: str, *, links: bool = True) -> str:
    """Plain text as Teams HTML: escaped, line breaks kept, and (``links``) addresses clickable."""
    parts: list[str] = []
    pos = 0
    for match in _URL.finditer(text) if links else ():
        url = match.group(0)
        parts.append(_escape(text[pos : match.start()]))
        parts.append(f'<a href="{html.escape(url, quote=True)}">{_escape(url)}</a>')
        pos = match.end()
    parts.append(_escape(text[pos:]))
    return "".join(parts)


def with_author(author: str | None, body_html: str) -> str:
    """``<b>Sam</b> (support): …`` for an agent's words relayed to the customer."""
    return f"<b>{_escape(author)}</b> (support): {body_html}" if author else body_html


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br>")
