"""Secrets: passwords and PINs introduced by name, API keys and tokens by their shape, private keys
(PEM blocks) and passwords inside URLs."""

from __future__ import annotations

import re
from typing import Iterator

from bot.privacy.findings import PASSWORD, SECRET, Finding, matches

_PASSWORD_KEY = re.compile(
    r"(?<![A-Za-z])(?:password|passwd|pwd|pass ?phrase|passcode|passwort|contrase[ñn]a|mot de passe"
    r"|senha|wachtwoord)(?:[ \t]{0,3}(?::|=|is(?![A-Za-z])|was(?![A-Za-z])|-))+[ \t]{0,3}",
    re.IGNORECASE,
)
_PASSWORD_VALUE = re.compile(r"\"[^\"\n]{1,256}\"|'[^'\n]{1,256}'|`[^`\n]{1,256}`|\S{1,256}")
_PIN_KEY = re.compile(
    r"(?<![A-Za-z])pin(?:[ \t]{1,3}(?:code|number|no\.?))?(?:[ \t]{0,3}(?::|=|is(?![A-Za-z])|was(?![A-Za-z])|-))*"
    r"[ \t]{0,3}",
    re.IGNORECASE,
)
_PIN_VALUE = re.compile(r"[0-9]{3,12}(?![0-9])")
_SECRET_KEY = re.compile(
    r"(?<![A-Za-z])(?:api[ _-]?key|secret(?:[ _-]?key)?|client[ _-]?secret|access[ _-]?(?:key|token)"
    r"|auth(?:entication|orization)?[ _-]?token|bearer|private[ _-]?key|token)"
    r"(?:[ \t]{0,3}(?::|=|is(?![A-Za-z])))+[ \t]{0,3}",
    re.IGNORECASE,
)
_SECRET_VALUE = re.compile(r"\"[^\"\n]{6,200}\"|'[^'\n]{6,200}'|[A-Za-z0-9_\-./+=~]{8,400}")

# words that follow "my password is" in everyday complaints, not passwords
_NOT_A_PASSWORD = frozenset(
    "not wrong incorrect invalid expired too the a an being still missing broken locked blocked "
    "correct right fine ok okay working reset changed lost forgotten".split()
)


def _introduced_values(
    text: str, key_pattern: re.Pattern[str], value_pattern: re.Pattern[str], kind: str, detail: str
) -> Iterator[Finding]:
    for key in key_pattern.finditer(text):
        value = value_pattern.match(text, key.end())
        if not value:
            continue
        word = value.group().strip("\"'`").lower()
        if kind == PASSWORD and word.rstrip(".,!?") in _NOT_A_PASSWORD:
            continue
        if detail == "secret_field" and not any(ch.isdigit() for ch in word) and len(word) < 16:
            continue
        yield Finding(kind, value.span(), detail)


_TOKEN = re.compile(r"[A-Za-z0-9_\-.]+")
_SECRET_SHAPES = re.compile(
    r"sk-(?:proj-|live-|test-|ant-)?[A-Za-z0-9_\-]{16,}"
    r"|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|xox[abposr]-[A-Za-z0-9\-]{10,}"
    r"|xapp-[0-9]-[A-Za-z0-9\-]{10,}"
    r"|gh[pousr]_[A-Za-z0-9]{30,}"
    r"|github_pat_[A-Za-z0-9_]{22,}"
    r"|(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"
    r"|AIza[A-Za-z0-9_\-]{35}"
    r"|eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"
)


def secret_tokens(text: str) -> Iterator[Finding]:
    for token in _TOKEN.finditer(text):
        shape = _SECRET_SHAPES.match(text, token.start(), token.end())
        if shape:
            yield Finding(SECRET, shape.span(), "api_key")


_PEM_BEGIN = re.compile(r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----")
_PEM_END = re.compile(r"-----END [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----")
_PEM_BODY = re.compile(r"(?:\s{1,4}[A-Za-z0-9+/=]{16,})*")


def pem_blocks(text: str) -> Iterator[Finding]:
    pos = 0
    end_missing = False
    while True:
        begin = _PEM_BEGIN.search(text, pos)
        if not begin:
            return
        end = None if end_missing else _PEM_END.search(text, begin.end())
        if end:
            stop = end.end()
        else:
            end_missing = True  # no END after here, so none after any later BEGIN either
            stop = _PEM_BODY.match(text, begin.end()).end()  # type: ignore[union-attr]
        yield Finding(SECRET, (begin.start(), stop), "pem")
        pos = stop


_URL_PASSWORD = re.compile(r"(?<=://)[^\s/:@]{1,64}:(?P<value>[^\s/@]{1,128})@")


def url_passwords(text: str) -> Iterator[Finding]:
    yield from matches(_URL_PASSWORD, text, PASSWORD, "url_password")


def introduced_secrets(text: str) -> Iterator[Finding]:
    yield from _introduced_values(text, _PASSWORD_KEY, _PASSWORD_VALUE, PASSWORD, "password")
    yield from _introduced_values(text, _PIN_KEY, _PIN_VALUE, PASSWORD, "pin")
    yield from _introduced_values(text, _SECRET_KEY, _SECRET_VALUE, SECRET, "secret_field")
