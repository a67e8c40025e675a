"""Anger and annoyance beyond the plain feeling words: contempt, exasperation, sarcasm, swearing at things.

``ANGER_WORDS`` are clear on their own and join the frustration category's words (an admin can override
them like any other). ``ANNOYANCE_CUES`` are weaker: "oh great", "every time", "freaking", "why is it so
hard to" are often said in good humour, so ``anger.AngerCues`` counts them only together with a second
sign (a negative tone, a second cue, emphasis, or words aimed at the listener).

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

_YOU = (
    r"(?:you|you\s+guys|you\s+people|you\s+lot|your\s+(?:company|team|staff|service|support|app|site|website|bot|"
    r"people))"
)
_INSULT = (
    r"(?:idiots?|morons?|clowns?|fools?|losers?|jerks?|trolls?|muppets?|amateurs?|crooks?|thieves|thief|liars?|"
    r"scammers?|cowards?|hypocrites?|jokers?|imbeciles?|incompetents?|buffoons?|numpties|numpty|douche\w*|"
    r"wankers?|tossers?|pricks?|twats?|bastards?|assholes?|arseholes?|dickheads?|animals|children|babies)"
)

ANGER_WORDS: tuple[str, ...] = (
    # irritation said outright, in words the feeling list does not hold
    r"re:\b(?:i\s+am|i\s+feel|i\s+felt|feeling|i\s+was|i\s+get|i\s+have\s+been|makes\s+me|made\s+me|leaves\s+me|"
    r"left\s+me)\s+(?:(?:so|really|very|a\s+bit|quite|extremely|pretty|super|kind\s+of|kinda|rather|incredibly|"
    r"absolutely|totally|completely)\s+)?(?:irritated|cranky|grumpy|bitter|resentful|hostile|offended|insulted|cheated|"
    r"impatient|irked|peeved|vexed|indignant|disgruntled|ticked\s+off|wound\s+up|worked\s+up|riled(?:\s+up)?|cross|"
    r"betrayed|wronged|mistreated|disrespected|let\s+down|fobbed\s+off|messed\s+(?:around|about)|mucked\s+about|"
    r"jerked\s+around|short[-\s]changed)\b",
    r"re:\b(?:given|giving|get|getting|got)\s+(?:me\s+)?the\s+run\s*around\b|\bfob(?:bing|bed)?\s+me\s+off\b",
    r"re:\b(?:piss(?:es|ing|ed)?)\s+(?:me|us|them|him|her|everyone|people)?\s*off\b",
    r"re:\b(?:gets|getting|got|get)\s+on\s+my\s+(?:nerves|last\s+nerve|wick)\b|\bmy\s+last\s+nerve\b",
    r"re:\bsick\s+to\s+death\b|\bhad\s+it\s+up\s+to\s+here\b|\b(?:the\s+)?(?:last|final)\s+straw\b",
    r"re:\bi\s+(?:have\s+|have\s+just\s+)?had\s+(?:it|enough)\s+(?:with|of)\b",
    r"re:\b(?:i\s+am|we\s+are|i\s+am\s+just)\s+(?:so\s+|completely\s+|totally\s+|absolutely\s+|officially\s+|"
    r"really\s+)?(?:done|finished|over)\s+(?:with\s+(?:you|this|your|it|the|them)|dealing\s+with)\b",
    r"re:\bthank(?:s|\s+you)\s+for\s+nothing\b|\bnever\s+again\b(?![^.!?]{0,40}\b(?:else|elsewhere|other|another)\b)",
    r"re:\b(?:at|reached|reaching|near)\s+the\s+end\s+of\s+my\s+(?:rope|tether)\b|"
    r"\b(?:i\s+)?do\s+not\s+(?:even\s+)?care\s+any\s*more\b",
    r"re:\b(?:you\s+are|stop|quit)\s+wasting\s+(?:my|our)\s+(?:time|money|life|day)\b",
    r"re:\btaking\s+the\s+(?:mick|mickey|michael|piss)\b|\b(?:i\s+am\s+)?not\s+(?:asking|telling\s+you|saying\s+(?:it|"
    r"this))\s+again\b",
    r"re:\b(?:have|had|having|keep|kept|still)\s+(?:to\s+)?chas(?:e|ing)\s+(?:you|this|it|them|your|up|after)\b",
    r"re:\bso\s+(?:you\s+are|you)\s+(?:telling|saying)\s+(?:me|that)\b|\b(?:a|another)\s+different\s+(?:story|answer|"
    r"excuse)\s+(?:every|each)\b",
    r"re:\b(?:feel|felt|being|been|was|were|am|keep\s+getting|get)\s+(?:completely\s+|totally\s+|just\s+|"
    r"constantly\s+)?ignored\b",
    r"re:\b(?:actually|even|please)\s+read\s+what\s+i\s+(?:wrote|said|asked|sent)\b",
    # anger aimed at the listener: sent away (opening a sentence), accused, told off
    r"re:(?<![\w,]\s)(?<![\w,])\b(?:get\s+out(?:\s+of\s+(?:here|my\s+(?:\w+\s+)?(?:house|home|office|room|"
    r"sight|face|way|life|shop|store|car)))?|leave\s+(?:me|us|her|him)\s+(?:the\s+hell\s+)?alone|back\s+off|go\s+away|"
    r"get\s+(?:your\s+(?:\w+\s+)?hands\s+)?off\s+(?:of\s+)?(?:me|her|him|my)|stay\s+away\s+from\s+(?:me|us|her|him|my)|"
    r"drop\s+dead|bugger\s+off|sod\s+off|shove\s+it|get\s+away\s+from\s+(?:me|her|him))\s*(?:[.!]|$)"
    r"(?!\W*(?:no\s+way|really|seriously|you\s+are\s+(?:kidding|joking)))",
    r"re:\bhow\s+could\s+you\b(?!\s+(?:not\s+)?(?:help|tell|recommend|suggest))|\byou\s+(?:have\s+)?(?:ruined|"
    r"destroyed|betrayed|humiliated|wrecked)\s+(?:me|us|everything|my|our|it\s+all)\b|\byou\s+(?:have\s+)?(?:lied|"
    r"been\s+lying)\s+to\s+(?:me|us)\b|\b(?:it\s+is|this\s+is|that\s+is)\s+(?:all\s+)?your\s+(?:own\s+)?fault\b|"
    r"\blook\s+what\s+you\s+(?:have\s+)?(?:did|done)\b|\bwhat\s+(?:have|did)\s+you\s+(?:done|do)\s+to\s+(?:me|us|my|"
    r"our|her|him)\b",
    r"re:\byou\s+(?:make|made)\s+me\s+(?:so\s+)?(?:sick|furious|mad|angry|want\s+to\s+(?:scream|puke|throw\s+up))\b|"
    r"\bare\s+you\s+out\s+of\s+your\s+(?:mind|head|skull)\b|\bwhat\s+is\s+(?:your\s+(?:fucking\s+|damn\s+)?problem|"
    r"the\s+matter\s+with\s+you)\b|\bwho\s+(?:the\s+\w+\s+)?do\s+you\s+think\s+you\s+are\b",
    r"re:\bdo\s+not\s+you\s+(?:ever\s+|dare\b)|\bdo\s+not\s+(?:you\s+)?(?:ever\s+)?(?:talk|speak)\s+to\s+me\s+"
    r"(?:like\s+that|that\s+way|again)|\bdo\s+not\s+(?:you\s+)?(?:ever\s+)?touch\s+(?:me|her|him|my)\b|"
    r"\b(?:the\s+)?last\s+time\s+i\s+am\s+(?:telling|asking|warning)\s+you\b|\bi\s+(?:have\s+)?told\s+you\s+"
    r"(?:not\s+to|to\s+stop|a\s+(?:hundred|thousand|million)\s+times|(?:so\s+)?many\s+times)\b",
    r"re:\byou\s+never\s+(?:listen|care|help|think\s+about|call|keep\s+your)\b|\byou\s+always\s+(?:ruin|"
    r"say\s+that|lie|blame|make\s+excuses|have\s+an\s+excuse)\w*\b",
    # contempt and insults aimed at someone
    r"re:\b(?:you|you\s+are|you\s+are\s+all|you\s+guys\s+are|you\s+people\s+are|they\s+are|bunch\s+of|pack\s+of|"
    r"load\s+of)\s+(?:(?:a|an|such|complete|total|absolute|utter|fucking|bloody|dirty|stupid|little|lazy|"
    rf"useless)\s+)*{_INSULT}\b",
    rf"re:\b{_YOU}\s+(?:are|is|have\s+been|were)\s+(?:a\s+)?(?:total\s+|complete\s+|absolute\s+)?(?:nightmare|farce|"
    r"shambles|circus|joke|disaster)\b",
    r"re:\b(?:a|this|what\s+a)\s+(?:total\s+|complete\s+|absolute\s+|utter\s+)?(?:farce|shambles|circus)\b|"
    r"\bit\s+is\s+always\s+something\s+with\s+you\b",
    rf"re:\b{_YOU}\s+(?:are|is|have\s+been|were)\s+(?:so\s+|just\s+|completely\s+|totally\s+|utterly\s+|absolutely\s+|"
    r"really\s+|beyond\s+)?"
    r"(?:clueless|hopeless|useless|incompetent|a\s+joke|a\s+farce|a\s+shambles|a\s+disgrace|"
    r"an\s+embarrassment|shambolic|"
    r"embarrassing|laughable|pathetic|hypocrites|liars|lying|toxic|rude|disrespectful|insulting|patronising|"
    r"patronizing|condescending)\b",
    # the same feelings in Hindi written in Latin letters and in Tagalog, as customers in India and the Philippines
    # type them: "how many times do I say", "drove me mad", "nonsense", "useless"; "annoying", "infuriating"
    r"re:\bkitni\s+(?:baar|bar|dafa)\b|\bpagal\s+kar\s+(?:diya|diye|rahe|dia)\b|\bbakwas\b|\bbeka+r\s+(?:service|app|hai)\b",
    r"re:\b(?:nakakainis|nakakabwisit|bwisit|kainis|nakakagalit|nakakaasar)\b",
    "passive aggressive", "passive-aggressive", "douchebag*", "douche", "hypocrit*", "scumbag*", "shithead*",
    "dipshit*",
    "wanker*", "tosser*", "arsehole*", "jackass*", "numbnuts", "liars",
    r"re:\b(?:how|so|very|really|deeply|extremely|incredibly|highly|utterly|quite|that\s+is|this\s+is)\s+(?:offensive|"
    r"insulting|disrespectful|patronising|patronizing|condescending|infuriating|outrageous|shameful|shameless|"
    r"embarrassing|laughable|pathetic|obnoxious|childish|petty|immature|arrogant|disgusting)\b",
    r"re:\b(?:outrageous(?:ly)?|incompetence|shameless(?:ly)?)\b",
    # contempt for the job done and for what was paid for: "you had ONE job", "paying for this garbage software"
    r"re:\bhad\s+(?:one|1)\s+job\b",
    r"re:\b(?:this|that|such)\s+(?:piece\s+of\s+)?(?:garbage|trash|junk)\b(?!\s+(?:can|cans|bag|bags|bin|bins|"
    r"collection|day|pick\s*up|disposal|truck|man|men|removal|chute|fire|patch|island|heap|pile|food))",
    r"re:\b(?:what|how)\s+(?:an?\s+)?(?:insult|disgrace|embarrassment|farce|shambles|circus|clown\s+show|con)\b",
    r"re:\bthe\s+(?:nerve|audacity|cheek)\s+of\b|\bhow\s+(?:very\s+)?(?:rude|typical|convenient)\b",
    r"re:\b(?:daylight\s+robbery|extortionate|amateur\s+hour|clown\s+show|shambolic|gone\s+downhill|"
    r"going\s+downhill)\b",
    # swearing at something or someone
    r"re:\bdamn\s+(?:you|them|him|her|it\s+all|these|those|everything)\b|\bgod\s*damn\s+(?:you|it|them|this)\b",
    r"re:\bscrew\s+(?:you|this|that|it|them|him|her|everything|everyone|your)\b",
    r"re:\b(?:for|oh\s+for)\s+(?:god|christ|heaven|pete|crying\s+out\s+loud|goodness|fuck)(?:'?s|s)?\s+sake\b|"
    r"\bfor\s+the\s+love\s+of\s+(?:god|christ|all)\b",
    r"re:\b(?:what|why|how|where|who)\s+(?:the\s+|in\s+the\s+)?(?:actual\s+)?(?:frick|frig|fudge|eff|fook|feck|fuh|fu|"
    r"hell|heck)\b",
    r"re:\b(?:fml|istg)\b|\bi\s+swear\s+to\s+(?:god|christ)\b",
    # exasperated questions aimed at the listener
    r"re:\b(?:do|does|did|can|are|is|have)\s+(?:you|you\s+guys|you\s+people|anyone|anybody|"
    r"no\s+one)\s+(?:there\s+)?(?:even|actually|ever)\s+(?:read|reading|listen|listening|care|know|check|understand|"
    r"bother|work|working|try|trying|think|thinking|going\s+to\s+do)\b",
    r"re:\b(?:do|does)\s+(?:your|you|the)\s+(?:staff|people|agents|team|employees)\s+(?:even\s+|actually\s+)?(?:get|"
    r"have|know)\s+any\s+(?:training|idea|clue)\b",
    r"re:\b(?:no\s*one|nobody)\s+(?:there\s+|here\s+)?(?:seems\s+to\s+have|has|have)\s+(?:a|any)\s+(?:clue|idea)\b",
    r"re:\b(?:do|did)\s+you\s+not\s+(?:read|listen|understand|see|hear|get\s+it)\b|\bare\s+you\s+(?:even\s+)?(?:deaf|"
    r"blind|listening)\b",
    r"re:\bis\s+(?:anyone|anybody|there\s+anyone)\s+(?:there\s+|here\s+|at\s+\w+\s+)?(?:actually\s+|"
    r"even\s+)?(?:capable|competent|able|awake|alive|home)\b",
    r"re:\bwhat\s+(?:exactly\s+|the\s+hell\s+)?(?:am\s+i|are\s+we)\s+paying\s+(?:you\s+)?for\b|\bwhy\s+(?:am\s+i|"
    r"do\s+i|should\s+i)\s+(?:even\s+)?(?:paying|bother)\b",
    r"re:\bwhy\s+(?:is\s+it|does\s+it\s+have\s+to\s+be)\s+(?:always\s+)?(?:so\s+)?(?:hard|difficult|impossible|"
    r"complicated)\s+(?:to|for)\b",
    r"re:\bhow\s+(?:hard|difficult)\s+(?:can\s+it\s+(?:possibly\s+)?be|could\s+it\s+be|would\s+it\s+be)\b",
    r"re:\bwhy\s+(?:can|do|does|did|will|would|is|are)\s*(?:not|n't)\s+(?:you|anyone|anybody|they|it)\s+(?:just\s+)?"
    r"(?:answer|reply|respond|listen|read|fix|help|do|get|work|understand|tell|give|call)\b",
    r"re:\bwhat\s+is\s+(?:the\s+)?point\s+(?:of|in)\s+(?:a|an|the|this|that|your|having|even|calling|asking|contacting|"
    r"paying|tracking)\b",
    r"re:\b(?:that\s+is|this\s+is|it\s+is)\s+(?:not|never)\s+what\s+i\s+(?:asked|said|meant|wanted|ordered|paid\s+for|"
    r"typed)\b",
    r"re:\b(?:you\s+(?:have|are)\s+got\s+to|you\s+must|you\s+cannot)\s+be\s+(?:kidding|joking|serious)\b",
    r"re:\b(?:nobody|no\s+one|who)\s+(?:even\s+)?asked\s*(?:you|for\s+your)?\b",
    r"re:\b(?:get|got)\s+(?:a\s+grip|a\s+life|over\s+yourself)\b|\bgive\s+it\s+a\s+rest\b|\bspare\s+me\b|\bbite\s+me\b",
    r"re:\bwhy\s+(?:on\s+earth|in\s+the\s+world|in\s+god'?s\s+name)\b",
    r"re:\b(?:every|each)\s+single\s+time\b|\bevery\s+(?:damn|bloody|freaking|fucking|single)\s+(?:time|day|order)\b",
    r"re:\b(?:\w+\s+)?from\s+hell\b(?!\s+(?:and|to)\s+back)",
    # excuses and empty promises refused
    r"re:\b(?:stop|quit)\s+(?:making|giving(?:\s+me)?)\s+(?:\w+\s+)?excuses\b|\benough\s+(?:with\s+)?(?:the\s+|your\s+)"
    r"(?:excuses|lies|promises|nonsense|runaround)\b|\b(?:no\s+more|spare\s+me\s+(?:the|your)|i\s+do\s+not\s+want\s+"
    r"(?:any\s+more\s+|more\s+|your\s+|any\s+)?)(?:excuses|empty\s+promises|apologies)\b",
    r"re:\b(?:do\s+not|never)\s+(?:you\s+)?give\s+me\s+(?:that|any|your|this)\s+(?:\w+\s+)?(?:crap|nonsense|bullshit|bs|"
    r"attitude|rubbish|excuse|line|garbage|shit)\b|\bdo\s+not\s+(?:you\s+)?(?:lecture|patroni[sz]e|talk\s+down\s+to)\s+"
    r"(?:me|us)\b",
    r"re:\byou\s+(?:always\s+|just\s+)?(?:keep|kept)\s+(?:on\s+)?(?:promising|lying|making\s+excuses|passing\s+me|"
    r"fobbing|moving\s+the|changing\s+your\s+story)\b|\b(?:promise|promised|promises|promising)\s+(?:\w+\s+){0,3}?"
    r"(?:and|but)\s+never\s+(?:deliver|follow|do|keep)\w*\b|\b(?:empty|broken)\s+promises\b",
    r"re:\bevery\s+time\s+(?:i|we)\s+(?:call|ring|phone|ask|contact|write|chat|email)\b[^.!?]{0,40}\b(?:different|new|"
    r"another)\s+(?:answer|story|excuse|person|agent|reason)\b|\b(?:different|new)\s+(?:answer|story|excuse)\s+"
    r"(?:every|each)\s+(?:time|day)\b",
    r"re:\bwaste\s+of\s+(?:an?\s+|my\s+|our\s+|the\s+|a\s+whole\s+|an\s+entire\s+)(?:afternoon|evening|morning|day|"
    r"weekend|hour|week|life|effort|breath)\b",
    r"re:\bi\s+(?:already\s+)?told\s+you\s+(?:so|already|twice|before|that\s+already)\s*(?:[.!]|$)",
    r"re:\b(?:none\s+of\s+your|mind\s+your\s+own)\s+(?:damn\s+|fucking\s+|bloody\s+|god\s*damn\s+)?business\b|"
    r"\bshut\s+(?:your\s+(?:mouth|face|trap|hole)|it)\s*[.!]",
    # anger spoken at someone in front of us: an order shouted, a name hurled, a warning
    r"re:(?:^|[.!?]\s*)\W*(?:stop\s+it|cut\s+it\s+out|knock\s+it\s+off|answer\s+me|listen\s+to\s+me|look\s+at\s+me|"
    r"answer\s+(?:the|my)\s+(?:damn\s+|bloody\s+|fucking\s+)?question|give\s+(?:it|that|me\s+that)\s+back|let\s+go\s+of\s+me|that\s+is\s+enough|enough|move\s+it)\s*!",
    r"re:(?:^|[.!?]\s*)\W*(?:you\s+)?(?:\w+\s+)?(?:liar|liars|cheat|traitor|coward|monster|pig|snake|rat|psycho|"
    r"freak|creep|hypocrite)\s*!",
    r"re:\byou\s+(?:will|are\s+going\s+to|gonna)\s+(?:pay\s+for|regret)\s+(?:this|that|it)\b",
    r"re:\byou\s+(?:have\s+)?(?:got\s+)?(?:some|a\s+lot\s+of)\s+nerve\b|\bover\s+my\s+dead\s+body\b|\bto\s+hell\s+with\b|"
    r"\b(?:bite|kiss)\s+my\s+(?:ass|arse)\b|\byou\s+(?:disgust|sicken|repulse)\s+me\b|\bwhat\s+(?:the\s+hell\s+)?do\s+"
    r"you\s+think\s+you\s+are\s+doing\b",
    r"re:\b(?:i|we)\s+(?:do\s+not|never)\s+want\s+to\s+(?:see|hear\s+from|talk\s+to|speak\s+to|deal\s+with)\s+"
    r"(?:you|him|her|them|your\s+\w+)\s+(?:ever\s+)?again\b",
    r"re:\bdo\s+not\s+you\s+(?!worry|fret|think|know|love|like|want|agree)(?:\w+\s+){1,3}?(?:me|my)\b(?![^.!?]*\?)|"
    r"\bdo\s+not\s+play\s+(?:dumb|stupid|games|innocent|the\s+victim)\b|\byou\s+(?:have\s+)?(?:got\s+)?(?:some|a\s+lot\s+of)\s+explaining\s+to\s+do\b",
    r"re:\b(?:should|ought\s+to)\s+be\s+ashamed\s+of\s+(?:yourself|yourselves)\b|\bkeep\s+your\s+(?:mouth|trap)\s+shut\b|"
    r"\byou\s+will\s+be\s+sorry\s*(?:[.!]|$)|\bcut\s+the\s+(?:crap|bullshit|bs|nonsense|act)\b|\b(?:quit|stop)\s+(?:your\s+)?"
    r"(?:whining|moaning|bitching|playing\s+games|messing\s+(?:me\s+|us\s+)?(?:around|about))\b",
    r"re:\b(?:stop|quit)\s+(?:being\s+(?:so\s+|such\s+)?(?:an?\s+)?(?:dramatic|ridiculous|childish|stupid|dense|obtuse|"
    r"difficult|petty|jerk|baby|child|dick|troll|hypocrite|idiot)|trying\s+to\s+(?:bait|provoke|troll|gaslight|guilt)|over\s*-?\s*reacting|"
    r"trolling|baiting|gaslighting|pretending)\b|\bgo\s+(?:cry|whine|complain|troll|moan)\s+(?:somewhere|elsewhere|to|"
    r"about|in)\b",
    r"re:\byou\s+are\s+(?:dead|flat|completely|totally|plain|simply|so|just)\s+wrong\b|\byou\s+are\s+(?:so\s+|just\s+)?"
    r"(?:heartless|spineless|clueless|shameless|(?:an?\s+)?(?:\w+\s+)?(?:bigot|troll|racist|sexist|coward|hypocrite))\b",
    r"re:(?:^|[.!?,]\s*)\W*you\s+(?:dirty|lying|filthy|worthless|miserable|pathetic|rotten|sneaky|ungrateful|selfish|spoiled|"
    r"arrogant|heartless|greedy)\s+(?:little\s+|old\s+)?\w+",
)

# Other people's feelings, told as news ("people got angry about the new logo"), are not the customer's
# frustration; a customer speaking for someone close ("my wife is furious") still is.
ANGER_EXCEPTIONS: tuple[str, ...] = (
    r"re:\b(?:people|he|she|they|everyone|everybody|fans|folks|someone|somebody|many|most|others)\s+(?:\w+\s+)?"
    r"(?:is|are|was|were|got|get|gets|getting|will\s+be|would\s+be|seemed|seem|seems|being|been|feel|felt)\s+"
    r"(?:so\s+|quite\s+|really\s+|very\s+|pretty\s+|super\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+)?"
    r"(?:angry|livid|annoyed|upset|mad|furious|pissed|frustrated|irritated|outraged|fuming)\b",
)

# Weaker cues: counted only in a message that does not sound cheerful, with a second sign (see anger.AngerCues).
ANNOYANCE_CUES: tuple[str, ...] = (
    r"re:\b(?:freaking|frigging|friggin|fricking|frickin|effing|flipping|bloody|damn|damned|dammit|goddamn\w*|frick|"
    r"freakin)\b",
    r"re:\b(?:fuck\w*|shit\w*|crap|bullshit|sucks?|sucked)\b",
    r"re:\b(?:oh\s+)?(?:my|dear)\s+(?:god|lord)\b|\b(?:omg|smh|jfc|sigh|jesus|christ|laughable)\b",
    r"re:\bi\s+(?:really\s+|just\s+|absolutely\s+|fucking\s+|so\s+|truly\s+)?(?:hate|hated|despise|loathe|"
    r"detest)\s+(?!to\b)",
    r"re:^\W*(?:please\s+|just\s+|can\s+you\s+|will\s+you\s+|could\s+you\s+)?(?:stop|quit)\s+(?:\w+-)?\w+ing\b",
    r"re:\bhow\s+(?:on\s+earth|in\s+the\s+world)\b|\bwhy\s+would\s+(?:you|anyone|they)\b",
    r"re:\b(?:ignored|ignoring|ignore)\s+(?:me|my|us|our)\b|\b(?:lied|lying)\s+to\s+(?:me|us)\b",
    r"re:\b(?:toxic|offensive|blatant\w*|shameful|unbelievabl\w*|insane|absurd|disrespect\w*|insult\w*|ridiculously)\b",
    r"re:\bwho\s+(?:the\s+)?(?:hell|heck|f|fuck)\b|\bwhat\s+is\s+wrong\s+with\b|\bhow\s+many\s+times\b",
    r"re:\b(?:come\s+on|oh\s+please|give\s+me\s+a\s+break|you\s+know\s+what|whatever|so[-\s]called)\b",
    r"re:\bwhat\s+(?:kind|sort)\s+of\s+(?:a\s+)?(?:company|service|business|shop|store|operation|people|outfit)\b",
    r"re:(?:^|[.!?,]\s*|\b(?:christ|god|jesus|seriously|dude|bro|man|please|pls|ffs|omg|smh|ugh)\s+)just\s+(?:answer|read|listen\s+to|"
    r"fix|give\s+me|tell\s+me|refund|reply\s+to)\s+(?:me|it|my|the|this|what)\b",
    r"re:\bwhy\s+(?:does|do|is|are|did|must)\s+(?:this|it|that|you|everything|your\s+\w+)\s+(?:always|keep|keeps|"
    r"constantly|never|still|have\s+to)\b|\bi\s+told\s+you\s+(?:to|not\s+to)\b",
)

# Praise that is sarcasm when the message is about something gone wrong: "Oh great. Still no refund."
SARCASM_CUES: tuple[str, ...] = (
    r"re:(?:^|[.!?]\s*)(?:oh\s+)?(?:great|wonderful|brilliant|perfect|fantastic|lovely|marvell?ous|super|terrific|"
    r"awesome)\s*(?:[.!]|$)",
    r"re:\b(?:oh|just|yeah|how)\s+(?:great|wonderful|brilliant|perfect|fantastic|lovely|marvell?ous|typical|convenient|"
    r"nice)\b",
    r"re:(?:^|[.!?]\s*)\W*(?:genius|smart|great|brilliant|clever|nice)\s+(?:move|thinking)\b(?![^.!?]*\?)|\bwell\s+played\b",
    r"re:\b(?:yeah|oh|ya)\s+(?:right|sure)\b|\bwell\s+done\b|\bgood\s+job\b|\bnice\s+one\b|\bgo\s+figure\b|"
    r"\bsurprise\s+surprise\b",
    r"re:^\W*(?:wow|just\s+wow|really|seriously|unreal)\W*$|\bjust\s+wow\b|\bwow\s*[.!?]+\s+(?:just|so|really)\b",
    # "love how my flight got cancelled again", "gotta love a two hour delay", "nothing like waiting on hold"
    r"re:\b(?:i\s+)?(?:just\s+|really\s+)?(?:love|loving)\s+(?:how|that|when)\s+(?:my|our|you|your|i\s+(?:have|had)\s+to|"
    r"we\s+(?:have|had)\s+to)\b|\bgot(?:ta|\s+to)\s+love\b|\bnothing\s+(?:like|beats)\s+(?:being|spending|sitting|waiting|"
    r"standing)\b|\bthanks\s+(?:a\s+lot|a\s+bunch|heaps)\s*(?:[.!]|$)",
)
# What the sarcasm would be about.
PROBLEM_CONTEXT = (
    r"\b(?:another|again|still|yet|second|third|fourth|weeks|months|late|delay\w*|lost|broken|wrong|missing|"
    r"damaged|cancel+ed|ruin\w*|never|nothing|nobody|no\s+one|no\s+(?:reply|response|refund|update|answer|word|sign)|"
    r"charged|charging\s+(?:me|us)|(?:your|their|his|her)\s+(?:own\s+)?mistake|waiting|on\s+hold|not\s+(?:arrived|here|working|fixed)|did\s+not|does\s+not|has\s+not|have\s+not)\b"
)

# In capitals about something gone wrong, these are a raised voice: "You charged me THREE times", "AGAIN".
RAISED_VOICE_WORDS = frozenset(
    "not never still again already every nothing nobody none twice wrong stop now "
    "two three four five six seven eight nine ten".split()
)

# Capitals in an otherwise lower-case message on these words are emphasis ("that is NOT what I asked"),
# unlike acronyms and names.
EMPHASIS_WORDS = frozenset(
    "not never still again already every nothing nobody no none stop now why wrong twice ever always any anyone "
    "all worst so very really actually even only how what where who you your me my this that same".split()
) | RAISED_VOICE_WORDS
