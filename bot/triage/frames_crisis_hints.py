"""Self-harm hinted at (``frames.py``): the second round of our own probes, written after the first frames.

- a hint that asks to be understood ("if you understand me", "in every sense") × not coming back, one way, gone;
  "or for anything else after tonight", "or anywhere";
- the life policy in a hurry: the payout × "that's all that matters", "before the weekend"; a death that should
  look like an accident; dying "this week";
- no future for oneself, no light at the end of the tunnel, already gone, not long for this world, the last
  Christmas, not seeing Christmas, making sure one is not here next month;
- the goodbyes said, the last message you will get from me, the will left on the table;
- the means at hand ("the knife is next to me as I type"), bleach drunk, tablets stored, the edge of a platform;
- wanting to be with someone who died, to stop feeling permanently, to sleep forever and not come back;
- slips and other tongues: "dnt want 2 live", "cannot continue this life", "nakakapagod na mabuhay", "mujhe marna
  hai", "nahi jee sakta".
"""

from __future__ import annotations

from .frames import Frame

_HINT = (
    r"\b(?:if\s+you\s+(?:understand|know|get|catch)\s+(?:me|what\s+i\s+mean|my\s+meaning|my\s+drift)|in\s+every\s+sense|"
    r"(?:you\s+)?know\s+what\s+i\s+mean|in\s+more\s+ways\s+than\s+one)\b"
)
_NOT_BACK = (
    r"\b(?:not|never)\s+(?:be\s+)?(?:coming|come|going|get)\s+back\b|\bone[-\s]way\b|\bnot\s+(?:be\s+)?return\w*\b|"
    r"\b(?:last|final)\s+(?:trip|journey|flight|time|one)\b|\bgone\b|\bwill\s+not\s+(?:need|be)\b"
)
_NOTHING_ELSE = (
    r"\bor\s+(?:for\s+)?(?:anything|anywhere|anyone|any\s+of\s+it)\s+else\b|\bor\s+(?:anywhere|ever\s+again)\s*(?:[.!]|$)|"
    r"\b(?:or|and)\s+(?:for\s+)?anything\s+(?:else\s+)?after\s+(?:tonight|today|tomorrow|this)\b"
)
_PAYOUT = (
    r"\b(?:pays?\s+out|payout|life\s+(?:cover|insurance|policy|assurance)|death\s+(?:benefit|cover)|the\s+policy\s+pays)\b"
)
_PAYOUT_HURRY = (
    r"\b(?:all\s+that\s+matters|(?:will|would)\s+be\s+(?:fine|okay|ok|looked\s+after|provided\s+for|taken\s+care\s+of)|"
    r"important\s+(?:that\s+)?it\s+pays|make\s+sure\s+it\s+pays|(?:still|definitely|even)\s+pays?\s+out|before\s+the\s+"
    r"weekend|by\s+tonight|this\s+week)\b"
)
_HOUSE_OR_TRIP = (
    r"\b(?:mortgage|completion|completing|lender|house\s+purchase|buying\s+a\s+house|flight|flying|travel\w*|holiday|"
    r"quote|renewal|cheaper|compare|broker)\b"
)
_ACCIDENT_LOOK = (
    r"\b(?:my\s+|the\s+)?death\s+(?:looks?|seems?|appears?)\s+like\s+an?\s+accident\b|"
    r"\bif\s+i\s+(?:die|pass\s+away|passed\s+away)\s+(?:this\s+week|tonight|tomorrow|soon)\b"
)
_NO_FUTURE = (
    r"\b(?:cannot|can\s+not|do\s+not)\s+see\s+(?:any|a)\s+future\b(?=\s*(?:$|[.!,;]|for\s+(?:me|myself|us)|in\s+(?:my\s+life|"
    r"anything)|ahead|any\s*more|so\b|and\b))|\bsee\s+no\s+future\b|\bno\s+future\s+(?:for\s+me|left\s+for\s+me)\b|"
    r"\bno\s+light\s+at\s+the\s+end\b|\bi\s+(?:feel|am)\s+(?:like\s+)?(?:i\s+am\s+)?already\s+(?:gone|dead)\b|\bnot\s+long\s+"
    r"for\s+this\s+world\b|\b(?:will|is\s+going\s+to)\s+be\s+my\s+last\s+(?:christmas|birthday|summer|new\s+year)\s*"
    r"(?:[.!,]|$)|\b(?:will\s+not|not\s+going\s+to|do\s+not\s+think\s+i\s+will)\s+(?:live\s+to\s+)?see\s+(?:christmas|"
    r"my\s+birthday|the\s+new\s+year|next\s+(?:year|month|week))\b|\bmake\s+sure\s+i\s+am\s+not\s+(?:here|around|alive)\b"
)
_GOODBYES_SAID = (
    r"\b(?:said|say|saying)\s+(?:my|our)\s+goodbyes\b(?!\s+to\s+(?:the|my\s+old|our\s+old|this|that|a|an|it)\b)|\b(?:last|final)\s+(?:message|call|email|thing)\s+(?:you\s+will|you|"
    r"anyone\s+will)\s+(?:ever\s+)?(?:get|hear|receive)\s+from\s+me\s*(?:[.!]|$|,?\s*(?:goodbye|bye|take\s+care|thank|ever))|\b(?:left|leaving)\s+my\s+will\s+(?:on|in|out)\b|"
    r"\bmy\s+will\s+is\s+(?:on|in)\s+the\s+(?:table|desk|drawer|kitchen)\b"
)
# a customer leaving us, not life: "I'm not coming back to this airline, if you know what I mean"
_LEAVING_US = (
    r"\b(?:to|with)\s+(?:this|your|you|u)\b|\blol\b|\bnever\s+\w+ing\s+with\b|\b(?:service|company|airline|shop|store|"
    r"brand)\b"
)
_MOVING_ON = (
    r"\b(?:moving|move|abroad|emigrat\w*|colleagues|new\s+job|retir\w*|leaving\s+(?:the|my)\s+(?:job|company))\b"
)
_AT_HAND = (
    r"\bto\s+my\s+(?:wrist|throat|neck|head|temple)\b|\bas\s+i\s+(?:type|write)\s+this\b|\bready\s+(?:and\s+waiting|"
    r"for\s+tonight)\b"
)
_KITCHEN = (
    r"\b(?:set|block|handle|blunt|sharpen\w*|chef|cutlery|broken|return|refund|order|delivered|arrived|warranty)\b"
)
_POISON = (
    r"\bi\s+(?:just\s+)?(?:drank|drunk|swallowed|have\s+swallowed|have\s+drunk)\s+(?:some\s+|the\s+)?(?:bleach|poison|"
    r"antifreeze|weedkiller|drain\s+cleaner|detergent|pesticide)\b|\b(?:hiding|hid|keeping\s+back|kept\s+back|"
    r"holding\s+back)\s+(?:up\s+)?(?:all\s+)?my\s+(?:pills|tablets|meds|medication|painkillers|sleeping\s+\w+)\b|"
    r"\b(?:standing|stood|sitting|sat)\s+(?:at|on|by|near)\s+the\s+(?:very\s+)?edge\s+of\s+(?:the|a)\s+(?:bridge|"
    r"roof|cliff|building|balcony|car\s+park|tracks)\b"
)
_BE_WITH_DEAD = (
    r"\b(?:want|wish|long|longing|ready)\s+(?:\w+\s+)?to\s+(?:be\s+with|join|see)\s+(?:my\s+\w+|him|her|them)\s+(?:again\s+)?"
    r"(?:in\s+heaven|on\s+the\s+other\s+side|up\s+there|wherever\s+(?:he|she|they)\s+(?:is|are))\b|\b(?:want|wish)\s+(?:\w+\s+)?"
    r"to\s+stop\s+(?:feeling|breathing|existing)\b[^.!?]{0,15}\b(?:permanently|forever|for\s+good)\b|\b(?:sleep|go\s+to\s+"
    r"sleep)\s+(?:forever|for\s+ever)\s+and\s+(?:never|not)\b|\bfeel\s+like\s+(?:just\s+)?(?:disappearing|vanishing)\s+"
    r"(?:for\s*ever|for\s+good|permanently)\b"
)
_ONLY_WAY = (
    r"\bonly\s+way\s+out\s+(?:is|would\s+be|i\s+see|left)\b(?!\s+(?:to\s+)?(?:cancel|pay|call|switch|leave\s+(?:the|your)|"
    r"through|via|by))"
)
_SLIPS = (
    r"\b(?:dnt|dont|dun|don|do\s+not|didnt)\s+(?:wana|wnt|wanna|wan|wamt|want)\s*(?:to|2)?\s*(?:live|be\s+alive|exist)\b"
    r"(?=\s*(?:$|[.!,;]|any\s*more|no\s+more|again|like\s+this))|\b(?:cannot|can\s+not|no\s+(?:go\s+)?fit|not\s+able\s+"
    r"to|do\s+not\s+want\s+to|unable\s+to)\s+(?:\w+\s+)?(?:continue|carry\s+on)\s+(?:with\s+)?(?:this|my)\s+life\b|"
    r"\b(?:nakakapagod|pagod)\s+na\s+(?:ang\s+)?mabuhay\b|\b(?:ayaw|ayoko)\s+(?:ko\s+)?(?:na|nang)\s+(?:po\s+)?mabuhay\b|"
    r"\bmarna\s+(?:hai|chahiye)\b|\b(?:nahi|nahin|nhi)\s+jee\s+(?:sakta|sakti|paunga|paungi)\b|\bjee\s+(?:nahi|nahin|"
    r"nhi)\s+(?:sakta|sakti)\b"
)

HINT_CONCEPTS: dict[str, str] = {
    "hint": _HINT,
    "not_back": _NOT_BACK,
    "nothing_else": _NOTHING_ELSE,
    "payout": _PAYOUT,
    "payout_hurry": _PAYOUT_HURRY,
    "house_or_trip": _HOUSE_OR_TRIP,
    "accident_look": _ACCIDENT_LOOK,
    "no_future": _NO_FUTURE,
    "goodbyes_said": _GOODBYES_SAID,
    "moving_on": _MOVING_ON,
    "leaving_us": _LEAVING_US,
    "at_hand": _AT_HAND,
    "kitchen": _KITCHEN,
    "poison": _POISON,
    "be_with_dead": _BE_WITH_DEAD,
    "slips": _SLIPS,
    "only_way": _ONLY_WAY,
}

HINT_FRAMES: tuple[Frame, ...] = (
    Frame("a hint, not coming back", "self_harm", ("hint", "not_back"), "message", veto=("leaving_us",)),
    Frame("absent, nothing else", "self_harm", ("nothing_else", "neg_future"), "message", veto=("explained",)),
    Frame("the payout in a hurry", "self_harm", ("payout", "payout_hurry"), "message", veto=("house_or_trip",)),
    Frame("a death like an accident, this week", "self_harm", ("accident_look",)),
    Frame("no future for me", "self_harm", ("no_future",), veto=("explained",)),
    Frame("goodbyes said", "self_harm", ("goodbyes_said",), "message", veto=("moving_on", "explained")),
    Frame("the means at hand", "self_harm", ("at_hand", "means_any"), veto=("kitchen",)),
    Frame("poison, tablets stored, an edge", "self_harm", ("poison",)),
    Frame("to be with the dead, to stop", "self_harm", ("be_with_dead",)),
    Frame("slips and other tongues", "self_harm", ("slips",)),
    Frame("the only way out", "self_harm", ("only_way",)),
)
