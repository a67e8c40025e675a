"""Crisis told in the first person (lexicon_crisis.py): who × state or act × time, each with calm look-alikes.

A wish to be dead, a state at its worst, an act on oneself, the means asked about, someone close at risk, a
mental illness named by the writer: urgent, crisis resources at once. A feeling aimed at a product, a thing
that "dies", a deal that is "killing me" and a third person's illness stay out of the self-harm category.
All phrasings here are written for the project, none copied from an evaluation source."""

import pytest

from bot.models import Priority, Route


def _self_harm(result) -> bool:
    return result.route is Route.HUMAN and result.reason == "sensitive:self_harm"


@pytest.mark.parametrize(
    "text",
    [
        # a wish to be dead or gone
        "honestly I hope I'm dead by next year",
        "i hope i don't wake up tomorrow",
        "I pray every night that I won't wake up",
        "why am I even still alive",
        "why was I ever born",
        "why do I even exist",
        "I just want to quit life",
        "please someone just kill me",
        "can somebody kill me already",
        "the only thing keeping me alive is my cat",
        "my kids are the only reason I haven't ended it",
        "I don't see why I should keep living",
        # a state at its worst
        "I'm in a really bad place right now",
        "I've hit rock bottom",
        "I'm at my lowest point",
        "feeling like absolute garbage about myself lately",
        "I'm going through a lot right now",
        "I'm having a really hard time lately",
        "I can't stand myself anymore",
        "I'll never be good enough for anyone",
        "I keep letting everyone down",
        "I don't deserve to be happy",
        "I have nothing to look forward to anymore",
        "I'm miserable and alone",
        "I'm miserable with my life",
        "I'm so depressed about my weight I stopped eating",
        "I'm so depressed about the pandemic",
        "I'm really depressed about the whole thing with my ex",
        "I feel hopeless about the situation with my family",
        # acts on oneself, and the means
        "I've been burning myself with a lighter again",
        "I scratch myself until I bleed",
        "I keep hitting myself when I get upset",
        "how many paracetamol would it take to die",
        "what is a lethal dose of sleeping pills",
        # someone close at risk
        "my daughter says she wants to kill herself",
        "my brother tried to end his life last week",
        "my best friend keeps talking about killing himself",
        # a mental illness named by the writer
        "I have schizophrenia and the voices are loud today",
        "I've been hearing voices again",
        "I think I'm having a manic episode",
        "I keep dissociating at work",
        "I just got out of the psych ward",
        "I'm in rehab for my drinking",
        "my bpd is really bad this week",
    ],
)
def test_a_crisis_told_in_the_first_person_is_urgent(triage, text):
    result = triage.classify(text)
    assert _self_harm(result), (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        # feelings aimed at a thing
        "I'm miserable with this laptop",
        "I'm miserable with my new phone, the camera is awful",
        "I'm so depressed about this update, the old layout was better",
        "i'm hopeless with this printer",
        "I am desperate for the charger to arrive",
        "I'm devastated the concert got cancelled, can I get a refund",
        # hyperbole, and things that die or hit bottom
        "I'm dying to try the new flavour",
        "this deal is killing me",
        "kill me now lol this queue is endless",
        "my phone died again",
        "I'd kill for a discount on this",
        "the suspense is killing me, where is my parcel",
        "I wish this queue would end",
        "the battery is dead and will not wake up",
        "rock bottom prices this weekend!",
        "at its lowest point the price was 20 dollars",
        # the same words about an errand
        "I'm having a hard time finding the refund button",
        "I'm going through a lot of orders this month",
        "I'm in a bad place for signal, please email me",
        "I burned the toast again",
        # another person's illness, a story, a film
        "I have two cats I adopted during a manic episode years ago, they are lovely",
        "my ex with bpd asked me about the sofa",
        "my uncle needs to go to rehab, can I gift him the course?",
        "the film is set in an old mental hospital",
        "the hero kills himself in the last episode, no spoilers please",
        "the voices in this audiobook are great",
        "your chatbot keeps hallucinating prices",
        "manic monday sale starts now",
    ],
)
def test_look_alikes_are_not_a_crisis(triage, text):
    result = triage.classify(text)
    assert not _self_harm(result), (text, result.signals)


def test_a_product_feeling_does_not_hide_a_disclosure_in_the_same_message(triage):
    result = triage.classify("I'm miserable with this laptop and honestly I want to die")
    assert _self_harm(result), result.signals
    assert 'want to die' in result.signals[0]


def test_the_signal_names_the_words_of_the_frame(triage):
    result = triage.classify("i've hit rock bottom this year")
    assert result.signals[0] == 'mentions self-harm or emotional crisis: "hit rock bottom"'


@pytest.mark.parametrize(
    "text",
    [
        "i want die tonight",
        "Kill me.",
        "I have nothing else to live for",
        "it would be easier to just kill myself",
        "is there a painless way to end it",
        "alcohol and pills tonight I guess",
        "anyone tried mixing sleeping pills with alcohol",
        "I made a failed attempt last night",
        "I don't see myself in the future at all",
        "things never get better for me",
        "does life ever get better?",
        "it takes all my strength just to get through the day",
        "nobody knows me anymore",
        "I don't think anyone really loves me",
        "I'm such a sack of shit",
        "I feel like a total loser",
        "I can't stand what I see in the mirror",
        "I'm always fighting my own brain",
        "I've become such a shut-in",
        "I need to stop cutting when I'm sad",
        "the urge to cut is back",
        "I need to stop binge drinking",
    ],
)
def test_the_wish_the_day_and_the_self_in_more_words_are_urgent(triage, text):
    result = triage.classify(text)
    assert _self_harm(result), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I want the dress to die for",
        "easier to just kill the app and restart it?",
        "what's the easiest way to end the subscription",
        "we made a failed attempt to deliver your parcel",
        "last attempt at delivery was Monday",
        "I can't see myself in the photo you sent",
        "my wifi never gets better after the update",
        "does it ever get better than this deal?",
        "nobody knows my order number, can you check",
        "I feel like a fraud asking, but is this genuine leather?",
        "the mirror arrived cracked",
        "we stopped cutting prices",
        "the cat got shut in the garage",
        "a bottle of wine and the tablets you sold me arrived",
    ],
)
def test_their_look_alikes_are_not_a_crisis(triage, text):
    result = triage.classify(text)
    assert not _self_harm(result), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I've been feeling down for weeks",
        "I'm so sad since the lockdown started",
        "feeling low due to the pandemic",
        "I've been anxious for months",
        "I feel so alone ever since my divorce",
        "I have been stressed for a long time",
        "I have been overwhelmed since my dad got sick",
    ],
)
def test_a_feeling_that_has_lasted_is_a_disclosure(triage, text):
    result = triage.classify(text)
    assert _self_harm(result), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I was down for a few days with no internet, fine now",
        "I've been overwhelmed with orders since the sale",
        "the site was down for weeks",
        "I'm stuck for weeks waiting for the refund",
    ],
)
def test_an_errand_that_has_lasted_is_not(triage, text):
    result = triage.classify(text)
    assert not _self_harm(result), (text, result.signals)


@pytest.mark.parametrize(
    "text, crisis",
    [
        ("I drink way too much lately", True),
        ("I've been drinking to the point of blacking out", True),
        ("I keep blacking out every weekend", True),
        ("I think I'm addicted to painkillers", True),
        ("am I an alcoholic?", True),
        ("worried about alcohol withdrawal", True),
        ("5 days sober today", True),
        ("I've been clean for two years", True),
        ("I quit drinking last week and it's hard", True),
        ("I have BPD and my moods swing hard", True),
        ("my ex with BPD asked about the sofa", False),
        ("I'm addicted to your app lol", False),
        ("the kitchen has been clean since the visit", False),
        ("is this drink too sweet for kids", False),
        ("we stopped drinking soda at home", False),
        ("stop drinking that protein shake before bed", False),
        ("it's one of the signs of BPD, according to the article", False),
        ("I was diagnosed with BPD last year", True),
    ],
)
def test_drinking_and_using_told_as_a_problem_or_a_recovery(triage, text, crisis):
    result = triage.classify(text)
    assert _self_harm(result) is crisis, (text, result.signals)


@pytest.mark.parametrize(
    "text, crisis",
    [
        ("these have been the loneliest months of my life", True),
        ("none of my friends ever invite me anywhere", True),
        ("my coworkers always go out without me", True),
        ("I always feel left out", True),
        ("I haven't been hugged in two years", True),
        ("I've never had a girlfriend and I'm 30", True),
        ("music is my only friend", True),
        ("I envy people in happy relationships", True),
        ("I miss having someone who cares about me", True),
        ("I don't have many friends", True),
        ("the lonely planet guide arrived", False),
        ("the invite link doesn't work, can you invite me again?", False),
        ("I was left out of the email thread, resend please", False),
        ("the package was never held at the depot", False),
        ("my only friend who uses your app recommended it", False),
    ],
)
def test_loneliness_told_as_a_life(triage, text, crisis):
    result = triage.classify(text)
    assert _self_harm(result) is crisis, (text, result.signals)


@pytest.mark.parametrize(
    "text, crisis",
    [
        ("I don't think I'll be alive past this winter", True),
        ("I never expected to make it this far honestly", True),
        ("I feel like my death is near", True),
        ("it'll be days before anyone finds my body", True),
        ("I might as well just be gone", True),
        ("I wish I mattered", True),
        ("I don't matter to anyone", True),
        ("maybe I'm not meant to be part of this world", True),
        ("who cares if I exist", True),
        ("every morning I think about how to kill myself", True),
        ("I saved enough pills to over dose", True),
        ("I'm hating life right now", True),
        ("I wish it would all go away", True),
        ("I can't make myself eat", True),
        ("it doesn't matter which colour you send", False),
        ("I don't think the parcel will make it past customs", False),
        ("I never expected the delivery to make it this far", False),
        ("I wish the ads would all go away", False),
        ("how do I kill the app process on android", False),
    ],
)
def test_time_left_and_mattering(triage, text, crisis):
    result = triage.classify(text)
    assert _self_harm(result) is crisis, (text, result.signals)
