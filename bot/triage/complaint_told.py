"""A problem told to the business is a complaint: "@airline flight delayed again, no one at the gate",
"your app keeps crashing", "the charger stopped working", "still no reply to my email".

A complaint is a negative experience told to whoever caused it. Its two parts, written as grammar rather
than as phrases:
- the **problem stated**: a service failure as a state or a verb, as customers of any business say it
  (late, delayed, cancelled, lost, broken, missing, the wrong item, charged twice, still waiting, no reply,
  never arrived, does not work, keeps crashing, cannot log in, on hold, rude);
- **told to the business**: the brand's @handle, "you"/"your", or the customer's own case ("my", "our",
  "I", "we", "it" of a thing bought), rather than a third party's story.

It is not a complaint when the message is cheerful ("thanks for sorting out my delayed bag!"), when it
asks what to do or how something works ("my card was declined, how do I pay?", "what if my flight is
delayed?"), or when it is a command ("cancel my booking"). Told in a chat with us, a problem is how a
plain request for help begins too ("my transfer failed", "I lost my card"): there it is a complaint only
with a sign of being fed up (again, "every time", "at all", a verdict, "!!", capitals, a negative mood
once case words are set aside). Tweeted at the brand's @handle, it is a complaint as it stands, a
question only with such a sign or a wait ("why is my flight delayed AGAIN?"); and a clearly negative tweet
at the @handle about what the brand sells or does is one too ("@airline your crew were a disgrace").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from .anger import LOUD_PUNCTUATION
from .complaint_wrongs import wrong_told
from .patterns import PhraseMatcher, any_word, regex_entries
from .text import normalise
from .third_party import harm_by_us

logger = logging.getLogger(__name__)

HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{1,30}")

_DURATION = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|multiple|few|over\s+(?:an?|\d+)|"
    r"almost\s+(?:an?|\d+))\s*(?:\+\s*)?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?)"
)
_THING = (
    r"(?:phone|app|apps|website|site|web\s*site|product|item|items|order|package|parcel|delivery|flight|flights|bag|bags|"
    r"luggage|baggage|suitcase|card|account|service|charger|battery|screen|headset|headphones|earbuds|case|device|unit|"
    r"internet|wi-?fi|broadband|connection|signal|bill|payment|refund|room|food|meal|staff|driver|agent|support|store|"
    r"shop|restaurant|hotel|train|bus|laptop|computer|printer|tv|software|update|subscription|plan|router|modem|"
    r"line|email|ticket|booking|reservation|seat|gate|plane|crew|waiter|waitress|server|manager|coffee|pizza|"
    r"burger|drink|machine|camera|speaker|cable|keyboard|mouse|tablet|shoes?|shirt|dress|jacket|jeans|"
    r"system|login|password|transfer|deposit|loan|claim|policy|insurance|upgrade|installation|repair|engineer|"
    r"technician|car|vehicle|stock|size|product|quality|price|customer\s+service|mobile|network|data|stream\w*)"
)
_NOUN_SUBJECT = rf"(?:the|my|our|your|this|that|these|those)\s+(?:\w+\s+)?{_THING}s?"
# a service failure said as a state or a verb: rarely anything else (the normal form: "didn't" -> "did not")
FAILURE_PATTERNS = regex_entries(
    r"\b(?:not|never|stopped|stops|quit|quits)\s+(?:working|charging|loading|connecting)\b",
    r"\bnever\s+(?:arrived|came|received|showed\s+up|turned\s+up|heard\s+back|called\s+(?:me\s+|us\s+)?back|"
    r"replied|responded|refunded|delivered|got\s+(?:my|our|a|the|any)\s+(?:refund|order|package|parcel|bag|"
    r"reply|response|call|email|confirmation|money|item|delivery))\b",
    r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:arrived|been\s+(?:delivered|fixed|refunded|"
    r"shipped|resolved|answered)|heard\s+back|replied|responded|been\s+contacted)\b",
    r"\b(?:keeps?|kept)\s+(?:on\s+)?(?:crashing|freezing|dropping|disconnecting|failing|cutting\s+out|"
    r"logging\s+me\s+out|charging\s+me|cancell?ing|delaying|losing\s+(?:my|our)|shutting\s+down|restarting|rebooting|"
    r"buffering|glitching|getting\s+(?:delayed|cancell?ed))\b",
    r"\b(?:cannot|could\s+not|unable\s+to|can\s+never)\s+(?:even\s+|seem\s+to\s+)?(?:log\s*in|login|sign\s+in|"
    r"get\s+through|get\s+(?:a|any)\s+(?:reply|response|answer|signal|refund)|make\s+calls|check\s+in)\b",
    r"\b(?:delayed|cancell?ed|overbooked|diverted|stranded|misconnect\w*|missed\s+(?:my|our)\s+(?:connection|"
    r"connecting\s+flight|flight|train)|bumped\s+(?:me|us)\s+off|bumped\s+off\s+(?:my|our|the)\s+flight)\b",
    r"\b(?:lost|misplaced|damaged|broken|smashed|cracked|dented|ripped|torn|missing|stolen)\s+(?:(?!my\b|our\b)\w+\s+)?"
    r"(?:bags?|luggage|suitcases?|baggage|parcels?|packages?|items?|box|screen|parts?|pieces|deliver(?:y|ies))\b",
    r"\b(?:(?<!i\s)(?<!we\s)damaged|misplaced)\s+(?:my|our)\b",
    r"\b(?:(?:sent|gave|brought|delivered|received|got|came\s+with|served)\s+(?:me\s+|us\s+)?(?:the|a|an)\s+)"
    r"(?:wrong|incorrect)\s+(?:\w+\s+)?(?:item|size|order|colou?r|product|meal|package|parcel|one|thing|drink|"
    r"model|book|food|dish)\b|\bwrong\s+(?:item|size|order|colou?r|product|meal|package|parcel)\s+(?:again|"
    r"arrived|came|delivered|sent|was\s+(?:sent|delivered))\b",
    r"\b(?:overcharged|double[-\s]charged|charged\s+(?:me\s+|us\s+)?(?:twice|double|again|extra\s+for|for\s+"
    r"nothing)|hidden\s+charges?)\b",
    r"\bstill\s+(?:waiting|no\s+(?:reply|response|answer|refund|update|word|sign|help|one)|nothing|not\s+"
    r"(?:arrived|fixed|working|resolved|refunded|received|here)|have\s+not|has\s+not|on\s+hold|broken|down|"
    r"delayed)\b",
    r"\b(?:waiting|waited|on\s+hold|in\s+(?:a\s+)?(?:queue|line))\s+(?:for\s+|over\s+|since\s+|nearly\s+)?"
    rf"(?:{_DURATION}|ages|forever|an\s+eternity)\b",
    r"\b(?:no|zero)\s+(?:reply|replies|response|responses|updates?|refund|compensation|apology|"
    r"one\s+(?:to\s+help|at\s+the\s+(?:desk|gate|counter)|answers|answered|picks?\s+up|called)|"
    r"customer\s+service|explanation)\b",
    r"\b(?:nobody|no\s+one|noone)\s+(?:is\s+|has\s+|ever\s+|even\s+|will\s+|would\s+|can\s+|could\s+)?"
    r"(?:answer\w*|repl(?:y|ied|ies)|respond\w*|call\w*\s+(?:me|us)\s+back|pick\w*\s+up|show\w*\s+up)\b",
    r"\b(?:no|zero|without)\s+(?:signal|wi-?fi|internet|broadband|service|power|electricity|hot\s+water|heating|"
    r"phone\s+line|connection|reception|dial\s+tone)\s+(?:for|since|again|all|at\s+all|in\s+my|at\s+my|for\s+)",
    r"\b(?:declined|rejected|refused|blocked|frozen|suspended|locked|delayed|late|broken|down|cancell?ed|wrong|"
    r"missing|charged|crashed|failed|lost|stuck|dropped)\s+(?:again|once\s+again|for\s+no\s+reason|yet\s+again)\b",
    rf"\b(?:stuck|sitting|sat|held\s+up)\s+(?:in|at|on)\s+(?:the\s+|a\s+)?\w+(?:\s+\w+)?\s+for\s+(?:over\s+)?"
    rf"(?:{_DURATION}|ages|hours|days|weeks)\b|\b(?:stuck|sitting|sat)\s+on\s+the\s+(?:tarmac|runway|plane)\b",
    r"\b(?:website|site|app|internet|wi-?fi|broadband|service|system|network|server|phone\s+line|signal|"
    r"network)\s+(?:is|are|was|has\s+been|went|keeps\s+going|goes)\s+(?:\w+\s+)?(?:down|offline)\b",
    r"\bdropped\s+calls?\b|\b(?:is|are)\s+out\s+of\s+order\b",
    r"\b(?:keeps?|kept)\s+(?:giving|showing|throwing)\s+(?:me\s+)?(?:an?\s+)?error|\berror\s+(?:\w+\s+)?"
    r"every\s+time\b|\bwill\s+not\s+let\s+me\s+(?:check\s*out|log\s*in|sign\s+in|pay|book|order|access)\b",
    r"\b(?:arrived|came|delivered)\s+without\b|\b(?:arrived|came)\s+with\s+(?:\w+\s+){0,3}(?:cracked|broken|"
    r"damaged|missing|scratched|dented|torn|ripped|stained)\b",
    r"\bstill\s+(?:have|got)\s+no\b",
    # getting hold of someone, and the wait for it
    r"\b(?:called|calling|rang|emailed|messaged|dm'?e?d|tweeted|phoned|contacted|chased)\s+(?:you\s+|them\s+|"
    r"(?:your|the)\s+\w+\s+)?(?:\d+|two|three|four|five|six|several|multiple|many|countless|so\s+many)\s+times\b",
    r"\b(?:been\s+)?(?:trying|tried)\s+(?:to\s+)?(?:call|calling|reach|contact|get\s+(?:through|hold\s+of|in\s+"
    rf"touch))\b[^.!?]{{0,30}}\b(?:for\s+(?:{_DURATION}|days|hours|weeks|ages)|all\s+(?:day|week|morning)|since)\b",
    r"\b(?:cannot|could\s+not|can\s+never)\s+(?:seem\s+to\s+)?(?:get|reach|find)\s+(?:anyone|anybody|a\s+(?:person|"
    r"human|rep|real\s+person|live\s+person|agent))\b|\bbusy\s+signal\b|\b(?:got\s+)?(?:cut\s+off|"
    r"disconnected)\s+(?:again|twice|after|\d+)\b",
    rf"\b{_DURATION}\s+(?:on\s+)?(?:hold|wait|delay|late|queue|in\s+line)\b|\b(?:hold|wait)\s+times?\s+(?:is|are|"
    rf"was|were|of)\s+(?:over\s+|nearly\s+)?{_DURATION}\b",
    # the trip going wrong, the booking that will not go through
    r"\b(?:late|delayed|cancell?ed)\s+(?:again|flight|departure|arrival|plane|train|bus|delivery)\b|"
    r"\b(?:sitting|sat|stuck|waiting|trapped)\s+(?:on|at|in)\s+(?:the\s+)?(?:tarmac|runway|gate|plane|airport)\s+"
    r"(?:for|since)\b",
    r"\b(?:bags?|luggage|suitcases?)\s+(?:did\s+not|never|still\s+(?:has\s+)?not)\s+(?:make\s+it|arrive|show|come|"
    r"turn\s+up)\b",
    r"\b(?:cannot|could\s+not|unable\s+to)\s+(?:book|rebook|change|select|print|complete|finish|place|check\s*out|"
    r"access|use)\s+(?:my|our|the|a|an|any|your|it)\b",
    r"\b(?:rude|unhelpful|unprofessional|incompetent|nasty|condescending|clueless)\s+(?:\w+\s+)?(?:attendants?|"
    r"staff|crew|agents?|employees?|pilot|driver|waiter|waitress|cashier|manager|reps?|representatives?|people|"
    r"service)\b",
    # a thing that will not start, food gone off, a promise gone by, a charge for what was never had
    r"\b(?:will|would)\s+not\s+(?:even\s+)?(?:turn\s+on|switch\s+on|boot|start\s+up|power\s+on|charge|hold\s+a\s+"
    r"charge)\b|\bkeeps?\s+(?:dying|turning\s+off|shutting\s+off|switching\s+off|losing\s+(?:signal|connection|"
    r"charge|power))\b",
    r"\b(?:is|was|were|are|came|arrived)\s+(?:already\s+|completely\s+)?(?:mou?ldy|rotten|expired|spoiled|"
    r"out\s+of\s+date|melted|squashed|crushed|raw\s+in\s+the\s+middle)\b",
    r"\b(?:was|were|is|are)\s+supposed\s+to\s+(?:arrive|be\s+(?:here|delivered|fixed|refunded|back)|come|ship|"
    r"call\s+(?:me|us)(?:\s+back)?)\b[^.!?]{0,40}\b(?:still|never|nothing|no\s+sign|but|and\s+it\s+is|now)\b",
    r"\bcharged\s+(?:me|us)\s+for\s+[^.!?]{0,30}\b(?:i|we)\s+(?:never|did\s+not)\b",
    r"\b(?:want|need|demand|expect|deserve)\s+(?:my|our)\s+money\s+back\b",
    # an insurer or a bank not putting it right: "my claim was denied", "the refund got rejected"
    r"\b(?:claim|refund|dispute|chargeback|reimbursement)\s+(?:was|has\s+been|got|keeps\s+getting)\s+(?:\w+\s+)?"
    r"(?:denied|rejected|refused|declined)\b",
    r"\b(?:sending|returning|took|taking)\s+(?:it|this|them|these)\s+back\b",
)
_NOT_DONE = (
    r"(?:does|do|did|will|would|is|are|was|were|has|have)\s+not\s+(?:even\s+|always\s+|really\s+|properly\s+)?"
    r"(?:work|charge|turn\s+on|load|connect|fit|open|start|print|sync|install|play|hold\s+a\s+charge|respond|arrive|"
    r"show\s+up)"
)
_BROKE = (
    r"(?:leaking|leaks|overheats|overheating|crashed|crashes|froze|freezes|died|broke(?!\s+up)|failed|fails|glitch\w*|"
    r"malfunction\w*)"
)
_BAD_STATE = (
    r"(?:is|are|was|were|arrived|came|got|has\s+been|have\s+been)\s+(?:completely\s+|totally\s+|always\s+|"
    r"again\s+|still\s+)?(?:broken(?!\s+into)|dead|offline|unusable|unavailable|lost|damaged|missing)"
)  # a car stolen or broken into is a theft for the police and the insurer, not the business's failure
_POOR_STATE = (
    r"(?:is|are|was|were|arrived|came|got|has\s+been|have\s+been)\s+(?:completely\s+|totally\s+|always\s+|"
    r"again\s+|still\s+)?(?:late|cancell?ed|delayed|rude|unhelpful|dirty|filthy|cold|stale|(?:so|too|very|really|"
    r"extremely)\s+(?:slow|late|expensive|small|uncomfortable|difficult|loud|hot|flimsy|weak))"
)
# a generic fault ("broke", "does not work", "too slow") is a complaint only when said of a thing bought or a
# service used: "this charger does not work", "the app crashed", "my bag was damaged", "it stopped charging"
FAULT_PATTERNS = regex_entries(
    rf"\b{_NOUN_SUBJECT}\s+(?:\w+\s+){{0,3}}?(?:{_NOT_DONE}|{_BROKE}|{_BAD_STATE}|{_POOR_STATE})\b"
    r"|^\W*(?:does|did|would|will)\s+not\s+(?:work|charge|fit|connect|turn\s+on)\b"
)
# "it does not work" is the customer's only in their own voice ("I bought it and it does not work") or to us
PRONOUN_FAULT_PATTERNS = regex_entries(
    rf"\b(?:it|this\s+one|they|these)\s+(?:just\s+|then\s+|now\s+|still\s+|also\s+)?(?:{_NOT_DONE}|{_BROKE}|"
    rf"{_BAD_STATE})\b"
)
# a tweet's subject left out is the brand it is sent to: "@airline lost my bag", "@shop sent the wrong size"
_ADDRESSEE_DID = re.compile(
    r"\W*(?:you\s+(?:guys\s+)?|they\s+)?(?:have\s+|just\s+|again\s+|somehow\s+)*(?:lost|damaged|broke|misplaced|"
    r"cancell?ed|delayed|overcharged|ignored|forgot|ruined|sent\s+(?:me\s+)?the\s+wrong)\s+(?:my|our|me|us)\b"
)
_WE = ("i", "my", "we", "our", "me", "us")
_YOU = ("you", "your")
_OWN_VOICE = any_word(*_WE, *_YOU)
OPENING_CHARS = 400  # a complaint says its problem up front; deeper in a long post it is a story
COMMAND = re.compile(
    r"\W*(?:please\s+|olly\s+|hey\s+\w+\s+)?(?:tweet|post|tell|remind|email|text|message|write|note|add|set|"
    r"play|turn|make|send|cancel)\b"
)
_NAMED = re.compile(rf"\b(?:the|a|an)\s+(?:\w+\s+)?{_THING}s?\b")
_TOLD_TO_US = any_word(*_YOU, "yours", *_WE, "it", "this", "these", "they", "them")
_INTENSITY = re.compile(
    r"\b(?:again|still|yet\s+another|another|every\s+time|always|never|third|second|ridiculous|unacceptable|"
    r"seriously|really)\b|" + _DURATION
)
# fed up, not only waiting: repetition, exasperation ("still" and "two weeks" are how a plain query says it too)
_UPSET = re.compile(
    r"\b(?:again|(?:yet\s+)?another\s+(?:delay|day|week|hour|cancellation|problem|issue|broken|wrong|missed|"
    r"excuse)|every\s+(?:single\s+)?time|third\s+time|twice|ridiculous|unacceptable|seriously|joke|worst|terrible|"
    r"awful|horrible|useless|pathetic|disgrace\w*|shocking|appalling|rubbish|not\s+good\s+enough|at\s+all)\b"
)
_SOUR = -0.3
_SOUR_FACE = re.compile("[\U0001F620\U0001F621\U0001F624\U0001F92C\U0001F44E\U0001F644\U0001F612\U0001F611\U0001F4A2]")
_JUDGED = -0.5
_TARGET = re.compile(rf"\b(?:your|you\s+guys|{_THING}s?)\b")
ASKING = re.compile(
    r"\b(?:how\s+(?:do|can|could|should|would|long)\s+(?:i|we|it)|what\s+(?:do|should|can|would)\s+(?:i|we)\s+do|"
    r"what\s+(?:happens|if|are\s+my\s+options)|can\s+(?:i|we|you)|could\s+(?:i|we|you)|is\s+it\s+possible|"
    r"is\s+there\s+(?:a|any)\s+way|in\s+case|if\s+(?:my|our|the|it|i|a|you|your|there)|whether|"
    r"do\s+you\s+know|will\s+i\s+(?:get|be))\b"
)
_QUESTION_OPENING = re.compile(r"\W*(?:why|where|when|how|what|who|which|is|are|can|do|does|did|will|would|has|have)\b")
_CHEERFUL = 0.5  # VADER reads "hold" and "just" as mildly positive; thanks and praise score higher
_BRIEF = 280  # thanks for a problem put right is said in a tweet's length; a letter that mentions a refund complains
_RESOLVED = re.compile(
    r"\b(?:returned|found|fixed|sorted|resolved|refunded|replaced|rebooked|reunited|recovered|tracked\s+down|"
    r"got\s+(?:it|them|my\s+\w+|our\s+\w+)\s+back)\b"
)
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


_FAILURES = PhraseMatcher(FAILURE_PATTERNS, normalise)
_FAULTS = PhraseMatcher(FAULT_PATTERNS, normalise)
_PRONOUN_FAULTS = PhraseMatcher(PRONOUN_FAULT_PATTERNS, normalise)


@dataclass(frozen=True)
class ToldProblem:
    problem: str  # the words that state it, for the signal
    to: str  # who it is told to: "@handle", "you", "my"...
    tone: float | None = None  # set when the problem is the negative tone itself


def told_problem(
    original: str, opened: str, prefixes: frozenset[str], sentiment: float, mood: Callable[[str], float]
) -> ToldProblem | None:
    """The problem and whom it is told to, when the message complains by stating it; else None. ``opened``:
    ``text.opening`` of the normal form, ``prefixes``: the normal form's word prefixes."""
    if sentiment >= _CHEERFUL:
        return None
    body = opened[:OPENING_CHARS]
    if COMMAND.match(body):
        return None
    handle = HANDLE.search(original) if "@" in original else None
    blamed = harm_by_us(body)  # "your driver hit my car": blame needs no sign of being fed up
    if blamed is not None and ASKING.search(body) is None:
        return ToldProblem(blamed, handle.group(0) if handle is not None else blamed.split()[0])
    wronged = wrong_told(body, prefixes)  # "interest was added even though i paid on time": a verdict of its own
    if wronged is not None and ASKING.search(body) is None and "?" not in original:
        return ToldProblem(wronged, handle.group(0) if handle is not None else "us")
    problem = _stated(body, prefixes, handle is not None)
    if problem is None:
        pronoun = _PRONOUN_FAULTS.leftmost(body, prefixes)
        problem = pronoun.text if pronoun is not None else None
        if problem is None or (handle is None and _OWN_VOICE.search(body) is None):
            judged = _judged(body, handle, sentiment, mood)
            return ToldProblem(judged.group(0), handle.group(0), sentiment) if judged and handle else None
    told = _TOLD_TO_US.search(body) or _NAMED.search(body)
    if handle is None and told is None:
        return None
    if ASKING.search(body):
        return None
    upset = _UPSET.search(body) is not None or LOUD_PUNCTUATION.search(original) is not None or _shouting(original)
    upset = upset or _SOUR_FACE.search(original) is not None
    upset = upset or (sentiment <= _SOUR and mood(original) <= _SOUR)  # "lost" and "failed" tell, they do not feel
    if handle is None:
        # in a chat with us, "my transfer failed" asks for help; a complaint says the customer is fed up
        if not upset:
            return None
    else:
        asking = "?" in original or _QUESTION_OPENING.match(body) is not None  # "@airline cannot rebook" is told
        if asking and not (upset or _INTENSITY.search(body)):
            return None
    if len(original) <= _BRIEF and sentiment > 0 and _RESOLVED.search(body) and mood(original) >= _CHEERFUL:
        return None  # "@airline returned my lost bag within an hour, amazing": a problem put right, and thanks
    to = handle.group(0) if handle is not None else told.group(0) if told is not None else ""
    return ToldProblem(problem, to)


def _stated(body: str, prefixes: frozenset[str], to_handle: bool) -> str | None:
    """The failure or fault the message states, the first in it; to an @handle, what the brand did to us too."""
    found = _FAILURES.leftmost(body, prefixes) or _FAULTS.leftmost(body, prefixes)
    if found is not None:
        return found.text
    did = _ADDRESSEE_DID.match(body) if to_handle else None
    return did.group(0) if did is not None else None


def _judged(
    body: str, handle: re.Match[str] | None, sentiment: float, mood: Callable[[str], float]
) -> re.Match[str] | None:
    """What a clearly negative message to a brand's @handle is about (its service, "your" …): a verdict told to it."""
    if handle is None or sentiment > _JUDGED or mood(body) > _JUDGED:
        return None
    return _TARGET.search(body)


def _shouting(original: str) -> bool:
    return len(_CAPITALS.findall(original)) >= 2
