"""A customer's stance toward what was bought and toward us: warnings to other buyers, regret, the outcome
demanded, a fault as a habit of the thing, below what was promised, a consumer's complaint letter; and anger
spoken at the listener (excuses refused, empty promises, an order shouted, a name hurled). Each frame has
calm look-alikes that must stay with the bot. The phrasings are our own, not any source's rows."""

import pytest


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("Do not be fooled by the reviews.", "do not be fooled"),
        ("Don't make the same mistake I did.", "do not make the same mistake"),
        ("If you want a sturdy case, look elsewhere.", "look elsewhere"),
        ("Steer clear of this one.", "steer clear"),
        ("I would advise against buying it.", "i would advise against"),
        ("So just beware.", "beware"),
        ("Sending it back.", "sending it back"),
        ("We are sending them back tomorrow.", "we are sending them back"),
        ("I regret buying this kettle.", "regret buying"),
        ("I'm sorry I ordered from this shop.", "sorry i ordered"),
        ("Last time I order from you.", "last time i order from"),
        ("Threw my money down the drain with this one.", "down the drain"),
        ("I want my money back.", "i want my money back"),
        ("You owe me an apology.", "you owe me an apology"),
        ("The strap breaks easily.", "breaks easily"),
        ("Battery drains really fast.", "drains really fast"),
        ("It went dead after two days.", "went dead after"),
        ("Never worked once.", "never worked"),
        ("Does not work.", "does not work."),
        ("Doesn't hold a charge.", "does not hold a charge."),
        ("Stopped charging after a week.", "stopped charging after"),
        ("Doesn't match the picture at all.", "does not match the picture"),
        ("It's not what it says it is.", "not what it says"),
        ("The photos are misleading.", "misleading"),
        ("Fell well below expectations.", "well below expectations"),
        ("Feels cheap and flimsy.", "feels cheap"),
        ("Cheap plastic, it will snap.", "cheap plastic"),
        ("Way overpriced for what you get.", "overpriced"),
        ("The food had no flavour.", "no flavour"),
        ("Our food took forever.", "took forever"),
        ("We walked out after twenty minutes.", "we walked out"),
        ("I've had better pizza at the petrol station.", "i have had better"),
        ("This airline is easily the worst.", "is easily the worst"),
        ("Not happy at all with how this was handled.", "not happy at all with how"),
        ("The app is awkward to use.", "awkward to use"),
        ("Not good enough for the price.", "not good enough"),
        ("Truly awful.", "truly awful."),
        ("I am writing to dispute the late payment on my report.", "writing to dispute"),
        ("The bank has violated my rights.", "has violated"),
        ("I never authorized these charges.", "i never authorized these"),
        ("They refused to correct the error.", "refused"),
        ("The food was not fresh.", "the food was not fresh"),
        ("Our waiter wasn't very friendly.", "our waiter was not very friendly"),
        ("This place is not what it used to be.", "not what it used to be"),
        ("Underwhelming.", "underwhelming"),
        ("We were never greeted.", "we were never greeted"),
        ("No one came over to take our order.", "no one came over"),
        ("Had to ask for water three times.", "had to ask for water three times"),
        ("There was a hair in my soup.", "a hair in my soup"),
        ("Not a good buy.", "not a good buy"),
        ("Honestly it is not that great.", "it is not that great"),
        ("Poor build quality.", "poor build quality."),
        ("The customer support is sorely lacking.", "is sorely lacking."),
        ("What a piece of absolute junk.", "absolute junk"),
        ("The kettle died in a few weeks.", "died in a few weeks"),
        ("The app is not user friendly.", "not user friendly"),
        ("@airline lost my bag and nobody has found it", "lost my"),
    ],
)
def test_a_stance_against_what_was_bought_is_a_complaint(triage, text, quoted):
    result = triage.classify(text)
    assert result.route.value == "human" and result.reason == "complaint", (text, result.signals)
    assert any(quoted in signal for signal in result.signals), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "Stop making excuses and fix it.",
        "Enough with the excuses!",
        "Don't give me that crap.",
        "You keep promising and never deliver.",
        "Every time I call I get a different answer.",
        "Well that was a complete waste of an afternoon.",
        "I told you so.",
        "Why does this keep happening to me?!",
        "Mind your own business.",
        "Stop it!",
        "Listen to me!",
        "You liar!",
        "You'll regret this.",
        "You've got some nerve.",
        "I never want to see you again.",
        "You dirty rat.",
        "To hell with your rules.",
        "Don't you walk away from me!",
        "You should be ashamed of yourself.",
        "Keep your mouth shut!",
        "You'll be sorry.",
        "Answer the question!",
        "Cut the crap.",
        "Quit whining.",
        "You've got a lot of explaining to do.",
        "Don't play dumb with me.",
        "Stop being so dramatic.",
        "Quit trying to bait me.",
        "Go cry somewhere else.",
        "You are dead wrong.",
        "You're heartless.",
        "You are such a hypocrite.",
        "@airline love how my flight got delayed again",
        "Thanks a lot. Still no refund.",
    ],
)
def test_anger_spoken_at_the_listener_is_frustration(triage, text):
    result = triage.classify(text)
    assert result.route.value == "human" and result.reason == "frustration", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        # praise and no complaint at all
        "Not bad at all.",
        "I was worried but it arrived on time.",
        "No complaints, works great.",
        "Nothing to complain about.",
        "Never had a problem with it.",
        "Not a single issue so far.",
        "I thought it would break easily but it is sturdy.",
        "You won't be disappointed.",
        "Works as described.",
        "Don't hesitate, buy it.",
        "Couldn't be happier with it.",
        "The food was amazing and the staff were so friendly.",
        "Cheap and cheerful, does the job.",
        "I was skeptical at first but it works perfectly.",
        "The only good thing about Mondays is coffee.",
        # plain requests and questions
        "I'd like to return it, it's the wrong size.",
        "How do I return an item?",
        "Does it break easily?",
        "Is it hard to set up?",
        "My card does not work abroad, what should I do?",
        "I reset it. It did not work.",
        "I demand a refund for my cancelled order, how do I get it?",
        "Can you stop my subscription?",
        "Stop the music.",
        "Where should I avoid this morning?",
        "As I told you on the phone, my address changed.",
        "Why does it always ask for my password?",
        "Not what I wanted to read today, but thanks for the update.",
        "I did not request a paper statement this month, can I get one?",
        "The payment failed to process, can you check it?",
        # spoken warmly, or not at us
        "Don't walk too fast, wait for me.",
        "Stop it, you're making me laugh!",
        "You'll be sorry you missed this concert, it was amazing!",
        "Answer the phone when you can, no rush.",
        "Don't you worry about me.",
        "The weather is not great today, is my delivery still coming?",
        "Was the hotel not clean?",
        "The wait was not bad at all.",
        "It seems the doctors have some explaining to do.",
        "Poisoning the rivers is a terrible crime.",
        "Nothing special, just wanted to say thanks.",
        "No one came to the party, but we had fun anyway.",
        "I had to ask twice but the staff were lovely.",
        # praise tweeted at a brand, with a complaint's words turned round
        "@airline waiting at the gate is the worst but your crew made it fun",
        "@airline the seats could be better but overall great",
        "@airline love you guys, will never fly anyone else again",
        "@airline never again will I fly anyone else",
        "@airline I was dreading the delay but you made up for it",
        "@airline look elsewhere? no way, you're the best",
        "@airline you guys are the best, never had a bad flight",
        "@airline the last time I flew with you was perfect",
        "@airline I regret not booking with you sooner",
        "@airline no complaints here, smooth flight",
        # a theft is for the police and the insurer, not a complaint about the business
        "my car was stolen",
        "my car got broken into",
        "my phone was stolen last night",
        "my house was broken into and my laptop is gone",
        # "no one" and "fail" in a sour sentence are not a problem told to us
        "no one can make you feel small without your consent",
        # "junk" and "not great" that judge nothing bought
        "We need to clear the junk out of the garage before the delivery.",
        "Can you stop sending me junk mail?",
        "It is not that great a distance to your store, I will pick it up.",
        "It's not that great but overall a good buy.",
        "Stop being so hard on yourself, you did great!",
        "Go cry it out if you need to, I'm here.",
        "Are you wrong about the date? Check the email.",
        # a problem put right, and thanks for it
        "@airline returned my lost bag within an hour, amazing",
        "@shop fixed my broken phone in a day, brilliant",
        # praise that only sounds like sarcasm
        "I love how you packed it, so cute!",
        "Nothing like a hot coffee on a cold morning.",
        "I love how it still works after ten years.",
        "Thanks a lot!",
    ],
)
def test_calm_look_alikes_stay_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.route.value == "bot", (text, result.signals)


def test_the_signal_quotes_the_stance_and_tandem_config_can_except_it():
    from bot.triage import Triage, TriageConfig

    text = "Look elsewhere."
    assert Triage().classify(text).signals == ('complained: "look elsewhere"',)
    excepted = TriageConfig.from_mapping({"categories": {"complaint": {"except_words": ["look elsewhere"]}}})
    assert Triage(excepted).classify(text).route.value == "bot"
