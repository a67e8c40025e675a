"""Suicide and self-harm as concept frames (``frames.py``): who × state or act × absence to come × arrangements.

The concepts a farewell inside an errand is made of, each in many words, tenses and orders:
- absence to come: a future negated ("won't", "not planning to", "no longer") × being here, needing or using
  something, mattering × a horizon ("after this week", "next month", "soon", "anyway", "for good");
- arrangements for after: everything given away or paid off × "then I'm free / done", goodbye letters written,
  thanks for everything × "it's time";
- a last act: the last order "I'll ever" make, one last time at a high place;
- the means: a whole packet of pills swallowed, a rope or blades × "tonight's the night", standing on a bridge;
- the state: wanting to disappear for good, not caring whether one wakes up, nothing matters × "I'm done";
- the body: making oneself throw up, laxatives × weight, burning or cutting one's own arms;
- in Tagalog, Hindi/Urdu and Nigerian Pidgin in Latin letters.

Look-alikes kept out by ``veto`` concepts: a trip, a move, a switch to another provider, a delivery one will not
be in for ("won't be around to receive it"), a roof repair, a retirement card, "one last time" as a demand.
"""

from __future__ import annotations

from .frames import Frame

_NEG_FUTURE = (
    r"\b(?:will\s+not|wont|would\s+not|am\s+not\s+going\s+to|not\s+going\s+to|will\s+never|no\s+longer|do\s+not\s+"
    r"(?:think|expect)\s+i\s+will|probably\s+will\s+not|might\s+not|may\s+not)\b"
)
_NOT_PLANNING = (
    r"\b(?:not|never)\s+(?:planning|intending|expecting|meant)\s+(?:to|on)\b|\bdo\s+not\s+(?:plan|intend|expect)\s+"
    r"(?:to|on)\b|\bno\s+(?:plans?|intention)\s+(?:to|of)\b"
)
# what the writer will not do or be: here, around, alive, needing or using a thing, mattering
_BEING = (
    r"\b(?:be|being)\s+(?:here|around|alive|needing|using|walking|wearing|driving|living|playing|reading|eating|"
    r"sleeping)\b|\bneed(?:ing)?\s+(?:it|them|this|that|any(?:thing)?|one|a\s+\w+|my\s+\w+|the\s+\w+)\b|\bmatter\b|"
    r"\bmake\s+it\s+(?:to|past|through)\b|\bbe\s+able\s+to\s*(?:[.!,;]|$)|\bbe\s+able\s+to\s+(?:look\s+after|care\s+for|take\s+care\s+of|use|enjoy)\b|\bsee\s+(?:it|the\s+\w+)\s+(?:arrive|come)\b"
)
# a schedule is not an absence: "not planning to be around much this summer", "be here at 5"
_HERE = (
    r"\bbe\s+(?:here|around|alive|in\s+this\s+world|on\s+this\s+earth)\b(?!\s+(?:much(?!\s+longer)|a\s+lot|often|"
    r"this|that|for|at|in|on|during|until|till|when|between|the|tomorrow|today|\d))"
)
_HORIZON = (
    r"\b(?:after|past|beyond)\s+(?:this\s+(?:week|weekend|month|year)|tonight|today|tomorrow|that|then|the\s+weekend|"
    r"\w+day|next\s+\w+|this)\b|\bnext\s+(?:week|month|year|season|summer|winter)\b|\banyway\b|\bany\s*more\b|"
    r"\bsoon\b|\bmuch\s+longer\b|\bfor\s+good\b|\bby\s+then\b|\bever\s+again\b|\bby\s+(?:next|the\s+end|\w+day)\b|"
    r"\bfor\s+(?:winter|summer|christmas|the\s+holidays|my\s+birthday|the\s+season|the\s+renewal)\b"
)
_ABSENT_TO_USE = (
    r"\b(?:be\s+)?(?:around|here|alive)\s+(?:to|for)\s+(?:use|enjoy|see|wear|need|read|watch|pay|play|drive|sleep|"
    r"finish|open|claim|benefit|spend)\b"
)
# absence explained: a trip, a move, a switch, work, a stay in hospital, a delivery one will not be in for
_EXPLAINED = (
    r"\b(?:moving|move|moved|travel\w*|holiday|vacation|trip|abroad|flight|flying|relocat\w*|at\s+work|for\s+work|office|"
    r"festival|camping|wedding|visit\w*|staying\s+(?:at|with)|back\s+(?:on|in|next|home)|switch\w*|cheaper|"
    r"another\s+(?:provider|company|network|bank|app)|new\s+(?:phone|house|flat|place|home|job|provider|one)|"
    r"bought|upgrad\w*|downgrad\w*|receive|sign\s+for|collect|answer\s+the\s+door|in\s+for\s+(?:the|it)|deliver\w*|"
    r"hospital\s+for|surgery|operation|exam|course|semester|term|season\s+ends?|out\s+of\s+(?:town|the\s+country)|"
    r"away\s+(?:on|for|in|until)|broke\s+(?:up|down)|outgr\w+|grown\s+out\s+of|too\s+(?:small|big)|colou?r|size|which\s+one|party|event|(?:is|are)\s+over|new\s+job)\b"
)
_LAST_EVER = (
    r"\b(?:last|final)\s+(?:\w+\s+){0,2}(?:i\s+will|i\s+am\s+going\s+to|i\s+would)\s+ever\b|\b(?:last|final)\s+"
    r"(?:\w+\s+)?ever\b|\blast\s+thing\s+on\s+my\s+list\b"
)
_ONE_LAST_TIME = r"\bone\s+(?:last|final)\s+time\b|\blast\s+thing\s+on\s+my\s+list\b"
_HIGH_PLACE = (
    r"\b(?:bridge|multi-?\s?storey|multi-?\s?story|car\s+park|parking\s+(?:garage|structure)|roof|rooftop|cliffs?|"
    r"tower\s+block|ledge|top\s+floor|train\s+tracks|railway\s+(?:line|tracks|bridge)|overpass|flyover|pier)\b"
)
_STANDING_AT = (
    r"\b(?:i\s+am|i\s+was|i\s+have\s+been|am|currently|right\s+now)\s+(?:\w+\s+)?(?:standing|sitting|stood|sat|waiting)"
    r"\s+(?:on|at|by|near)\s+(?:the\s+)?(?:edge\s+of\s+(?:the\s+)?|top\s+of\s+(?:the\s+)?)?(?:bridge|roof|rooftop|"
    r"ledge|cliff|tracks|train\s+tracks|railway|car\s+park\s+roof|top\s+floor|overpass|flyover)\b"
)
_REPAIR = r"\b(?:fix\w*|repair\w*|install\w*|satellite|dish|gutter\w*|aerial|antenna|tiles?|photo\w*|view|sunset)\b"
_SWALLOWED = (
    r"\b(?:swallowed|took|taken|have\s+taken|downed|necked|ate|had|overdosed\s+on)\s+(?:\w+\s+){0,2}?(?:the\s+)?"
    r"(?:whole|entire|all\s+(?:of\s+)?(?:the|my|them|those)|a\s+(?:whole\s+)?(?:bottle|box|packet|pack|strip|"
    r"handful|tub|blister)|(?:\d{2,}|twenty|thirty|forty|fifty))\b"
)
_DRUG = (
    r"\b(?:pills?|tablets?|paracetamol|sleeping|painkillers?|meds|medication|medicine|ibuprofen|aspirin|capsules|"
    r"antidepressants?|insulin|tylenol|xanax|valium|codeine|tramadol|diazepam|panadol|benadryl)\b"
)
_AS_PRESCRIBED = r"\b(?:as\s+prescribed|daily|every\s+day|a\s+day|vitamins?|for\s+the\s+week|by\s+mistake|dog|cat)\b"
_MEANS = (
    r"\b(?:rope|noose|knife|knives|knife\s+set|blades?|razors?|pills|tablets|paracetamol|sleeping\s+(?:pills|tablets)|"
    r"charcoal|hose|bullets?|gun|poison|bleach|weedkiller|antifreeze|painkillers)\b"
)
_RESOLVE = (
    r"\btonight\s+is\s+the\s+night\b|\btonight's\s+the\s+night\b"
    r"|\b(?:and\s+)?then\s+i\s+am\s+(?:done|gone|free)\b|\bno\s+going\s+back\b|\bfor\s+what\s+i\s+"
    r"(?:need|want|have\s+planned)\s+(?:them|it|this)\s+for\b|\bit\s+is\s+time\s*(?:[.!]|$|[^\w\s])"
)
_VANISH = (
    r"\b(?:want|wanna|wish|planning|plan|going|need|trying|ready|like)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish|"
    r"stop\s+existing|not\s+exist|cease\s+to\s+exist)\b|\b(?:disappear|vanish)\w*\s+(?:for\s+good|forever|"
    r"permanently|from\s+(?:everyone|everything|this\s+world))\b|\bno\s+trace\s+of\s+me\b|\bremove\s+me\b[^.!?]{0,40}\b"
    r"wish\b"
)
_NOT_WAKING = (
    r"\b(?:do\s+not|did\s+not|no\s+longer)\s+care\s+(?:if|whether)\s+i\s+(?:wake|live|die|make\s+it|am\s+here)\b|"
    r"\bno\s+reason\s+to\s+keep\s+(?:anything|myself|me|going|living)\b[^.!?]{0,40}\bme\s+included\b|"
    r"\bme\s+included\s*[.!]?\s*$"
)
_NOTHING_MATTERS = r"\bnothing\s+(?:does|matters|counts)\b(?:\s+(?:any\s*more|now|at\s+all))?\s*(?:[.!,;]|$)"
_DONE = r"\bi\s+am\s+(?:just\s+|so\s+)?(?:done|finished|tired\s+of\s+(?:everything|it\s+all|living))\s*(?:[.!]|$)"
_GIVEN_AWAY = (
    r"\beverything\s+(?:else\s+)?(?:i\s+own|i\s+have)\b|\b(?:giving|given|gave|give)\s+(?:away|off)\s+(?:all|"
    r"everything)\b|\beverything\s+(?:is|has\s+been)\s+(?:given\s+(?:away|off)|paid\s+off|sorted|settled|in\s+order)\b|"
    r"\beverything(?:'s|\s+is)\s+(?:paid\s+off|sorted|settled|given\s+(?:away|off))\b|\bsold\s+my\s+\w+\s+and\s+my\s+\w+\b|\b(?:my\s+)?affairs\s+in\s+order\b"
)
_AFTER_FREE = (
    r"\b(?:after\s+that|then)\s+i\s+am\s+(?:free|done|gone|finished)\b|\bi\s+am\s+free\s+to\s+go\b|\bdoes\s+not\s+"
    r"know\s+why\s+yet\b|\blast\s+thing\s+is\b|\bwill\s+understand\s+(?:soon|later|why)\b"
)
_FAREWELL_WRITTEN = (
    r"\b(?:goodbye|farewell|suicide|last)\s+(?:letters?|notes?)\b|\b(?:written|wrote|writing|left)\s+(?:my\s+)?"
    r"(?:letters?|notes?)\s+(?:to|for)\s+(?:everyone|my\s+family|my\s+kids|them\s+all)\b"
)
_RETIRING = r"\b(?:retir\w*|colleagues|team|leaving\s+(?:the|my)\s+(?:job|company|school)|farewell\s+party|card)\b"
_THANKS_ALL = r"\bthank\s+(?:you|u|yu)\s+(?:so\s+much\s+)?for\s+everything\b"
_LAST_CALL = r"\bthis\s+(?:is|will\s+be)\s+my\s+(?:last|final)\s+(?:call|message)\b"
_FAREWELL = r"\btake\s+care\s+of\s+your\s*sel(?:f|ves)\b|\bgoodbye\s*[.!]*\s*$|\blook\s+after\s+your\s*sel(?:f|ves)\b"
_PURGING = (
    r"\b(?:make|making|made|force|forcing|forced)\s+myself\s+(?:throw\s+up|sick|vomit|puke|purge)\b|\blaxatives?\b"
    r"[^.!?]{0,80}\b(?:weight|fat|thin|calories)\b|\b(?:weight|fat)\s+off\s+no\s+matter\s+what\b"
)
_OWN_WOUND = (
    r"\bi\s+(?:\w+\s+)?(?:burn|burnt|burned|cut|cutting|scratch|scratched|carve|carved)\s+my\s+(?:arms?|wrists?|thighs?|"
    r"legs?|skin|stomach)\b(?![^.!?]{0,30}\b(?:on\s+the|by\s+accident|accidentally|kettle|oven|iron|stove|pan|shaving|"
    r"fence|glass|knife\s+while))"
)
# Tagalog, Hindi/Urdu, Nigerian Pidgin in Latin letters: "gusto ko na lang mawala", "wala na akong gana mabuhay",
# "marna chahta hoon", "khudkushi", "I wan die", "make I just die"
_SHORT_AWAY = (
    r"\bfor\s+a\s+(?:weekend|while|bit|few\s+\w+|week|day|night|couple|month|break)\b|\b(?:cabin|getaway|retreat|"
    r"offline|social\s+media|the\s+grid|deals?)\b"
)
_NOWHERE = r"\bor\s+anywhere\s+(?:really|at\s+all)\b"
_UNABLE = r"\bbe\s+able\s+to\s*(?:[.!,;]|$)"
_HANDOVER = (
    r"\bfrom\s+now\s+on\b|\bleft\s+(?:her|him|them|my\s+\w+)\s+(?:the\s+)?instructions\b|\btake\s+over\s+"
    r"(?:the|my|everything)\b"
)
_OFF_EVERYTHING = r"\b(?:unsubscribe|remove\s+me|take\s+me\s+off|cancel\s+me)\s+(?:from|off)?\s*everything\b"
_LIFE_LISTED = r",\s*(?:and\s+)?(?:my\s+)?(?:life|existence|me)\s*[.!]*\s*$"
_OWN_GRAVE = r"\bgrave\b[^\n]{0,80}\b(?:to\s+go\s+to\s+mine|for\s+mine|at\s+mine|my\s+own)\b|\bmy\s+own\s+grave\b"
# the means kept back, and what is left for others: "stockpiling my pills", "better off with the insurance money"
_HOARDED = (
    r"\b(?:stockpil\w*|hoard\w*|stash\w*|saving\s+up|saved\s+up|been\s+saving)\s+(?:\w+\s+){0,2}?(?:pills|"
    r"tablets|meds|medication|painkillers|paracetamol|sleeping\s+(?:pills|tablets)|insulin|antidepressants)\b"
)
_LEFT_FOR_THEM = (
    r"\b(?:kids|children|family|wife|husband|partner|everyone|they|mum|mom|parents)\s+(?:will|would|are\s+going\s+to)\s+be"
    r"\s+better\s+off\s+(?:with\s+(?:the|my)\s+(?:insurance|money|payout|life\s+cover|policy)|without\s+me)\b|\bby\s+my"
    r"\s+own\s+hand\b|\b(?:tell|let)\s+my\s+(?:family|kids|children|wife|husband|mum|mom|parents|son|daughter)\s+(?:know\s+)?"
    r"(?:that\s+)?i\s+(?:am\s+sorry|love\s+them|loved\s+them)\s*(?:[.,!;]|and\b|$)|\bi\s+am\s+done\s+with\s+"
    r"(?:everything|life|it\s+all|living|this\s+life|being\s+alive)\s*(?:[.,!;]|$|and\b)"
)
_OTHER_TONGUES = (
    r"\b(?:gusto|sana)\s+(?:ko\s+)?(?:na\s+)?(?:lang\s+)?(?:mawala|mamatay)\b|\bwala\s+na\s+(?:po\s+)?(?:akong|ako)\s+"
    r"(?:gana|ganang)\s+(?:mabuhay|mabuhay\s+pa)\b|\bayoko\s+(?:na|nang)\s+(?:po\s+)?(?:mabuhay|magising)\b|"
    r"\bmagpakamatay\b|\btapusin\s+(?:ko\s+)?na\s+(?:ang\s+)?(?:lahat|buhay)\b|\bmarna\s+(?:chahta|chahti)\b|"
    r"\bpagod\s+na\s+(?:po\s+)?ako\s+(?:mabuhay|sa\s+buhay)\b|\bwala\s*(?:ng|\s+nang)\s+saysay\s+(?:ang\s+)?buhay\b|"
    r"\bkhud\s+ko\s+(?:khatam|maar)\s+(?:kar\s+)?(?:dunga|dungi|doon|lunga|lungi)\b|\bi\s+no\s+(?:wan|want|fit)\s+live\s+"
    r"again\b|"
    r"\b(?:khudkushi|khud\s+khushi|aatmahatya|atmahatya)\b|\bjaan\s+de\s+(?:dunga|dungi|doon|dun)\b|\bjeene\s+ka\s+"
    r"(?:mann?|man)\s+nahi\b|\bzindagi\s+(?:se\s+tang|khatam)\b|\bi\s+(?:wan|want)\s+(?:just\s+)?die\b|\bmake\s+i\s+"
    r"(?:just\s+)?die\b|\bi\s+go\s+(?:kill|end)\s+(?:myself|my\s+life)\b|\blife\s+don\s+(?:tire|finish|do)\s+me\b"
)

# the future negated, then what will not be: "will not be needing it", "not going to be around", "wont matter"
_NOT_BEING = rf"(?:{_NEG_FUTURE})(?:\s+(?:really|even|actually|be|still|ever|probably))?\s+(?:{_BEING})"

CRISIS_CONCEPTS: dict[str, str] = {
    "not_being": _NOT_BEING,
    "neg_future": _NEG_FUTURE,
    "not_planning": _NOT_PLANNING,
    "being": _BEING,
    "here": _HERE,
    "horizon": _HORIZON,
    "absent_to_use": _ABSENT_TO_USE,
    "explained": _EXPLAINED,
    "last_ever": _LAST_EVER,
    "one_last_time": _ONE_LAST_TIME,
    "high_place": _HIGH_PLACE,
    "standing_at": _STANDING_AT,
    "repair": _REPAIR,
    "swallowed": _SWALLOWED,
    "drug": _DRUG,
    "as_prescribed": _AS_PRESCRIBED,
    "means": _MEANS,
    "resolve": _RESOLVE,
    "vanish": _VANISH,
    "not_waking": _NOT_WAKING,
    "nothing_matters": _NOTHING_MATTERS,
    "done": _DONE,
    "given_away": _GIVEN_AWAY,
    "after_free": _AFTER_FREE,
    "farewell_written": _FAREWELL_WRITTEN,
    "retiring": _RETIRING,
    "thanks_all": _THANKS_ALL,
    "farewell": _FAREWELL,
    "last_call": _LAST_CALL,
    "purging": _PURGING,
    "own_wound": _OWN_WOUND,
    "other_tongues": _OTHER_TONGUES, "hoarded": _HOARDED, "left_for_them": _LEFT_FOR_THEM,
    "short_away": _SHORT_AWAY,
    "nowhere": _NOWHERE,
    "unable": _UNABLE,
    "handover": _HANDOVER,
    "off_everything": _OFF_EVERYTHING,
    "life_listed": _LIFE_LISTED,
    "own_grave": _OWN_GRAVE,
}

CRISIS_FRAMES: tuple[Frame, ...] = (
    Frame("other tongues", "self_harm", ("other_tongues",)),
    Frame("not caring to wake", "self_harm", ("not_waking",)),
    Frame("the means kept back", "self_harm", ("hoarded",)),
    Frame("what is left for them", "self_harm", ("left_for_them",)),
    Frame("wanting to vanish", "self_harm", ("vanish",), veto=("explained", "short_away")),
    Frame("pills swallowed", "self_harm", ("swallowed", "drug"), veto=("as_prescribed",)),
    Frame("standing at a height", "self_harm", ("standing_at",), veto=("repair",)),
    Frame("a height, one last time", "self_harm", ("one_last_time", "high_place"), "message", veto=("repair",)),
    Frame("the means, decided", "self_harm", ("resolve", "means"), "message"),
    Frame("absence to come", "self_harm", ("not_being", "horizon"), veto=("explained",)),
    Frame("absence planned", "self_harm", ("not_planning", "here"), veto=("explained",)),
    Frame("absent to use it", "self_harm", ("absent_to_use", "neg_future"), veto=("explained",)),
    Frame("the last one ever", "self_harm", ("last_ever",)),
    Frame("everything given away", "self_harm", ("given_away", "after_free"), "message"),
    Frame("goodbye letters", "self_harm", ("farewell_written",), "message", veto=("retiring",)),
    Frame("thanks for everything, it's time", "self_harm", ("thanks_all", "resolve"), "message"),
    Frame("a last call, farewell", "self_harm", ("last_call", "farewell"), "message"),
    Frame("nothing matters, done", "self_harm", ("nothing_matters", "done"), "message"),
    Frame("absent, nowhere", "self_harm", ("nowhere", "neg_future"), "message"),
    Frame("handing over, unable", "self_harm", ("handover", "unable"), "message"),
    Frame("off everything, life too", "self_harm", ("off_everything", "life_listed"), "message"),
    Frame("a grave of one's own", "self_harm", ("own_grave",)),
    Frame("purging", "self_harm", ("purging",)),
    Frame("a wound of one's own", "self_harm", ("own_wound",)),
)
