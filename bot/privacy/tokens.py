"""Keys and tokens: by their shape (cloud, GitHub, Slack, Stripe and model-provider keys, JWTs, AWS
secret access keys, long hex keys), by a label ("api_key=…", "token: …") and private keys (PEM blocks)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.findings import SECRET, Finding

_SECRET_KEY = re.compile(
    r"(?<![A-Za-z])(?:api[ _-]?key|(?:aws[ _-]?)?secret(?:[ _-]?access)?(?:[ _-]?key)?|client[ _-]?secret"
    r"|access[ _-]?(?:key(?:[ _-]?id)?|token)|auth(?:entication|orization)?[ _-]?token|bearer|private[ _-]?key|token"
    r"|webhook(?:[ _-]?secret)?|signing[ _-]?secret)"
    r"(?:[ \t]{0,3}(?::|=|is(?![A-Za-z])))+[ \t]{0,3}",
    re.IGNORECASE,
)
_SECRET_VALUE = re.compile(r"\"[^\"\n]{6,200}\"|'[^'\n]{6,200}'|[A-Za-z0-9_\-./+=~]{8,400}")


def labelled_secrets(text: str) -> Iterator[Finding]:
    for key in _SECRET_KEY.finditer(text):
        value = _SECRET_VALUE.match(text, key.end())
        if not value:
            continue
        word = value.group().strip("\"'`")
        if any(ch.isdigit() for ch in word) or len(word) >= 16:
            yield Finding(SECRET, value.span(), "secret_field")


_TOKEN = re.compile(r"[A-Za-z0-9_\-.]+")
_SECRET_SHAPES = re.compile(
    r"sk-(?:proj-|live-|test-|ant-(?:api\d\d-)?)?[A-Za-z0-9_\-]{16,}"
    r"|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|whsec_[A-Za-z0-9]{16,}"
    r"|xox[abposre]-[A-Za-z0-9\-]{10,}"
    r"|xoxe\.xox[bp]-[A-Za-z0-9\-]{10,}"
    r"|xapp-[0-9]-[A-Za-z0-9\-]{10,}"
    r"|gh[pousr]_[A-Za-z0-9]{30,}"
    r"|github_pat_[A-Za-z0-9_]{22,}"
    r"|glpat-[A-Za-z0-9_\-]{20,}"
    r"|npm_[A-Za-z0-9]{36}"
    r"|hf_[A-Za-z0-9]{30,}"
    r"|shp(?:at|ss|ca|pa)_[A-Fa-f0-9]{32}"
    r"|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}"
    r"|(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])"
    r"|AIza[A-Za-z0-9_\-]{35}"
    r"|eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"
)


def shaped_secrets(text: str) -> Iterator[Finding]:
    for token in _TOKEN.finditer(text):
        shape = _SECRET_SHAPES.match(text, token.start(), token.end())
        if shape:
            yield Finding(SECRET, shape.span(), "api_key")
    for key in _AWS_SECRET.finditer(text):
        value = key.group()
        if any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value):
            yield Finding(SECRET, key.span(), "aws_secret")
    for key in _HEX_KEY.finditer(text):
        value = key.group()
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            yield Finding(SECRET, key.span(), "hex_key")
    for hook in _SLACK_WEBHOOK.finditer(text):
        yield Finding(SECRET, hook.span("value"), "webhook")


# an AWS secret access key: exactly 40 characters of base64, alone
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
# 32 or more hex digits: API keys, signing secrets, session ids (never an order or tracking number)
_HEX_KEY = re.compile(r"(?<![A-Za-z0-9_\-])[0-9A-Fa-f]{32,512}(?![A-Za-z0-9_])")
_SLACK_WEBHOOK = re.compile(r"hooks\.slack\.com/(?:services|workflows|triggers)/(?P<value>[A-Za-z0-9/_\-]{20,200})")


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
