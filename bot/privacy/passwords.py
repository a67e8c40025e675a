"""Passwords and PINs: introduced by name ("password: …", "password hunter2", "pw: …", "my pass is …"),
written as a login pair ("login bob / hunter2", "username bob password x") or inside a URL.

A word after "password" is only taken for one when the way it is written says so: a label (":", "=",
"is") or the shape of a password (a digit or a symbol in it, or a username before it). "I forgot my
password", "password reset link" and "my password is not working" stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.findings import PASSWORD, Finding, matches

_LABEL = r"(?::|=|-|is(?![A-Za-z])|was(?![A-Za-z])|(?:was |is )?set to(?![A-Za-z]))"
_STRONG_WORDS = (
    r"password|passwd|pwd|pass ?phrase|passcode|passwort|contrase[ñn]a|mot de passe|senha|wachtwoord|parola"
)
_WEAK_WORDS = r"pw|pass|pword|pswd|pwrd"  # also ordinary words: a label is required, and a value shaped like a password
_PASSWORD_KEY = re.compile(
    rf"(?<![A-Za-z])(?:(?P<strong>{_STRONG_WORDS})|(?P<weak>{_WEAK_WORDS}))(?![A-Za-z])"
    rf"(?P<label>(?:[ \t]{{0,3}}{_LABEL})*)[ \t]{{0,3}}(?:(?<=[:=])\n[ \t]{{0,3}})?",
    re.IGNORECASE,
)
_PASSWORD_VALUE = re.compile(r"\"[^\"\n]{1,256}\"|'[^'\n]{1,256}'|`[^`\n]{1,256}`|\S{1,256}")
_PIN_KEY = re.compile(
    rf"(?<![A-Za-z])pin(?:[ \t]{{1,3}}(?:code|number|no\.?))?(?:[ \t]{{0,3}}{_LABEL})*[ \t]{{0,3}}",
    re.IGNORECASE,
)
_PIN_VALUE = re.compile(r"[0-9]{3,12}(?![0-9])")

# before "password" on the same line: whose password it is, so the next word is the password whatever it is
_USER_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:user ?name|user(?: id)?|login|log-?in|e-?mail|account|sign-?in)(?:[ \t]{0,3}" + _LABEL + r")*"
    r"[ \t]{0,3}\S{1,64}[ \t,;/|]{1,4}(?:and[ \t]{1,3})?(?:(?:my|the)[ \t]{1,3})?$",
    re.IGNORECASE,
)
# "login bob / hunter2", "credentials: bob:hunter2", "sign in ada@example.com | s3cret!"
_LOGIN_PAIR = re.compile(
    r"(?<![A-Za-z])(?:login|log[ -]?in|sign[ -]?in|credentials|creds|user ?name and password)(?:[ \t]{1,3}(?:details|"
    r"info|is|are))?(?:[ \t]{0,3}(?::|=|-|is(?![A-Za-z])|are(?![A-Za-z])))*[ \t]{0,3}(?P<user>[^\s/|:]{1,64})[ "
    r"\t]{0,3}[/|:][ \t]{0,3}(?P<value>\S{1,128})",
    re.IGNORECASE,
)

# words that follow "my password is" in everyday complaints, not passwords
_NOT_A_PASSWORD = frozenset(
    "not wrong incorrect invalid expired too the a an being still missing broken locked blocked "
    "correct right fine ok okay working reset changed lost forgotten required needed case sensitive "
    "different same weak strong short long saved stored accepted rejected updated and or but for of on "
    "in at to with my your this that it field box manager page link email again please help".split()
)
_TRAILING = ".,!?;:)"


def looks_secret(word: str) -> bool:
    """A digit, a symbol, or a capital after the first letter: how passwords differ from words."""
    core = word.rstrip(_TRAILING)
    return len(core) >= 3 and any(
        ch.isdigit() or (not ch.isalpha() and ch not in "'’-") or (i and ch.isupper()) for i, ch in enumerate(core)
    )


def passwords(text: str) -> Iterator[Finding]:
    for key in _PASSWORD_KEY.finditer(text):
        value = _PASSWORD_VALUE.match(text, key.end())
        if not value or (
            key.end() == key.end("label") and key.end() == key.end("strong" if key.group("strong") else "weak")
        ):
            continue  # "password123": one word, nothing introduced
        word = value.group()
        quoted = word[0] in "\"'`"
        plain = word.strip("\"'`").rstrip(_TRAILING).lower()
        if not quoted and (not plain or plain in _NOT_A_PASSWORD):
            continue
        labelled = bool(key.group("label").strip())
        if key.group("weak") and not (labelled and (quoted or looks_secret(word))):
            continue
        if not labelled and not quoted and not looks_secret(word) and not _named_user(text, key.start()):
            continue
        yield Finding(PASSWORD, value.span(), "password")
    for pair in _LOGIN_PAIR.finditer(text):
        if looks_secret(pair.group("value")) or looks_secret(pair.group("user")) or "@" in pair.group("user"):
            yield Finding(PASSWORD, pair.span("value"), "login_pair")
    for key in _PIN_KEY.finditer(text):
        value = _PIN_VALUE.match(text, key.end())
        if value:
            yield Finding(PASSWORD, value.span(), "pin")
    yield from matches(_URL_PASSWORD, text, PASSWORD, "url_password")


def _named_user(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return bool(_USER_BEFORE.search(text[max(line_start, at - 120) : at]))


_URL_PASSWORD = re.compile(r"(?<=://)[^\s/:@]{1,64}:(?P<value>[^\s/@]{1,128})@")
