"""Issue 11, third round: a person in danger or in need is never missed, in many surface forms.

First person x harm or need: cannot pay / income gone / debt / home at risk; a partner who tracks,
threatens or takes the money; self-harm with typos and as a habit; a death in the family. Idioms and
things that "died" stay with the bot. All phrasings here are written for the project."""

import pytest

from bot.models import Priority, Route


@pytest.mark.parametrize(
    "text",
    [
        "I haven't been able to pay my water bill since March",
        "my hours got cut and i cant cover my bills",
        "my benefits were stopped so I can't pay for the upgrade",
        "we owe over 12,000 on cards and it keeps growing",
        "the debt collectors have been chasing us for weeks",
        "it's heating or eating in our house this winter",
        "we're about to lose our flat",
        "I could be homeless next month",
        "i'm drowning in debt, please pause my plan",
        "we're struggling to make ends meet",
        "i'm in a lot of debt",
        "we might lose our house",
    ],
)
def test_hardship_in_the_customers_own_words_reaches_a_person(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:financial_hardship", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my partner takes my wages every week",
        "she keeps threatening to kill me",
        "my ex hid an airtag in my bag",
        "he won't stop sending me threats",
        "I got death threats after the review",
    ],
)
def test_control_tracking_and_threats_are_urgent(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:harassment", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "I started cutting myself again",
        "i want to dissapear",
        "having sucidal thoughts tonight",
        "i could kil myself",
        "im on the verge of breaking down",
        "i hate who i've become",
        "been binging and purging all week",
    ],
)
def test_self_harm_and_crisis_with_typos_reach_a_person(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:self_harm", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my laptop died yesterday, can you repair it?",
        "the battery passed away on Monday lol",
        "I lost my job application, can I restart it?",
        "this price is killing me",
        "I'd die for a pizza",
        "my phone has a dead battery",
        "I'm on the verge of buying the pro version",
        "we are restricting access to the beta",
        "I owe you one, thanks!",
        "the cutting board arrived cracked, can I get a replacement?",
    ],
)
def test_idioms_and_things_stay_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.route is Route.BOT, (text, result.signals)


def test_a_team_can_take_a_new_frame_back_and_the_signal_names_the_words(triage):
    from bot.triage import Triage, TriageConfig

    text = "we can't cover the water bill this month"
    result = triage.classify(text)
    assert result.signals == ('mentions financial hardship: "cannot cover the water bill"',)
    config = TriageConfig.from_mapping({"categories": {"financial_hardship": {"except_words": ["water bill"]}}})
    assert Triage(config).classify(text).route is Route.BOT


@pytest.mark.parametrize(
    "text, reason",
    [
        ("he forced me to have sex", "sensitive:harassment"),
        ("my ex pressured me into sex", "sensitive:harassment"),
        ("i'm scared to go home tonight", "sensitive:harassment"),
        ("i just want it all to end", "sensitive:self_harm"),
        ("I wish everything would stop", "sensitive:self_harm"),
        ("i wrote my goodbye letters", "sensitive:self_harm"),
    ],
)
def test_forced_sex_fear_of_home_and_wanting_it_all_over_are_urgent(triage, text, reason):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == reason, (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "i want this subscription to end",
        "the app forced me to update",
        "he made me laugh",
        "i wrote a letter to complain",
        "i'm afraid to go outside in this weather",
        "i just want this order to end up at the right address",
    ],
)
def test_ends_updates_and_letters_of_everyday_life_stay_with_the_bot(triage, text):
    assert triage.classify(text).route is Route.BOT, text


def test_a_lawyers_letter_is_legal_and_a_lost_connection_is_nothing(triage):
    assert triage.classify("i got a letter from a lawyer about your product").reason == "sensitive:legal"
    assert triage.classify("we might lose our connection during the upgrade").route is Route.BOT


@pytest.mark.parametrize(
    "text",
    [
        "I was let go from my job last month",
        "my company closed down last month",
        "I can't find work anywhere",
        "I'm afraid I'm going to lose my job",
        "my job is at risk",
        "they cut my pay in half",
        "the pandemic took my job",
        "I was furloughed",
        "my husband lost his job and we have two kids",
        "how will I support my family now",
    ],
)
def test_a_job_gone_or_going_is_hardship(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:financial_hardship", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my office closed for the holidays, deliver next week",
        "the shop closed early today",
        "I can't find the job application page",
        "I can't find work emails in the app",
    ],
)
def test_closing_times_and_lost_pages_are_not_hardship(triage, text):
    assert triage.classify(text).route is Route.BOT, text


@pytest.mark.parametrize(
    "text",
    [
        "he would scream at me and throw things",
        "I left my abusive husband last year",
        "my mother was emotionally abusive",
        "he gaslights me constantly and I feel crazy",
        "my partner isolates me from my friends",
        "he took my phone and won't let me call anyone",
        "I'm afraid he will find me",
        "I had to call the police on him last night",
        "I have a restraining order against my ex, please don't deliver to the old address",
        "she screams at me every day and calls me worthless",
        "my boyfriend forces me to do things I don't want",
    ],
)
def test_abuse_named_by_its_kind_or_its_signs_is_urgent(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:harassment", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "she broke things in the kitchen by accident",
        "I'm afraid they will find a problem with my order",
        "the courier threw things at my door",
        "I want to order the violent video game",
    ],
)
def test_accidents_worries_and_games_are_not_abuse(triage, text):
    assert triage.classify(text).reason != "sensitive:harassment", text


@pytest.mark.parametrize(
    "text",
    [
        "I keep thinking about how it would be easier if I wasn't here",
        "I can't stop thinking about death",
        "I'm done with life",
        "I attempted last year and I'm scared I'll try again",
        "I'm thinking of taking all my pills",
        "I don't see myself getting better",
        "I haven't showered in weeks",
    ],
)
def test_thoughts_of_death_an_attempt_and_a_plan_for_the_pills_are_urgent(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:self_harm", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "I attempted to log in three times",
        "the courier attempted delivery yesterday",
        "thinking about death metal albums for my brother",
        "I'm thinking of taking all my stuff back to the store",
        "I haven't showered the dog in weeks",
    ],
)
def test_log_ins_deliveries_music_and_returns_are_not_self_harm(triage, text):
    assert triage.classify(text).reason != "sensitive:self_harm", text
