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
    r"\b(?:pays?\s+out|payout|life\s+(?:cover|insurance|policy|assurance)|death\s+(?:benefit|cover)|"
    r"the\s+policy\s+pays)\b"
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

# a third batch of our own probes: leaving this world, worth more dead, rather be dead, "tonight I end it"
_THIS_WORLD = (
    r"\bi\s+(?:am\s+|will\s+|want\s+to\s+|wanna\s+|need\s+to\s+|am\s+ready\s+to\s+|am\s+going\s+to\s+)(?:just\s+)?"
    r"(?:leave|leaving|exit|exiting|depart\w*)\s+this\s+(?:world|earth|life)\b(?!\s+of)|\bchecking\s+out\s+(?:of\s+"
    r"(?:life|this\s+world)|for\s+good|permanently)\b|\b(?:do\s+not|never)\s+belong\s+(?:in|on)\s+this\s+(?:world|earth|"
    r"planet)\b|\bworld\s+(?:does\s+not|would\s+not|will\s+not)\s+need\s+me\b|\bgoodbye\s+(?:cruel\s+)?world\b|\b(?:no\s+"
    r"longer|do\s+not)\s+(?:wish|want)\s+to\s+(?:continue|go\s+on|carry\s+on)\s+(?:living|with\s+(?:my\s+)?life|existing)"
    r"\b|\bworth\s+more\s+dead\b|\bonly\s+thing\s+i\s+am\s+(?:worth|good\s+for)\b|\b(?:life|my\s+life|living|existence)\s+"
    r"(?:has|holds)\s+no\s+(?:meaning|point|purpose|value)\b|\bi\s+(?:need|have)\s+to\s+die\b(?!\s+(?:my|the|it|them))|"
    r"\b(?:burned|burnt|cut|hurt|hit|scratched|starved|harmed)\s+myself\s+(?:on\s+purpose|deliberately|intentionally)\b|"
    r"\bat\s+least\s+(?:my\s+\w+|they|she|he)\s+(?:will\s+)?(?:get|gets|have|has)\s+(?:the\s+)?(?:payout|insurance|"
    r"life\s+cover)\b|\bmake\s+it\s+look\s+like\s+an?\s+accident\s+(?:so|and)\s+(?:the|my)\s+(?:insurance|policy|"
    r"family)\b|\bi\s+(?:don|done)\s+tire\s+(?:for|of)\s+(?:everything|life|this\s+life)\b|\b(?:ayoko|ayaw\s+ko)\s+na\s+"
    r"(?:\w+\s+)?sa\s+buhay\b|\b(?:ja|jaa)\s+raha\s+(?:hoon|hu|hun)\s+hamesha\s+ke\s+liye\b"
)
_RATHER_DEAD = r"\b(?:would|had)\s+rather\s+(?:be\s+dead|die)\b"
_RATHER_THAN_US = (
    r"\bthan\s+(?:\w+\s+)?(?:fly|use|order|buy|shop|deal|pay|wait|call|go\s+back|eat|stay|sit|watch|listen|drive|"
    r"work|live\s+with|wear|own|vote)\w*\b|\b(?:lol|"
    r"haha|lmao)\b"
)
_END_IT_NOW = (
    r"\btonight\s+i\s+(?:end|finish)\s+it\b|\b(?:i\s+will|i\s+am\s+going\s+to|i\s+am\s+gonna)\s+(?:just\s+)?end\s+it\s*"
    r"(?:$|[.!,;]|tonight|today|soon|all|now)"
)
_CONTRACT = r"\b(?:contract|subscription|plan|membership|account|policy|deal|agreement|lease|booking|order|tenancy)\b"
_ON_HIGH = (
    r"\bi\s+am\s+(?:up\s+|stood\s+|sat\s+)?on\s+(?:the\s+)?(?:roof|ledge|edge)\s+of\s+(?:my|the|a)\s+(?:\w+\s+)?(?:building|"
    r"block|flat|bridge|car\s+park|tower|hotel|office)\b|\bclimbed\s+(?:over|onto|up)\s+(?:the\s+)?(?:railing|barrier|"
    r"fence|edge|ledge|parapet)\b"
)
_WHERE_GOING = r"\bwhere\s+i\s+am\s+going\b(?!\s+(?:on|for|to|next|this|tomorrow|in))"
_WARM = r"\b(?:holiday|hot|sunny|warm|beach|weather|abroad|trip)\b"
_NOBODY_WILL = r"\bnobody\s+will\s+be\s+\w+ing\b"
_GOODBYE_ALL = r"\bgoodbye\s+(?:everyone|all|everybody)\b"
_THIS_IS_IT = r"\bthis\s+is\s+it\b|\bforever\b|\bfor\s+good\b|\bthe\s+end\b|\bfor\s+the\s+last\s+time\b"

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
    "this_world": _THIS_WORLD,
    "rather_dead": _RATHER_DEAD,
    "rather_than_us": _RATHER_THAN_US,
    "end_it_now": _END_IT_NOW,
    "contract": _CONTRACT,
    "on_high": _ON_HIGH,
    "where_going": _WHERE_GOING,
    "warm": _WARM,
    "nobody_will": _NOBODY_WILL,
    "goodbye_all": _GOODBYE_ALL,
    "this_is_it": _THIS_IS_IT,
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
    Frame("leaving this world, worth more dead", "self_harm", ("this_world",)),
    Frame("rather be dead", "self_harm", ("rather_dead",), veto=("rather_than_us",)),
    Frame("tonight I end it", "self_harm", ("end_it_now",), veto=("contract",)),
    Frame("on the roof, over the railing", "self_harm", ("on_high",), veto=("repair",)),
    Frame(
        "not needed where I am going", "self_harm", ("where_going", "neg_future"), "message", veto=("explained", "warm")
    ),
    Frame("nobody will be using it", "self_harm", ("nobody_will", "horizon"), veto=("explained",)),
    Frame("goodbye everyone, this is it", "self_harm", ("goodbye_all", "this_is_it"), "message"),
)
