"""The learned signal respects what the person grammar judged not to be a support request.

Phrasings written for this test. The model alone would hand some of them off (it learned "talk to your …
team"); the rules' exceptions for requests for a person veto it, and the veto is said in the signals.
"""

import pytest

from bot.models import Route
from bot.triage import Triage, TriageConfig


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()


@pytest.mark.parametrize(
    "text",
    [
        "can I talk to your sales team",
        "could you put me through to the marketing department",
        "I'd like to chat with your partnerships team about stocking your candles",
        "I am an agent for a furniture brand, who buys for your shop?",
        "my travel agent said you would refund it",
        "you can call me Sam",
        "how do I phone customer service for my bank",
    ],
)
def test_not_a_support_request_stays_with_the_bot_with_the_model_on(triage, text):
    result = triage.classify(text)
    assert result.route is Route.BOT, (text, result.signals)


def test_a_veto_is_explained_in_the_signals(triage):
    result = triage.classify("can I talk to your sales team")
    [signal] = result.signals
    assert signal.startswith("model: human_request") and 'vetoed by "your sales team"' in signal


@pytest.mark.parametrize(
    "text",
    ["transfer to agent", "agent pls", "need to talk with customer care urgently", "human please, not a bot"],
)
def test_a_support_request_still_reaches_a_person(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


def test_an_admins_except_words_veto_the_model_too():
    custom = Triage(TriageConfig.from_mapping({"categories": {"human_request": {"except_words": ["transfer to"]}}}))
    result = custom.classify("transfer to agent")
    assert result.route is Route.BOT
    assert 'vetoed by "transfer to"' in result.signals[0]


def test_the_veto_leaves_other_categories_of_the_model_alone(triage):
    result = triage.classify("my sales rep says I have been having chest pains, is that a heart attack?")
    assert result.route is Route.HUMAN and result.reason == "sensitive:medical", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "cust care pls",
        "helpline no?",
        "support email id",
        "phone number for your customer service team",
        "toll-free line?",
        "what's your number",
        "how to contact you",
        "can you book me a call tomorrow",
        "need customer service",
        "want to talk to an agent",
        "I'd rather get an answer from a person",
        "human please, not a bot",
    ],
)
def test_log_style_requests_and_contact_questions_reach_a_person(text):
    result = Triage(TriageConfig(model=False)).classify(text)  # the rules alone
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    ["support no longer works on my old phone", "your number of free returns?", "need more staff at the till"],
)
def test_look_alikes_of_contact_questions_stay_with_the_bot(text):
    assert Triage(TriageConfig(model=False)).classify(text).route is Route.BOT, text
