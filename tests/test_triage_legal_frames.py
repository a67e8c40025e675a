"""A legal matter of the customer's own, paying told as a struggle, and words that only look sensitive.

Legal (lexicon_legal.py): who × legal act — a lawyer sought, court, whether something is legal, being
arrested or cited, a landlord or an employer in a dispute, custody, a will. Hardship: difficulty making the
payments, worry about the bills, a job at risk. Kept out: a food court, legal tender, a landlord named without
a dispute, trouble paying in the app. All phrasings here are written for the project."""

import pytest

from bot.models import Route


@pytest.mark.parametrize(
    "text",
    [
        "I need a good divorce lawyer, can you recommend one?",
        "we hired an attorney last month",
        "I have to go to court next week so I can't take the delivery",
        "my court date got moved",
        "is it legal for them to keep my deposit?",
        "can my landlord legally enter without notice",
        "what are my rights here",
        "I got a speeding ticket in your rental car",
        "my son was arrested on Friday",
        "my landlord refuses to return my deposit",
        "my employer withheld my last paycheck",
        "I think it was wrongful termination",
        "we're in a custody battle",
        "she filed for divorce",
        "I'm the executor of my aunt's estate",
        "can I sue the seller?",
    ],
)
def test_a_legal_matter_of_the_customers_own_reaches_a_person(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:legal", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "we met at the food court",
        "is this legal tender in Canada?",
        "my landlord is lovely, please leave it with him",
        "my boss loved the gift",
        "the tennis court lights are out",
    ],
)
def test_law_words_without_a_legal_matter_are_not_legal(triage, text):
    result = triage.classify(text)
    assert result.reason != "sensitive:legal", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I'm having real difficulty making my loan payments",
        "we have trouble keeping up with the rent since spring",
        "I'm so stressed about paying the bills this month",
        "I might lose my job if this goes on",
        "I've been looking for work for months",
        "I'm scared of getting fired over this",
        "I'm so stressed about losing my job",
        "I think I'm going to be laid off next month",
        "I've been unemployed since March",
        "I have no job and the bills keep coming",
        "my small business is really struggling",
    ],
)
def test_paying_told_as_a_struggle_is_hardship(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:financial_hardship", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I had no problem making my payments before",
        "having trouble making payments on your app",
        "I'm worried about my money back, the refund is late",
        "I'm worried that the courier will get fired for this",
        "I have no work today so I can be home for the delivery",
        "will the driver be fired?",
    ],
)
def test_paying_trouble_with_the_app_is_not_hardship(triage, text):
    result = triage.classify(text)
    assert result.reason != "sensitive:financial_hardship", (text, result.signals)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("that's odd. my order shows twice", "sensitive:self_harm"),
        ("where should I keep my gun so the kids can't reach it", "sensitive:self_harm"),
        ("the bill was not passed this week", "sensitive:bereavement"),
        ("this jacket cought my attention, is it in stock?", "sensitive:medical"),
        ("my friend infected me with the hiking bug, need boots", "sensitive:medical"),
    ],
)
def test_words_that_only_look_sensitive(triage, text, reason):
    result = triage.classify(text)
    assert result.reason != reason, (text, result.signals)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("i od'd on my pills last night", "sensitive:self_harm"),
        ("I keep my gun by the bed and think about ending it", "sensitive:self_harm"),
        ("my dad passed last week", "sensitive:bereavement"),
    ],
)
def test_the_real_ones_still_count(triage, text, reason):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == reason, (text, result.signals)
