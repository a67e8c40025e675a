"""Redaction against the ways people really write secrets: card numbers grouped with dots, slashes,
underscores, " - " or one group per line, in Arabic-Indic, Devanagari or full-width digits; security
codes; passwords without a colon; login pairs; cloud keys; IBANs with dashes; routing and account
numbers; SSNs with dots. And what must stay: order and tracking numbers, phones, dates, prices, and
"I forgot my password"."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy.folding import folded
from bot.privacy.redact import PLACEHOLDERS, Redactor
from tests.test_redaction import card_numbers

redactor = Redactor()
contacts = Redactor(redact_contacts=True)

SCRIPTS = {
    "ascii": "0123456789",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "extended arabic-indic": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९",
    "full-width": "０１２３４５６７８９",
    "bengali": "০১২৩৪৫৬৭৮৯",
}
scripts = st.sampled_from(sorted(SCRIPTS))


def in_script(digits: str, script: str) -> str:
    return digits.translate(str.maketrans("0123456789", SCRIPTS[script]))


def digits_of(text: str) -> str:
    return re.sub(r"[^0-9]", "", folded(text))


# words around a secret: letters, spaces and punctuation, never a digit
words = st.text(alphabet=string.ascii_letters + " ,.!?'", max_size=30)
SEPARATORS = [" ", "-", ".", "/", "_", " - ", " / ", "\n", " \n", "\n\n", "\u00a0", "\u2013", " . "]


def grouped(number: str, sizes: list[int], separator: str) -> str:
    groups, at = [], 0
    for size in sizes:
        if at >= len(number):
            break
        groups.append(number[at : at + size])
        at += size
    if at < len(number):
        groups.append(number[at:])
    return separator.join(groups)


groupings = st.one_of(st.just([4, 4, 4, 4, 4]), st.just([4, 6, 5]), st.lists(st.integers(3, 6), min_size=1, max_size=6))


# ---- cards ----


@pytest.mark.slow
@settings(max_examples=400)
@given(words, card_numbers, groupings, st.sampled_from(SEPARATORS), scripts, words)
def test_a_card_however_it_is_grouped_and_in_any_digits_is_gone(before, number, sizes, separator, script, after):
    card = in_script(grouped(number, sizes, separator), script)
    out = redactor.redact(f"{before} {card} {after}")
    assert digits_of(out) == "", out
    assert PLACEHOLDERS["card"] in out


@pytest.mark.parametrize(
    "text",
    [
        "card 4111.1111.1111.1111", "card 4111/1111/1111/1111", "card 4111_1111_1111_1111",
        "card 4111 - 1111 - 1111 - 1111", "my card:\n4111\n1111\n1111\n1111\nthanks",
        "card ٤١١١ ١١١١ ١١١١ ١١١١", "card ۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱", "card ४१११ ११११ ११११ ११११",
        "card ４１１１ １１１１ １１１１ １１１１",
        "amex 3782 822463 10005", "card 5500–0000–0000–0004",
    ],
)
def test_cards_reported_by_the_probe(text):
    assert digits_of(redactor.redact(text)) == ""


# ---- security codes ----

CODE_LABELS = [
    "cvv {}", "CVV: {}", "cvv2 {}", "CVC={}", "security code: {}", "Security code is {}", "card verification value {}",
    "the 3 digits on the back are {}", "the three digits on the back of my card are {}", "the 4 digit code on the "
                                                                                         "front is {}",
    "sec code {}", "CSC {}",
]


@given(st.sampled_from(CODE_LABELS), st.integers(100, 9999), scripts, words)
def test_a_security_code_introduced_by_name_is_gone(label, code, script, after):
    text = label.format(in_script(str(code), script)) + " " + after
    out = redactor.redact(text)
    assert PLACEHOLDERS["security_code"] in out
    assert str(code) not in digits_of(out)


@given(card_numbers, st.sampled_from([" ", ", ", " / ", "\n", " exp 12/27 ", " 08/29 ", ", cvv "]),
       st.integers(100, 9999), scripts)
def test_a_security_code_right_after_a_card_is_gone(number, gap, code, script):
    text = in_script(f"{number}{gap}{code}", script)
    out = redactor.redact(f"pay with {text} please")
    assert str(code) not in digits_of(out).replace("1227", "").replace("0829", "")


# ---- passwords ----

passwords = st.text(alphabet=string.ascii_letters + string.digits + "!@#$%^&*-_+=", min_size=6, max_size=20).filter(
    # what looks_secret calls a password: a digit, a symbol, or a capital after the first letter; a hyphen alone
    # makes a word ("check-in"), so "password A-aaaa" is left as written, by design
    lambda p: p[0].isalnum() and any(c.isdigit() or c not in "-" and not c.isalnum() or (i and c.isupper())
                                     for i, c in enumerate(p))
)
PASSWORD_FORMS = [
    "password {}", "password: {}", "Password = {}", "my password is {}", "pw: {}", "PW={}", "pwd {}", "my pass is {}",
    "pass: {}", "passcode {}", "the password was set to {}", "password:\n{}", 'password "{}"',
]


@given(st.sampled_from(PASSWORD_FORMS), passwords, words)
def test_a_password_however_it_is_introduced_is_gone(form, password, after):
    out = redactor.redact(form.format(password) + " " + after)
    assert out.endswith(" " + after)
    assert password not in out[: len(out) - len(after)]
    assert PLACEHOLDERS["password"] in out


LOGIN_FORMS = [
    "login {user} / {pw}", "login: {user} / {pw}", "credentials {user}:{pw}", "username {user} password {pw}",
    "user: {user} pass: {pw}", "email {user}@example.com and password {pw}", "sign in {user}@example.com | {pw}",
]


@given(st.sampled_from(LOGIN_FORMS), st.from_regex(r"[a-z]{3,10}", fullmatch=True), passwords)
def test_login_pairs_lose_the_password(form, user, password):
    out = redactor.redact(form.format(user=user, pw=password))
    assert password not in out, out


@pytest.mark.parametrize(
    "text, gone",
    [
        ("password hunter2", "hunter2"), ("pw: hunter2", "hunter2"), ("my pass is hunter2", "hunter2"),
        ("login bob / hunter2", "hunter2"), ("username bob password x", "password x"),
    ],
)
def test_passwords_reported_by_the_probe(text, gone):
    assert gone not in redactor.redact(text)


# ---- keys and tokens ----

base64 = string.ascii_letters + string.digits + "/+"
aws_secrets = st.text(alphabet=base64, min_size=40, max_size=40).filter(
    lambda k: any(c.isupper() for c in k) and any(c.islower() for c in k) and any(c.isdigit() for c in k)
)
hex_keys = st.text(alphabet="0123456789abcdef", min_size=32, max_size=64).filter(
    lambda k: any(c.isdigit() for c in k) and any(c.isalpha() for c in k)
)
shaped = st.one_of(
    st.from_regex(r"AKIA[A-Z0-9]{16}", fullmatch=True),
    st.from_regex(r"ASIA[A-Z0-9]{16}", fullmatch=True),
    st.from_regex(r"gh[pousr]_[A-Za-z0-9]{36}", fullmatch=True),
    st.from_regex(r"github_pat_[A-Za-z0-9_]{40}", fullmatch=True),
    st.from_regex(r"xox[bpa]-[0-9]{10}-[A-Za-z0-9]{20}", fullmatch=True),
    st.from_regex(r"(sk|rk)_live_[A-Za-z0-9]{24}", fullmatch=True),
    st.from_regex(r"whsec_[A-Za-z0-9]{32}", fullmatch=True),
    st.from_regex(r"eyJ[A-Za-z0-9_-]{10,30}\.eyJ[A-Za-z0-9_-]{10,30}\.[A-Za-z0-9_-]{20,43}", fullmatch=True),
    aws_secrets,
    hex_keys,
)


@given(words, shaped, words)
def test_keys_and_tokens_by_their_shape_are_gone(before, key, after):
    out = redactor.redact(f"{before} {key} {after}")
    assert key not in out
    assert PLACEHOLDERS["secret"] in out


def test_aws_keys_and_a_private_key_reported_by_the_probe():
    text = (
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        "and my key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE "
        "KEY-----"
    )
    out = redactor.redact(text)
    for secret in ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "9f86d081884c", "b3BlbnNzaC1rZXkt"):
        assert secret not in out


# ---- bank details and government ids ----


def iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


ibans = st.one_of(
    st.from_regex(r"[0-9]{18}", fullmatch=True).map(lambda b: iban("DE", b)),
    st.from_regex(r"[A-Z]{4}[0-9]{14}", fullmatch=True).map(lambda b: iban("GB", b)),
    st.from_regex(r"[0-9]{23}", fullmatch=True).map(lambda b: iban("FR", b)),
)


@given(ibans, st.sampled_from([" ", "-", " - ", ""]), words)
def test_an_iban_with_spaces_or_dashes_is_gone(number, separator, after):
    written = separator.join(number[i : i + 4] for i in range(0, len(number), 4))
    out = redactor.redact(f"IBAN {written} {after}")
    assert number not in re.sub(r"[ \-]", "", out)
    assert PLACEHOLDERS["bank_account"] in out


def aba(first8: str) -> str:
    d = [int(c) for c in first8]
    check = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]) % 10) % 10
    return first8 + str(check)


routing_numbers = st.from_regex(r"(0[1-9]|1[0-2]|2[1-9]|3[0-2])[0-9]{6}", fullmatch=True).map(aba)
BANK_FORMS = [
    "routing {r} account {a}", "my bank routing number is {r} and account number {a}", "ABA {r}, acct {a}",
    "routing/account: {r}/{a}", "checking account {a}, routing #{r}", "direct deposit to {r} {a}",
]


@given(st.sampled_from(BANK_FORMS), routing_numbers, st.from_regex(r"[1-9][0-9]{5,16}", fullmatch=True), scripts)
def test_a_routing_number_and_account_number_are_gone(form, routing, account, script):
    out = redactor.redact(in_script(form.format(r=routing, a=account), script))
    assert digits_of(out) == "", out


@given(st.sampled_from(["-", ".", " "]), st.sampled_from(["SSN {}", "my social is {}", "{} is my ssn"]))
def test_an_ssn_with_dots_spaces_or_dashes_is_gone(separator, form):
    out = redactor.redact(form.format(separator.join(["123", "45", "6789"])))
    assert digits_of(out) == "", out


# ---- what must stay as it is ----

UNCHANGED = [
    "where is order 113542617735902?", "order 00004587345 is late", "tracking 1Z999AA10123456784",
    "USPS tracking 9400 1118 9922 3100 0000 00", "FedEx 7489 1234 5678", "DHL 1234567890",
    "my Amazon order 112-7654321-1234567", "call me on +44 20 7946 0958", "my number is 555-123-4567",
    "I paid $1,234.56 on 12/03/2024", "delivered 2024-01-05 at 10:30", "it cost 19.99 + 4.99 shipping",
    "My IMEI is 490154203237518", "ISBN 978-3-16-148410-0", "ticket 12345678", "zip 90210-1234",
    "I forgot my password", "my password isn't working", "password reset link doesn't arrive",
    "the password field is greyed out", "my password is not accepted", "reset my pin please", "my pass is expired",
    "boarding pass 12345", "the login page / app crashes", "login: failed again", "my verification code never arrived",
    "the 3 digits on the back are scratched off", "security code doesn't work", "my account number is 12345678",
    "orders 1001 1002 1003 and 1004", "token is expired", "I want a refund of 3 items", "room 1234, building 5678",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_ordinary_messages_are_not_mangled(text):
    assert redactor.redact(text) == text


@given(st.sampled_from(["order", "purchase", "order #", "tracking", "invoice"]),
       st.from_regex(r"(?:[0179][0-9]|8[03-9])[0-9]{3,17}", fullmatch=True))  # 81-82 is RuPay: a card
def test_order_and_tracking_numbers_that_cannot_be_cards_stay(word, number):
    text = f"{word} {number} please"
    assert redactor.redact(text) == text


# ---- contacts: only when asked ----


@pytest.mark.parametrize(
    "text", ["mail me at ada.lovelace@example.co.uk", "call me on +44 20 7946 0958", "my number is (555) 123-4567",
             "ring me: 07700 900123", "phone 0049 30 1234567", "whatsapp +1 555 010 9999"],
)
def test_contacts_are_removed_only_when_asked(text):
    assert redactor.redact(text) == text
    out = contacts.redact(text)
    assert digits_of(out) == "" and "@" not in out, out


@pytest.mark.parametrize("text",
                         ["order 113542617735902", "tracking 1Z999AA10123456784", "order 00004587345", "on 2024-01-05"])
def test_contact_redaction_leaves_order_numbers_and_dates(text):
    assert contacts.redact(text) == text


def test_the_teams_own_words_keep_contacts():
    said = "write to returns@example.com or call +44 20 7946 0958, card 4111 1111 1111 1111"
    assert contacts.redact_secrets(said) == (
        "write to returns@example.com or call +44 20 7946 0958, card [card number removed]"
    )
