"""Crisis told in the first person, as a small grammar: who × state or act × time.

These join the self-harm category (urgent, crisis resources at once). Each frame is about the writer or
someone close to them, never about a thing:
- a wish to be dead or gone, as a hope, a prayer or a question ("I hope I don't wake up", "why am I even
  still alive", "someone please kill me", "the only reason I haven't ended it");
- a state at its worst ("I'm in a bad place", "I've hit rock bottom", "I'm going through a lot", "I can't
  stand myself", "I don't deserve to be happy", "nothing to look forward to");
- an act on oneself (burning, scratching, hitting oneself) and a question about the means ("a lethal
  dose", "how many pills would it take to die");
- someone close at risk: a relative or friend × wants to, tried to, talks about × killing or hurting
  themselves;
- a mental illness or its care named by the writer (hearing voices, a manic episode, dissociating, the
  psych ward, rehab).

A thing vetoes: feelings aimed at a product or an event ("miserable with this laptop", "depressed about
this update", "desperate for the charger", "devastated the concert got cancelled"), a thing that dies,
the hyperbole of a deal "killing me". See ``CRISIS_EXCEPTIONS``.

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

_ADV = (
    r"(?:(?:just|really|honestly|seriously|literally|actually|even|ever|still|so|truly|genuinely|sometimes|often)"
    r"\s+)*"
)
_KIN_WORDS = (
    r"mother|mom|mum|father|dad|parents?|husband|wife|partner|son|daughter|child|kid|brother|sister|sibling|"
    r"friend|best\s+friend|boyfriend|girlfriend|fianc[ée]e?|spouse|cousin|niece|nephew|grand\w+|teen|teenager|"
    r"roommate|flatmate|bf|gf"
)
_KIN = f"(?:{_KIN_WORDS})"
# life matters are never a "thing": "miserable with my life", "depressed about my job" stay disclosures
_LIFE = (
    r"(?:life|lives|living|self|myself|future|family|marriage|relationship|divorce|breakup|break\s+up|job|work|"
    r"career|money|debts?|bills|health|body|weight|looks|mind|head|thoughts|feelings|situation|existence|own|loss|"
    r"death|diagnosis|mental|everything|everyone|anything|it\s+all|baby|dog|cat|pet|whole|pandemic|covid\w*|corona\w*|"
    r"lockdown|quarantine|isolation|world|news|school|college|university|exams?|grades|studies|past|" + _KIN_WORDS + ")"
)
_FEELING_LIKE = r"(?:i\s+feel|feeling|i\s+felt|i\s+have\s+been\s+feeling)\s+(?:like\s+)?"
_FEELING = r"(?:miserable|depressed|hopeless|helpless|desperate|devastated|heartbroken|gutted|sad|down|low|upset)"

CRISIS_WORDS: tuple[str, ...] = (
    # a wish to be dead or gone: "I hope I'm dead by next year", "I pray I won't wake up"
    r"re:\b(?:hope|hoping|pray|praying|wish|wishing)\s+(?:\w+\s+){0,3}?(?:that\s+)?i\s+(?:am|was|were|would\s+be|"
    r"will\s+be|end\s+up)\s+(?:\w+\s+)?dead\b|\b(?:hope|hoping|pray|praying|wish|wishing)\s+(?:\w+\s+){0,3}?"
    r"(?:that\s+)?i\s+(?:do\s+not|"
    r"will\s+not|would\s+not|never|did\s+not)\s+wake\s+up\b",
    # a question about one's own existence: "why am I even still alive", "why was I born", "why do I exist"
    rf"re:\bwhy\s+(?:am|was)\s+i\s+{_ADV}(?:alive|here|born)\b|\bwhy\s+(?:do|should|must|would)\s+i\s+{_ADV}"
    r"(?:exist|keep\s+living|go\s+on\s+living|bother\s+(?:living|being\s+alive|staying\s+alive)|stay\s+alive)\b",
    r"re:\b(?:do\s+not|cannot)\s+see\s+why\s+i\s+should\s+(?:keep|go\s+on|carry\s+on|stay)\s+(?:living|alive)\b",
    r"re:\b(?:quit|end|delete)\s+(?:my\s+)?(?:life|living|existence)\b(?!\s+(?:insurance|cover|policy|plan|"
    r"membership|subscription|account|savings|assurance))",
    # asking to be killed: "please someone just kill me", "can somebody kill me already"
    rf"re:\b(?:someone|somebody|anyone|anybody)\s+{_ADV}(?:please\s+)?{_ADV}kill\s+me\b(?!\s+now\b[^.!?]*\b(?:lol|"
    rf"haha|lmao))|\b(?:can|could|will|would)\s+(?:someone|somebody|anyone|anybody)\s+{_ADV}(?:please\s+)?kill\s+me\b",
    # what keeps one alive: "the only thing keeping me alive", "the only reason I haven't ended it"
    r"re:\bonly\s+(?:thing|one|reason|person)\s+(?:keeping|that\s+keeps|that\s+is\s+keeping)\s+me\s+(?:alive|here|"
    r"going)\b|\bonly\s+reason\s+(?:i\s+am\s+(?:still\s+)?(?:alive|here)|i\s+(?:have\s+not|did\s+not|do\s+not)\s+"
    r"(?:ended|killed|end|kill|done)\s+(?:it|myself|everything|things))\b",
    r"re:\b(?:have\s+not|had\s+not|almost|nearly)\s+(?:ended|killed)\s+(?:it\s+all|everything|myself|my\s+life)\b",
    # a state at its worst, now: "I'm in a really bad place", "I've hit rock bottom", "I'm at my lowest"
    r"re:\b(?:i\s+am|i\s+have\s+been|i\s+was|i\s+feel\s+like\s+i\s+am|been|still)\s+(?:\w+\s+)?in\s+(?:a\s+)?"
    r"(?:really\s+|very\s+|pretty\s+|so\s+)?(?:bad|dark|terrible|horrible|awful|low|scary|shit|shitty)\s+place\b"
    r"(?!\s+(?:for|to)\s+(?:signal|reception|wifi|buy|shop|park))",
    r"re:\b(?:hit|hitting|reached|at)\s+(?:an?\s+|my\s+)?(?:all[-\s]time\s+)?(?:rock\s+bottom|my\s+lowest|"
    r"lowest\s+point\s+(?:in|of)\s+my\s+life)\b(?!\s+(?:price|prices|deal|deals|rate|rates))|\bat\s+my\s+(?:all[-\s]time\s+)?"
    r"(?:lowest|low)\b",
    r"re:\b(?:i\s+am|i\s+have\s+been|been)\s+going\s+through\s+(?:a\s+lot|so\s+much|hell|too\s+much|"
    r"(?:a|such\s+a)\s+(?:really\s+|very\s+)?(?:hard|rough|tough|difficult|dark|bad)\s+(?:time|patch|period))"
    r"(?!\s+(?:of|with\s+(?:the|your|this|my)\s+(?!life|family|mental)))\b",
    r"re:\bi\s+am\s+having\s+(?:a|such\s+a)\s+(?:really\s+|very\s+|so\s+)?(?:hard|rough|tough|difficult|dark|bad)\s+"
    r"time(?=\s*(?:$|[.!,;?]|lately|recently|right\s+now|these\s+days|at\s+the\s+moment|with\s+(?:life|everything|"
    r"my\s+(?:mental|depression|anxiety|thoughts))|and\b|since\b))",
    rf"re:\b{_FEELING_LIKE}(?:absolute\s+|complete\s+|total\s+)?(?:garbage|trash|rubbish|crap|a\s+waste)\s+(?:about\s+"
    r"myself|inside|all\s+the\s+time|every\s+day|lately)\b",
    # how one sees oneself: "I can't stand myself", "I'll never be good enough", "I keep letting everyone down"
    r"re:\b(?:cannot|can\s+not|could\s+not)\s+(?:stand|bear|face|look\s+at)\s+(?:myself|to\s+(?:see|look\s+at)\s+"
    r"myself)\b|\b(?:disgusted|sick)\s+(?:with|of|by)\s+myself\b",
    r"re:\bi\s+(?:will|am|was)\s+(?:never|not)\s+(?:going\s+to\s+be\s+)?(?:be\s+)?good\s+enough\s+(?:for\s+"
    r"(?:anyone|anybody|anything|them|him|her|my\s+\w+)|$|[.!,;])|\bnever\s+(?:been\s+)?good\s+enough\s+for\s+"
    r"(?:anyone|anybody)\b",
    r"re:\bi\s+(?:\w+\s+)?(?:keep|always|constantly)\s+(?:\w+\s+)?letting\s+(?:everyone|everybody|people|my\s+\w+)\s+"
    r"down\b|\bi\s+am\s+(?:just\s+)?a\s+(?:let\s*down|letdown)\b",
    r"re:\bi\s+(?:do\s+not|did\s+not)\s+(?:even\s+)?deserve\s+(?:to\s+(?:live|be\s+(?:happy|alive|loved|here))|"
    r"(?:any\s+)?(?:happiness|love|help|to\s+exist|anyone|their\s+help|your\s+help|a\s+life))\b",
    r"re:\bnothing\s+(?:left\s+)?to\s+(?:look\s+forward\s+to|live\s+for)\b|\bno\s+(?:future|hope)\s+for\s+me\b",
    # acts on oneself: "I've been burning myself", "I scratch myself until I bleed", "I keep hitting myself"
    r"re:\b(?:burn|burning|burnt|burned|scratch|scratching|scratched|punch|punching|punched|hit|hitting|bite|"
    r"biting|bruise|bruising|pinch|pinching)\s+myself\b(?!\s+(?:on|with\s+(?:the|a|your|this|my)\s+(?:kettle|"
    r"iron|oven|stove|pan|hob|door|shelf|table|desk)|by\s+accident|accidentally))",
    r"re:\bmyself\s+until\s+(?:i|it)\s+(?:bleed|bled|bleeds|bruise|bruised|hurts)\b|\buntil\s+i\s+bleed\b",
    # the means asked about: "what's a lethal dose", "how many paracetamol would it take to die"
    r"re:\b(?:lethal|fatal|deadly|killing)\s+(?:dose|amount|quantity)\b|\bhow\s+(?:many|much)\s+[\w\s-]{1,30}?"
    r"(?:would|does|will|to)\s+(?:it\s+)?(?:take\s+to\s+)?(?:die|kill\s+(?:me|myself|someone|a\s+person)|overdose|od)\b",
    # someone close at risk: "my daughter says she wants to kill herself", "my brother tried to end his life"
    rf"re:\b(?:my|our)\s+(?:\w+\s+)?{_KIN}\s+(?:\w+\s+){{0,4}}?(?:wants?\s+to|wanted\s+to|tried\s+to|tries\s+to|"
    r"is\s+going\s+to|threatens?\s+to|threatened\s+to|talks?\s+about|talking\s+about|talked\s+about|thinking\s+about|"
    r"attempted\s+to|going\s+to)\s+(?:kill|killing|hurt|hurting|harm|harming|end|ending|cut|cutting)\s+(?:him\s*self|"
    r"her\s*self|them\s*selves|them\s*self|his\s+(?:own\s+)?life|her\s+(?:own\s+)?life|their\s+(?:own\s+)?life)\b",
    # a mental illness or its care, named by the writer
    r"re:\bschizo(?:phreni\w*|affective)\b|\bpsychosis\b|\b(?:having|in|into|going\s+through|"
    r"coming\s+out\s+of)\s+(?:a\s+|an\s+)?(?:manic|psychotic|depressive)\s+(?:episode|phase|break)\b|"
    r"\b(?:i\s+am|i\s+was|i\s+feel|feeling|been)\s+(?:so\s+|really\s+)?manic\b",
    r"re:\b(?:hear|hearing|heard)\s+voices\b|\bvoices\s+in\s+my\s+head\b|\b(?:i\s+\w+\s+|i\s+|been\s+|keep\s+|"
    r"started\s+)(?:hallucinat\w+|dissociat\w+|disassociat\w+)\b|\b(?:derealization|depersonali[sz]ation|"
    r"dissociation|dissociative)\b",
    r"re:\b(?:psych|psychiatric)\s+(?:ward|unit|hospital|hold|admission)\b|\bi\s+(?:\w+\s+){0,3}(?:in|to|into|"
    r"out\s+of|from)\s+(?:a\s+|the\s+)?(?:mental\s+(?:health\s+)?(?:hospital|ward|unit|facility)|rehab)\b|"
    r"\b(?:i\s+have|i\s+was\s+diagnosed\s+with|my|diagnosed\s+me\s+with)\s+(?:\w+\s+)?(?:bpd|"
    r"borderline\s+personality)\b",
    # the wish said plainly or with a slip: "i want die", "kill me. nothing else to live for", "easier to just
    # kill myself", "a simple way to end it", "alcohol and pills it is", "a failed attempt last night"
    r"re:\b(?:want|wanna|wish|ready)\s+(?:to\s+)?(?:just\s+)?die\b|^\W*(?:please\s+|just\s+)?kill\s+me\s*(?:[.!]|$)|"
    r"\bnothing\s+(?:left|else|more)\s+to\s+live\s+for\b",
    r"re:\b(?:easier|better|simpler)\s+(?:\w+\s+)?to\s+(?:just\s+)?(?:kill\s+(?:myself|yourself)|die|end\s+(?:it|my\s+life))"
    r"\b|\b(?:simple|easy|easiest|painless|quick|quickest|best)\s+way\s+to\s+(?:end\s+it|die|kill\s+myself|end\s+my\s+life)\b",
    r"re:\b(?:alcohol|booze|vodka|wine|drinks?)\s+(?:and|with|&|plus)\s+(?:pills|sleeping\s+tablets|painkillers)\b|"
    r"\bmix(?:ing)?\s+(?:\w+\s+)?(?:pills|sleeping\s+tablets|painkillers)\s+(?:with|and|w)\s+(?:alcohol|booze|drink\w*)\b",
    r"re:\b(?:failed|botched|unsuccessful|last|another|second|third)\s+(?:suicide\s+)?attempt\b(?!\s+(?:to|at|of|on|"
    r"for)\b)",
    # the future and the day: "I don't see myself in the future", "things never get better", "struggling just to
    # get through the day"
    r"re:\b(?:do\s+not|cannot|can\s+not|never)\s+see\s+myself\s+(?:in\s+(?:a|the|any)\s+future|(?:alive|living|here)\s+"
    r"(?:in|by|past|at))\b|\b(?:things|life|my\s+life)\s+(?:will\s+)?never\s+(?:\w+\s+)?gets?\s+better\b|"
    r"\b(?:does|will|when\s+does|when\s+will)\s+(?:life|it\s+all)\s+(?:ever\s+)?get\s+better\b",
    r"re:\b(?:just|barely|struggl\w+|hard|fight\w*|energy|strength)\s+(?:\w+\s+){0,3}?to\s+(?:get|make\s+it)\s+through\s+"
    r"(?:the|each|every)\s+(?:single\s+)?(?:day|night)\b|\bthrough\s+the\s+day\s+without\s+crying\b",
    # how one sees oneself: "nobody knows me anymore", "I don't think people love me", "a sack of shit",
    # "I can't stand what I see in the mirror", "fighting my own brain", "such a shut-in"
    r"re:\b(?:no\s*one|nobody)\s+(?:\w+\s+)?(?:knows|remembers|remembered|notices|noticed|misses|missed|visits|hugs|"
    r"invites|invited)\s+me\b|\b(?:no\s*one|nobody)\s+(?:even|ever)\s+tries\b|\b(?:do\s+not\s+think|doubt)\s+"
    r"(?:anyone|anybody|people|they)\s+(?:really\s+|actually\s+)?(?:loves?|likes?|cares?\s+about|wants?)\s+me\b",
    r"re:\b(?:i\s+am|i\s+feel\s+like)\s+(?:such\s+)?(?:a|an)\s+(?:\w+\s+)?(?:sack|piece|waste)\s+of\s+(?:shit|crap|space)\b|"
    r"\b(?:feel|feeling|felt)\s+like\s+(?:a|an)\s+(?:\w+\s+)?(?:loser|mistake|joke|nobody)\b|\bi\s+have\s+"
    r"nothing\s+to\s+offer\b",
    r"re:\b(?:cannot|can\s+not)\s+stand\s+(?:what\s+i\s+see|my\s+(?:own\s+)?(?:reflection|face|body))\b|\bavoid\s+"
    r"(?:looking\s+(?:at|in)\s+)?(?:any\s+|the\s+)?mirrors?\b|\b(?:fight|fighting|battle|battling|war\s+with)\s+"
    r"(?:against\s+)?my\s+own\s+(?:brain|mind|head)\b|\b(?:a|such\s+a)\s+shut[-\s]?in\b",
    # cutting and drinking as a habit told: "when I decide to cut", "stop cutting when I'm sad", "binge drinking"
    r"re:\b(?:stop|stopped|decide\s+to|urges?\s+to|started|start|relapsed\s+(?:and|into))\s+cutting\b(?!\s+(?:the|my\s+"
    r"(?:hair|hours|nails|losses)|coupons|back|costs|down|prices|corners|ties|out|it|them|that|this|your|our))|\burges?\s+"
    r"to\s+(?:cut|self[-\s]?harm|relapse|use\s+again|drink\s+again)\b|\b(?:i|my|stop|quit)\s+(?:\w+\s+)?binge\s+"
    r"drink\w*\b",
    # going on, or being around, doubted: "I can't go on like this", "I won't be around much longer",
    # "I won't be here for much longer" (not a trip: "won't be around next week to sign for it")
    r"re:\b(?:cannot|can\s+not|could\s+not)\s+(?:go|carry)\s+on\s+(?:any\s*more|like\s+this|living)\b(?!\s+(?:with|"
    r"the|this|that|your|to|about|if|unless|using|on|in|at)\b)",
    r"re:\bi\s+(?:will\s+not|may\s+not|might\s+not|probably\s+will\s+not|do\s+not\s+think\s+i\s+will|am\s+not\s+going\s+"
    r"to|am\s+not\s+gonna)\s+be\s+"
    r"(?:around|here|alive)\s+(?:(?:for\s+)?(?:much|very)\s+longer|for\s+long|any\s*more|(?:by|at|for)\s+"
    r"(?:christmas|the\s+end\s+of\s+the\s+(?:year|month|week)))\b(?![^.!?]{0,40}\b(?:after|from|moving|move|"
    r"travel\w*|holiday|vacation|trip|abroad|away|leaving\s+for|relocat\w*|job)\b)",
    # drinking or using told as a problem, and recovery counted: "I drink too much", "addicted to pills",
    # "blacking out every night", "5 days sober", "I've been clean for two years", "am I an alcoholic?"
    r"re:\bi\s+(?:\w+\s+){0,2}?(?:drink|drank|have\s+been\s+drinking|am\s+drinking|use|used|smoke)\s+(?:way\s+)?"
    r"(?:too\s+much|too\s+often|to\s+the\s+point|until\s+i\s+(?:black|pass)|every\s+single\s+(?:day|night))\b|"
    r"\b(?:blacking|blacked|black)\s+out\s+(?:drunk|every|again|most|each)\b|\bdrinking\s+(?:problem|habit|issue)s?\b",
    r"re:\b(?:addicted|addiction)\s+to\s+(?:alcohol|drinking|booze|drugs|pills|painkillers|opioids|opiates|heroin|meth|"
    r"coke|cocaine|crack|weed|xanax|benzos|gambling|porn)\b|\balcoholism\b|\bam\s+i\s+(?:an\s+)?(?:alcoholic|addict)\b|"
    r"\balcohol\s+(?:dependence|dependency|use\s+disorder|withdrawal)\b|\b(?:withdrawals?|detox\w*)\s+from\s+"
    r"(?:alcohol|drinking|drugs|pills|opioids|heroin|benzos|xanax)\b",
    r"re:\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|first)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:clean|sober)\b|\b(?:i|i\s+have|i\s+am)\s+(?:\w+\s+)?(?:been|stayed|staying|getting|become|becoming)\s+clean\s+"
    r"(?:for|since|from|off)\b|\bclean\s+and\s+sober\b|\b(?:quit|stop|stopped|quitting|stopping|cut\s+down\s+on|"
    r"cut\s+back\s+on)\s+(?:my\s+)?drinking(?=\s*(?:$|[.!,;?]|and\b|but\b|for\b|since\b|last\b|this\b|"
    r"completely\b|altogether\b|alcohol\b|booze\b|again\b|\d))",
    # borderline personality, said about oneself (not "the characteristics of BPD", not "my ex with BPD")
    r"re:\b(?:i|me|my|with|diagnosed|got|having)\b[^.!?]{0,30}\bbpd\b",
    # loneliness told as a life: "the loneliest months of my life", "none of my friends ever invite me", "they hang
    # out without me", "I haven't been hugged in years", "music is my only friend", "I envy people in
    # relationships", "I miss having someone who cares about me", "I don't have many friends"
    r"re:\blonel(?:ier|iest)\b|\bforever\s+alone\b|\b(?:none\s+of\s+my\s+friends|no\s*one|nobody|they|everyone|my\s+friends)"
    r"\s+(?:\w+\s+)?(?:ever\s+)?(?:invites?|invited|includes?|included|hangs?\s+out\s+with|asks?)\s+me\b|\b(?:hang|hangs|"
    r"hung|go|went|goes)\s+out\s+without\s+me\b|\b(?:feel|felt|feeling|always|get|got)\s+(?:so\s+)?(?:excluded|left\s+out)\b",
    r"re:\b(?:have\s+not|had\s+not|never)\s+(?:even\s+|ever\s+)?(?:been\s+)?(?:hugged|kissed)\b|\bnever\s+(?:ever\s+)?"
    r"(?:had|been\s+in)\s+(?:a|any\s+kind\s+of|any)\s+(?:relationship|girlfriend|boyfriend|partner)\b|\bmiss\s+being\s+"
    r"(?:touched|hugged|held|loved)\b|\b(?:is|are)\s+my\s+only\s+friends?\b|\bonly\s+friends?\s+(?:that\s+)?i\s+have\b",
    r"re:\b(?:envy|envious\s+of|jealous\s+of)\s+(?:\w+\s+){0,3}(?:people|everyone|couples)\s+(?:with|in|who)\b|\b(?:miss|"
    r"missing)\s+having\s+(?:someone|somebody|anyone)\s+who\b|\bi\s+(?:do\s+not|did\s+not|never)\s+(?:really\s+)?have\s+"
    r"(?:many|much|any|a\s+lot\s+of)\s+friends\b",
    # time left and being alive: "I won't be alive past this year", "didn't expect to make it this far", "I might
    # as well be gone", "who cares if I exist", "not meant to be part of this world", "finds my body"
    r"re:\bi\s+(?:will\s+not|do\s+not\s+think\s+i\s+(?:will|can)|cannot|could\s+not)\s+(?:be\s+alive|make\s+it|live|last)\s+"
    r"(?:past|beyond|until|much\s+longer|another\s+(?:year|month|week))\b|\b(?:did\s+not|never)\s+(?:expect(?:ed)?|think|thought)\s+"
    r"(?:myself\s+|i\s+would\s+|i\s+will\s+)?(?:to\s+)?(?:make\s+it|live|be\s+alive|survive)\s+(?:this\s+(?:far|long)|to\s+\d+)\b|"
    r"\bmy\s+death\s+is\s+(?:near|close|coming)\b|\bfinds?\s+my\s+body\b",
    r"re:\bmight\s+as\s+well\s+(?:just\s+)?(?:be\s+(?:gone|dead)|die|disappear|not\s+exist|end\s+it)\b|\b(?:wish\s+(?:that\s+)?"
    r"i\s+mattered|i\s+do\s+not\s+matter(?:\s+to\s+(?:anyone|anybody|anything))?(?=\s*(?:$|[.!,;]|and\b|to\s+anyone)))|"
    r"\bnot\s+meant\s+to\s+(?:be\s+)?(?:part\s+of\s+this\s+world|be\s+here|be\s+alive|exist|live)\b|\bwho\s+(?:cares|would\s+care|"
    r"will\s+care)\s+if\s+i\s+(?:exist|died|die|was\s+gone|live|disappear\w*)\b",
    r"re:\bhow\s+(?:\w+\s+){0,4}?kill\s+(?:myself|yourself)\b|\bover\s+dose\b|\bhat(?:e|ing)\s+life\b|\b(?:want|wish)\s+"
    r"(?:it\s+all\s+(?:to|would)|it\s+would\s+all|everything\s+(?:to|would)|all\s+of\s+(?:it|this)\s+(?:to|would))\s+"
    r"(?:just\s+)?(?:go\s+away|disappear)\b|\b(?:cannot|"
    r"can\s+not)\s+(?:make|bring)\s+myself\s+(?:to\s+)?eat\b",
)

CRISIS_EXCEPTIONS: tuple[str, ...] = (
    # a feeling aimed at a thing: "miserable with this laptop", "depressed about this update", "desperate for
    # the charger", "devastated the concert got cancelled"
    rf"re:\b{_FEELING}\s+(?:with|about|over|by|at|for|that)\s+(?:(?:this|that|these|those|your|its|their|an?|"
    rf"some)|my\s+(?:new|old|latest|current))\s+(?!(?:\w+\s+)?{_LIFE}\b)\w+",
    rf"re:\b(?:devastated|gutted|heartbroken|upset|sad|desperate)\s+(?:that\s+)?(?:the|this|your|its)\s+"
    rf"(?!(?:\w+\s+)?{_LIFE}\b)\w+\s+(?:\w+\s+)?(?:got|was|is|has|have|were|are|had|will|did|sold|came|arrived|"
    r"broke|stopped)\b",
    rf"re:\bdesperate\s+for\s+the\s+(?!(?:\w+\s+)?(?:{_LIFE}|pain|help|end|money|rent)\b)\w+",
    rf"re:\bdesperate\s+to\s+(?:get|have|try|buy|see|know|hear|receive|find|return|order)\s+(?:this|that|the|my|"
    rf"your|a|an|it|one)\b(?!\s+(?:\w+\s+)?{_LIFE}\b)",
    # a thing that is depressing, not a life: "this update is depressing"
    r"re:\b(?!life\b|living\b|everything\b|existence\b|it\s+all\b)\w+\s+(?:is|was|are|were|looks|sounds|seems)\s+"
    r"(?:so\s+|really\s+|pretty\s+|kinda\s+|very\s+|just\s+|quite\s+|a\s+bit\s+)?depressing\b",
    r"re:\b(?:my|his|her|their|our)\s+(?:\w+\s+)?(?:ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|mum|mom|dad|"
    r"mother|father|sister|brother|friend|son|daughter)\s+(?:with|has|had|who\s+has)\s+bpd\b",
    r"re:\blonely\s+planet\b",  # the guidebooks
)
