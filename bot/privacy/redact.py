"""Redaction of card numbers, government ids, passwords, secrets and configured patterns.

Every pattern either has bounded quantifiers or consumes a maximal run of one character class, and
the context-dependent ones (passwords, introduced ids) are found keyword first, so one pass over a
100 KB message stays linear.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

logger = logging.getLogger(__name__)

CARD = "card"
ID = "id"
BANK_ACCOUNT = "bank_account"
PASSWORD = "password"
SECRET = "secret"
EMAIL = "email"
CUSTOM = "custom"

PLACEHOLDERS: dict[str, str] = {
    CARD: "[card number removed]",
    ID: "[ID number removed]",
    BANK_ACCOUNT: "[bank account number removed]",
    PASSWORD: "[password removed]",
    SECRET: "[secret removed]",
    EMAIL: "[email removed]",
    CUSTOM: "[removed]",
}

# When two findings overlap they become one; the kind listed first names the placeholder.
_KIND_ORDER = (SECRET, PASSWORD, CARD, BANK_ACCOUNT, ID, EMAIL, CUSTOM)

# Removing one finding can expose another (a new word boundary, say), so redact() repeats; every pass
# turns unredacted text into placeholders, which later passes leave alone.
_MAX_PASSES = 4


@dataclass(frozen=True)
class Finding:
    kind: str  # card, id, bank_account, password, secret, email, custom
    span: tuple[int, int]
    detail: str = ""  # which detector: luhn, ssn, ni_number, iban, introduced_id, pin, api_key, pem, ...

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


class Redactor:
    """Finds and replaces personal data and secrets with labelled placeholders.

    ``redact_emails`` is off by default: agents need the customer's email to help them.
    """

    def __init__(self, extra_patterns: Sequence[str] = (), *, redact_emails: bool = False) -> None:
        self._extra = tuple(_compile_extra(p) for p in extra_patterns)
        self._redact_emails = redact_emails

    def redact(self, text: str) -> str:
        """``text`` with every finding replaced, repeated until nothing is left to find."""
        for _ in range(_MAX_PASSES):
            found = self.findings(text)
            if not found:
                break
            text = _replace(text, found)
        return text

    def findings(self, text: str) -> list[Finding]:
        """What would be redacted, in order, overlapping findings merged."""
        if not text:
            return []
        protected = [m.span() for m in _PLACEHOLDER.finditer(text)]
        raw = [f for f in self._detect(text) if f.span[0] < f.span[1] and not _overlaps(f.span, protected)]
        return _merge(raw)

    def _detect(self, text: str) -> Iterator[Finding]:
        yield from _secret_tokens(text)
        yield from _pem_blocks(text)
        yield from _url_passwords(text)
        yield from _introduced_values(text, _PASSWORD_KEY, _PASSWORD_VALUE, PASSWORD, "password")
        yield from _introduced_values(text, _PIN_KEY, _PIN_VALUE, PASSWORD, "pin")
        yield from _introduced_values(text, _SECRET_KEY, _SECRET_VALUE, SECRET, "secret_field")
        yield from _card_numbers(text)
        yield from _ibans(text)
        yield from _matches(_SSN, text, ID, "ssn")
        yield from _matches(_NI_NUMBER, text, ID, "ni_number")
        yield from _introduced_ids(text)
        if self._redact_emails:
            yield from _matches(_EMAIL, text, EMAIL, "email")
        for pattern in self._extra:
            yield from _matches(pattern, text, CUSTOM, pattern.pattern)


def _compile_extra(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except (re.error, TypeError) as exc:
        raise ValueError(f"invalid redaction pattern {pattern!r}: {exc}") from None


# ---- helpers ----

_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in sorted(set(PLACEHOLDERS.values()), key=len, reverse=True)))


def _overlaps(span: tuple[int, int], protected: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``protected`` (sorted, disjoint spans)."""
    start, end = span
    i = bisect.bisect_right(protected, (start, float("inf")))
    if i and protected[i - 1][1] > start:
        return True
    return i < len(protected) and protected[i][0] < end


def _merge(found: Iterable[Finding]) -> list[Finding]:
    ordered = sorted(found, key=lambda f: (f.span[0], -f.span[1], _KIND_ORDER.index(f.kind)))
    merged: list[Finding] = []
    for f in ordered:
        if merged and f.span[0] < merged[-1].span[1]:
            last = merged[-1]
            if f.span[1] > last.span[1]:
                merged[-1] = Finding(last.kind, (last.span[0], f.span[1]), last.detail)
            continue
        merged.append(f)
    return merged


def _replace(text: str, found: list[Finding]) -> str:
    parts: list[str] = []
    cursor = 0
    for f in found:
        start, end = f.span
        parts.append(text[cursor:start])
        parts.append(f.placeholder)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def _matches(pattern: re.Pattern[str], text: str, kind: str, detail: str) -> Iterator[Finding]:
    for m in pattern.finditer(text):
        span = m.span("value") if "value" in pattern.groupindex else m.span()
        yield Finding(kind, span, detail)


# ---- payment cards: digit groups, any window of 13-19 digits passing Luhn ----

_DIGIT_RUN = re.compile(r"[0-9]+(?:[ \-\u00a0]{1,2}[0-9]+)*")
_DIGIT_GROUP = re.compile(r"[0-9]+")


def _card_numbers(text: str) -> Iterator[Finding]:
    for run in _DIGIT_RUN.finditer(text):
        if run.end() - run.start() < 13:
            continue
        groups = [g.span() for g in _DIGIT_GROUP.finditer(text, run.start(), run.end())]
        yield from _luhn_windows(text, groups)


def _luhn_windows(text: str, groups: list[tuple[int, int]]) -> Iterator[Finding]:
    digits = "".join(text[s:e] for s, e in groups)
    # boundary k sits before the k-th group; offsets[k] is its index into ``digits``
    offsets = [0]
    for s, e in groups:
        offsets.append(offsets[-1] + e - s)
    # sums[q][i]: Luhn contribution of digits[:i] when positions of parity q are doubled
    sums = ([0], [0])
    for i, ch in enumerate(digits):
        d = ord(ch) - 48
        doubled = d * 2 - 9 if d > 4 else d * 2
        sums[0].append(sums[0][-1] + (doubled if i % 2 == 0 else d))
        sums[1].append(sums[1][-1] + (doubled if i % 2 == 1 else d))
    current: tuple[int, int] | None = None
    for a in range(len(groups)):
        start_digit = offsets[a]
        for b in range(a + 1, len(groups) + 1):
            length = offsets[b] - start_digit
            if length > 19:
                break
            if length < 13:
                continue
            q = offsets[b] % 2
            if (sums[q][offsets[b]] - sums[q][start_digit]) % 10:
                continue
            span = (groups[a][0], groups[b - 1][1])
            if current and span[0] <= current[1]:
                current = (current[0], max(current[1], span[1]))
            else:
                if current:
                    yield Finding(CARD, current, "luhn")
                current = span
    if current:
        yield Finding(CARD, current, "luhn")


# ---- government ids and bank accounts ----

_SSN = re.compile(r"(?<![0-9\-])(?!000|666|9[0-9]{2})[0-9]{3}([- ])(?!00)[0-9]{2}\1(?!0000)[0-9]{4}(?![0-9])")

# QQ is never issued but is HMRC's own example prefix, so people paste it
_NI_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?:QQ|(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
    r" ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])",
    re.IGNORECASE,
)

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}")


def _ibans(text: str) -> Iterator[Finding]:
    for m in _IBAN.finditer(text):
        candidate = m.group()
        # the run may have swallowed a following word: try the ends at group breaks, longest first
        ends = [len(candidate)] + [i for i in range(len(candidate) - 1, 0, -1) if candidate[i] == " "]
        for end in ends:
            compact = candidate[:end].replace(" ", "").upper()
            if 15 <= len(compact) <= 34 and _iban_valid(compact):
                yield Finding(BANK_ACCOUNT, (m.start(), m.start() + end), "iban")
                break


def _iban_valid(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    remainder = 0
    for ch in rearranged:
        value = int(ch, 36)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder == 1


_ID_WORDS = (
    r"passport|driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e number|national id(?:entity)?(?: card)?"
    r"|national insurance|ni number|nino|id card|identity card|ssn|social security(?: number)?"
    r"|tax id|tax number|personal id(?:entity)?"
)
_ID_KEY = re.compile(
    rf"(?<![A-Za-z])(?:{_ID_WORDS})(?:[ \t]{{1,3}}(?:number|no\.?|num|nr|#|id|code))?"
    r"(?:[ \t]{0,3}(?:is(?![A-Za-z])|:|=|#|-)){0,2}[ \t]{0,3}",
    re.IGNORECASE,
)
_ID_VALUE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])| (?=[0-9])){4,24}(?![A-Za-z0-9])")


def _introduced_ids(text: str) -> Iterator[Finding]:
    for key in _ID_KEY.finditer(text):
        value = _ID_VALUE.match(text, key.end())
        if value and any(ch.isdigit() for ch in value.group()):
            yield Finding(ID, value.span(), "introduced_id")


# ---- passwords, pins and secrets ----

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


def _secret_tokens(text: str) -> Iterator[Finding]:
    for token in _TOKEN.finditer(text):
        shape = _SECRET_SHAPES.match(text, token.start(), token.end())
        if shape:
            yield Finding(SECRET, shape.span(), "api_key")


_PEM_BEGIN = re.compile(r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----")
_PEM_END = re.compile(r"-----END [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----")
_PEM_BODY = re.compile(r"(?:\s{1,4}[A-Za-z0-9+/=]{16,})*")


def _pem_blocks(text: str) -> Iterator[Finding]:
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


def _url_passwords(text: str) -> Iterator[Finding]:
    yield from _matches(_URL_PASSWORD, text, PASSWORD, "url_password")


_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}"
    r"(?![A-Za-z0-9])"
)
