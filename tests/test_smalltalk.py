import pytest

from bot.skills.smalltalk import SmallTalkSkill, SmallTalkWording, small_talk_kind

skill = SmallTalkSkill()


@pytest.mark.parametrize(
    "text, kind",
    [
        ("hi", "greeting"),
        ("Hello there!", "greeting"),
        ("hey team 👋", "greeting"),
        ("Good morning", "greeting"),
        ("hiii, how are you?", "greeting"),
        ("thanks", "thanks"),
        ("Thank you so much!", "thanks"),
        ("ok great, thanks for your help", "thanks"),
        ("cheers Sam", "thanks"),
        ("much appreciated", "thanks"),
        ("bye", "goodbye"),
        ("Thanks, bye!", "goodbye"),
        ("no that's all, have a nice day", "goodbye"),
        ("Goodbye", "goodbye"),
        ("thanks for the help", "thanks"),  # not a request for help
        ("help", "capabilities"),
        ("Help!", "capabilities"),
        ("what can you do?", "capabilities"),
        ("hi, what else can you help me with?", "capabilities"),
        ("how does this work", "capabilities"),
        ("are you a real person?", "about_bot"),
        ("hi, are you a bot?", "about_bot"),
        ("Am I talking to a human?", "about_bot"),
        ("who am I talking to?", "about_bot"),
        ("is this automated?", "about_bot"),
        ("ok", "acknowledge"),
        ("okay great!", "acknowledge"),
        ("👍", "acknowledge"),
        ("got it", "acknowledge"),
        ("no", "decline"),
        ("no thanks", "decline"),
        ("I need help", "capabilities"),
        ("I have a question", "capabilities"),
        ("can you help me?", "capabilities"),
        ("please help", "capabilities"),
    ],
)
def test_small_talk_is_recognised(text, kind):
    assert small_talk_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "hi, where is my order?",
        "hello I want a refund",
        "thanks for nothing",
        "hey can I talk to a person",
        "",
        "this is the third time I ask",
        "thanks but my parcel is still missing",
        "help me find my order 1001",
        "I need help with my order 1001",
        "I have a question about returns",
        "are you a bot that can refund me?",
    ],
)
def test_anything_more_than_small_talk_is_left_to_other_skills(text):
    assert small_talk_kind(text) is None
    assert skill.answer(text) is None


def test_greeting_says_what_the_bot_can_do():
    answer = skill.answer("hello!")
    assert answer.understood and not answer.private
    text = answer.text.lower()
    for promise in ("track", "orders", "shipping", "returns", "person", "any time"):
        assert promise in text
    assert answer.text.startswith("Hi!")


def test_replies_use_the_first_name_when_known():
    assert skill.answer("hi", name="Ada Lovelace").text.startswith("Hi, Ada!")
    # a comma before a name spoken to
    assert skill.answer("thanks!", name="Ada").text.startswith("You're very welcome, Ada!")
    assert skill.answer("bye", name="Ada").text.startswith("Thanks for stopping by, Ada, and take care!")
    assert skill.answer("thanks!").text.startswith("You're very welcome!")
    assert "anything else" in skill.answer("thanks!").text
    assert "take care" in skill.answer("bye", name="").text


def test_wording_is_configurable():
    custom = SmallTalkSkill(SmallTalkWording(greeting="Hey{name_part}, how can we help?", name_part=", {name}"))
    assert custom.answer("hi", name="Grace Hopper").text == "Hey, Grace, how can we help?"
    assert custom.reply("greeting").text == "Hey, how can we help?"
