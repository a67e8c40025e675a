"""A wrong done to the customer, told as it stands: a complaint without a sign of being fed up.

In a chat, "my transfer failed" usually begins a request for help, so complaint_told.py wants a sign of being fed
up before it hands a told problem off. Some problems carry their own verdict, in any sector; the customer says
not only that something went wrong but why it was wrong of the business, and no help article answers that:
- **charged against the facts**: a charge, a fee, interest or a decline *even though* / *despite* / *when I had
  the money* / *for what I never used* / *though I paid on time*: "interest was added even though i paid on time",
  "i was billed for roaming i never used", "my card got declined even though there's balance";
- **the harm it did**: a failure and what it cost the customer: "lost 2 hours of work", "couldn't get calls for
  work", "missed my flight", "ruined our dinner", "so embarrassing";
- **what came is not what was sold**: already opened or used, nothing like the photo, half the order missing,
  left at the wrong door and marked delivered, arrived cold;
- **nobody acted**: "down 3 days and nobody fixed it", "no action taken", "nothing was done".

Asking what to do ("charged though I paid, how do I get it back?") is left to complaint_told's own rules, and so is
anything asked as a question; a card the customer's bank declined for lack of money is not a contradiction.
"""

from __future__ import annotations

import logging

from .patterns import PhraseMatcher, regex_entries
from .text import normalise

logger = logging.getLogger(__name__)

_CHARGED = (
    r"(?:charged|billed|debited|deducted|taken|declined|rejected|added|applied|fined|penali[sz]ed|(?:a|an|the)\s+"
    r"(?:\w+\s+)?(?:fee|charge|fine|penalty|interest))"
)
_AGAINST_THE_FACTS = (
    r"(?:even\s+though|even\s+tho|although|though\s+i|despite|when\s+(?:i|we)\s+(?:had|have|paid|cancell?ed)|"
    r"after\s+(?:i|we)\s+(?:had\s+)?(?:paid|cancell?ed|returned)|(?:i|we)\s+(?:have\s+|had\s+)?(?:never|did\s+not|"
    r"do\s+not)\s+(?:use|used|ordered|order|asked\s+for|signed\s+up|subscribe\w*|agreed)|(?:i|we)\s+(?:already|"
    r"had\s+already)\s+(?:paid|cancell?ed|returned)|paid\s+(?:it\s+|in\s+full\s+)?on\s+time|there\s+(?:is|was)\s+"
    r"(?:enough\s+)?(?:money|balance|funds))"
)
_COST = (
    r"(?:lost\s+(?:\w+\s+){0,2}(?:hours?|days?|work|data|photos|files|progress|everything)|(?:could\s+not|cannot|"
    r"unable\s+to)\s+(?:\w+\s+){1,4}for\s+(?:work|my\s+(?:job|work|kids?|mum|mom|dad|family|exam|interview))|"
    r"missed\s+(?:my|our|the)\s+(?:flight|train|meeting|appointment|interview|exam|connection|shift|deadline)|"
    r"ruined\s+(?:my|our|the)\s+\w+|(?:so\s+|really\s+|very\s+|totally\s+)?(?:embarrassing|humiliating))"
)
# the failure the cost follows, in the same message: something of ours that went wrong
_FAILED = (
    r"(?:logged\s+me\s+out|deleted|wiped|crashed|froze|failed|declined|down|not\s+working|did\s+not\s+work|took\s+"
    r"(?:\d+|two|three|four|five|six|seven|several|many)\s+(?:days|weeks|hours)|cancell?ed|delayed|late|lost)"
)
WRONG_PATTERNS = regex_entries(
    rf"\b{_CHARGED}\b[^.!?]{{0,50}}?\b{_AGAINST_THE_FACTS}\b",
    rf"\b{_FAILED}\b[^.!?]{{0,60}}?\b{_COST}\b",
    # what came is not what was sold
    r"\b(?:was|were|came|arrived|is|are)\s+(?:already\s+)?(?:opened|used|open)\s+(?:and|or)\s+(?:used|opened|"
    r"half\s+empty)\b|\balready\s+(?:opened|used|been\s+used|worn)\b",
    r"\bwhat\s+(?:i|we)\s+(?:got|received)\s+(?:is|are|was|were)\s+(?:totally|completely|entirely)\s+different\b|"
    r"\b(?:is|are|was|were|looks?|came|arrived)\s+(?:totally|completely|entirely)\s+different\s+(?:from|to|than)\s+"
    r"(?:the|what)\s+(?:\w+\s+)?(?:photo|picture|pic|description|ordered|listing|website|advert|ad)\b|"
    r"\b(?:photo|picture|pic|description|listing)\s+and\s+what\s+(?:i|we)\s+(?:got|received)\s+(?:are|were)\s+"
    r"(?:totally|completely|entirely)\s+different\b|\bnothing\s+like\s+(?:the|what|in\s+the)\s+(?:\w+\s+)?"
    r"(?:photo|picture|pic|pictures|description|advert|ad|website|listing|described|shown|advertised)\b|"
    r"\bnot\s+what\s+(?:i|we)\s+(?:ordered|paid\s+for|bought)\b",
    r"\bhalf\s+(?:of\s+)?(?:(?:the|my|our)\s+)?\w+\s+(?:is\s+|was\s+|were\s+|are\s+)?missing\b|\bmissing\s+from\s+"
    r"(?:the|my|our)\s+(?:box|order|bag|package|parcel|delivery|meal)\b|"
    r"\b(?:came|arrived|delivered)\s+(?:\w+\s+){0,3}?(?:with\s+)?(?:half|one|two|some|an?)\s+(?:\w+\s+)?missing\b",
    r"\b(?:left|dropped|delivered)\s+(?:it|them|my\s+\w+|our\s+\w+|the\s+\w+)\s+(?:at|to)\s+the\s+wrong\s+"
    r"(?:door|house|address|flat|building)\b|\bmarked\s+(?:it\s+|as\s+|it\s+as\s+)?delivered\b(?![^.!?]*\?)",
    r"^\W*(?:my\s+|the\s+|our\s+)?(?:food|meal|order|pizza|burger|coffee|delivery)\s+(?:came|arrived|was|is)\s+"
    r"(?:stone\s+|ice\s+|completely\s+)?cold\b",
    # a demand that the business fix its own thing: "@apple fix your apps", "you need to fix your website"
    r"(?:^\W*(?:please\s+|pls\s+|plz\s+)?|\b(?:you|u)\s+(?:need|have|got)\s+to\s+(?:\w+\s+)?)fix\s+your\s+(?:\w+\s+)?"
    r"(?:app|apps|website|site|servers?|system|software|update|updates|product|service|network|checkout|bugs?|"
    r"shit|crap|stuff|mess|prices|delivery|deliveries|drivers?|staff|customer\s+service|support)\b",
    r"\b(?:no\s+one|nobody|noone)\s+(?:has\s+|ever\s+|even\s+)?(?:fixed|sorted|came|showed\s+up|did\s+anything|"
    r"helped|looked\s+at)\b|\bno\s+action\s+(?:taken|was\s+taken|at\s+all|since)\b|\bnothing\s+(?:has\s+been|was|"
    r"got)\s+(?:fixed|sorted)\b|\bkoi\s+action\s+nahi\b",
)
_WRONGS = PhraseMatcher(WRONG_PATTERNS, normalise)


def wrong_told(body: str, prefixes: frozenset[str]) -> str | None:
    """The words telling of a wrong the business did that carries its own verdict, else None."""
    found = _WRONGS.leftmost(body, prefixes)
    return found.text if found is not None else None
