"""Concept frames (bot/triage/frames.py): a disclosure recognised by the concepts it is made of, in any order,
tense or wording, inside whatever errand surrounds it; and the look-alikes that share a concept but not the
frame. Every phrasing here was written for the project, none copied from an evaluation file."""

import pytest

from bot.models import Priority, Route
from bot.triage.frames import Frame, FrameReader


@pytest.mark.parametrize(
    "text",
    [
        # absence to come: a negated future × being here, needing, mattering × a horizon
        "please stop the paper bill, i wont be needing it after friday",
        "after this month i will not be needing the cover anyway",
        "no need to renew the season pass, I won't be around next season",
        "cancel the seat upgrade. it won't matter after tomorrow",
        "refund the boots, i will no longer be walking anywhere soon",
        "cancel it all. i'm not planning to be here much longer",
        "transfer the points to my sister, i won't be around to use them",
        "the sofa can go to my niece, I don't plan to be alive by then",
        # arrangements for after, the last one ever
        "my savings are sorted, everything else i own goes to my cousin. after that i'm free",
        "i've written goodbye letters to my family, can you just close the policy",
        "this will be the last flight I'll ever book",
        # the means and the place
        "I took the whole box of painkillers an hour ago, is the parcel still coming",
        "i am standing on the railway bridge right now, sorry for the weird message",
        "what time does the rope arrive? tonight is the night",
        "how tall is the car park by your depot, going up there one last time",
        # the state, the body, other tongues
        "i just want to disappear for good, delete my team",
        "honestly i don't care if i wake up tomorrow, just cancel it",
        "the lamp doesn't matter. nothing matters anymore. I'm done.",
        "i keep making myself throw up after dinner, do you sell mouthwash",
        "i cut my thighs again last night, which plasters are waterproof",
        "wala na po akong gana mabuhay, pakicancel ng claim",
        "bhai marna chahta hoon, policy band kar do",
        "I wan die, abeg cancel the order",
    ],
)
def test_a_farewell_inside_an_errand_is_a_crisis(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, text
    assert result.reason == "sensitive:self_harm", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "I won't be needing the tent after this weekend, the festival is over. Return?",
        "won't be around next week, I'm travelling for work, can you hold the parcel",
        "I won't be around to receive it after 5, can you leave it with a neighbour",
        "i will not need the router after friday, switching to another provider",
        "it won't matter which colour, just send whichever after monday",
        "i just want to disappear for a weekend, any last-minute cabin deals?",
        "one last time, where is my order?",
        "I took all my vitamins for the week at once by mistake, is that ok",
        "we were standing on the roof fixing the satellite dish when the courier came",
        "writing goodbye cards for my colleagues, do you sell nice envelopes",
        "this is my last order before christmas, when will it arrive",
        "i cut my finger on the fence, do you have plasters",
        "i've decided. the blue knife set please",
    ],
)
def test_look_alikes_of_a_farewell_stay_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.reason != "sensitive:self_harm", (text, result.signals)


def test_the_card_names_the_frame_that_held(triage):
    result = triage.classify("cancel my plan, I will not be needing it after this week")
    assert any("(absence to come)" in signal for signal in result.signals), result.signals


def test_a_frame_needs_all_its_concepts_in_one_sentence_and_no_veto():
    reader = FrameReader(
        {"gone": r"\bgone\b", "soon": r"\bsoon\b", "trip": r"\btrip\b"},
        [Frame("gone soon", "self_harm", ("gone", "soon"), veto=("trip",))],
    )
    assert reader.find("soon i will be gone", "self_harm") is not None
    assert reader.find("i will be gone. soon it will rain", "self_harm") is None
    assert reader.find("gone soon on a trip", "self_harm") is None
    assert reader.find("gone soon", "harassment") is None
    with pytest.raises(ValueError):
        FrameReader({}, [Frame("x", "self_harm", ("missing",))])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # abuse: someone close or a worker × what they do × me
        ("my stepdad kicked me last night, can the parcel go to my friend's flat", "sensitive:harassment"),
        ("the fitter grabbed my waist while he was measuring the wardrobe", "sensitive:harassment"),
        ("my partner takes my bank card every payday, can I have a card only I can use", "sensitive:harassment"),
        ("my boyfriend won't let me have any money of my own, can I open an account", "sensitive:harassment"),
        ("my wife reads every message I get, please email the claim to my work address", "sensitive:harassment"),
        ("i do not feel safe at home, please don't call the landline", "sensitive:harassment"),
        ("my ex keeps texting me from new numbers, can you block them on my line", "sensitive:harassment"),
        ("if I cancel the joint policy my husband says he will make me regret it", "sensitive:harassment"),
        ("the installer tried to come inside after the job and would not leave", "sensitive:harassment"),
        ("the driver keeps calling me at night asking if i live alone", "sensitive:harassment"),
        # data privacy
        ("when i log in i can see another passenger's booking and passport details", "sensitive:data_privacy"),
        ("was my card info exposed in the breach you emailed about?", "sensitive:data_privacy"),
        ("wipe everything you hold on me and close the account", "sensitive:data_privacy"),
        ("please stop tracking my location in the courier app", "sensitive:data_privacy"),
        # financial hardship
        ("my wages haven't come in since march, can the bill wait", "sensitive:financial_hardship"),
        ("please refund it, I need that money for rent", "sensitive:financial_hardship"),
        ("it's choosing between food and the electricity bill this week", "sensitive:financial_hardship"),
        ("I only have 9 pounds left to last me, can the late fee go", "sensitive:financial_hardship"),
        ("wala na akong trabaho, pwede bang i-hold muna ang bill", "sensitive:financial_hardship"),
        # medical, bereavement, legal
        ("my lips went numb after the new lip balm", "sensitive:medical"),
        ("i'm pregnant, is it safe to use the heat pad", "sensitive:medical"),
        ("the policyholder has passed away, I'm his son", "sensitive:bereavement"),
        ("I have reported your company to the ombudsman", "sensitive:legal"),
    ],
)
def test_a_sensitive_matter_told_in_other_words_reaches_a_person(triage, text, reason):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, (text, result.signals)
    assert result.reason == reason, (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "the courier keeps calling me to confirm the address",
        "can the engineer get in touch with me about the visit",
        "the divorce hit me hard, anyway I need to change the name on the bill",
        "my husband keeps asking when the sofa will arrive",
        "the driver did not leave the parcel, where is it",
        "please send the gift to someone else's address",
        "i got someone else's order, what do I do",
        "the bottle leaked all over my bag",
        "remove everything you have in my basket",
        "my skin is so dry, which cream would you recommend",
        "my phone died, the account holder will call back",
        "help me file a consumer complaint against your company",
        "my flight was cancelled because of covid",
        "I'm crying, this film is so sad",
        "my husband has not come home",
        "my husband passed me the phone, he wants to ask about the sim",
        "heart attack seeing how cheap the sale is",
        "my lawyer friend recommended your app, how do i sign up",
    ],
)
def test_look_alikes_of_abuse_privacy_hardship_and_the_rest_are_not_sensitive(triage, text):
    """Not a sensitive handoff (a complaint about a cancelled flight or a consumer complaint may still be one)."""
    result = triage.classify(text)
    assert not (result.reason or "").startswith("sensitive:"), (text, result.reason, result.signals)


def test_a_film_never_hides_a_wish_to_die_in_the_same_message(triage):
    result = triage.classify("I cried all night and I want to die, the film was on in the background")
    assert result.reason == "sensitive:self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "cancel the life cover renewal, there's no point, i won't be around to claim it",
        "does the policy still pay if i die by my own hand",
        "i've been stockpiling my pills for weeks, can you deliver more",
        "my kids will be better off with the insurance money",
        "i'm done with everything, close my account",
        "please tell my family i'm sorry, and cancel the sofa order",
        "pagod na ako mabuhay, paki cancel na lang",
        "main khud ko khatam kar dunga, booking cancel karo",
        "i no wan live again, abeg cancel am",
    ],
)
def test_the_means_kept_back_and_what_is_left_for_others_are_a_crisis(triage, text):
    result = triage.classify(text)
    assert result.reason == "sensitive:self_harm", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "i have been saving up for a new sofa",
        "collecting my prescription tablets tomorrow",
        "tell my wife i am sorry i missed the delivery window, she will call",
        "the kids would be better off with the bunk bed",
        "i am done with everything on my list, thanks!",
        "i won't be around to sign for it, leave it in the porch",
    ],
)
def test_savings_apologies_and_lists_are_not_a_crisis(triage, text):
    assert triage.classify(text).reason != "sensitive:self_harm", text


def test_a_worker_who_touched_me_is_abuse_first_even_when_i_feel_sick(triage):
    """The customer gets the abuse helplines, not "I can't give medical advice"; the medical signal stays."""
    result = triage.classify("the meter reader touched me on the doorstep and i feel sick about it")
    assert result.reason == "sensitive:harassment", result.signals
    assert result.priority is Priority.URGENT
    assert any("medical" in signal for signal in result.signals)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("why does my boarding pass show another passenger's name", "sensitive:data_privacy"),
        ("i received someone else's policy documents by email", "sensitive:data_privacy"),
        ("someone logged into my fantasy account and can see my bank details", "sensitive:data_privacy"),
        ("your courier posted a photo of my front door with my address on social media", "sensitive:data_privacy"),
        ("my email is on a leaked list from your site", "sensitive:data_privacy"),
        ("my pension doesn't stretch to the gas bill this winter", "sensitive:financial_hardship"),
        ("i'm struggling to pay for the sofa finance after my divorce", "sensitive:financial_hardship"),
        ("i don't have money for the delivery fee until my salary comes next week", "sensitive:financial_hardship"),
        ("my landlord enters my flat without asking and watches me", "sensitive:harassment"),
        ("the claims adjuster kept asking me personal questions about my sex life", "sensitive:harassment"),
        ("my partner smashed my phone, I need a replacement sent somewhere he won't see", "sensitive:harassment"),
    ],
)
def test_privacy_hardship_and_abuse_in_other_sectors_words(triage, text, reason):
    result = triage.classify(text)
    assert result.reason == reason, (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "it is hard to make a payment on your website",
        "i have someone else's parcel, who do i give it to",
        "my son threw my phone in the pool by accident lol",
        "can i add another user's name to my plan",
    ],
)
def test_payments_parcels_and_accidents_are_not_sensitive(triage, text):
    result = triage.classify(text)
    assert not (result.reason or "").startswith("sensitive:"), (text, result.signals)
