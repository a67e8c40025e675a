"""Greetings, thanks, goodbyes, "what can you do?" and "are you a bot?": answered warmly (and honestly),
and only when the message is nothing more."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import ClassVar

from .answer import SkillAnswer

logger = logging.getLogger(__name__)

GREETING = "greeting"
THANKS = "thanks"
GOODBYE = "goodbye"
CAPABILITIES = "capabilities"
ABOUT_BOT = "about_bot"
ACKNOWLEDGE = "acknowledge"  # "ok", "got it", "👍": nothing to answer, nothing misunderstood
DECLINE = "decline"  # "no", "nope": nothing more wanted


@dataclass(frozen=True)
class SmallTalkWording:
    PLACEHOLDERS: ClassVar[Mapping[str, frozenset[str]]] = MappingProxyType(
        {"greeting": frozenset({"name_part", "name"}), "thanks": frozenset({"name_part", "name"}),
         "goodbye": frozenset({"name_part", "name"}), "name_part": frozenset({"name"}),
         "capabilities": frozenset({"name_part", "name"}), "about_bot": frozenset({"name_part", "name"}),
         "acknowledge": frozenset({"name_part", "name"}), "decline": frozenset({"name_part", "name"})}
    )
    # fields: name_part (", Ada" or ""), name
    greeting: str = (
        "Hi{name_part}! I'm the support assistant. I can track your orders, answer questions about "
        "shipping, returns and exchanges, and connect you with a person from our team at any time: just "
        "say \"talk to a person\". What can I help you with?"
    )
    name_part: str = ", {name}"  # "You're very welcome, Ada!": a name spoken to is set off by a comma
    thanks: str = "You're very welcome{name_part}! Is there anything else I can help with?"
    goodbye: str = "Thanks for stopping by{name_part}, and take care! If anything else comes up, I'm here any time."
    acknowledge: str = "Is there anything else I can help with?"
    decline: str = "No problem{name_part}. If anything else comes up, I'm here any time."
    capabilities: str = (
        "I can find your orders and tell you where they are (status, carrier, tracking and delivery date), "
        "answer questions about shipping, returns, exchanges and payment, and bring in a person from our "
        "team whenever you like: just say \"talk to a person\". What would you like to do?"
    )
    about_bot: str = (
        "I'm an automated assistant, not a person. I can help with your orders, shipping and returns, and a "
        "person from our team is always one message away: just say \"talk to a person\"."
    )


# In priority order: "hi, are you a bot?" asks about the bot, "thanks, bye!" is a goodbye, "hi, thanks" a thanks.
_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        ABOUT_BOT,
        (
            r"are (?:you|u) (?:a |an )?(?:real |actual |live )?(?:bot|robot|human|person|machine|ai|computer|real)",
            r"(?:am i|are we) (?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:real |actual |live )?"
            r"(?:bot|robot|human|person|machine|ai|computer)",
            r"is this (?:a |an )?(?:real |actual )?(?:bot|robot|human|person|machine|ai|automated)",
            r"who (?:am i|are we) (?:talking|speaking|chatting) (?:to|with)", r"who are (?:you|u)",
            r"what are (?:you|u)",
        ),
    ),
    (
        CAPABILITIES,
        (
            r"what (?:else )?can (?:you|u) (?:do|help (?:me )?with)(?: for me)?", r"what do (?:you|u) do",
            r"how does (?:this|it) work", r"what can i (?:ask|do)(?: (?:you|here))?", r"what are (?:you|u) for",
            r"^(?:help|help me|menu|options|commands|start)(?=\W*$)",
            r"(?:i|we) (?:need|want|would like) (?:some )?(?:help|assistance|support)",
            r"(?:please )?help(?: me)? please", r"please help(?: me| us)?",
            r"(?:can|could) (?:you|u|someone|somebody) help(?: me| us)?", r"(?:i|we) (?:have|got) (?:a )?(?:question|"
                                                                          r"query|problem)s?",
        ),
    ),
    (
        GOODBYE,
        (
            r"good ?bye", r"bye(?: bye)?", r"see (?:you|ya)(?: later| soon| around)?", r"cya", r"good night",
            r"have a (?:nice|good|great|lovely) (?:day|evening|weekend|one)", r"take care",
            r"that'?s (?:all|it)(?: for (?:now|today))?", r"nothing else", r"talk (?:to you )?(?:later|soon)",
        ),
    ),
    (
        THANKS,
        (
            r"thank(?:s| you)(?: (?:so|very) much)?(?: a lot| again)?", r"many thanks", r"thx", r"ty", r"cheers",
            r"much appreciated", r"appreciate (?:it|that|the help|your help)", r"ta",
            r"(?:that'?s|that was|very|so|super|really) helpful", r"that helps", r"you'?re (?:a star|the best)",
        ),
    ),
    (
        GREETING,
        (
            r"hi+", r"hello+", r"hey+", r"hiya", r"howdy", r"yo", r"greetings", r"hola", r"bonjour", r"hallo",
            r"good (?:morning|afternoon|evening|day)", r"morning", r"how are (?:you|u)(?: doing)?(?: today)?",
            r"how'?s it going", r"what'?s up", r"sup",
        ),
    ),
)
_PATTERNS = tuple((kind, re.compile(r"\b(?:" + "|".join(words) + r")\b")) for kind, words in _PHRASES)

# Words that may come along with small talk without making it a question.
_FILLERS = frozenset(
    """
    ok okay great perfect awesome cool nice there all everyone team bot folks again so much very and oh ah
    well then alright right super lovely brilliant wonderful fantastic amazing excellent you guys friend
    friends sir madam yes yep sure no nope nah got it that for your the help info now just i we too to u
    """.split()
)
_TOKEN = re.compile(r"[a-z']+|[0-9]+")


_ACK = re.compile(
    r"^(?:(?:ok(?:ay)?|k+|kk|alright|all right|got it|gotcha|i see|understood|noted|cool|great|perfect|nice|sure|fine|"
    r"yes|yep|yeah|yup|lol|haha+|hah|hmm+|ah|oh|wow|"
    r"[\U0001F44D\U0001F44C\U0001F642\U0001F60A\U0001F64F\u2705\U0001F44F]+)[\s,.!]*)+$"
)
_DECLINE = re.compile(r"^(?:no|nope|nah|no thanks?|no thank you|not really|i'?m good|all good)[\s,.!]*$")


def small_talk_kind(text: str) -> str | None:
    """The kind of small talk (``greeting``, ``thanks``, ``goodbye``, ``capabilities``, ``about_bot``,
    ``acknowledge``, ``decline``) when the message is only that, else None."""
    lowered = text.lower().replace("\u2019", "'")
    if _DECLINE.match(lowered.strip()):
        return DECLINE
    if _ACK.match(lowered.strip()):
        return ACKNOWLEDGE
    found: list[str] = []
    for kind, pattern in _PATTERNS:
        lowered, count = pattern.subn(" ", lowered)
        if count:
            found.append(kind)
    if not found:
        return None
    others = [t for t in (t.strip("'") for t in _TOKEN.findall(lowered)) if t and t not in _FILLERS]
    if len(others) > 1 or (others and not _is_name(others[0], text)):
        return None
    return found[0]


def _is_name(word: str, text: str) -> bool:
    """Whether ``word`` is written capitalised in ``text``, as in "thanks Sam"."""
    return re.search(rf"\b{re.escape(word.capitalize())}\b", text) is not None


class SmallTalkSkill:
    def __init__(self, wording: SmallTalkWording | None = None) -> None:
        self.wording = wording or SmallTalkWording()

    def answer(self, text: str, name: str | None = None) -> SkillAnswer | None:
        kind = small_talk_kind(text)
        return self.reply(kind, name) if kind else None

    def reply(self, kind: str, name: str | None = None) -> SkillAnswer:
        """The reply for ``kind`` (one of the kinds ``small_talk_kind`` returns), using the first name if known."""
        first = (name or "").strip().split(" ")[0]
        name_part = self.wording.name_part.format(name=first) if first else ""
        template = {
            GREETING: self.wording.greeting,
            THANKS: self.wording.thanks,
            GOODBYE: self.wording.goodbye,
            CAPABILITIES: self.wording.capabilities,
            ABOUT_BOT: self.wording.about_bot,
            ACKNOWLEDGE: self.wording.acknowledge,
            DECLINE: self.wording.decline,
        }[kind]
        return SkillAnswer(template.format(name_part=name_part, name=first), understood=True)
