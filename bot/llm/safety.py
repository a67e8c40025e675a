"""What goes into the model is clean; what comes out is screened before anyone sees it.

In: invisible and format characters (zero-width, bidi overrides, tag characters) are stripped from every
string the model is shown — customer text, order data, help articles — via ``bot.text.clean_message``.

Out: an answer may only contain identifiers (order numbers, tracking numbers, dates, email addresses)
that were in what the model was shown for this customer; anything else means the model invented or
leaked it, and the answer is refused (the rules answer instead). Personal data is redacted, and links
and images survive only when they point to an allowed host or are this customer's own tracking links.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..text import clean_message

logger = logging.getLogger(__name__)

MAX_ANSWER_CHARS = 1_500
LINK_REMOVED = "(link removed)"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9_-]*")
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,200})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+\"[^\"\n]{0,200}\")?\s*\)")
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+\"[^\"\n]{0,200}\")?\s*\)")
_SLACK_LINK = re.compile(r"<((?:https?|mailto|ftp)[^|>\s]{1,2000})(?:\|([^>\n]{0,200}))?>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>()\[\]\"']{1,2000}", re.I)
_BARE_HOST = re.compile(
    r"(?<![@\w.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w@-])(?:/[^\s<>()\"']{0,2000})?"
)
_TRAILING = ".,;:!?)'\""


def sanitize(text: str) -> str:
    """Customer text, order data or an article, made safe to show the model: no invisible characters."""
    return clean_message(text).text


def sanitize_data(value: Any) -> Any:
    """Every string inside a JSON-like value sanitised."""
    if isinstance(value, str):
        return sanitize(value)
    if isinstance(value, dict):
        return {sanitize(str(k)): sanitize_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [sanitize_data(v) for v in value]
    return value


def identifiers(text: str) -> set[str]:
    """Identifier-like tokens: anything with three or more digits, and each such part of a hyphenated one."""
    found: set[str] = set()
    for match in _IDENTIFIER.finditer(text):
        token = match.group().strip("-_").upper()
        if _digits(token) >= 3:
            found.add(token)
        for part in re.split(r"[-_]", token):
            if _digits(part) >= 3:
                found.add(part)
    return found


def _digits(token: str) -> int:
    return sum(ch.isdigit() for ch in token)


@dataclass(frozen=True)
class Screened:
    text: str
    refused: str | None = None  # why the answer must not be sent; None when it may


class Screen:
    """Checks one model output against what the model was shown for this customer."""

    def __init__(
        self,
        shown: Iterable[str],
        *,
        own_email: str | None = None,
        allowed_hosts: Iterable[str] = (),
        allowed_urls: Iterable[str] = (),
        redact: Callable[[str], str] = lambda text: text,
        others: Iterable[str] = (),
        customer_said: Iterable[str] = (),
    ) -> None:
        """``others``: identifiers known to belong to other customers (order ids, tracking numbers,
        emails); refused even when they were in what the model was shown (say, injected into order data),
        unless the customer wrote them (``customer_said``) and the answer merely echoes them."""
        corpus = "\n".join(shown)
        said = "\n".join(customer_said)
        echoed = identifiers(said) | {e.upper() for e in _EMAIL.findall(said)}
        self._others = {o.strip().upper() for o in others if o and o.strip()} - echoed
        self._identifiers = identifiers(corpus)
        self._emails = {e.lower() for e in _EMAIL.findall(corpus)} | ({own_email.lower()} if own_email else set())
        self._hosts = tuple(h.lower().strip(".") for h in allowed_hosts if h)
        self._urls = {u.rstrip("/") for u in allowed_urls if u}
        self._redact = redact

    def check(self, answer: str | None) -> Screened:
        text = sanitize(answer or "")
        text = self._links(text)
        text = re.sub(r"[ \t]{2,}", " ", self._redact(text)).strip()
        if not text:
            return Screened("", refused="empty")
        foreign_emails = {e.lower() for e in _EMAIL.findall(text)} - self._emails
        if foreign_emails:
            return Screened("", refused="an email address the model was not shown")
        if self._others and self._others & (identifiers(text) | {e.upper() for e in _EMAIL.findall(text)}):
            return Screened("", refused="another customer's identifier")
        foreign = self.foreign_identifiers(text)
        if foreign:
            return Screened("", refused=f"{len(foreign)} identifier(s) the model was not shown")
        if len(text) > MAX_ANSWER_CHARS:
            text = text[: MAX_ANSWER_CHARS - 1].rsplit(" ", 1)[0] + "…"
        return Screened(text)

    def foreign_identifiers(self, text: str) -> set[str]:
        found = set()
        for match in _IDENTIFIER.finditer(text):
            token = match.group().strip("-_").upper()
            parts = [p for p in re.split(r"[-_]", token) if _digits(p) >= 3]
            if _digits(token) < 3 or token in self._identifiers:
                continue
            if parts and all(p in self._identifiers for p in parts):
                continue
            found.add(token)
        return found

    def allowed_link(self, url: str) -> bool:
        candidate = url.rstrip(_TRAILING)
        if candidate.rstrip("/") in self._urls:
            return True
        if candidate.lower().startswith("mailto:"):
            return False
        parsed = urlsplit(candidate if "://" in candidate else "https://" + candidate)
        if parsed.scheme not in ("http", "https") or parsed.username or parsed.password:
            return False
        host = (parsed.hostname or "").lower().strip(".")
        return any(host == allowed or host.endswith("." + allowed) for allowed in self._hosts)

    def _links(self, text: str) -> str:
        text = _MD_IMAGE.sub(lambda m: "", text)  # images are never sent as images
        text = _MD_LINK.sub(lambda m: m.group(0) if self.allowed_link(m.group(2)) else m.group(1), text)
        text = _SLACK_LINK.sub(
            lambda m: m.group(0) if self.allowed_link(m.group(1)) else (m.group(2) or LINK_REMOVED), text
        )
        text = _HTML_TAG.sub("", text)
        text = _URL.sub(self._keep_or_remove, text)
        text = self._bare_hosts(text)
        return text

    def _keep_or_remove(self, match: re.Match[str]) -> str:
        url = match.group(0)
        core = url.rstrip(_TRAILING)
        tail = url[len(core) :]
        return url if self.allowed_link(core) else LINK_REMOVED + tail

    def _bare_hosts(self, text: str) -> str:
        """``evil.example`` without a scheme: chat apps turn it into a link, so it is screened too."""
        out, last = [], 0
        for match in _BARE_HOST.finditer(text):
            start, end = match.span()
            if _inside_url(text, start) or _EMAIL.fullmatch(_word_at(text, start)) or self.allowed_link(match.group(0)):
                continue
            if not _looks_like_host(match.group(0)):
                continue
            out.append(text[last:start])
            out.append(LINK_REMOVED)
            last = end
        out.append(text[last:])
        return "".join(out)


def _inside_url(text: str, index: int) -> bool:
    """True when ``index`` falls inside a kept http(s) link or markdown link target."""
    return any(match.start() <= index < match.end() for match in _URL.finditer(text))


def _word_at(text: str, index: int) -> str:
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = index
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip(_TRAILING + "(<[")


_COMMON_TLDS = {
    "com", "net", "org", "io", "co", "info", "biz", "xyz", "ru", "cn", "app", "dev", "ly", "me", "shop", "store",
    "online", "site", "link", "click", "top", "uk", "us", "de", "fr", "nl", "eu", "ca", "au", "in", "gg", "to",
    "tk", "ml", "ga", "cf", "gq", "live", "page", "tech", "ai", "so", "sh", "cc", "ws", "su", "es", "it", "pl",
    "br", "jp", "kr", "ch", "se", "no", "fi", "dk", "be", "at", "ie", "nz", "za", "mx", "ar", "cl", "example",
}


def _looks_like_host(candidate: str) -> bool:
    host = candidate.split("/", 1)[0].lower()
    return host.rsplit(".", 1)[-1] in _COMMON_TLDS
