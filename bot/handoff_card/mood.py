"""How the customer feels, as agents read it on the card: the tone of their words, never contradicting why
they were handed to a person.

VADER alone misleads here: "help", "please" and "want" score as positive words, and "!!!" amplifies
whatever the rest scored, so "this is ridiculous!!! nobody helps, I want a person" reads as positive. The
tone below leaves the words of asking for help out, and the handoff's reason and signals have the last
word: a frustrated, complaining or distressed customer is never shown as positive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# Words of asking, not of feeling: "please help me" is a request, whatever VADER's lexicon says.
REQUEST_WORDS = (
    "help", "helps", "helping", "please", "pls", "plz", "want", "wants", "wanted", "ok", "okay", "kindly",
)
_TONE_CHARS = 2000

# The mood a handoff's reason says, whatever the words scored.
REASON_MOODS = {
    "frustration": "frustrated",
    "complaint": "unhappy",
    "sensitive:self_harm": "in distress",
    "sensitive:harassment": "distressed",
    "sensitive:bereavement": "grieving",
    "sensitive:financial_hardship": "worried",
    "sensitive:medical": "worried",
}
# The same from triage's signals (their labels, as the card lists them), most serious first.
SIGNAL_MOODS = (
    ("mentions self-harm", "in distress"),
    ("reports harassment", "distressed"),
    ("sounds frustrated", "frustrated"),
    ("sounds annoyed", "frustrated"),
    ("very negative tone", "frustrated"),
    ("shouting", "frustrated"),
    ("repeated the same question", "frustrated"),
    ("sentiment falling", "frustrated"),
    ("the bot did not understand", "frustrated"),
    ("complained", "unhappy"),
)
# Reasons that never come with a cheerful customer, though the reason names no feeling.
_NEVER_POSITIVE = frozenset({"sensitive:legal"})


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    for word in REQUEST_WORDS:
        analyzer.lexicon.pop(word, None)
    return analyzer


def support_tone(text: str) -> float:
    """VADER compound (-1..1) with the words of asking for help left out."""
    if not text.strip():
        return 0.0
    return float(_analyzer().polarity_scores(text[:_TONE_CHARS])["compound"])


def card_mood(
    texts: Sequence[str],
    reason: str | None = None,
    signals: Sequence[str] = (),
    tone: Callable[[str], float] = support_tone,
) -> str:
    """Plain words for the customer's mood over ``texts`` (their messages, oldest first) at a handoff."""
    scores = [tone(text) for text in texts if text.strip()]
    felt = felt_mood(reason, signals)
    if not scores:
        return felt or "unknown"
    first, last = scores[0], scores[-1]
    label = tone_label(last)
    direction = _direction(last - first) if len(scores) > 1 else ""
    if felt is None:
        if reason in _NEVER_POSITIVE and label == "positive":
            label = "neutral"
        if not direction:
            return f"{label} ({last:+.2f})"
        return f"{label}, {direction} over {len(scores)} messages ({first:+.2f} → {last:+.2f})"
    words = felt
    if direction and direction != "improving":  # "frustrated, improving" would soften what the reason says
        words += f", {direction} over {len(scores)} messages"
    if last <= -0.2:  # the tone agrees: worth the numbers
        words += f" ({first:+.2f} → {last:+.2f})" if direction else f" ({last:+.2f})"
    return words


def felt_mood(reason: str | None, signals: Sequence[str] = ()) -> str | None:
    """The mood the handoff's reason or signals say for certain ("frustrated", "in distress"), or None."""
    if reason in REASON_MOODS:
        return REASON_MOODS[reason]
    for prefix, mood in SIGNAL_MOODS:
        if any(signal.startswith(prefix) for signal in signals):
            return mood
    return None


def tone_label(score: float) -> str:
    # wider than VADER's own ±0.05: "positive" on a faint +0.08 misleads an agent about an upset customer
    if score <= -0.5:
        return "very negative"
    if score <= -0.2:
        return "negative"
    if score < 0.2:
        return "neutral"
    return "positive"


def _direction(delta: float) -> str:
    if delta <= -0.3:
        return "falling"
    if delta >= 0.3:
        return "improving"
    return "steady"
