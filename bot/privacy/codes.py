"""One-time codes and answers to security questions: what unlocks an account, typed into a chat.

A one-time code is a short run of digits named as such ("OTP 583920", "the verification code is 1234",
"the code you texted me was 55 21 09"). Discount codes, order numbers and error codes are not named so and
stay. An answer to a security question is the words after the question ("my mother's maiden name is
Smith", "memorable word: pickles", "security answer - fluffy"), up to the end of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.findings import PASSWORD, SECURITY_CODE, Finding

# the value may stand on the next line ("OTP:\n583920", "the verification code\n314159"): a code is digits only
_LABEL = r"(?:[ \t]{0,3}(?::|=|-|is(?![A-Za-z])|was(?![A-Za-z])))*[ \t]{0,3}(?:\r?\n[ \t]{0,3})?"
_CODE_NAME = re.compile(
    r"(?<![A-Za-z])(?:otp|one[- ]time[ \t]+(?:pass(?:word|code)?|code|pin)|(?:verification|security|"
    r"auth(?:entication|ori[sz]ation)?|2fa|two[- ]factor|login|log-?in|sign[- ]?in|sms|text|access|mfa)[ \t]+"
    r"code|code[ \t]+(?:(?:that[ \t]+)?(?:you|they|u|i|it|the[ \t]+(?:app|bank|site|text)))[ \t]+"
    r"(?:just[ \t]+)?(?:sent|texted|emailed|got|received|gave)(?:[ \t]+(?:me|us|to[ \t]+me))?)" + _LABEL,
    re.IGNORECASE,
)
# four to eight digits, maybe split in groups ("583 920", "55-21-09")
_CODE_VALUE = re.compile(r"(?:[0-9][ -]?){3,7}[0-9](?![0-9])")

_QUESTION = re.compile(
    r"(?<![A-Za-z])(?:(?:my[ \t]+)?mother'?s[ \t]+maiden[ \t]+name|maiden[ \t]+name|memorable[ \t]+(?:word|"
    r"answer|place|date|name|information)|security[ \t]+(?:answer|question[ \t]+answer)|secret[ \t]+(?:answer|"
    r"word)|(?:my[ \t]+)?first[ \t]+pet'?s?[ \t]+name|answer[ \t]+to[ \t]+(?:my|the)[ \t]+security[ \t]+question)"
    r"(?:[ \t]{0,3}(?::|=|-|is(?![A-Za-z])|was(?![A-Za-z])))+[ \t]{0,3}(?:(?<=[:=])\r?\n[ \t]{0,3})?",
    re.IGNORECASE,
)
# the answer runs to the end of the clause
_ANSWER = re.compile(r"[^\n.,;!?]{1,60}?(?=[ \t]+(?:and|but|so|because|if|or)[ \t]|[\n.,;!?]|$)", re.IGNORECASE)
_NOT_AN_ANSWER = re.compile(
    r"(?:not|wrong|incorrect|invalid|forgotten|lost|missing|different|the[ \t]+same|changed|required|needed)\b",
    re.IGNORECASE,
)


def one_time_codes(text: str) -> Iterator[Finding]:
    for name in _CODE_NAME.finditer(text):
        value = _CODE_VALUE.match(text, name.end())
        if value:
            yield Finding(SECURITY_CODE, value.span(), "one_time_code")


def security_answers(text: str) -> Iterator[Finding]:
    for question in _QUESTION.finditer(text):
        answer = _ANSWER.match(text, question.end())
        if answer and answer.group().strip() and not _NOT_AN_ANSWER.match(answer.group().strip()):
            yield Finding(PASSWORD, answer.span(), "security_answer")
