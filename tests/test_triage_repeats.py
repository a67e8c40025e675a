"""The repeated-question check: its shortcuts decide exactly as the plain comparison does.

``RepeatCheck`` keeps each message's features between turns and skips the full comparison when upper
bounds of it settle the answer; ``reference`` below is the comparison without any of that.
"""

import math
from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.triage import History
from bot.triage.history import _COUNTED, Question, RepeatCheck, common_letters, comparable, ratio_reaches
from bot.triage.spelling import TypoFixer
from bot.triage.text import prepare

WORDS = (
    "where is my order 1001 1002 #1001 parcel refund it still not here the ? !! ... "
    "can't cannot I'm WHERE Orders café naïve ß ½ x2 deliverd oder recieved"
).split()


def reference(current_text: str, previous: tuple[str, ...], threshold: float) -> bool:
    """The check as first written: every earlier message compared in full."""
    current = comparable(current_text)
    if len(current) < 8 or len(current.split()) < 2:
        return False
    for earlier_text in previous[-5:]:
        earlier = comparable(earlier_text)
        if not earlier:
            continue
        if earlier == current:
            return True
        current_words, earlier_words = set(current.split()), set(earlier.split())
        current_numbers = {w for w in current_words if any(ch.isdigit() for ch in w)}
        earlier_numbers = {w for w in earlier_words if any(ch.isdigit() for ch in w)}
        if current_numbers and earlier_numbers and current_numbers != earlier_numbers:
            continue
        if len(current_words & earlier_words) / len(current_words | earlier_words) >= threshold:
            return True
        if SequenceMatcher(None, earlier, current, autojunk=False).ratio() >= threshold:
            return True
    return False


def plain(check: RepeatCheck, message, previous: tuple[str, ...]) -> bool:
    return reference(message.original, previous, check._threshold)


CHECKS: dict[float, RepeatCheck] = {}
words = st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=8), min_size=0, max_size=12)


@st.composite
def conversations(draw):
    """A message, and earlier ones: some the same question changed a little, some unrelated."""
    asked = draw(words)
    previous = []
    for _ in range(draw(st.integers(0, 7))):
        if asked and draw(st.booleans()):
            again = list(asked)
            for _ in range(draw(st.integers(0, 3))):
                at = draw(st.integers(0, len(again) - 1))
                again[at] = draw(st.sampled_from(WORDS) | st.just(""))
            if draw(st.booleans()):
                again.reverse()
            previous.append(" ".join(again))
        else:
            previous.append(" ".join(draw(words)))
    exact = st.builds(lambda p, q: p / q, st.integers(1, 8), st.integers(1, 8)).filter(lambda t: t <= 1)
    threshold = draw(st.just(0.85) | exact | st.floats(0.3, 1.0))  # fractions: ties with a word overlap
    return " ".join(asked), tuple(previous), threshold


@settings(max_examples=600, deadline=None)
@given(conversations())
def test_the_fast_check_decides_as_the_plain_comparison(conversation):
    current, previous, threshold = conversation
    check = CHECKS.setdefault(threshold, RepeatCheck(threshold, remembered=16))  # kept, and soon full
    message = prepare(current, None)
    assert check.asked_again(message, previous) is reference(message.original, previous, threshold)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abc de1", min_size=1, max_size=40), st.text(alphabet="abc de1", min_size=1, max_size=40))
def test_stopping_early_gives_the_ratio_s_own_answer_even_at_the_boundary(a, b):
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    ratio = matcher.ratio()
    for threshold in (ratio, math.nextafter(ratio, 2.0), math.nextafter(ratio, -1.0), 0.85, 0.5):
        assert ratio_reaches(SequenceMatcher(None, a, b, autojunk=False), len(a), len(b), threshold) is (
            ratio >= threshold
        )


@settings(max_examples=60, deadline=None)
@given(conversations())
def test_triage_decides_as_it_would_with_the_plain_comparison(triage, conversation):
    current, previous, _ = conversation
    history = History(previous_texts=previous, sentiments=(0.0,) * len(previous))
    fast = triage.classify(current, history)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RepeatCheck, "asked_again", lambda check, message, previous: plain(check, message, previous))
        as_plainly = triage.classify(current, history)
    assert fast == as_plainly


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_COUNTED + "éß", max_size=300), st.text(alphabet=_COUNTED + "éß", max_size=300))
def test_letters_in_common_are_the_smaller_counts_summed(a, b):
    def others(text):
        return len(text) - sum(text.count(ch) for ch in _COUNTED)

    expected = sum(min(a.count(ch), b.count(ch)) for ch in _COUNTED) + min(others(a), others(b))
    assert common_letters(Question(a).letters, Question(b).letters) == expected


@settings(max_examples=500, deadline=None)
@given(words.map(" ".join) | st.text(max_size=400))
def test_a_message_s_form_comes_from_its_preparation_as_from_its_text(text):
    message = prepare(text, TypoFixer(["delivered", "order", "received"]))
    assert RepeatCheck(0.85)._question(message.original, message).form == comparable(message.original)
