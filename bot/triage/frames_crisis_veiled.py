"""More self-harm concepts (``frames.py``): the ways a wish to die is said without the words the lists hold.

- not waking: a plan or a wish not to wake up ("I don't plan on waking up next week"), asleep and never waking;
- not being here, as a condition: someone better off, happier or relieved "if I wasn't here", "if I died";
  "who would even miss me"; no reason for me to be here; cannot keep living like this; the will to go on lost;
- the means with a purpose: pills "lined up", "enough to do it", a rope "and I know what it's for", how many
  it takes; a jump or a crash wanted; how high the bridge is; an overdose thought about;
- goodbyes: "this is goodbye" with thanks or love, "tell my mum I love her", letters left for the family;
- no longer a burden "much longer"; thoughts of dying that come often or comfort; an attempt survived;
- slang and slips ("sewerslide", "top myself", "wnt to die"), Tagalog, Hindi and Pidgin forms.

Look-alikes kept out (``veto``): a van's clearance under a car park, a gift card's message, an errand's apology,
a trip or a taxi one is ready for, a mattress one could sleep on forever, dyeing one's hair.
"""

from __future__ import annotations

from .frames import Frame

_NOT_WAKE = (
    r"\b(?:plan|planning|intend|intending|want|wanna|wish|hope|hoping|rather|pray|praying)\s+(?:(?:to|on|i|that\s+i|"
    r"i\s+could|i\s+would|i\s+just|just|could|would|really)\s+){0,3}(?:not|never)\s+(?:to\s+)?wak(?:e|ing)\s+up\b"
    r"(?!\s+(?:early|in\s+time|before|at|for|till|until|late|on\s+time))|\b(?:not|never)\s+(?:plan|planning|intend|"
    r"intending)\s+(?:on|to)\s+wak(?:e|ing)\s+up\b(?!\s+(?:early|in\s+time|before|at|for|till|until|late|on\s+time))"
    r"|\basleep\s+and\s+(?:just\s+)?(?:not|never)\s+wake\s+up\b"
)
_IF_GONE = (
    r"\bif\s+i\s+(?:just\s+|simply\s+)?(?:was|were)\s+(?:not\s+(?:here|around|alive|in\s+(?:it|the\s+picture))|gone|dead|"
    r"no\s+longer\s+(?:here|around|alive)|never\s+born)\b(?!\s+(?:for|when|to|at|on|in|during|between|by|until|till|"
    r"this|that|today|tomorrow|tonight|next|all|from))|\bif\s+i\s+(?:just\s+)?(?:died|disappeared|did\s+not\s+exist|"
    r"never\s+existed|vanished|killed\s+myself|ended\s+it)\b(?!\s+(?:for|from\s+(?:the|your|their)|on\s+(?:the|your)))"
)
_BETTER_FOR_THEM = r"\b(?:better|happier|easier|relieved|lighter|care|notice|miss\s+me|matter|be\s+sad)\b"
_WHO_MISSES = (
    r"\bwho\s+(?:would|will|is\s+going\s+to|even)\s+(?:even\s+|really\s+|actually\s+)?(?:miss\s+me|care\s+(?:if\s+i|"
    r"about\s+me|whether\s+i))\b"
)
_NO_REASON_HERE = (
    r"\bno\s+(?:reason|point|purpose|use)\s+(?:for\s+me\s+|in\s+me\s+)?(?:to|in)\s+(?:be(?:ing)?\s+(?:here|around|alive)|"
    r"stay(?:ing)?\s+(?:here|alive|around)|exist(?:ing)?|wak(?:e|ing)\s+up|liv(?:e|ing))\b(?=\s*(?:$|[.!?,;]|any\s*more|"
    r"now|anyway|and\b|but\b|at\s+all|tbh|honestly|in\s+this\s+world|on\s+this\s+earth))"
)
_CANNOT_LIVE = (
    r"\b(?:cannot|can\s+not|do\s+not\s+want\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:keep\s+)?(?:living|live|exist|"
    r"be\s+alive|go\s+on\s+living)\s+(?:like\s+this|this\s+way|any\s*more|much\s+longer)\b|\b(?:cannot|can\s+not)\s+"
    r"do\s+life\b|\b(?:lost|losing|no|have\s+no)\s+(?:the\s+|my\s+|any\s+)?(?:will|strength|reason)\s+to\s+(?:keep\s+"
    r"going|go\s+on|carry\s+on|keep\s+living|live)\b(?!\s+(?:with|on|through|for|at|your|the|this|it))"
)
_MEANS = (
    r"\b(?:rope|noose|knife|knives|blades?|razors?|pills|tablets|paracetamol|sleeping\s+(?:pills|tablets)|meds|"
    r"painkillers|insulin|charcoal|hose|gun|bullets?|poison|bleach|antifreeze|weedkiller|belt|cord)\b"
)
_PURPOSE = (
    r"\bto\s+(?:do\s+it|go\s+through\s+with\s+it|end\s+it|end\s+things|finish\s+(?:it|myself|things))\b(?!\s+(?:myself|"
    r"yourself|properly|right|again|with|for|on|in|at|the|by|later|before|after|this|that|off|up))|\b(?:i\s+)?know\s+"
    r"(?:exactly\s+)?what\s+(?:it|they|that|this|these|those)\s+(?:is|are)\s+for\b|\blined\s+up\b|\bcounted\s+(?:them\s+)?"
    r"out\b|\bhow\s+many\s+(?:\w+\s+){0,2}(?:it\s+|would\s+it\s+|does\s+it\s+)(?:takes?|would\s+take)\s*(?:[.!?,]|$|to\s+"
    r"(?:die|kill|end|not\s+wake|be\s+(?:fatal|lethal|enough)))|\benough\s+(?:\w+\s+){0,2}to\s+(?:do\s+it|die|end\s+it|"
    r"not\s+wake\s+up|kill\s+(?:me|myself)|never\s+wake)\b"
)
_I_WANT = (
    r"\b(?:i|sometimes\s+i)\s+(?:\w+\s+)?(?:want|wanna|wanted|am\s+going|am\s+gonna|gonna|plan|am\s+planning|am\s+thinking|"
    r"keep\s+thinking|think|thought|am\s+tempted|could|might|will|feel\s+like|wish|am\s+about)\b|\b(?:going\s+to|gonna|"
    r"want\s+to|wanna|urge\s+to|tempted\s+to|ready\s+to|about\s+to)\s+(?:just\s+)?(?:jump|leap|throw|drive|crash|step|"
    r"swerve|overdose|od)\b"
)
_JUMP = (
    r"\b(?:jump|jumping|leap|leaping|throw\s+myself|throwing\s+myself|step|stepping)\s+(?:off|from)\s+(?:a|the|this|that|"
    r"our|my)?\s*(?:\w+\s+)?(?:bridge|flyover|overpass|building|roof|rooftop|balcony|cliff|tower|window|car\s+park|"
    r"multi-?\s?storey|ledge|viaduct|pier|block)\b|\b(?:jump|jumping|leap|throw\s+myself|throwing\s+myself|step|"
    r"stepping|lie|lying)\s+(?:in\s+front\s+of|under|onto|on)\s+(?:a|the)\s+(?:\w+\s+)?(?:train|bus|lorry|truck|"
    r"car|tracks|motorway|tube)\b"
)
_CRASH = (
    r"\b(?:drive|driving|crash|crashing|steer|steering|swerve|swerving)\s+(?:my\s+car\s+|the\s+car\s+|it\s+)?(?:into|off|"
    r"in\s+front\s+of)\s+(?:a|the|an)\s+(?:\w+\s+)?(?:wall|tree|bridge|river|lorry|truck|cliff|lake|sea|barrier|"
    r"oncoming|pillar|train|ravine)\b"
)
_OVERDOSE = r"\boverdos(?:e|ing)\b|\bod\s+(?:tonight|on\s+(?:my|the|all))\b"
_HEIGHT_ASKED = (
    r"\bhow\s+(?:high|tall|far\s+down|deep)\s+(?:is|are|was)\s+(?:the|that|this|your)\s+(?:\w+\s+){0,2}?(?:bridge|"
    r"flyover|overpass|car\s+park|multi-?\s?storey|roof|rooftop|building|cliffs?|tower|balcony|viaduct|drop)\b|\b(?:survive|"
    r"die\s+from)\s+(?:\w+\s+)?(?:the|a|that)\s+(?:fall|drop|jump)\b|\bwould\s+(?:the|a|that)\s+(?:fall|drop|jump)\s+"
    r"kill\b"
)
_VEHICLE = (
    r"\b(?:van|lorry|truck|vehicle|height\s+(?:limit|restriction|barrier)|clearance|fit|trailer|load|crane|ladder|"
    r"scaffold\w*|aerial|photo\w*|view|nearly|almost|accident\w*|courier|driver|rider|he|she|they)\b"
)
_GOODBYE = (
    r"\bthis\s+is\s+(?:my\s+)?(?:goodbye|good\s+bye|farewell)\b|\bsaying\s+(?:my\s+)?goodbyes?\b|\bsorry\s+for\s+"
    r"everything\b|\b(?:tell|let)\s+(?:my\s+\w+|everyone|every\s*one|them\s+all|all\s+of\s+them|the\s+\w+)\s+(?:that\s+)?i\s+(?:said\s+(?:bye|goodbye)|love\s+(?:them|her|him|you)|"
    r"loved\s+(?:them|her|him)|am\s+sorry\s*(?:[.,!;]|$|and\b|for\s+everything)|did\s+my\s+best|tried\s+my\s+best)"
)
_TOUCH = (
    r"\b(?:thank\w*|kind|kindness|love\s+(?:them|her|him|you)|take\s+care|bye|goodbye|forgive\s+me|remember\s+me|"
    r"good\s*-?\s*night\s+forever)\b"
)
_NOT_FAREWELL = (
    r"\b(?:card|note|gift|message\s+on|anniversary|birthday|valentine|flowers|engrav\w*|wrap\w*|surprise|patience|help|"
    r"understanding|trouble|inconvenience|confusion|mix-?\s?up|mistake|delay|switch\w*|provider|competitor|nothing|"
    r"missed|late|delivery|order|parcel|booking|"
    r"another\s+(?:company|bank|network|airline))\b"
)
_LETTERS_LEFT = (
    r"\b(?:wrote|written|writing|write|left|leaving)\s+(?:\w+\s+)?(?:letters|a\s+letter|notes|a\s+note)\s+(?:to|for)\s+"
    r"(?:each\s+of\s+)?(?:my\s+(?:kids|children|family|wife|husband|partner|parents|mum|mom|dad|son|daughter|sister|"
    r"brother)|everyone|them\s+all|the\s+kids)\b"
)
_ERRAND_NOTE = (
    r"\b(?:teacher|school|santa|christmas|birthday|card|parcel|package|neighbou?r|deliver\w*|driver|courier|collect|"
    r"pick\s+up|sign|fridge|lunch|babysitter|thank-?\s?you|dinner|shopping|key|keys)\b"
)
_NO_BURDEN = (
    r"\b(?:will\s+not|wont|not\s+going\s+to|no\s+longer|would\s+not)\s+be\s+(?:a\s+|an\s+)?(?:problem|burden|bother|trouble|"
    r"nuisance|worry|weight)\s+(?:for|to|on)\s+(?:anyone|anybody|you|everyone|them|my\s+\w+|any\s+of\s+you)\b"
)
_SOON = (
    r"\bmuch\s+longer\b|\bfor\s+(?:much\s+)?long\b|\bsoon\b|\bafter\s+(?:this|tonight|today|tomorrow)\b|\bby\s+"
    r"(?:next|the\s+end|\w+day)\b"
)
_DEATH_THOUGHTS = (
    r"\b(?:thought|thoughts|thinking|think|dream\w*|fantasi[sz]\w*)\s+(?:\w+\s+)?(?:of|about)\s+(?:dying|death|my\s+death|"
    r"being\s+dead|not\s+being\s+(?:here|alive|around)|ending\s+(?:it|things|my\s+life)|killing\s+myself|my\s+funeral)\b"
    r"(?!\s+(?:benefits?|cover|claim|certificate|in\s+service|policy|payout|my|the|your|it|fabric|hair))"
)
_OFTEN = (
    r"\b(?:all\s+the\s+time|a\s+lot|constantly|every\s+(?:day|night|single\s+day)|lately|only\s+thing|calms?|comfort\w*|"
    r"relief|peace|cannot\s+stop|more\s+and\s+more|keep|keeps|so\s+much|often|always)\b"
)
_SURVIVED = (
    r"\bsurvived\s+(?:an?\s+|my\s+|the\s+)?(?:(?:suicide|first|last|second|previous|recent)\s+)?attempt\b(?!\s+(?:to|at|"
    r"of|on\s+(?:the|your)))|\bmy\s+(?:suicide\s+)?attempt\s+(?:last|this|in|a|two|three|\d+)\s*(?:year|month|week|"
    r"years|months|weeks|ago)\b|\b(?:a|the|my)\s+plan\s+and\s+a\s+(?:date|day|time|method)\b"
)
_ERRAND = (
    r"\b(?:password|login|log\s+in|pin|card|payment|app|code|locked|deliver\w*|sign\s+in|booking|transfer|order|"
    r"upload|verification|claim|install\w*|appointment|delivery)\b"
)
_SLANG = (
    r"\bsewer\s*slide\w*|\bself\s*-?\s*delet(?:e|ing)\b|\b(?:top|off|neck)\s+myself\b|\bdo\s+myself\s+in\b|\bend\s+myself\b|"
    r"\b(?:wnt|wnat|wamt|wnna|wana|want2|wan2)\s*(?:to|2)?\s*die\b|\bkill\s+(?:myslef|mysef|mself|mysefl|myslf)\b"
)
_TONGUES = (
    r"\b(?:mabuti|mas\s+mabuti|buti|mas\s+okay)\s+pang?\s+(?:\w+\s+)?(?:mamatay|mawala)\b|\bmamatay\s+na\s+lang\s+"
    r"(?:ako|kaya)\b|\bpabigat\s+(?:lang\s+)?(?:ako|ko)\b|\bako\s+(?:ay\s+)?(?:isang\s+)?pabigat\b|\bmar\s+(?:jana|jaana)"
    r"\s+(?:chahta|chahti|hai)\b|\bjeena\s+(?:nahi|nahin|nhi)\s+(?:hai|chahta|chahti)\b|\bjeene\s+ka\s+koi\s+(?:matlab|"
    r"fayda|wajah)\b|\b(?:main|mai)\s+(?:sab\s+(?:pe|par)\s+)?(?:ek\s+)?bojh\s+(?:hoon|hu|hun)\b|\bcommot\s+for\s+"
    r"(?:this\s+)?world\b|\blife\s+no\s+(?:get\s+meaning|sweet\s+me|make\s+sense)\b"
)
_GIVING_MINE_AWAY = (
    r"\b(?:giving|gave|given|give)\s+(?:all\s+|most\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:stuff|things|belongings|possessions|"
    r"clothes|books|games|jewel\w*|pets?|cat|dog)\s+away\b|\bgiving\s+away\s+(?:all\s+|most\s+)?(?:of\s+)?my\s+(?:\w+\s+)?"
    r"(?:stuff|things|belongings|possessions|jewel\w*|pets?|cat|dog)\b"
)
_FOR_GOOD = (
    r"\bfor\s+good\b|\bforever\b|\bany\s*more\b|\bno\s+longer\b|\bwill\s+not\s+need\b|\bclose\s+(?:everything|all|my\s+"
    r"accounts)\b|\blast\b|\bgoodbye\b|\bbefore\s+i\s+go\b|\bwhere\s+i\s+am\s+going\b"
)
_DECLUTTER = (
    r"\b(?:charity|donat\w*|declutter\w*|moving|move|minimalis\w*|spring\s+clean\w*|car\s+boot|sell\w*|upgrad\w*)\b"
)
_READY_TO_GO = (
    r"\bi\s+am\s+(?:just\s+)?ready\s+to\s+(?:go|leave\s+(?:this\s+world|everyone)|be\s+gone)\s*(?:now\s*)?(?:[.!]|$)"
)
_WORN_OUT = (
    r"\btired\s+of\s+(?:fighting|trying|everything|it\s+all|being\s+here|being\s+me)\b|\bdone\s+fighting\b|\bcannot\s+"
    r"fight\s+(?:it|this)\s+any\s*more\b"
)
_TRIP = (
    r"\b(?:packed|bags?|taxi|uber|cab|ride|pick\s*-?\s*up|driver|gate|boarding|airport|flight|collect\w*|holiday|trip|"
    r"waiting\s+for|queue|delivery|order|booking)\b"
)

VEILED_CONCEPTS: dict[str, str] = {
    "not_wake": _NOT_WAKE,
    "if_gone": _IF_GONE,
    "better_for_them": _BETTER_FOR_THEM,
    "who_misses": _WHO_MISSES,
    "no_reason_here": _NO_REASON_HERE,
    "cannot_live": _CANNOT_LIVE,
    "means_any": _MEANS,
    "purpose": _PURPOSE,
    "i_want": _I_WANT,
    "jump": _JUMP,
    "crash": _CRASH,
    "overdose": _OVERDOSE,
    "height_asked": _HEIGHT_ASKED,
    "vehicle": _VEHICLE,
    "goodbye": _GOODBYE,
    "touch_farewell": _TOUCH,
    "not_farewell": _NOT_FAREWELL,
    "letters_left": _LETTERS_LEFT,
    "errand_note": _ERRAND_NOTE,
    "no_burden": _NO_BURDEN,
    "soon": _SOON,
    "death_thoughts": _DEATH_THOUGHTS,
    "often": _OFTEN,
    "survived": _SURVIVED,
    "errand": _ERRAND,
    "slang": _SLANG,
    "tongues": _TONGUES,
    "ready_to_go": _READY_TO_GO,
    "giving_mine_away": _GIVING_MINE_AWAY,
    "for_good": _FOR_GOOD,
    "declutter": _DECLUTTER,
    "worn_out": _WORN_OUT,
    "trip": _TRIP,
}

VEILED_FRAMES: tuple[Frame, ...] = (
    Frame("slang for suicide", "self_harm", ("slang",)),
    Frame("other tongues, more", "self_harm", ("tongues",)),
    Frame("not waking, wished", "self_harm", ("not_wake",)),
    Frame("better for them if I were gone", "self_harm", ("if_gone", "better_for_them")),
    Frame("who would miss me", "self_harm", ("who_misses",)),
    Frame("no reason to be here", "self_harm", ("no_reason_here",)),
    Frame("cannot keep living", "self_harm", ("cannot_live",)),
    Frame("the means, with a purpose", "self_harm", ("means_any", "purpose")),
    Frame("a jump, wanted", "self_harm", ("jump", "i_want")),
    Frame("a crash, wanted", "self_harm", ("crash", "i_want"), veto=("vehicle",)),
    Frame("an overdose, wanted", "self_harm", ("overdose", "i_want")),
    Frame("the height asked", "self_harm", ("height_asked",), veto=("vehicle",)),
    Frame("a goodbye", "self_harm", ("goodbye", "touch_farewell"), "message", veto=("not_farewell",)),
    Frame("letters left", "self_harm", ("letters_left",), "message", veto=("errand_note",)),
    Frame("no burden much longer", "self_harm", ("no_burden", "soon")),
    Frame("thoughts of dying", "self_harm", ("death_thoughts", "often")),
    Frame("an attempt survived, a plan", "self_harm", ("survived",), veto=("errand",)),
    Frame(
        "my things given away, for good",
        "self_harm",
        ("giving_mine_away", "for_good"),
        "message",
        veto=("declutter", "explained"),
    ),
    Frame("worn out, ready to go", "self_harm", ("ready_to_go", "worn_out"), "message", veto=("trip",)),
)
