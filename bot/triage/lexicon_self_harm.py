"""Self-harm and emotional crisis said outright or nearly: wanting to die or disappear, hopelessness, feeling
empty or a burden, mental illness named about oneself, drinking or using to cope, the means.

Indirect statements of risk count ("can't go on", "want to disappear"), not only explicit words. More
first-person distress (loneliness, not coping, panic, crying) is in ``lexicon_distress``; an overdose and a
plan for the pills in ``lexicon_danger``. All three join the self-harm category.

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

_ME = r"(?:myself|my\s*self|my\s+life|my\s+own\s+life)"
_FEEL = (
    r"(?:i\s+am|i\s+feel|i\s+felt|i\s+have\s+been|i\s+was|i\s+get|i\s+keep\s+feeling|feeling|feel|i\s+just\s+feel|"
    r"i\s+always\s+feel|i\s+am\s+just|i\s+am\s+always|i\s+have\s+become|i\s+am\s+getting|im)"
)
_SO = (
    r"(?:\s+(?:so|completely|totally|really|very|just|always|pretty|kinda|kind\s+of|a\s+bit|extremely|incredibly))?\s+"
)
# how long, or since when, after a feeling: "sad for weeks", "down since the lockdown", "low due to the pandemic"
FEELING_LASTS = (
    r"since\s+(?:the|my|last|i|we|covid|lockdown|forever|childhood|then)\b|ever\s+since\b|for\s+(?:weeks|months|years|"
    r"ages|so\s+long|a\s+(?:long\s+time|few\s+(?:weeks|months)))\b|because\s+of\s+(?:the\s+)?(?:pandemic|"
    r"covid|corona\w*|lockdown|quarantine|isolation)\b|due\s+to\s+(?:the\s+)?(?:pandemic|covid|lockdown|isolation|"
    r"my\s+(?:health|depression|anxiety|situation))\b"
)
_FEELING_ENDS = (
    r"(?=\s*(?:$|[.!,;?:()\u2026-]|and\b|all\b|lately\b|every\b|inside\b|again\b|right\s+now\b|these\s+days\b|most\b|"
    r"so\s+often\b|anymore\b|any\s+more\b|today\b|tonight\b|like\b|but\b|i\b|because\s+of\s+(?:my|life)|in\s+life|"
    r"(?:with|about)\s+my\s+life\b))"
)
_MY = r"(?:my|i\s+have|i\s+have\s+had|i\s+suffer\s+from|i\s+struggle\s+with|i\s+am\s+in|dealing\s+with\s+my|with\s+my)"

SELF_HARM_WORDS: tuple[str, ...] = (
    # said outright
    "suicid*", "self harm*", "self-harm*", "selfharm*", "kms", "kys", "unalive*", "sucid*", "suisid*", "suicd*",
    r"re:\bkil\s+(?:myself|my\s*self)\b",
    r"re:\b(?:i\s+have\s+been|i\s+am|i\s+started|i\s+keep|i\s+went\s+back\s+to|i\s+relapsed\s+and)\s+(?:\w+\s+)?"
    r"cutting\s+(?:again|myself|my\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach))\b|\bcut\s+my\s+(?:arms?|wrists?|"
    r"legs?|thighs?|skin|stomach)\b",
    r"re:\b(?:kill|killed|killing|hurt|hurting|harm|harming|cut|cutting|end|ending|take|taking|hang|hanging|starve|"
    rf"starving|poison|poisoning|shoot|shooting|drown|drowning)\s+{_ME}\b(?!\s+(?:a\s+)?(?:break|favou?r|laugh|up))",
    r"re:\b(?:end|ending)\s+(?:it\s+all|everything|things|my\s+existence|my\s+suffering|the\s+pain)\b",
    r"re:\b(?:considering|thinking\s+(?:about|of)|contemplating|planning|plan\s+on|going\s+to|ready\s+to|want\s+to|"
    r"just)\s+(?:end|ending)\s+it\b",
    r"re:\band\s+end\s+it\s*(?:[.!]|$)",
    r"re:\b(?:want|wanted|wanting|wish|wished|ready|going|plan|planning|deserve|pray|praying|hope)\s+(?:to|i\s+could|"
    r"that\s+i|i|i\s+would)\s+(?:(?:just|really|fucking|fuckin|freaking|honestly|literally|actually|simply)\s+){0,3}"
    r"die\b",
    r"re:\b(?:want|wish|need|wanted)\s+(?:someone|somebody|them|him|her|you)\s+to\s+(?:kill|shoot|end)\s+me\b",
    r"re:\bdie\s+in\s+my\s+sleep\b|\b(?:long|longing)\s+for\s+(?:death|the\s+grave)\b",
    r"re:\bwish\s+i\s+(?:was|were|could\s+be)\s+dead\b|\bbetter\s+off\s+(?:dead|without\s+me|gone)\b",
    r"re:\bwish\s+i\s+(?:had\s+)?never\s+(?:been\s+born|existed|woke\s+up)\b|\bwish\s+i\s+(?:was|were)\s+never\s+born\b",
    r"re:\b(?:do\s+not|never|no\s+longer|dont)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up|be\s+here|go\s+on|"
    r"keep\s+going|be\s+alone|feel\s+like\s+this)\b",
    # "no point going on", "no reason to live" (not "no point in going on with this return")
    r"re:\bno\s+(?:reason|reasons|point|purpose|will)\s+(?:(?:to|in|for)\s+)?(?:live|living|go\s+on|going\s+on|"
    r"carrying\s+on|being\s+alive|life|keep\s+going|exist|staying\s+alive)\b(?!\s+(?:with|the|this|that|your|to|"
    r"about|if|unless|using)\b)",
    r"re:\breasons?\s+(?:to|for)\s+(?:live|living|stay\s+alive|keep\s+going|existing)\b",
    r"re:\b(?:life|living|it)\s+(?:is\s+)?(?:not|no\s+longer|is\s+not)\s+worth\s+(?:living|it\s+any\s*more)|"
    r"\bnothing\s+(?:seems\s+|is\s+|feels\s+)?worth\s+it\b",
    r"re:\blife\s+(?:is|feels|seems)\s+(?:so\s+)?(?:pointless|meaningless|worthless|hopeless|empty|unbearable)\b",
    r"re:\b(?:what\s+is|whats)\s+the\s+(?:fucking\s+)?point\s+(?:of|in)\s+(?:living|life|my\s+life|my\s+existence|"
    r"existing|being\s+alive|anything|it\s+all|trying|going\s+on)",
    r"re:\bpoint\s+of\s+(?:my\s+)?existence\b|\breason\s+for\s+(?:my\s+)?existing\b",
    r"re:\bcannot\s+(?:go\s+on|keep\s+going|do\s+(?:this|it)\s+any\s*more|take\s+(?:it|this)\s+any\s*more|cope|"
    r"handle\s+(?:it|this|life)\s+any\s*more|live\s+like\s+this|escape)",
    r"re:\b(?:how\s+(?:much\s+)?longer\s+i\s+can|cannot)\s+(?:hang|hold)\s+on\b|\b(?:close\s+to|on)\s+the\s+edge\b|"
    r"\bat\s+(?:my|the)\s+breaking\s+point\b",
    r"re:\b(?:want|wanted|wish|wishing)\s+(?:to|i\s+could)\s+(?:just\s+)?(?:dis+ap+ear|vanish|sleep\s+forever|"
    r"not\s+wake\s+up|not\s+exist|stop\s+existing|be\s+gone)",
    r"re:\bwant\s+(?:this|it|everything|the\s+pain)\s+to\s+(?:stop|end|be\s+over)\b",
    r"re:\b(?:give|giving|gave|given)\s+up\s+on\s+(?:life|living|everything|myself|me)\b|\b(?:i|i\s+have|"
    r"i\s+am)\s+(?:completely\s+)?(?:given|giving)\s+up\b",
    r"re:\b(?:losing|lost)\s+(?:all\s+)?(?:hope|the\s+will\s+to\s+live|my\s+will\s+to\s+live)\b|\bno\s+hope\b",
    rf"re:\b{_FEEL}{_SO}(?:empty|numb|trapped|broken|dead\s+inside|like\s+a\s+burden|like\s+a\s+failure|like\s+dying|"
    r"invisible|unloved|unwanted|like\s+nothing|like\s+shit|miserable|desperate|devastated|heartbroken|"
    r"hopeless|helpless|"
    r"suicidal|worthless|like\s+giving\s+up|incapable|like\s+i\s+am\s+in\s+a|like\s+i\s+(?:do\s+not|cannot)\s+belong|"
    r"like\s+an?\s+(?:outsider|failure|burden|idiot|waste))\b",
    # weaker words count when the feeling is the point, not "sad that my order is late"
    rf"re:\b{_FEEL}{_SO}(?:alone|lonely|sad|depressed|down|low|exhausted|drained|defeated|overwhelmed|so\s+tired|"
    r"tired\s+all\s+the\s+time|lost|stuck|not\s+ok(?:ay)?|not\s+alright|not\s+fine|not\s+doing\s+(?:well|ok|okay|"
    rf"good)){_FEELING_ENDS}",
    # a feeling that has lasted, or has a cause in one's life: "I've been feeling down for weeks", "sad since the
    # lockdown" (not "stuck for weeks waiting for the refund": being stuck or lost is an errand's word too)
    rf"re:\b{_FEEL}{_SO}(?:alone|lonely|sad|down|low|empty|numb|exhausted|drained|defeated|overwhelmed|miserable|"
    rf"hopeless|not\s+ok(?:ay)?|not\s+myself)\s+(?:{FEELING_LASTS})",
    r"re:\b(?:no\s*one|nobody)\s+(?:really\s+|even\s+|ever\s+)?(?:cares?|cared|would\s+care|would\s+miss|will\s+miss|"
    r"would\s+notice|loves|loved|understands|wants|wanted|likes|liked)\s+(?:me|about\s+me)\b",
    r"re:\b(?:no\s*one|nobody)\s+(?:really\s+|even\s+)?cares\s*(?:[.!]|$)",
    r"re:\b(?:wish|want|need)\s+(?:someone|somebody|anyone)\s+(?:cared|to\s+care|who\s+cares|would\s+care|to\s+love)\b",
    r"re:\b(?:would|will)\s+(?:anyone|anybody|people|they)\s+(?:even\s+)?(?:care|notice|miss\s+me)\b|"
    r"\bcare\s+if\s+i\s+(?:died|was\s+gone|killed)",
    r"re:\b(?:hate|hated|hating|loathe)\s+(?:myself|my\s+life|my\s+body|being\s+alive|who\s+i\s+am|the\s+person\s+i)\b",
    "self hatred", "self-hatred",
    r"re:\bburden\s+(?:to|on)\s+(?:everyone|my\s+family|others|people|them)\b",
    r"re:\b(?:empty|dead)\s+inside\b", r"re:\bnothing\s+(?:matters|helps|makes\s+me\s+happy)\b", "the grave",
    r"re:\b(?:tired|sick)\s+of\s+(?:living|life|being\s+alive|existing|everything|being\s+me|feeling\s+like\s+this)\b",
    r"re:\b(?:cannot|never)\s+(?:seem\s+to\s+)?(?:be|feel|get)\s+happy\b|\bincapable\s+of\s+(?:being\s+happy|happiness|"
    r"feeling)\b|\bno\s+(?:joy|enjoyment|motivation|energy)\b",
    r"re:\b(?:everything|every\s*day|life)\s+(?:is|feels|seems)\s+(?:going\s+wrong|a\s+bad\s+day|dark|grey|gray|heavy|"
    r"too\s+much)\b|\bevery\s*day\s+is\s+a\s+(?:bad|struggle)",
    r"re:\b(?:do\s+not|cannot)\s+trust\s+myself\b|\bafraid\s+of\s+(?:who|what)\s+i\s+am\b|\bscared\s+(?:i\s+am|"
    r"i\s+will)\s+going\s+to\b",
    r"re:\b(?:failing|failure|fail)\s+at\s+(?:everything|life|yet\s+another)\b|\bi\s+am\s+a\s+(?:failure|"
    r"disappointment|burden|mess)\b",
    # mental-health risk: said about oneself, it deserves a person
    "depress*", "panic attack*", "anxiety attack*", "mental breakdown", "nervous breakdown", "having a breakdown",
    "mentally ill", "eating disorder*", "anorexi*", "bulimi*", "self-destruct*", "self destruct*", "self-sabotag*",
    "self sabotag*", "self loath*", "self-loath*", "relapse*", "antidepressant*", "ssri*", "lonely", "loneliness",
    "dysphoria", "ptsd", "bipolar", "psychiatri*", "panic disorder", "panic attack*", "insomnia",
    r"re:\b(?:negative|intrusive|suicidal|dark|racing)\s+thoughts\b",
    r"re:\b(?:my|have|had|with|severe|social|crippling|bad|chronic|an|generali[sz]ed)\s+anxiety\b|"
    r"\banxiety\s+(?:attacks?|disorder|issues|problems|meds|medication)\b",
    r"re:\bhow\s+(?:much\s+)?long(?:er)?\s+(?:will|can|must|does)\s+(?:this|it|i)\s+(?:go\s+on|last|keep\s+going)\b",
    r"re:\b(?:i|me)\s+(?:\w+\s+){0,2}(?:was|am|got|get|getting)\s+(?:really\s+|so\s+|very\s+|completely\s+)?(?:drunk|"
    r"wasted)\b|\bdrugs\s+and\s+alcohol\b",
    r"re:\b(?:will\s+not|do\s+not|cannot|stopped|stop|not)\s+eat(?:ing)?\s+for\s+(?:\d|days|weeks|a\s+week)",
    rf"re:\b{_MY}\s+(?:\w+\s+){{0,2}}(?:anxiety|therapist|therapy|psychiatrist|counsell?or|ptsd|trauma|addiction|"
    r"bipolar|ocd|adhd|"
    r"mental\s+health|mental\s+illness|meds|medication|demons|dark\s+thoughts|intrusive\s+thoughts)\b",
    r"re:\b(?:see|seeing|saw|talk\s+to|talking\s+to|go\s+to|in)\s+(?:a\s+|my\s+)?(?:therapist|therapy|psychiatrist|"
    r"counsell?or|psychologist)\b",
    r"re:\b(?:i\s+am|i\s+have\s+been|been|stay|staying|getting|i\s+was)\s+sober\b|\bsober\s+for\b|\bsobriety\b",
    r"re:\b(?:i\s+am|i\s+was|i\s+have\s+been|i\s+started|i\s+keep|i\s+ended\s+up|me)\s+(?:\w+\s+)?(?:drinking|drunk|"
    r"high|using)\s+(?:again|alone|every\s+(?:day|night))\b",
    r"re:\b(?:i|me)\s+(?:\w+\s+){0,3}(?:drink|drank|drinking|drunk|smoke|smoking|high|using)\s+(?:to\s+cope|"
    r"to\s+forget|to\s+numb|alone|every\s+(?:day|night))\b",
    r"re:\b(?:drug|alcohol|substance)\s+(?:problem|abuse|addiction|issue)s?\b|\bi\s+am\s+(?:a\s+|"
    r"an\s+)?(?:recovering\s+)?(?:addict|alcoholic)\b",
    r"re:\b(?:cry|crying|cried)\s+(?:myself|all\s+the\s+time|every\s+(?:day|night)|all\s+day|all\s+night|so\s+much|"
    r"again)\b|\bcannot\s+stop\s+crying\b|\b(?:in\s+bed|alone)\s+crying\b",
    r"re:\b(?:want|wanting|wanted|going)\s+to\s+cry\b|\bhurts?\s+(?:so\s+much|too\s+much|inside)\b|"
    r"\bin\s+so\s+much\s+pain\b",
    r"re:\b(?:no|not\s+any)\s+(?:friends|one\s+to\s+talk\s+to|will\s+to)\b|\bso\s+alone\b|\ball\s+alone\b|"
    r"\bbe\s+alone\b",
    r"re:\b(?:scared|afraid|terrified)\s+(?:to\s+death|of\s+myself|of\s+dying|of\s+the\s+future)\b",
    r"re:\bdespair\w*\b|\bin\s+a\s+(?:dark\s+place|hole|pit)\b|\bdark\s+(?:place|thoughts)\b",
    r"re:\b(?:noose|slit\s+my\s+wrists?|wrists?\s+slit)\b|\b(?:jump|jumping|jumped)\s+(?:off|from|"
    r"in\s+front\s+of)\s+(?:a|the)\s+(?:bridge|building|roof|cliff|train|bus|car)\b",
    r"re:\b(?:wanting|want|urge)\s+to\s+jump\b|\b(?:took|take|taking|an|intentional)\s+(?:an\s+)?overdose\b|"
    r"\boverdosed\b|\bbuckshot\b",
    # a gun of one's own counts near death or oneself: a collector's "my gun" alone is not a crisis
    r"re:\b(?:i\s+(?:\w+\s+)?(?:have|had|bought|got|own|get|buy)|if\s+i\s+had)\s+a\s+gun\b|\bmy\s+gun\b"
    r"(?=[^.!?]{0,60}\b(?:myself|my\s+(?:head|mouth|temple)|end\s+it|die|dead|kill\s+me|suicid\w*)\b)|"
    r"\b(?:myself|end\s+it|die|dead|suicid\w*)\b[^.!?]{0,60}\bmy\s+gun\b",
    r"re:\bcut\s+(?:myself|again|for\s+the\s+first\s+time)\b|\b(?:tear|rip|claw)\s+my\s+skin\b|\battempt(?:ing|"
    r"ed)?\s+(?:it\s+)?tonight\b",
)
SELF_HARM_EXCEPTIONS: tuple[str, ...] = (
    # numb from a dentist's jab, a break away, a phone plan: "I'm numb from the dentist", "I just want to disappear
    # for a weekend, any cabin deals?", "I'm a burden on my data plan lol"
    r"re:\bnumb\s+(?:from|after|because\s+of|thanks\s+to)\s+(?:the\s+|my\s+)?(?:dentist|anaesthetic|anesthetic|"
    r"injection|jab|novocaine|numbing|local|cold|filling)\b|\bdisappear\s+(?:for\s+(?:a|the|the\s+whole|a\s+few|a\s+couple\s+of|"
    r"two|three)\s+(?:long\s+)?(?:weekend|week|days?|nights?|holiday)|on\s+(?:holiday|vacation|a\s+trip|a\s+retreat)|to\s+(?:the\s+|a\s+)?"
    r"(?:beach|mountains|countryside|cabin|coast|spa|island|lake))\b|\bburden\s+on\s+my\s+(?:data|phone|mobile|plan|"
    r"budget|wallet|bank\s+account|card)\b",
    # lost as in confused ("I'm really lost, how do I top up?"), an edge one sits on
    r"re:\b(?:i\s+am|im)\s+(?:so\s+|really\s+|completely\s+|totally\s+|a\s+bit\s+|kinda\s+|kind\s+of\s+|very\s+|"
    r"just\s+|a\s+little\s+)?lost\b(?=\s*[,:-]?\s*(?:how\s+(?:do|can|to)\s+i|where\s+(?:do|can|is)|which|can\s+(?:you|"
    r"someone|anyone)|could\s+(?:you|someone)|please|here|on\s+(?:the|this|your|how|what|which))\b)",
    r"re:\bon\s+the\s+edge\s+of\s+(?:my|the|a|your|his|her|their)\s+(?!breakdown|breaking|giving|collapse|tears|"
    r"despair|sanity|mind|life)\w+",
    r"re:\bthe\s+great\s+depression\b|\b(?:tropical|economic)\s+depression\b|\bdepress(?:ed|"
    r"ing)?\s+(?:the\s+)?(?:button|key|pedal|lever)\b",
    r"re:\bcut\s+me\s+(?:some\s+)?slack\b|\bhurt\s+myself\s+laughing\b|\bkill\s+me\s+now\b(?=.*\b(?:lol|haha)\b)",
)
