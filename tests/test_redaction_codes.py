"""One-time codes and security answers never reach an agent or the disk; everyday codes and numbers stay."""

import pytest

from bot.privacy.redact import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


@pytest.mark.parametrize(
    "text, secret",
    [
        ("OTP 583920", "583920"),
        ("the code they sent is 583920", "583920"),
        ("verification code: 55 21 09", "55 21 09"),
        ("the code you texted me is 8812 but it fails", "8812"),
        ("2FA code 123456", "123456"),
        ("my one-time passcode was 4471", "4471"),
        ("security answer: fluffy", "fluffy"),
        ("my mother's maiden name is Smith and my order is late", "Smith"),
        ("memorable word = pickles.", "pickles"),
        ("OTP:\n583920", "583920"),
        ("the verification code\n314159", "314159"),
        ("verification code ٥٨٣٩٢٢", "٥٨٣٩٢٢"),  # Arabic-Indic digits
        ("2FA code १२३४५६", "१२३४५६"),  # Devanagari
        ("auth code：７７８８９９", "７７８８９９"),  # full-width
        ("otp: 583-920", "583-920"),
        ("memorable word:\npickles", "pickles"),
    ],
)
def test_codes_and_answers_that_unlock_an_account_are_removed(redactor, text, secret):
    redacted = redactor.redact(text)
    assert secret not in redacted and "removed]" in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "use discount code 20OFF",
        "promo code 123456",
        "error code 503",
        "order 583920",
        "error code\n503 on checkout",
        "postcode 90210",
        "the code doesn't work",
        "my maiden name is not accepted",
        "I forgot my security answer",
        "the security question answer was wrong",
    ],
)
def test_everyday_codes_and_talk_about_answers_stay(redactor, text):
    assert redactor.redact(text) == text
