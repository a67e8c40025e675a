"""A problem told to the business is a complaint (`complaint_told.py`): tweets to a brand's @handle that
state what went wrong, and chat messages that state it with a sign of being fed up; review-style verdicts;
anger aimed at the listener. Questions, praise, commands and a plain report asking for help stay with the bot."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # tweets to brands of every kind: the problem stated, told to the @handle
        "@SkyUK my broadband has been down since Tuesday",
        "@Dominos ordered at 7, it's now 9 and still no pizza",
        "@Microsoft your latest update broke my laptop, it won't boot",
        "@Vodafone no signal at all in my area for three days now",
        "@HSBC_UK I've been on hold for 50 minutes",
        "@AmazonHelp package says delivered but it never arrived",
        "@Apple my iPhone keeps restarting since the update",
        "@Ryanair flight delayed 4 hours and not a single update",
        "@Spotify the app keeps crashing every time I open a playlist",
        "@Comcast internet keeps dropping every evening",
        "@PlayStation can't log in to my account, error every time",
        "@Barclays my card got declined again even though there is money in the account",
        "@UPS my parcel has been stuck in the depot for a week",
        "@Samsung the washing machine you sent is leaking water everywhere",
        "@Verizon third dropped call today",
        "@AirCanada why is my flight delayed AGAIN?",
        "@Ikea the wardrobe arrived with two panels cracked",
        "@Sainsburys delivery came without half my items",
        "@Zara the jacket is missing a button and the zip is broken",
        "@AmericanAir I've called 5 times and nobody picks up",
        "@united 2 hour hold just to change a seat",
        "@Delta we've been sitting on the tarmac for an hour",
        "@united my bags didn't make it to Denver",
        "@SouthwestAir can't rebook my flight on your site",
        "@JetBlue rude gate agent at JFK tonight",
        "@EE my train is late again and now no signal either 😡",
        "@SamsungMobile my screen went black and won't turn on",
        "@AppleSupport my phone keeps dying at 40%",
        "@Safeway the bread I bought yesterday is already moldy",
        "@Nike my order was supposed to arrive Tuesday and it's now Friday",
        "@Uber_Support charged me for a ride I never took",
        "@VerizonSupport been without internet for 3 days",
        "@united thanks for losing my bag, really",
        "@SouthwestAir thanks a lot for the runaround",
        # in a chat, the same with a sign of being fed up
        "my order came with the wrong size and nobody replies to my emails",
        "this charger doesn't work at all",
        "the app crashed again, third time today",
        # review-style verdicts
        "Poor sound quality.",
        "Bad purchase.",
        "Buttons are too small.",
        "The food was cold and the waiter was rude.",
        "Not as good as I had hoped.",
        "I was not happy with this phone.",
        "Don't waste your money!",
        "I'm returning it.",
        "I couldn't get the software to work with my computer.",
        "Disappointed!",
        "really disappointed with the quality of this kettle",
        "they refused to refund me",
        "the battery lasted two weeks",
        "low quality stitching, came apart in the wash",
        "the speaker is not loud enough",
        "the jumper arrived in the wrong size",
    ],
)
def test_a_problem_told_to_the_business_is_a_complaint(triage, text):
    result = triage.classify(text)
    assert result.route.value == "human", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        # questions, praise and requests to brands
        "@Zara do you have this dress in a size 12?",
        "@Vodafone thanks for sorting out my bill so quickly!",
        "@AmazonHelp thanks, the replacement arrived today",
        "@easyJet what happens if my flight is delayed more than 3 hours?",
        "@Barclays how do I report a lost card?",
        "@AirCanada my flight was delayed but your crew handled it brilliantly, thank you",
        "@Delta thanks for the upgrade, crew was amazing",
        "@Tesco is the Metro store on King St open on Sunday?",
        "@bank can you show me my damn statement",
        "@Delta I called twice about my seat and you sorted it, thanks!",
        "@united how long is the wait time at security?",
        "@united will my flight be late?",
        "I was not disappointed at all, it's great",
        "my laptop won't turn on, how do I reset it?",
        "@Nike when is the order supposed to arrive?",
        "@united thanks for the lovely flight",
        "is the blue one the wrong size for a 10 year old?",
        # a plain report asking for help, as a bank or hotel chat has it
        "the transfer I made on Monday has not arrived",
        "I lost my wallet",
        "I lost my card last Thursday",
        "my card hasn't arrived yet",
        "I entered a wrong delivery address by mistake",
        "my card was declined, how do I pay another way?",
        "if my package is lost, do I get a refund?",
        # commands to an assistant, and other people's stories
        "tell comcast i am still on hold",
        "cancel my booking for Friday please",
        "Yeah. It didn't even work, that's why nobody went crazy.",
        "Approaching doesn't work unless you know someone.",
        "People change their minds when trust is broken.",
    ],
)
def test_questions_praise_and_plain_reports_are_not_complaints(triage, text):
    result = triage.classify(text)
    assert result.route.value == "bot", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "Get out of my house!",
        "Leave me alone!",
        "Don't you ever touch me again!",
        "Are you out of your mind?",
        "Don't talk to me like that!",
        "You ruined everything!",
        "You make me sick.",
        "How could you do this to me?",
        "What's your problem?",
        "Who the hell do you think you are?",
    ],
)
def test_anger_aimed_at_the_listener_is_frustration(triage, text):
    result = triage.classify(text)
    assert result.route.value == "human" and result.reason == "frustration", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "Get out! No way, that's amazing!",
        "how do I get out of my contract early?",
        "how could you help me with a refund?",
        "Leave it on the table, please.",
    ],
)
def test_look_alikes_of_anger_are_not_frustration(triage, text):
    result = triage.classify(text)
    assert result.route.value == "bot", (text, result.signals)


def test_a_problem_told_says_what_and_to_whom_and_tandem_config_can_except_it():
    from bot.triage import Triage, TriageConfig

    text = "@Comcast internet keeps dropping every evening"
    assert Triage().classify(text).signals == ('complained: "keeps dropping" told to @Comcast',)
    excepted = TriageConfig.from_mapping({"categories": {"complaint": {"except_words": ["keeps dropping"]}}})
    assert Triage(excepted).classify(text).route.value == "bot"


@pytest.mark.parametrize(
    "text", ["@SouthernRail late again 😡", "third delay this week #fuming", "stuck on hold #fail"]
)
def test_an_angry_face_or_hashtag_is_anger(triage, text):
    result = triage.classify(text)
    assert result.route.value == "human", (text, result.signals)
    assert any(signal.startswith("angry mark") for signal in result.signals), result.signals


@pytest.mark.parametrize(
    "text", ["made it to the final 😡 jk so happy!!", "this fail-proof recipe is lovely #failproof"]
)
def test_an_angry_mark_in_play_is_not_anger(triage, text):
    assert triage.classify(text).route.value == "bot", triage.classify(text).signals
