"""Numbers that identify a person or their money: US SSNs, UK National Insurance numbers, IBANs (mod-97
checked), US bank routing and account numbers, UK sort codes, and ids introduced by name ("passport
number ..."). Payment cards are in ``cards``. Detectors read folded text (ASCII digits)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.findings import BANK_ACCOUNT, ID, Finding, matches

# ---- government ids and bank accounts ----

_SSN = re.compile(r"(?<![0-9\-.])(?!000|666|9[0-9]{2})[0-9]{3}([-. ])(?!00)[0-9]{2}\1(?!0000)[0-9]{4}(?![0-9]|\.[0-9])")

# QQ is never issued but is HMRC's own example prefix, so people paste it
_NI_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?:QQ|(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
    r" ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])",
    re.IGNORECASE,
)

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ \-]{0,3}[A-Za-z0-9]){11,30}")


def ibans(text: str) -> Iterator[Finding]:
    for m in _IBAN.finditer(text):
        candidate = m.group()
        # the run may have swallowed a following word: try the ends at group breaks, longest first
        ends = [len(candidate)] + [i for i in range(len(candidate) - 1, 0, -1) if candidate[i] in " -"]
        for end in ends:
            compact = candidate[:end].replace(" ", "").replace("-", "").upper()
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


def introduced_ids(text: str) -> Iterator[Finding]:
    for key in _ID_KEY.finditer(text):
        value = _ID_VALUE.match(text, key.end())
        if value and any(ch.isdigit() for ch in value.group()):
            yield Finding(ID, value.span(), "introduced_id")


def government_ids(text: str) -> Iterator[Finding]:
    yield from matches(_SSN, text, ID, "ssn")
    yield from matches(_NI_NUMBER, text, ID, "ni_number")
    yield from introduced_ids(text)


# ---- US routing and account numbers, UK sort codes: only where the message talks about a bank ----

_BANK_CONTEXT = re.compile(
    r"(?<![A-Za-z])(?:routing|aba|ach|bank(?:ing)?|checking|chequing|savings|sort code|wire|direct deposit"
    r"|transit number|account holder)(?![A-Za-z])",
    re.IGNORECASE,
)
_CONNECT = r"(?:[ \t]{0,3}(?::|=|#|-|is(?![A-Za-z])))*[ \t]{0,3}"
_NUMBER_WORD = r"(?:[ \t]{1,3}(?:number|no\.?|num|nr|#))?"
_ROUTING_KEY = re.compile(rf"(?<![A-Za-z])(?:routing|aba|rtn|transit){_NUMBER_WORD}{_CONNECT}", re.IGNORECASE)
_ACCOUNT_KEY = re.compile(
    rf"(?<![A-Za-z])(?:(?:bank |checking |savings |chequing )?account|acct|a/c|acc){_NUMBER_WORD}{_CONNECT}",
    re.IGNORECASE
)
_SORT_CODE = re.compile(
    r"(?<![A-Za-z])sort[ \t]?code[ \t:=#\-]{0,4}(?:is[ \t]{1,3})?(?P<value>[0-9]{2}[ \-]?[0-9]{2}[ "
    r"\-]?[0-9]{2})(?![0-9])",
    re.IGNORECASE,
)
_NINE_DIGITS = re.compile(r"(?<![0-9])[0-9]{9}(?![0-9])")
_ACCOUNT_VALUE = re.compile(r"[0-9](?:[0-9]|[ \-](?=[0-9])){3,20}(?![0-9])")
_NEXT_NUMBER = re.compile(r"[ \t]{0,3}(?:[,;/|:&\n]|and)?[ \t]{0,3}\n?[ \t]{0,3}(?P<value>[0-9]{4,17})(?![0-9])")


def bank_numbers(text: str) -> Iterator[Finding]:
    """Routing numbers (ABA-checked, or labelled), the account number written with them, labelled account
    numbers and sort codes; only in a message that mentions a bank, so a shop account number stays."""
    if not _BANK_CONTEXT.search(text):
        return
    for key in _ROUTING_KEY.finditer(text):
        value = _NINE_DIGITS.match(text, key.end())
        if value:
            yield Finding(BANK_ACCOUNT, value.span(), "routing")
    for number in _NINE_DIGITS.finditer(text):
        if _aba_valid(number.group()):
            yield Finding(BANK_ACCOUNT, number.span(), "routing")
            account = _NEXT_NUMBER.match(text, number.end())
            if account:
                yield Finding(BANK_ACCOUNT, account.span("value"), "account")
    for key in _ACCOUNT_KEY.finditer(text):
        value = _ACCOUNT_VALUE.match(text, key.end())
        if value and 4 <= sum(ch.isdigit() for ch in value.group()) <= 17:
            yield Finding(BANK_ACCOUNT, value.span(), "account")
    yield from matches(_SORT_CODE, text, BANK_ACCOUNT, "sort_code")


def _aba_valid(number: str) -> bool:
    d = [ord(ch) - 48 for ch in number]
    # Federal Reserve districts 00-12, thrifts 21-32, electronic 61-72, travellers' cheques 80
    prefix = d[0] * 10 + d[1]
    return (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80) and (
        3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
    ) % 10 == 0
