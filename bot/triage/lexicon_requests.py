"""Default words for complaining and frustration (asking for a person: ``lexicon_person``).

Entries follow ``patterns.compile_entry``: plain phrases (``*`` = any letters) or ``re:`` expressions
over the normalised text (lower case, contractions expanded: "can't" -> "cannot", "I'm" -> "i am").
"""

from __future__ import annotations

_COMPLAINT_NOUN = r"(?:complaints?|claims?|reclamations?|grievances?|disputes?)"
COMPLAINT_WORDS: tuple[str, ...] = (
    r"re:\b(?:a|my|this|formal|official|another|our|serious|new)\s+complaints?\b|\bcomplaints?\s+(?:about|against|"
    r"regarding|department|form|procedure|process)\b",
    r"re:\b(?:i|we)\s+(?:want\s+to\s+|would\s+like\s+to\s+|need\s+to\s+|have\s+to\s+|will\s+|must\s+)?complain\b",
    r"re:\b(?:i\s+am|we\s+are|i\s+was)\s+complaining\b",
    rf"re:\b(?:file|filing|lodge|lodging|make|making|submit|submitting|raise|raising|register|registering|"
    rf"open|opening|put\s+in|log|logging|place|placing|start|starting|issue)\s*"
    rf"(?:(?:a|an|my|the|this|another|new|formal|official|written|customer|consumer|bloody|damn|fucking|goddamn|"
    rf"freaking|proper|serious)\s+){{0,3}}{_COMPLAINT_NOUN}\b",
    rf"re:\b{_COMPLAINT_NOUN}\s+(?:against|about|regarding|on)\s+(?:your|the|this|you)\b",
    r"re:\b(?:customer|consumer)\s+(?:claims?|reclamations?|complaints?|grievances?)\b",
    r"re:\breclamations?\b",
    "unacceptable", "not acceptable", "inexcusable", "disgraceful", "appalling",
    r"re:\b(?:not|never|less\s+than|far\s+from)\s+(?:very\s+|at\s+all\s+|too\s+)?(?:happy|satisfied|pleased|impressed)"
    r"\s+(?:with|by|about)\s+(?:your|the|this|my|you|how)\b",
    r"re:\b(?:unhappy|dissatisfied|displeased|unsatisfied)\b",
    r"re:\b(?:i\s+am|we\s+are|i\s+was|we\s+were|i\s+feel|feeling|i\s+have\s+been)\s+(?:very\s+|extremely\s+|really\s+|"
    r"so\s+|deeply\s+|hugely\s+|bitterly\s+|quite\s+)?disappointed\b",
    r"re:\bdisappointed\s+(?:with|in|by)\s+(?:your|the|this|you)\b",
    r"re:\b(?:bad|poor|terrible|awful|horrible|horrendous|dreadful|worst|lousy|shoddy|abysmal)\s+(?:customer\s+|"
    r"shopping\s+|buying\s+|delivery\s+|online\s+)?(?:service|experience|support|quality|treatment|communication)\b",
    r"re:\bnever\s+(?:buying|ordering|shopping|purchasing|using\s+you|coming\s+back)\b",
    # how someone who works for you treated the customer: "the agent was rude", "your driver was so dismissive"
    r"re:\b(?:your|the|this|that|one\s+of\s+your)\s+(?:\w+\s+)?(?:agent|rep|representative|advis[eo]r|associate|driver|"
    r"courier|delivery\s+(?:man|guy|person|driver)|staff|staff\s+member|employee|cashier|manager|operator|technician|"
    r"engineer|person\s+on\s+the\s+phone)s?\s+(?:was|were|is|are|has\s+been|have\s+been|got)\s+(?:very\s+|so\s+|"
    r"really\s+|extremely\s+|incredibly\s+|quite\s+|super\s+|completely\s+)?(?:rude|impolite|unhelpful|dismissive|"
    r"condescending|disrespectful|unprofessional|aggressive|hostile|careless|abrupt|arrogant|patronising|patronizing|"
    r"nasty|mean|snarky|sarcastic|useless|clueless|lazy)\b",
    r"re:\b(?:leave|leaving|write|writing|post|posting)\s+(?:a\s+)?(?:bad|negative|1[- ]star|one[- ]star|"
    r"terrible)\s+review",
    r"re:\b(?:this|that|it|you|your\s+\w+)\s+(?:is|are|was)\s+(?:a\s+)?(?:total\s+|complete\s+)?(?:scam|rip[- ]?off|"
    r"fraud)\b",
    r"re:\b(?:scammed|ripped\s+off|robbed)\s+(?:me|us)\b",
    r"re:\bcharge\s*backs?\b|\bdispute\s+(?:the|this)\s+(?:charge|payment|transaction)",
    r"re:\b(?:money|refund)\s+back\s+(?:now|immediately|right\s+now)",
)
COMPLAINT_EXCEPTIONS: tuple[str, ...] = (
    r"re:\b(?:warranty|insurance|baggage|tax|expense)\s+claims?\b",
    # a claim filed is a routine request (insurance, warranty, damage in transit) unless it is against the business:
    # "I'd like to file a claim" is not a complaint, "a consumer claim against your company" is
    r"re:\b(?:file|filing|lodge|lodging|make|making|submit|submitting|start|starting|open|opening|put\s+in|"
    r"register|registering|report|reporting)\s+(?:a|an|my|the|new|another)?\s*claims?\b(?!\s+(?:against|about|"
    r"regarding|over|with\s+(?:you|your)))",
    r"re:\bclaim(?:s|ed|ing)?\s+(?:that|to\s+be)\b",
)

_BAD = (
    r"(?:terrible|awful|horrible|horrendous|dreadful|the\s+worst|a\s+joke|a\s+scam|ridiculous|pathetic|useless|garbage|"
    r"trash|rubbish|crap|shit|bullshit|insane|unbelievable|a\s+nightmare|a\s+disaster|a\s+mess|broken|"
    r"beyond\s+a\s+joke)"
)
FRUSTRATION_WORDS: tuple[str, ...] = (
    # feelings, said outright
    "frustrat*", "annoy*", "irritat*", "infuriat*", "exasperat*", "angry", "angrier", "angered",
    "furious", "fuming", "livid", "enraged", "outraged", "pissed", "maddening", "aggravating", "aggravated",
    r"re:\b(?:so|really|very|fucking|am|getting|makes\s+me|made\s+me)\s+mad\b",
    r"re:\bmad\s+(?:at|about)\s+(?:you|this|your|the|how|that)\b",
    "fed up", "sick and tired", "sick of", "had enough", "enough is enough", "at my wits end",
    r"re:\b(?:losing|lost|running\s+out\s+of|testing)\s+(?:my\s+)?patience\b",
    r"re:\b(?:drives|driving|drove)\s+me\s+(?:crazy|nuts|mad|insane|up\s+the\s+wall)",
    r"re:\btired\s+of\s+(?:this|waiting|your|you|being|it|the|all)\b",
    "upset", "disgusted", "disgusting", "appalled", "seething", "despicable", "infuriating",
    r"re:\bhate\s+(?:this|you|it|your|when|that|how|them|these|those|people|him|her|everything|dealing)\b",
    r"re:\bcannot\s+stand\s+(?:this|you|it|your|when|that|how|them|him|her|people)\b",
    # judgements and insults
    "ridiculous", "absurd", "pathetic", "incompetent", "idiot*", "stupid*", "dumb", "dumbass",
    "moron*", "imbecile*", "braindead", "brain dead", "nonsense", "bullshit", "horseshit",
    "disgrace*", "shameful", "shame on you", "scum*", "asshole*", "bitch*", "bastard*", "dickhead", "prick",
    "twat", "shut up", "shut your mouth", "go to hell", "screw you", "screw this", "screw that", "screw him",
    "screw her", "screw them", "piss off", "get lost", "grow up", "ignorant", "entitled", "creepy", "what a waste",
    "give me a break", "intolerable", "pointless", "geez", "jeez", "insanity", "ungrateful", "unprofessional", "rude",
    r"re:\byou\s+are\s+(?:a|an|such\s+a|such\s+an)\s+(?:turd|psycho|clown|joke|liar|thief|fraud|disgrace|embarrassment|"
    r"scam)\b",
    r"re:\b(?:so|really|very|extremely|incredibly)\s+(?:rude|disrespectful|condescending)\b",
    r"re:\b(?:this|that|it|you|your\s+\w+(?:\s+\w+)?|the\s+(?:service|support|app|website|site|company|product)|which|"
    r"they|he|she|everything)\s+(?:is|are|was|were|has\s+been|have\s+been|looks|seems|feels)\s+(?:so\s+|just\s+|"
    rf"absolutely\s+|fucking\s+|really\s+|totally\s+|completely\s+|such\s+)?{_BAD}\b",
    r"re:\b(?:what|such)\s+a\s+(?:joke|mess|scam|disgrace|shambles|waste|nightmare)\b|\bjoke\s+of\s+a\b",
    r"re:\b(?:worst|terrible|awful|horrible|horrendous|dreadful|lousy|rubbish|crap|shit|shitty|"
    r"crappy)\s+(?:\w+\s+)?(?:service|support|company|app|website|experience|team|product|people|person|ever|thing|"
    r"idea|take|call|decision)\b",
    r"re:\buseless\s+(?:\w+\s+)?(?:bot|app|service|support|company|website|site|people|piece|chat|answer|system|"
    r"agents?|staff)\b",
    r"re:\b(?:you|it|this|that|they|he|she|service|everything)\s+(?:really\s+|fucking\s+|totally\s+|just\s+)?sucks?\b|"
    r"\byou\s+suck\b",
    r"re:\bwaste\s+of\s+(?:my\s+|our\s+)?(?:time|money|space|breath|oxygen)",
    r"re:\byou\s+(?:are|were)\s+(?:so\s+|just\s+|such\s+)?(?:wrong|the\s+problem|clueless|annoying|rude|lying|a\s+liar|"
    r"liars|a\s+joke|a\s+disgrace)\b",
    r"re:\b(?:you|you\s+are|you\s+people|your\s+company)\s+(?:lied|lie|are\s+lying|are\s+liars|scammed|"
    r"ripped\s+me\s+off|robbed)\b",
    r"re:\b(?:dirty|lying|filthy|stupid)\s+(?:thie(?:f|ves)|liars?|cheats?|scammers?|crooks?|hippies|idiots|people)\b",
    # cursing aimed at something
    "wtf", "wth", "ffs", "stfu", "omfg", "motherf*", "fucked", "fuck off", "fuck you", "fuck this", "fuck that",
    "fuck it", "fuck them", "fuck him", "fuck her", "fuck me", "fuck everything", "fuck everyone", "fuck sake",
    "fucks sake", "for fucks sake", "for fuck sake", "dammit", "damn it", "damnit", "bloody hell",
    r"re:\b(?:what|why|how|where|who)\s+(?:the\s+)?(?:fuck|hell|heck|f|fuk|fck|tf)\b",
    r"re:\bthe\s+(?:fuck|hell)\s+(?:is|are|do|did|does|was|were)\b",
    "hell no", r"re:\bf[*#@$%!]+c?k\w*", r"re:\bsh[*#@$%!]+t\b", r"re:\b(?:u+g+h+|a+r+g+h+|gr+r+)\b",
    # exasperation
    r"re:\bare\s+you\s+(?:fucking\s+)?(?:kidding|serious|joking|insane|crazy|deaf|blind|stupid|dumb|for\s+real)\b",
    r"re:\byou\s+(?:have|got)\s+to\s+be\s+kidding\b|\bkidding\s+me\b",
    r"re:\bseriously\s*[?!]", "unbelievable", r"re:\bcannot\s+believe\s+(?:this|you|how|that|it|what|they|he|she)\b",
    r"re:\bhow\s+(?:dare|hard\s+(?:is|can)\s+it|difficult\s+(?:is|can)\s+it)\b",
    r"re:\bwhat\s+is\s+wrong\s+with\s+(?:you|your|this|people)\b",
    # repeating themselves, getting nowhere
    r"re:\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|hundredth|millionth|nth)\s+time\b",
    r"re:\b(?:\d+|two|three|four|five|six|several|many|multiple|countless|so\s+many)\s+times\s+(?:already|now|i\s+have|"
    r"before|today)\b",
    r"re:\bhow\s+many\s+(?:more\s+)?times\b",
    r"re:\b(?:already|just)\s+(?:told|said|asked|explained|sent|gave|answered)\s+(?:you|this|that|it|twice)\b",
    r"re:\bi\s+(?:already|have\s+already)\s+(?:told|said|asked|explained|sent|gave|answered)\b",
    r"re:\b(?:keep|kept)\s+(?:asking|telling|saying|explaining|getting\s+(?:the\s+same|nowhere))\b",
    r"re:\b(?:again\s+and\s+again|over\s+and\s+over|repeat(?:ing)?\s+myself)\b",
    r"re:\b(?:nobody|no\s+one|noone)\s+(?:is\s+|ever\s+|has\s+|will\s+|can\s+|could\s+|seems\s+to\s+|wants\s+to\s+|"
    r"bothers\s+to\s+)?(?:help|answer|respond|repl|get\w*\s+back|listen|call\w*\s+back|read)\w*",
    r"re:\b(?:you\s+are\s+|you\s+were\s+|this\s+is\s+|that\s+is\s+|it\s+is\s+)(?:not|never)\s+(?:helping|helpful|"
    r"listening|working|answering)\b",
    r"re:\b(?:unhelpful|not\s+helpful|no\s+help\s+at\s+all|zero\s+help)\b",
    r"re:\byou\s+(?:do\s+not|never|cannot|did\s+not)\s+(?:understand|listen|get\s+it|read|help)\b",
    r"re:\b(?:still|yet\s+again)\s+(?:no|nothing|not|waiting|have\s+not|has\s+not|did\s+not|no\s+one|nobody)\b",
    r"re:\b(?:days|weeks|months|hours|ages)\s+(?:and|with|of)\s+(?:still\s+)?(?:no|nothing|not|waiting)\b",
    r"re:\bwaiting\s+(?:for\s+)?(?:days|weeks|months|ages|forever|hours)\b",
    # support-chat exasperation: contempt for the service, patience run out, apologies no longer wanted
    r"re:\b(?:nobody|no\s+one)\s+(?:there\s+|here\s+|at\s+\w+\s+)?(?:knows|has\s+a\s+clue|"
    r"has\s+any\s+idea)\s+what\s+(?:they|you|he|she)\s+(?:are|is)\s+doing\b|\b(?:do|does)\s+not\s+know\s+what\s+(?:you|"
    r"they|he|she)\s+(?:are|is)\s+doing\b",
    r"re:\b(?:this\s+)?(?:bot|chat\s*bot|assistant)\s+is\s+(?:so\s+|completely\s+|totally\s+|utterly\s+|absolutely\s+|"
    r"really\s+)?(?:clueless|hopeless|useless|brainless|pointless|a\s+joke)\b",
    r"re:\bi\s+am\s+(?:so\s+|totally\s+|completely\s+)?done\s+with\s+(?:you|your\s+\w+|this\s+(?:company|shop|store|"
    r"service))\b",
    r"re:\bstop\s+telling\s+me\s+to\s+(?:be\s+patient|wait|calm\s+down)\b|\bi\s+have\s+been\s+(?:more\s+than\s+|"
    r"very\s+|so\s+)?patient\s+(?:for|enough)\b",
    r"re:\b(?:i\s+want|give\s+me)\s+(?:some\s+)?answers\b|\bnot\s+(?:another|more)\s+(?:apolog\w+|excuses?)\b",
    r"re:\byour\s+(?:[\w-]+\s+){0,3}(?:is|was|are|were)\s+(?:a\s+)?(?:complete\s+|total\s+|blatant\s+|outright\s+|"
    r"big\s+)?(?:lie|lies)\b",
)
# Swearing as an intensifier: a sign of frustration, unless the message is a plain request
# ("how do I change my damn password" is still a routine question).
FRUSTRATION_MILD_WORDS: tuple[str, ...] = (
    "fuck", "fucking", "fuckin", "fking", "fkn", "fuckers", "shit", "shits", "bullshit", "goddamn*", "god damn*",
    "bloody", "sucks", "useless",
)
# The opening of a plain request: swearing inside one does not, alone, make it a frustrated message.
REQUEST_OPENING = (
    r"^\W*(?:(?:hi|hello|hey|ok|okay|so|um|uh)\W+)?(?:please\s+)?(?:(?:can|could|would|will|may)\s+(?:you|i|we|someone|"
    r"somebody|it|there)\b|is\s+it\s+possible\b|how\s+(?:do|can|could|should|would|to|does|is)\b|where\s+(?:do|can|"
    r"could|should|is|are|to|did)\b|what\s+(?:do|is|are|should|can|does|would)\b|when\s+(?:will|is|can|do|does|are)\b|"
    r"which\b|is\s+(?:it|there)\b|are\s+there\b|do\s+you\b|i\s+(?:would\s+like|wish)\b|(?:i\s+)?(?:\w+\s+){0,2}(?:want|"
    r"need|wanna|have\s+to|got\s+to|am\s+trying|trying|try|tried|do\s+not\s+know|cannot|must|would\s+like)\b(?!\s+(?:love|adore|hate|admire))|(?:help|"
    r"assistance|show|tell|let|give|check|see|track|cancel|change|update|delete|get|find|locate|download|order|buy|"
    r"return|exchange|reset|set|open|create|close|add|remove|switch|submit|file|lodge|make|send|report|inform|notify|"
    r"list|display|view|edit|modify|correct|fix|sign|register|subscribe|unsubscribe|recover|retrieve|receive)\b)"
)
FRUSTRATION_EXCEPTIONS: tuple[str, ...] = (
    r"re:\bholy\s+(?:shit|fuck|crap|hell)\b|\b(?:cutest|best|funniest|coolest|greatest|realest|good)\s+shit\b|"
    r"\bthe\s+shit\b",
    r"re:\bfucking\s+(?:right|love|loving|loved|awesome|amazing|great|beautiful|brilliant|hilarious|legend|finally|yes|"
    r"gorgeous|cute)\b",
    r"re:\bshut\s+up\s+and\b|\bhate\s+it\s+and\s+i\s+love\s+it\b|\bhell\s+(?:yes|yeah)\b|\bnothing\s+against\b",
    r"re:\bnot\s+(?:a\s+)?(?:joke|bad|terrible|awful|horrible|stupid|dumb)\b",
    r"re:\bno\s+joke\b|\bjoke\s+(?:about|was|is\s+funny)\b|\b(?:good|funny|great|inside|running|bad)\s+joke\b",
    r"re:\b(?:terribly|awfully|horribly)\s+(?:sorry|good|nice|kind|helpful|funny)\b",
    r"re:\b(?:upset|pissed|annoyed|angry|mad)\s+stomach\b|\bthe\s+hell\s+out\s+of\s+(?:my|me)\s+way\b",
    r"re:\b(?:second|third|fourth|first)\s+time\s+(?:ordering|buying|using|shopping|here|with\s+you|customer)\b",
    r"re:\bfor\s+the\s+(?:second|third)\s+time\s+this\s+(?:year|season)\b",
    # disbelief at something good: "can't believe how good the food was", "cannot believe it came so fast"
    r"re:\bcannot\s+believe\s+(?:how|what|that|it|this|the|my|our|you)\s+(?:(?!not\b|never\b|no\b|late\b|long\b|slow\b)"
    r"\w+\s+){0,4}?(?:good|great|amazing|awesome|fast|quick|quickly|easy|easily|cheap|nice|lovely|beautiful|delicious|"
    r"tasty|comfortable|helpful|kind|friendly|lucky|smooth|perfect|fantastic|excellent|early|soon|well|fun|cute|"
    r"gorgeous|affordable|brilliant|incredible|wonderful|generous)\b",
)

# Words worth recognising through a typo ("somenoe", "speakign", "complant").
TYPO_KEYWORDS: tuple[str, ...] = (
    "someone", "somebody", "anyone", "anybody", "person", "human", "agent", "operator", "representative",
    "supervisor", "manager", "assistant", "speak", "speaking", "talking", "contact", "contacting",
    "chatting", "customer", "service", "complaint", "complain", "reclamation", "consumer", "against",
    "company", "business", "organization", "claim", "claims", "talk", "frustrated", "frustrating", "ridiculous",
    "unacceptable",
    "annoying", "annoyed", "furious", "useless", "terrible", "horrible", "disappointed", "incompetent",
    "pathetic", "suicide", "suicidal", "depressed", "depression", "anxiety", "hopeless", "worthless",
    "medication", "prescription", "symptoms", "diagnosis", "doctor", "pneumonia", "coronavirus",
    "lawyer", "attorney", "lawsuit", "afford", "unemployed", "harassment", "harassed", "harassing",
    "threatened", "threatening", "privacy", "delete", "personal", "information",
    "order", "package", "parcel", "purchase", "shipment", "delivery", "status", "track", "tracking",
    "locate", "estimated", "arrival",
    # the customer's own orders: "deliverd", "recieved", "shiped", "pakage", "refnd", "arived", "cancle"
    "delivered", "received", "receive", "shipped", "shipping", "refund", "arrived", "arrive", "cancel", "return",
    "address", "dispatched", "stuff",
)
# Words customers glue together ("customercare", "callcenter", "livechat", "trackmyorder", "orderstatus"): a
# token made of two of them (or two joined by "my"/"to") is split back (``spelling.TypoFixer``).
TYPO_COMPOUNDS: tuple[str, ...] = (
    "customer", "care", "service", "support", "call", "center", "centre", "live", "chat", "help", "desk",
    "line", "phone", "number", "contact", "human", "agent", "person", "real", "talk", "speak", "order", "orders",
    "status", "track", "tracking", "delivery", "parcel", "package", "shipment", "where", "refund", "cancel",
)
# Real words one typo away from a key word, which must stay as they are.
TYPO_PROTECTED: tuple[str, ...] = (
    "layer", "humane", "humans", "agents", "persons", "orders", "ordered", "border", "parcels",
    "packages", "trace", "trick", "truck", "tracks", "tracked", "statue", "states", "stats", "speaks",
    "sneak", "steak", "speck", "someones", "deletes", "deleted", "service", "services", "serviced",
    "delivery", "deliver", "managed", "managers", "complains", "customers", "contacts", "contacted",
    "suicides", "sorder", "recorder", "afford", "affords", "purchased", "purchases", "locale", "located",
    "locates", "lawyers", "attorneys", "doctors", "anxious", "orderly", "tracker", "chatter",
    "talkie", "talkies", "estimate", "personal", "personnel", "business", "businesses", "taking", "homeless",
    "meditation", "contract", "contracts", "older", "manage", "consumes", "sneaking", "tanking", "spear", "terribly",
    "deliverer", "receiver", "receives", "receiver", "recede", "shipper", "slipped", "shopped", "skipped", "snipped",
    "sipped", "shopping", "skipping", "slipping", "sipping", "whipping", "refunds", "refunded", "arrives", "arriver",
    "cancer", "cancels", "candle", "returns", "retune", "addressed", "addresses", "odder", "arrival", "dispatcher",
    "dispatches", "staff", "staffs", "stiff", "stuffy", "stuffed",
)
