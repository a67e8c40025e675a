"""A complaint told as what went wrong, not announced as one: "you lost my bag", "on hold for 45 minutes",
"the parcel arrived broken", "I was promised a refund and still nothing".

Customers rarely write "I want to complain"; they say what the company did or failed to do. The entries
below are that story's few shapes, each one a support team would recognise as a complaint:

- the company did it: "you" / "your staff" × a failure ("lost my bag", "charged me twice", "cancelled my
  flight", "hung up on me"), or never did what it should ("you never reply");
- the waiting, measured: "delayed 3 hours", "on hold for 45 minutes", "waited two hours", "took two weeks";
- it arrived wrong: "arrived damaged", "came broken", "missing two items", "left my parcel in the rain";
- it broke soon: "stopped working after two days", "fell apart after a week";
- a promise broken: "I was told it would come today and it didn't", "promised a refund… still nothing";
- the service judged: "the service was slow", "your website is always down", "why is your app so slow";
- the verdict on what was bought (`COMPLAINT_VERDICT`): the thing judged bad ("the soup was bland", "this
  charger is junk", "poorly made"), regret and warning others ("waste of money", "don't buy this", "would
  not recommend", "never again", "won't be back"), disappointment said outright ("so disappointing", "let
  me down", "expected better").

Questions about what happens when things go wrong ("what happens if my flight is delayed?", "how do I
report a damaged item") ask for information; they stay with the bot. Same entry syntax as
``lexicon_requests``; the category is negatable ("it didn't arrive damaged").
"""

from __future__ import annotations

from .lexicon_review import REVIEW_MILD, REVIEW_VERDICT

_YOU = (
    r"(?:you|you\s+guys|you\s+people|you\s+lot|y'?all|they|support|customer\s+(?:service|support|care)|"
    r"your\s+(?:\w+\s+)?(?:staff|team|company|airline|store|shop|driver|courier|agents?|people|employees?|service|"
    r"support|system|website|site|app|warehouse|delivery\s+\w+))"
)
_FAILED = (
    r"(?:lost|broke|damaged|cancell?ed|overbooked|overcharged|double[-\s]charged|charged\s+me\s+(?:twice|double|again|"
    r"for\s+nothing)|forgot\s+(?:my|our|to\s+(?:send|ship|deliver|refund|include|pack|call|tell|add|book))|"
    r"ignored\s+(?:my|our|me|us)|messed\s+up|screwed\s+up|mixed\s+up|hung\s+up\s+on|gave\s+away|refused|bumped|"
    r"stranded|misplaced|sent\s+(?:me\s+)?the\s+wrong|delivered\s+(?:it\s+)?to\s+the\s+wrong|left\s+(?:me|"
    r"us)\s+(?:waiting|stranded|without))"
)
_NEVER = (
    r"(?:never|do\s+not\s+(?:ever\s+)?|did\s+not|still\s+(?:have\s+not|has\s+not|do\s+not|did\s+not)|have\s+not|"
    r"has\s+not|will\s+not|refuse\s+to)"
)
_DURATION = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|multiple|over\s+(?:an?|\d+)|"
    r"almost\s+(?:an?|\d+))\s*(?:\+\s*)?(?:hours?|hrs?|minutes|mins|days|weeks|months)"
)
_BROKEN = (
    r"(?:damaged|broken|smashed|crushed|dented|cracked|shattered|soaking|soaked|wet|torn|ripped|opened|leaking|leaked|"
    r"faulty|defective|in\s+pieces|missing\s+(?:parts?|pieces|items?))"
)

# what a customer says of a thing they bought or a place they went: the thing, then a bad verdict
_VERDICT = (
    r"(?:poor|terrible|awful|horrible|horrendous|dreadful|atrocious|abysmal|pathetic|useless|worthless|junk|rubbish|"
    r"garbage|trash|crap|crappy|lousy|shoddy|flimsy|sub-?par|mediocre|bland|tasteless|inedible|overpriced|"
    r"over-?cooked|under-?cooked|stale|soggy|greasy|disgusting|gross|unusable|unreliable|defective|faulty|"
    r"cheaply\s+made|poorly\s+\w+|a\s+(?:joke|disgrace|nightmare|mess|letdown|let\s+down|rip-?off)|not\s+(?:very\s+)?"
    r"(?:good|great|worth\s+it)|no\s+good|(?:very\s+|so\s+|really\s+)?bad|dry|salty|burnt|burned|raw|lukewarm|"
    r"cold|dirty|filthy|rude|slow|noisy|cramped|unprofessional|unfriendly|inattentive|unbearable|unintelligible|"
    r"pitiful|uncomfortable|unhelpful|chewy|watery|stale|"
    r"too\s+(?:small|big|large|heavy|loud|quiet|expensive|pricey|slow|short|thin|tight|loose|salty|sweet|greasy|dry|"
    r"noisy|hard|difficult|complicated|flimsy|weak|bright|dim|cold|hot|crowded))"
)
_THING = (
    r"(?:product|item|purchase|device|phone|unit|model|charger|battery|battery\s+life|headset|quality|company|airline|"
    r"restaurant|place|food|meal|dish|flight|hotel|room|app|website|brand|store|shop|experience|service|choice|buy|"
    r"performance|sound|sound\s+quality|reception|signal|volume|design|fit|value|customer\s+service|support|staff|"
    r"screen|buttons?|keys|earpiece|cable|plug|software|interface|menu|portions?|seats?|waiter|waitress|server|"
    r"delivery|packaging|instructions|coffee|pizza|burger|fries|steak|drinks?|talk\s+time|connection|wifi|internet)"
)
_NOT_THE_COMPANYS = (
    r"(?!(?:weather|traffic|news|situation|world|economy|pandemic|virus|game|match|season|episode|movie|film|song)\b)"
)

_LOYAL = r"(?![^.!?]{0,40}\b(?:else|elsewhere|other|another)\b)"

COMPLAINT_VERDICT: tuple[str, ...] = (
    # the thing judged bad: "the soup was bland", "this headset is junk", "its battery life is poor"; the thing
    # is named ("this is useless" alone is said of the whole exchange, which the frustration rules read)
    rf"re:\b(?:this|these|the|that|those|your|its|their)\s+{_NOT_THE_COMPANYS}(?:(?!(?:is|was|are|were|why)\b)\w+\s+)"
    r"{1,3}?(?:is|was|are|"
    r"were|seems|seemed|looks|tastes|tasted|sounds|sounded|felt|feels|turned\s+out\s+to\s+be|has\s+been|is\s+just)"
    r"\s+(?:so\s+|very\s+|really\s+|extremely\s+|incredibly\s+|absolutely\s+|totally\s+|utterly\s+|pretty\s+|"
    rf"quite\s+|just\s+|simply\s+|way\s+|too\s+)?{_VERDICT}(?![\w-])(?![^.!?]*\?)",
    rf"re:\b(?:worthless|useless|defective|faulty|crappy|shoddy|rubbish|lousy|terrible|awful|horrible|worst|"
    rf"disappointing|overpriced|mediocre|cheap\s+quality|poor\s+quality)\s+(?:\w+\s+)?{_THING}s?\b",
    # a verdict as a noun phrase, the way reviews and tweets say it: "Poor sound quality.", "Bad purchase."
    rf"re:(?:^|[.!]\s+)\W*(?:very\s+|really\s+|so\s+|pretty\s+)?(?:poor|bad|weak|lousy|cheap|horrible|awful|"
    rf"terrible|disappointing|dissapointing|mediocre|pathetic|slow|rude|cold|short|unreliable|inconsistent)\s+"
    rf"(?:\w+\s+){{0,2}}?{_THING}s?\s*(?:[.!,]|$)",
    # the thing judged without a determiner: "Buttons are too small.", "Battery life is short."
    rf"re:(?:^|[.!]\s+)\W*(?:\w+\s+)?{_THING}s?\s+(?:is|are|was|were)\s+(?:so\s+|very\s+|really\s+|way\s+|"
    rf"just\s+|pretty\s+|extremely\s+)?{_VERDICT}(?![\w-])(?![^.!?]*\?)",
    # not up to what was hoped or promised
    r"re:\bnot\s+as\s+good\s+as\s+(?:i|we)\s+(?:had\s+)?(?:hoped|expected)\b|\bnot\s+what\s+(?:i|we)\s+"
    r"(?:ordered|paid\s+for)\b|"
    r"\bnot\s+as\s+(?:described|advertised|pictured|shown)\b",
    r"re:\b(?:i|we)\s+(?:was|were|am|are)\s+(?:not|very\s+un|really\s+un|so\s+un|un)(?:happy|satisfied|"
    r"impressed|pleased)\b(?!\s+(?:to|that|if|when))|\b(?:i|we)\s+(?:was|were|am|are)\s+(?:very\s+|really\s+|"
    r"so\s+|extremely\s+)?dissatisfied\b",
    r"re:\b(?:i|we)\s+(?:do|did)\s+not\s+(?:like|enjoy|recommend)\s+(?:this|these|your)\b(?![^.!?]*\?)",
    r"re:\b(?:do\s+not|never)\s+waste\s+your\s+(?:money|time)\b|\bthrew\s+(?:my|our)\s+money\s+away\b|"
    r"\b(?:rip[-\s]?off|ripped\s+(?:me|us)\s+off)\b",
    r"re:\b(?:i\s+am|we\s+are|i\s+will\s+be|i\s+had\s+to|we\s+had\s+to|i|we)\s+(?:return|returning|returned|"
    r"sending\s+back|sent\s+back)\s+(?:it|them|this|these|the\s+(?:\w+\s+)?(?:phone|item|product|unit|headset|case|"
    r"charger|order))\b(?![^.!?]*\?)",
    r"re:\b(?:would|could)\s+(?:have\s+)?give\w*\s+(?:it\s+)?(?:zero|no|0|minus)\s+stars?\b|\b(?:zero|0|one|1)\s+"
    r"stars?\s*(?:[.!]|$)",
    r"re:\b(?:cannot|could\s+not|never)\s+(?:get|got|make)\s+(?:\w+\s+){1,4}to\s+work\b|\bonly\s+worked\s+"
    r"(?:once|twice|for\s+(?:a|one|two|\d+)\s+(?:day|days|week|weeks|hours?))\b",
    r"re:\btakes\s+forever\b|\b(?:do|does)\s+not\s+care\s+about\s+(?:the\s+|their\s+|your\s+)?(?:customers?|"
    r"consumers?|us|me)\b",
    r"re:\b(?:piece\s+of|absolute|total|complete|utter|pure)\s+(?:junk|crap|garbage|rubbish|trash|shit|shite)\b",
    r"re:\bpoorly\s+(?:made|built|designed|constructed|packaged|packed|managed|run|organi[sz]ed|cooked|"
    r"seasoned|trained|handled|executed|finished)\b",
    r"re:\bworst\s+(?:\w+\s+){0,3}(?:ever|i\s+have\s+ever|of\s+my\s+life|in\s+(?:my\s+life|years|history))\b",
    # regret, and warning others off
    r"re:\b(?:waste|wasted|wasting)\s+(?:of\s+)?(?:my\s+|our\s+|good\s+|\$?\d+\s+)?(?:hard-?earned\s+)?"
    r"(?:money|cash|bucks|dollars|pounds)\b",
    r"re:\b(?:a|total|complete|such\s+a|what\s+a)\s+waste\s+of\s+(?:my\s+|our\s+)?(?:time|money)\b",
    r"re:\b(?:do\s+not|never)\s+(?:ever\s+)?(?:buy|order|purchase)\s+(?:this|these|it|them|from|here)\b",
    r"re:\b(?:avoid|stay\s+away\s+from)\s+(?:this|these|them|it|that)(?:\s+(?:one|product|place|company|airline|brand|"
    r"restaurant|item|seller|store|shop|app|phone))?\s*(?:[.!,]|$|at\s+all\s+costs|like\s+the\s+plague)",
    r"re:\bsave\s+your\s+money\b|\bbuyer\s+beware\b",
    r"re:\b(?:would|will|could|can|do|does)\s+not\s+recommend\b(?![^.!?]*\benough\b)|\bnot\s+recommended\b",
    # (loyalty is not a complaint: "never again will I fly anyone else", "I will never shop anywhere else again")
    rf"re:\bnever\s+again\b{_LOYAL}",
    r"re:\b(?:will|would)\s+never\s+(?:\w+\s+){0,2}?(?:buy|order|fly|shop|eat|stay|use|book|come|go|return)\b"
    rf"{_LOYAL}"
    r"[^.!?]{0,40}\bagain\b",
    r"re:\b(?:will|would)\s+not\s+be\s+(?:back|returning|coming\s+back|going\s+back|ordering\s+again|"
    r"buying\s+again)\s*(?:[.!]|$|any\s*time|ever)",
    r"re:\b(?:i|we)\s+(?:am\s+|are\s+|will\s+|would\s+)?(?:never|not)\s+(?:be\s+)?(?:coming|going)\s+back"
    r"(?:\s*(?:[.!,]|$)|\s+(?:here|again|ever|to\s+(?:you|your|this|that|them)))",
    r"re:\bshould\s+(?:not|never)\s+have\s+(?:bought|ordered|booked|trusted|chosen|picked|flown|purchased)\b|"
    r"\bregret\s+(?:buying|ordering|booking|choosing|flying|purchasing|trusting)\b",
    r"re:\bnot\s+worth\s+(?:the|a|your|my|it)\b(?![^.!?]*\?)",
    # disappointment said outright
    r"re:\b(?:disappointing|disapointing)\b|\b(?:a|such\s+a|what\s+a|big|huge|major|real|total|complete)\s+"
    r"(?:disappointment|disapointment|letdown|let\s+down)\b",
    r"re:\blet\s+(?:me|us)\s+down\b|\bnot\s+impressed\b",
    r"re:\b(?:i\s+am|i\s+was|we\s+are|we\s+were|i\s+feel|so|very|really|extremely|deeply|bitterly|hugely|totally|"
    r"quite|pretty|a\s+bit|little)\s+disappointed\b|\bdisappointed\s*(?:[.!]|$)|\bdisappointed\s+"
    r"(?:with|in|by)\s+(?:the|this|your|you|my|our|their|its)\b",
    # the company will not put it right
    r"re:\b(?:refuse[sd]?|refusing)\s+to\s+(?:refund|replace|help|fix|honou?r|accept|cancel|give\s+(?:me|us)|pay\s+(?:me|us)|"
    r"respond|exchange|take\s+(?:it|them)\s+back|reimburse|compensate)\b",
    # a fault in what was bought
    r"re:\blasted\s+(?:only\s+|just\s+|about\s+|barely\s+)?(?:one|a|an|two|three|\d+)\s+(?:day|week|month|hour)s?\b|"
    r"\b(?:a|the|huge|big|major|serious)\s+design\s+flaws?\b|\bcounterfeit\b|\bdown\s+the\s+drain\b",
    r"re:\b(?:low|cheap|bad|poor|terrible|awful|inferior)\s+quality\b|\bnot\s+(?:loud|bright|strong|durable|sturdy|"
    r"clear|big|warm|hot|fresh|sharp|fast|long|reliable|comfortable|secure)\s+enough\b",
    r"re:\b(?:arrived|came|sent|was|were)\s+(?:in\s+)?(?:the|a)\s+wrong\s+(?:size|colou?r|item|model|product|"
    r"order|style)\b",
    r"re:\b(?:i|we)\s+(?:\w+\s+)?(?:expected|expect|was\s+hoping\s+for|were\s+hoping\s+for|hoped\s+for)\s+(?:much\s+|"
    r"a\s+lot\s+|far\s+|a\s+bit\s+|so\s+much\s+)?(?:better|more)\b(?![^.!?]*\?)",
    r"re:\b(?:still|again|already)\s+(?:does\s+not|did\s+not|is\s+not|not)\s+work\w*\b|\bdoes\s+not\s+work\s+"
    r"(?:at\s+all|either|again)\b",
)

COMPLAINT_GRAMMAR: tuple[str, ...] = (
    # the company did it
    rf"re:\b{_YOU}\s+(?:have\s+|has\s+|just\s+|completely\s+|totally\s+|somehow\s+|again\s+|"
    rf"once\s+again\s+)*{_FAILED}\b",
    rf"re:\b{_YOU}\s+{_NEVER}\s+(?:even\s+|once\s+)?(?:reply|replied|respond|responded|answer|answered|"
    r"call(?:ed)?\s+(?:me\s+)?back|"
    r"get\s+back|got\s+back|pick(?:ed)?\s+up|show(?:ed)?\s+up|turn(?:ed)?\s+up|deliver(?:ed)?|fix(?:ed)?|"
    r"honou?r(?:ed)?|refund(?:ed)?)"
    r"(?:\s+(?:to\s+)?(?:my|our|me|us|the\s+(?:phone|emails?|calls?)|any\s+of\s+my|emails?|calls?|messages?|tweets?|"
    r"dms?|complaints?)\b|\s*(?:[.!?]|$))",
    r"re:\b(?:great|good|nice|well\s+done|brilliant|fantastic|amazing)\s+(?:job|work|going)\s+(?:\w+\s+)?(?:losing|"
    r"delaying|cancell?ing|breaking|ignoring|ruining|charging|forgetting|messing)\b",
    r"re:\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|a\s+lot\s+|again\s+)?for\s+(?:losing|delaying|cancell?ing|ruining|ignoring|"
    r"overcharging|stranding|breaking|wasting|leaving\s+(?:me|us)|making\s+(?:me|us)\s+(?:wait|miss)|the\s+(?:delay|"
    r"runaround|wait|cancellation|lack\s+of))\b",
    r"re:\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another)\s+(?:delay|cancellation|missed\s+delivery|"
    r"failed\s+delivery|time\s+(?:this|in\s+a)\s+(?:week|month|row))\b",
    r"re:\b(?:nobody|no\s+one|noone)\s+(?:has\s+|ever\s+|even\s+)?(?:told|informed|warned|updated|notified|explained|"
    r"apologi[sz]ed)\b",
    # done to the customer, said in the passive
    r"re:\b(?:i|we)\s+(?:was|were|got|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:overcharged|double[-\s]charged|"
    r"charged\s+(?:twice|double)|ripped\s+off|bumped|stranded|ignored|lied\s+to|misled|hung\s+up\s+on|"
    r"left\s+(?:waiting|stranded|on\s+hold))\b",
    r"re:\bmy\s+(?:\w+\s+)?(?:bag|bags|luggage|suitcase|seat|booking|reservation|flight|order|parcel|package|delivery|"
    r"room|table)\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:lost|given\s+away|damaged|broken|stolen|"
    r"misplaced|overbooked|sent\s+to\s+the\s+wrong|delivered\s+to\s+the\s+wrong|cancell?ed\s+(?:without|with\s+no|"
    r"again|last\s+minute))\b",
    # it arrived wrong
    # (asking what to do about it is a question the help articles answer: "it arrived broken, what do I do?")
    r"re:\b(?:arrived|came|come|delivered|turned\s+up|showed\s+up|got\s+here|received\s+it)\s+(?:completely\s+|"
    rf"totally\s+|all\s+)?{_BROKEN}\b(?![^.!]*\?)",
    rf"re:\b(?:is|was|are|were)\s+(?:completely\s+|totally\s+)?{_BROKEN}\s+(?:on|upon|when\s+(?:it|they)\s+(?:arrived|"
    r"came))\b",
    r"re:\b(?:is|was|are|were|order\s+is|box\s+is)\s+missing\s+(?:an?|one|two|three|\d+|some|"
    r"several)\s+(?:of\s+the\s+)?(?:items?|parts?|pieces|things|products?)\b",
    r"re:\b(?:left|threw|thrown|dumped|chucked|dropped)\s+(?:my|the|our)\s+(?:parcel|package|order|box|"
    r"delivery)\s+(?:in\s+the\s+(?:rain|street|road|bin|snow)|outside|on\s+the\s+(?:street|doorstep|pavement|sidewalk|"
    r"road)|over\s+the\s+(?:fence|gate)|in\s+a\s+(?:puddle|bush|hedge))\b",
    r"re:\b(?:arrived|came|delivered|turned\s+up|showed\s+up)\s+(?:very\s+|really\s+|so\s+|way\s+|"
    rf"{_DURATION}\s+)?late\b",
    r"re:\b(?:keep|keeps|kept|still)\s+(?:getting\s+|being\s+)?(?:charged|billed|overcharged|cancell?ed|delayed|"
    r"spammed)\b",
    r"re:\b(?:did\s+not|never)\s+(?:make\s+it|go\s+through|went\s+through)\b(?![^.!?]*\?)",
    # it broke soon
    r"re:\b(?:stopped\s+(?:working|charging|connecting|holding\s+(?:a\s+)?charge|turning\s+on|pairing)|broke|died|"
    r"fell\s+apart|came\s+apart|cracked|snapped|leaked)\s+(?:after|"
    rf"within)\s+(?:just\s+|only\s+)?(?:a|an|one|{_DURATION}|"
    r"(?:\d+|two|three|a\s+few)\s+(?:uses|washes|wears|days|weeks)|a\s+(?:day|week|month|few\s+days))\b",
    # a promise broken
    r"re:\b(?:i\s+was|we\s+were|i\s+have\s+been|we\s+have\s+been)\s+(?:told|promised|assured|"
    r"guaranteed)\b[^.!?]{0,60}\b(?:but|and|yet)\s+(?:it|they|i|we|still|nothing|nobody|"
    r"no\s+one)\b[^.!?]{0,30}\b(?:not|never|nothing|still|no)\b",
    r"re:\bpromised\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:refund|replacement|call\s*back|callback|credit|compensation|"
    r"delivery)\b[^.!?]{0,50}\b(?:still|never|nothing|no\s+sign)\b",
    r"re:\bpaid\s+(?:extra\s+)?for\s+(?:express|next[-\s]day|priority|premium|fast|special)\s+\w+\s+(?:and|but)\b",
    # the service judged
    r"re:\b(?:the\s+|your\s+)?(?:service|support|experience|communication|customer\s+service|food|staff)\s+(?:was|is|"
    r"has\s+been|were|are)\s+(?:so\s+|very\s+|really\s+|absolutely\s+|incredibly\s+|extremely\s+|just\s+)?(?:slow|poor|"
    r"bad|awful|terrible|shocking|appalling|horrible|horrendous|atrocious|abysmal|non-?existent|lacking|cold|dirty|"
    r"filthy|disgusting|a\s+joke|a\s+disgrace)\b",
    r"re:\byour\s+(?:website|site|app|system|service|checkout|phone\s+line|online\s+\w+)\s+(?:is|has\s+been|keeps|"
    r"was)\s+(?:always\s+|still\s+|constantly\s+|again\s+)?(?:down|broken|crashing|crashed|not\s+working|failing|"
    r"so\s+slow|useless|glitch\w*|freezing|offline)\b",
    r"re:\bwhy\s+(?:is|are|does|do|did|can\s*not|will\s+not|would\s+not|is\s+it\s+that)\s+(?:your|the)\s+(?:website|"
    r"site|app|system|service|staff|company|airline|delivery|support|customer\s+service|driver|"
    r"courier)\s+(?:\w+\s+)?(?:always|never|so|still|constantly|keeps?|down|broken|crash\w*|slow|rude|late)\b",
    r"re:\b(?:hung|hangs|hanging)\s+up\s+on\s+(?:me|us)\b",
    *COMPLAINT_VERDICT,
    *REVIEW_VERDICT,
)

# Waiting measured ("on hold for 45 minutes", "took two weeks to arrive") is a complaint when the message
# is not cheerful and not a plain question: "I waited two hours for the concert and it was worth it" is not.
COMPLAINT_MILD: tuple[str, ...] = (
    # a problem state of the customer's own trip or booking, told rather than asked: "my flight got cancelled",
    # "our bags were lost"; orders are left to the order intent ("my order is delayed, where is it now?")
    r"re:\b(?:my|our)\s+(?:\w+\s+)?(?:flights?|connection|bags?|luggage|suitcases?|baggage|booking|reservation|"
    r"train|seats?|trip|holiday|vacation|appointment|installation|repair|engineer|technician)\s+(?:was|were|got|"
    r"has\s+been|have\s+been|is|are|just\s+got|keeps\s+getting)\s+(?:(?!not\b|never\b)\w+\s+)?(?:delayed|"
    r"cancell?ed|canceled|lost|missed|overbooked|diverted|downgraded|bumped|postponed)\b(?![^.!?]*\?)",
    r"re:\b(?:my|our|the)\s+(?:internet|wifi|wi-fi|broadband|connection|service|power|electricity|phone\s+line|"
    r"signal|tv|cable|network)\s+(?:has\s+been|is|was|keeps\s+going|went|goes|keeps\s+cutting)\s+(?:down|out|off|"
    r"dead|dropping)?\s*(?:again|for\s+\w+|since|all\s+(?:day|week|night|morning)|every\s+\w+|constantly)\b",
    r"re:\b(?:delayed|late|held\s+up|stuck|wait|waiting|waited|on\s+hold|queue|queued|queuing|sat|sitting|"
    rf"standing)\s+(?:for\s+|by\s+|over\s+|nearly\s+|almost\s+)?{_DURATION}\b",
    r"re:\b(?:broken|damaged|late|delayed|cancell?ed|wrong|missing|faulty|lost)\s+(?:again|too|as\s+well)\b",
    r"re:\bwaited\s+(?:in\s+|at\s+home\s+|around\s+|here\s+)?(?:all|the\s+whole)\s+(?:day|morning|afternoon|evening|"
    r"week|weekend)\b",
    rf"re:\b(?:took|taken|taking|been)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?{_DURATION}\s+(?:to|and|for|"
    r"now|already|with)\b",
    r"re:\b(?:with|without)\s+(?:any\s+|no\s+)?(?:notice|warning|explanation|apology|updates?|information|"
    r"communication)\s*(?:[.!,]|$|\bor\b|\band\b)",
    *REVIEW_MILD,
)
