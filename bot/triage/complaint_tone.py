"""A problem told in a sour tone is a complaint, even without a complaint's words.

"flight 123 delayed again, missed my connection, awful" names no complaint and blames nobody in so many
words, yet no support team would read it as a routine question. When no rule has fired, a message about
the customer's own case (my, our, me, you, your…) that names something gone wrong (delayed, lost, charged,
on hold, no reply…) and sounds clearly negative (VADER compound at or below ``TriageConfig.complaint_threshold``,
-0.4) counts as a complaint. Plain requests ("how do I return a broken lamp?") and asking what to do ("it
arrived damaged, how do I get a replacement?") are left to the bot and its help articles.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_PROBLEM = re.compile(
    r"\b(?:delay\w*|cancel+ed|cancel+ation|lost|losing\s+my|broken(?!\s+into)|damaged|missing|late|charged|overcharged|"
    r"refund\w*|on\s+hold|hold\s+for|waiting|waited|stuck|stranded|rude|never\s+(?:arrived|came|received|got)|"
    r"no\s+(?:reply|response|answer|help|refund|update|updates|info\w*)|will\s+not|cannot\s+get|unable|"
    r"failed|terrible|awful|horrible|useless)\b"
)  # not "no one", "nobody", "fail" or "worst" alone: "no one cares", "when you fail", "the worst bit is"
_ABOUT_THEIR_CASE = re.compile(r"\b(?:my|our|me|us|you|your|we|i)\b")
# "it arrived damaged, how do I get a replacement?", "the payment failed, can you check it?": asking what to do or
# asking us to do it, which the help articles and the bot answer
_ASKING_WHAT_TO_DO = re.compile(
    r"\b(?:how\s+(?:do|can|could|should)\s+(?:i|we)|what\s+(?:do|should|can)\s+(?:i|we)\s+do|(?:can|could)\s+(?:i|we|you)|"
    r"is\s+it\s+possible)\b"
)

# "I was dreading the delay but you made up for it": the problem told, then turned into praise
_PRAISE_TURN = re.compile(
    r"\b(?:but|though|although|yet)\b(?![^.!?]*\b(?:not|never|no|still)\b)[^.!?]*\b(?:made\s+up\s+for|fun|great|"
    r"amazing|love|loved|best|nice|lovely|good|fine|excellent|perfect|awesome|fantastic|worth\s+it|happy|glad|friendly|"
    r"helpful|thanks|thank\s+you)\b"
)


def sour_problem(norm: str, sentiment: float, threshold: float) -> str | None:
    """The problem word when the message is a problem told in a sour tone, else None."""
    if sentiment > threshold:
        return None
    problem = _PROBLEM.search(norm)
    if problem is None or _ABOUT_THEIR_CASE.search(norm) is None or _ASKING_WHAT_TO_DO.search(norm):
        return None
    if _PRAISE_TURN.search(norm, problem.end()):
        return None
    return problem.group(0)
