"""Asking for a person in forms the grammar learned from words nobody tuned for: chat shorthand ("talk 2 sum1"),
a dropped "to" ("I want talk to agent"), Pidgin, Tagalog, Arabic and Hindi in Latin letters, a call asked for in
a letter's words, the customer's own account manager, and Spanish, Portuguese and French without an article."""

import pytest

from bot.models import Route


@pytest.mark.parametrize(
    "text",
    [
        "talk 2 sum1 pls",
        "is there any1 i can talk to",
        "i want talk to agent",
        "I need speak with manager now",
        "i wan yarn with customer care",
        "abeg i wan yarn with una agent",
        "call me 0412 555 019",
        "pls call me on +44 7700 900123",
        "I would like to request a telephone call at your earliest convenience",
        "could we hop on a quick call",
        "can someone from your team jump on a call with us today",
        "we moved to the business plan and need our account manager",
        "pwede po makausap ang agent",
        "gusto ko po makausap ang isang tao",
        "ana abgha akallim mowazaf",
        "bdi atkallam ma3 insan",
        "customer care ka number do",
        "helpline ki number chahiye",
    ],
)
def test_more_forms_of_asking_for_a_person(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "hablar con agente por favor",
        "quiero hablar con asesor",
        "quero falar com atendente",
        "je voudrais parler avec un conseiller",
    ],
)
def test_asking_for_a_person_in_other_languages_without_an_article(triage, text):
    assert triage.classify(text).route is Route.HUMAN, text


@pytest.mark.parametrize(
    "text",
    [
        "talk 2 you later, thanks",
        "i want talk time on my plan",
        "my number is 0412 555 019",
        "does the phone call feature work abroad",
        "we jumped on a call with our designer yesterday and picked this sofa",
        "the account manager role in the app, how do I assign it",
        "and want a refund for the second one",
        "how long does a telephone call to the uk cost on this plan",
    ],
)
def test_look_alikes_stay_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.reason != "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "who's in charge there",
        "start live chat",
        "put a human on",
        "I'd like someone to get in touch",
        "can somebody reach out",
        "Please get in contact with me",
        "how do i get in touch",
        "hello? is anyone real here",
        "enough of the bot",
        "agent agent agent",
        "please let a person handle this",
        "I'd like to be put in touch with whoever handles refunds",
        "I'd like to discuss this with a member of your team",
        "This needs a human",
        "who handles complaints",
        "A person would be better",
        "Can I get a call",
        "I'm not talking to a robot",
    ],
)
def test_a_person_asked_to_make_contact_or_take_over(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "please get in touch with me when it is back in stock",
        "the email says someone will get in touch within 24 hours, is that right?",
        "somebody contacted me claiming to be from your company, is that legit",
        "who is in charge of deciding the colour options, just curious",
        "is anyone real reading reviews lol",
        "my parcel needs someone to sign for it",
        "this needs an engineer to install it, do you offer that?",
        "can I get a ring resized here",
        "can I get a call when it ships",
        "can we get a call back option in the app",
        "let my husband sign for it",
        "🎉 last order before the holidays! thanks team 🙌",
        "cheers team",
    ],
)
def test_contact_look_alikes_stay_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.reason != "human_request", (text, result.signals)
