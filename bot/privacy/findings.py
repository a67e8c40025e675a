"""What redaction finds: the kinds of personal data and secrets, their placeholders, and a finding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

CARD = "card"
SECURITY_CODE = "security_code"
ID = "id"
BANK_ACCOUNT = "bank_account"
PASSWORD = "password"
SECRET = "secret"
EMAIL = "email"
PHONE = "phone"
CUSTOM = "custom"

PLACEHOLDERS: dict[str, str] = {
    CARD: "[card number removed]",
    SECURITY_CODE: "[security code removed]",
    ID: "[ID number removed]",
    BANK_ACCOUNT: "[bank account number removed]",
    PASSWORD: "[password removed]",
    SECRET: "[secret removed]",
    EMAIL: "[email removed]",
    PHONE: "[phone number removed]",
    CUSTOM: "[removed]",
}

# When two findings overlap they become one; the kind listed first names the placeholder.
KIND_ORDER = (SECRET, PASSWORD, CARD, SECURITY_CODE, BANK_ACCOUNT, ID, EMAIL, PHONE, CUSTOM)


@dataclass(frozen=True)
class Finding:
    kind: str  # one of PLACEHOLDERS' keys
    span: tuple[int, int]
    detail: str = ""  # which detector: luhn, next_to_card, ssn, iban, routing, password, login_pair, api_key, pem, ...

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


def matches(pattern: re.Pattern[str], text: str, kind: str, detail: str) -> Iterator[Finding]:
    for m in pattern.finditer(text):
        span = m.span("value") if "value" in pattern.groupindex else m.span()
        yield Finding(kind, span, detail)
