from bot.text import MAX_ANALYSED_CHARS, MAX_STORED_CHARS, clean_message, normalise_for_matching, shorten


def test_invisible_and_control_characters_are_removed():
    smuggled = "wh\u200bere is my or\u2060der\u202e?\x00\x07 \U000e0041"
    assert clean_message(smuggled).text == "where is my order?"


def test_fullwidth_letters_read_as_plain_ones_and_emoji_survive():
    assert clean_message("ｏｒｄｅｒ 1001 👨‍👩‍👧").text == "order 1001 👨‍👩‍👧"


def test_broken_surrogates_do_not_break_storage():
    text = clean_message("hi \ud800 there").text
    text.encode("utf-8")  # would raise on a lone surrogate
    assert text == "hi \ufffd there"


def test_huge_messages_are_bounded_and_the_cut_is_reported():
    result = clean_message("a" * (MAX_STORED_CHARS + 5))
    assert len(result.text) == MAX_STORED_CHARS
    assert result.truncated_chars == 5
    assert len(result.analysed) == MAX_ANALYSED_CHARS


def test_empty_and_none():
    assert clean_message("").text == "" and clean_message(None).text == "" and clean_message(" \n\t ").text == ""


def test_matching_form_and_shortening():
    assert normalise_for_matching("  Never   MIND!! ") == "never mind"
    assert shorten("one two three four five", 12) == "one two…"
    assert shorten("short", 12) == "short"
