"""Abuse, data privacy and financial hardship as concept frames (``frames.py``).

- abuse: someone close (a partner, an ex, a relative, a landlord) or someone working for a business (a driver, a
  rider, a technician) × what they do to the writer (hits, touches, grabs; takes the card, controls the money,
  reads the messages, changes the address to find them; will not leave, comes inside; threatens) × me, whatever
  the errand around it; and fear of them ("not safe with him"). A courier who "keeps calling to confirm the
  address" is not abuse: persistence counts from someone close, or from a worker with fear or an intrusion;
- data privacy: someone else's data in my account, a breach or leak of my data, wiping what you hold on me, how
  you got my details, stopping the tracking;
- financial hardship: not being able to pay × a bill, rent or food; pay that has not come; choosing between
  food and a bill; the money needed for rent; a few dollars left until payday; in Tagalog and Hindi too.
"""

from __future__ import annotations

from .frames import Frame

_CLOSE = (
    r"\b(?:my|mere|meri|mera)\s+(?:(?:ex|own|former|step|abusive|new)\s*-?\s*)?(?:husband|wife|partner|boyfriend|"
    r"girlfriend|bf|gf|ex|fianc[ée]e?|dad|father|mum|mom|mother|stepdad|stepfather|brother|sister|son|uncle|"
    r"landlord|landlady|boss|manager|flatmate|roommate|in-?laws?|father-in-law|mother-in-law|brother-in-law|"
    r"pati|shohar|patni|saas|sasur|husband's\s+\w+)\b|\b(?:my|her|his)\s+ex's\s+\w+\b|\b(?:asawa|mister|jowa|"
    r"boyfriend)\s+ko\b|\bmy\s+daughter's\s+(?:boyfriend|partner|husband)\b|\bmy\s+son's\s+(?:girlfriend|partner|wife)\b"
)
_WORKER = (
    r"\b(?:the|your|a|that|this|one\s+of\s+your|yung|ang)\s+(?:\w+\s+)?(?:driver|courier|rider|delivery\s*(?:man|guy|"
    r"boy|person|agent|wala|driver|partner)|technician|engineer|installer|fitter|plumber|electrician|agent|rep|"
    r"employee|staff(?:\s+member)?|porter|guard|cashier|assembler|handyman|mover|removal\s+man|steward|crew\s+member|"
    r"meter\s+reader|surveyor|assessor|adjuster|inspector|pharmacist|manager)\b|\b(?:the|a|that)\s+(?:guy|man|"
    r"person|bloke|lad)\s+(?:who|that)\s+(?:came|delivered|brought|fitted|installed|fixed|dropped|read|inspected)\b|\bdelivery\s*(?:man|guy|"
    r"boy|wala|rider)\b|\b(?:kuya|bhaiya|bhaiyya|oga)\b"
)
_PHYSICAL = (
    r"\b(?:hits?|hitting|beats?|beating|beat\s+up|slap\w*|punch\w*|kick\w*|push\w*|shov\w*|chok\w*|strangl\w*|"
    r"grab\w*|touch\w*|grop\w*|fondl\w*|kiss\w*|pinch\w*|squeez\w*|attack\w*|assault\w*|hinawakan|hinipuan|"
    r"sinaktan|binubugbog|sinasaktan)\s+(?:hold\s+of\s+|on\s+|at\s+)?(?:me|ako|my\s+(?:arms?|wrists?|waist|bum|butt|"
    r"backside|bottom|chest|breasts?|legs?|thighs?|hair|neck|body|hands?|shoulders?|face|hips?|knee|lower\s+back))\b|\b(?:hurts|keeps\s+hurting|is\s+hurting|has\s+been\s+hurting)\s+me\b|\b(?:mujhe|mujhko)\s+(?:\w+\s+)?(?:maarta|maarti|maara|peet\w*|chhoota|chhua)\b"
)
# figures of speech and things: "get in touch with me", "hit me up", "kicked me out of the app", "my car"
_NOT_A_BLOW = (
    r"\b(?:by\s+accident|accidentally|by\s+mistake|bumped|in\s+touch|touch\s+base|hit\w*\s+me\s+(?:up|with)|"
    r"kick\w*\s+me\s+(?:out|off)|(?:it|that|this|reality|news|divorce|loss|grief)\s+(?:really\s+)?"
    r"hit\s+me|hit\s+me\s+(?:the\s+)?(?:hard\w*|like)|push\w*\s+me\s+(?:to|for|into\s+buying)|grab\s+me\s+(?:a|an|the|some)|beat\s+me\s+to|"
    r"my\s+(?:car|parcel|package|box|bag|door|gate|sofa))\b"
)
_CONTROL = (
    r"\b(?:takes?|took|taking|hides?|hid)\s+(?:away\s+)?(?:all\s+)?my\s+(?:money|wages|salary|pay|pension|benefits|"
    r"passport)\b|\b(?:takes?|took|hides?|hid)\s+(?:away\s+my|my\s+(?:bank\s+)?cards?\s+away)\b"
    r"|\b(?:will\s+not|wont|does\s+not|do\s+not|never)\s+let\s+me\s+"
    r"(?:have\s+(?:any\s+)?(?:money|cash|a\s+card|my\s+own)|leave\s+the\s+house|spend|use\s+my|keep\s+my|touch\s+"
    r"(?:the\s+)?money|open\s+my|work|see\s+(?:my\s+)?(?:friends|family|parents))\b|\bcontrols?\s+(?:all\s+)?(?:of\s+)?(?:our|my|the)\s+"
    r"(?:money|accounts?|finances|spending|cards?|phone|bank)\b|\b(?:reads?|checks?|monitors?|goes\s+through|tracks?|"
    r"watches)\s+(?:every|all\s+(?:of\s+)?my)\s+(?:\w+\s+)?(?:emails?|messages?|texts?|chats?|calls?|statements?|"
    r"letters?)\b|\b(?:goes\s+through|monitors?|tracks?)\s+my\s+(?:phone|messages|texts|location|spending)\b|\bknows?\s+my\s+(?:account\s+)?(?:login|password|passwords|pin)\b[^.!?]{0,60}\b(?:changing|"
    r"changes|changed|reads|find|logs?\s+in)\b|\bhas\s+(?:all\s+)?my\s+passwords\b|\b(?:keeps?|kept)\s+chang\w+\s+my\s+(?:\w+\s+)?(?:address|password|"
    r"number|email|pin)\b|\bto\s+find\s+(?:out\s+)?where\s+"
    r"i\s+(?:live|am|moved|stay)\b|\breports?\s+everything\s+i\s+do\b|\b(?:smashed|destroyed|snapped)\s+my\s+(?:phone|laptop|"
    r"things|stuff|glasses)\b|\bnot\s+allowed\s+to\s+(?:have|leave|see|use)\b"
)
_FEAR = (
    r"\bnot\s+safe\s+(?:with|around|near|from)\s+(?:him|her|them|my)\b|\b(?:do\s+not|did\s+not|never)\s+feel\s+safe\s+"
    r"(?:at\s+home|with|around)\b|\bnot\s+safe\s+at\s+home\b|\b(?:scared|afraid|frightened|terrified)\s+(?:of|to\s+"
    r"(?:report|tell|leave))\s+(?:him|my\s+(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad|"
    r"brother|son|landlord))\b|\b(?:too\s+)?(?:scared|frightened|afraid)\s+to\s+report\b|"
    r"\bdar+\s+lag\s+raha\b|"
    r"\btakot\s+(?:na\s+)?(?:ako|po\s+ako)\b|\bi\s+(?:fear|dey\s+fear)\s+(?:am|him|her)\b"
)
_THREAT = (
    r"\b(?:make\s+me\s+regret|threaten\w*\s+(?:me|to\s+(?:hurt|kill|take|kick|throw|leave|post|share|send|ruin|"
    r"tell|show|come)\b)|(?:will|would|is\s+going"
    r"\s+to)\s+(?:hurt|kill|find|come\s+for|get)\s+me|accuse\s+me\s+of\s+\w+\s+again|ended\s+up\s+in\s+(?:a&e|hospital|"
    r"the\s+hospital|er))\b"
)
# a threat said in jest or about a purchase: "my wife will kill me if she sees the price lol"
_HYPERBOLE = r"\b(?:lol|haha|lmao|price|cost|spent|bill|late|arrive\w*|find\s+out|sees?|how\s+much)\b"
_INTRUSION = (
    r"\b(?:tried|try|trying)\s+to\s+(?:come|get|force\s+his\s+way)\s+(?:in|inside|into)\b|\bcame\s+(?:in|inside)\s+"
    r"(?:my|the)\s+(?:flat|house|home|room|apartment)\b|\b(?:would\s+not|wouldnt|refused\s+to)\s+(?:leave|go\s+away|"
    r"unlock\s+the\s+doors?|let\s+me\s+out)\b(?!\s+(?:the|it|my|a|parcel|package))|\bfollowed\s+me\b|\b(?:waiting|"
    r"parked|sat|sitting)\s+(?:\w+\s+)?(?:outside|on|near)\s+my\s+(?:house|flat|street|road|door|building)\b|"
    r"\basked\s+me\s+out\b|\bsee\s+me\s+around\b|\b(?:enters|entered|comes\s+into|came\s+into|lets\s+(?:himself|herself)\s+into)\s+"
    r"my\s+(?:flat|room|house|home|apartment)\s+without\s+(?:asking|permission|notice|knocking)\b|\b(?:asked|asking|asks)\s+"
    r"me\s+(?:\w+\s+){0,2}(?:personal|sexual|intimate)\s+questions\b|\babout\s+my\s+sex\s+life\b|\bwinked\b|\bmilne\s+aao\b|\bsent\s+me\s+(?:a\s+)?(?:pictures|"
    r"photos|pics|nudes|kisses)\b"
)
_NIGHT = r"\b(?:at|late\s+at|in\s+the\s+middle\s+of\s+the)\s+night\b|\braat\s+ko\b|\bmidnight\b|\bdar+\s+lag\b"
_EX = r"\bmy\s+ex\b|\bmy\s+ex-?\s*(?:husband|wife|partner|boyfriend|girlfriend|bf|gf)\b|\bmy\s+former\s+partner\b"
_PERSIST = (
    r"\b(?:keeps?|kept|keep\s+on)\s+(?:calling|texting|messaging|turning\s+up|showing\s+up|coming\s+(?:round|over|to)|"
    r"following|contacting|emailing|asking\s+(?:which|where|for\s+my|me\s+out))\b|\bbaar\s+baar\s+(?:call|phone|"
    r"message)\b|\bpaulit[-\s]ulit\b"
)
_SELF_DATA = r"\b(?:my|our)\s+(?:own\s+)?(?:card|account|details|data|info|information|address|number|password)\b"
_OTHERS_DATA = (
    r"\b(?:someone|somebody|some\s+one)\s+else(?:'s|s)?\s+(?:\w+\s+)?(?:name|address|details|data|info|information|"
    r"order\s+history|history|account|card|email|phone\s+number|bookings?|policy|bills?|invoice|photo|"
    r"messages|personal)\b|\b(?:another|other|a\s+different)\s+(?:customer|person|user|member|people|customers|users|passenger|"
    r"passengers|guest|client|patient|policyholder|player|account\s+holder)"
    r"(?:'s|s'|s)?\s+(?:\w+\s+)?(?:name|address|details|data|info|information|order\s+history|history|account|card|"
    r"email|phone\s+number|bookings?|policy|bills?|invoice|personal)\b|\ba\s+stranger's\s+(?:name|details|data|card)\b|\b(?:my\s+)?neighbou?r's\s+(?:\w+\s+)?(?:name|"
    r"details|data|info|bill|account|documents)\b|\b(?:someone|somebody)\s+else(?:'s|s)?\s+(?:\w+\s+)?documents\b"
)
_I_SEE = (
    r"\b(?:in|on|into)\s+my\s+(?:account|app|profile|dashboard|portal|statement|invoice|bill)\b|\bwhen\s+i\s+log\s*"
    r"(?:in|on)\b|\bi\s+can\s+(?:see|view|access)\b|\b(?:show|shows|showing|showed|appears?|appeared|visible|listed|"
    r"printed)\b|\bi\s+(?:received|got|was\s+sent|have\s+been\s+sent)\b|\b(?:has|have|had|contains?)\b"
)
_SEND_TO = (
    r"\b(?:send|deliver|ship|post|gift|forward|transfer|add)\w*\s+(?:\w+\s+){0,3}(?:to|for)\s+(?:someone|somebody|"
    r"another)\b"
)
_BREACH = (
    r"\b(?:breach|breached|data\s+leak|hacked|compromised)\b|\b(?:leaked|exposed)\b(?!\s+(?:all\s+over|everywhere|"
    r"in\s+the|into|onto|through|out))"
)
_MY_DATA = (
    r"\b(?:my|our|customer|customers'|personal)\s+(?:card\s+|bank\s+|personal\s+)?(?:data|info|information|details|"
    r"password|passwords|records|email|e-mail|phone\s+number)\b|\bcard\s+(?:info|information|details|data)\b"
)
_BROKE_IN = (
    r"\b(?:someone|somebody|a\s+stranger|an\s+unknown\s+\w+)\s+(?:has\s+)?(?:logged|got|broke|accessed|hacked|signed)\w*\s+"
    r"(?:in\s+to|into|in\s+on)?\s*my\s+(?:\w+\s+)?(?:account|profile|app|login)\b"
)
_MADE_PUBLIC = (
    r"\b(?:posted|shared|published|put\s+up|uploaded)\b[^.!?]{0,60}\bmy\s+(?:\w+\s+)?(?:address|details|name|number|"
    r"photo|face|house|front\s+door|info)\b[^.!?]{0,40}\b(?:online|social\s+media|facebook|instagram|tiktok|twitter|"
    r"publicly|internet|whatsapp\s+group)\b"
)
_ERASE = r"\b(?:delete|remove|wipe|erase|purge|scrub|destroy|forget)\b"
_HELD_DATA = (
    r"\ball\s+(?:my\s+)?personal\s+(?:info|information|data|details)\b|\bpersonal\s+(?:info|information|data|details)\b|"
    r"\b(?:what(?:ever)?|everything|all)\s+(?:you|u)\s+(?:have|hold|store|keep|collected)\b(?!\s+in\s+stock)|"
    r"\ball\s+(?:records|trace|traces)\s+of\s+me\b|\bmy\s+(?:browsing|location|search|call)\s+(?:history|data)\b"
)
_STOP_USE = (
    r"\b(?:stop|quit|do\s+not\s+keep|no\s+more)\s+(?:tracking|collecting|storing|sharing|selling|recording|"
    r"monitoring|using)\s+(?:my\s+)?(?:location|data|info|information|details|calls|browsing|contacts)\b|"
    r"\b(?:who|how)\s+(?:gave|sold|shared)\s+(?:you\s+)?my\s+(?:number|details|email|address|data|info)\b|"
    r"\bwhere\s+did\s+(?:you|u|they)\s+get\s+my\s+(?:number|details|email|address|data|info|name)\b"
)
# in Tagalog, Hindi and Pidgin (the English forms are in lexicon_hardship): "di ko kaya bayaran", "nahi de sakta"
_CANNOT_PAY = (
    r"\b(?:di|hindi)\s+(?:ko|namin)\s+(?:na\s+)?kaya(?:ng)?\s+(?:\w+\s+)?(?:bayaran|magbayad)\b|\bwalang\s+pambayad\b|"
    r"\b(?:bhar|de|chuka)\s+nahi\s+(?:sakta|sakti|paunga|paungi|paa\s+raha|paa\s+rahi)\b|\bi\s+no\s+(?:fit|get\s+money\s+to)\s+"
    r"pay\b"
)
_BEHIND = (
    r"\bbehind\s+on\s+(?:\w+\s+){0,2}(?:bills|payments|rent|instal+ments|loans?)\b|\binterest\s+(?:keeps|is)\s+"
    r"(?:piling|stacking|going\s+up|growing|adding)\b|\bmissed\s+(?:\w+\s+){0,2}(?:payments|instal+ments)\b|\bscared\s+"
    r"to\s+open\s+(?:my\s+)?(?:post|mail|bills|letters)\b"
)
_NO_INCOME = (
    r"\b(?:salary|wages?|paycheck|pension|benefits?|allowance|stipend)\s+(?:has\s+not|have\s+not|did\s+not|never|"
    r"is\s+late|was\s+late|is\s+delayed|was\s+delayed|has\s+been\s+delayed|stopped|was\s+stopped|got\s+stopped)\b|"
    r"\b(?:my|our)\s+pay\s+(?:has\s+not|did\s+not|never)\s+(?:come|arrived|landed)\b|\b(?:not\s+been\s+paid|have\s+not\s+been\s+paid|unpaid)\s+(?:for|in|since)\b|"
    r"\bwala\s+(?:na\s+)?(?:akong|ako)\s+(?:trabaho|pera|sweldo)\b|\bnaukri\s+(?:chali\s+gayi|chhoot\s+gayi|nahi\s+hai)\b|"
    r"\bpaise\s+nahi\s+(?:hai|hain)\b|\bsalary\s+(?:never|no)\s+(?:come|enter)\b|\bi\s+no\s+get\s+money\b|"
    r"\bhours\s+(?:got\s+|were\s+|have\s+been\s+)?(?:cut|reduced|slashed)\b|\blost\s+my\s+(?:job|work|income)\b(?!\s+(?:application|offer|title|search|listing|posting|board|"
    r"page|link|number|id|reference))"
)
_BILL = (
    r"\b(?:bills?|rent|payments?|instal+ments?|premiums?|late\s+fee|fees?|line|plan|contract|subscription|loan|finance|"
    r"credit|mortgage|repayments?|"
    r"balance|arrears|overdraft|invoice|account|electric\w*|gas|water|internet|phone|utilities|bayaran|bill\s+ko)\b"
)
_SHORT_OF_MONEY = (
    r"\b(?:does\s+not|do\s+not|will\s+not|cannot|not\s+going\s+to)\s+stretch\s+(?:to|far\s+enough)\b|\bnot\s+enough\s+"
    r"(?:money\s+)?(?:left\s+)?(?:to\s+cover|to\s+pay|for)\s+(?:the|my|our)\s+(?:bills?|rent|gas|electric\w*|water|premium|"
    r"instal+ments?|food|groceries)\b|\b(?:i|we)\s+(?:do\s+not|did\s+not|will\s+not)\s+have\s+(?:the\s+|any\s+|enough\s+)?"
    r"(?:money|cash|funds)\s+(?:for|to\s+pay|to\s+cover|until|till)\b"
)
_STRUGGLE_PAY = (
    r"\b(?:struggling|struggle|struggled|finding\s+it\s+(?:hard|difficult))\s+to\s+(?:pay|afford|keep\s+up\s+with|cover)\b"
)
_ESSENTIAL_MONEY = (
    r"\b(?:need|needs|needed)\s+(?:that|the|this|my|every)\s+(?:money|cash|refund|penny|rupee|peso)\s+(?:for|to\s+pay)\s+"
    r"(?:(?:my|the|our)\s+)?(?:rent|food|groceries|bills|my\s+kids|medicine|school\s+fees)\b|\bchoosing\s+between\s+"
    r"(?:food|eating|rent|heating|medicine)\b|\b(?:food|rent)\s+or\s+(?:the\s+)?\w+\s+bill\b|\bonly\s+(?:have|got)\s+"
    r"(?:[$£€₱₹₦]\s?)?\d+(?:\.\d+)?\s*(?:dollars|pounds|euros|pesos|rupees|naira|bucks|quid)?\s+(?:left|to\s+last)\b"
)

# work lost to the pandemic: "my contract was cancelled due to covid", "lost my shifts in the lockdown"
_WORK = r"\b(?:job|jobs|contract|work|hours|shifts|income|business|salary|wages|clients|gigs|position|internship)\b"
_WORK_LOST = (
    r"\b(?:cancel+ed|lost|losing|cut|ended|closed|shut|suspended|furloughed|laid\s+off|let\s+go|terminated|dried\s+up|"
    r"went\s+under|no\s+more)\b"
)
_PANDEMIC = r"\b(?:covid\w*(?:-?19)?|coronavirus|corona|pandemic|lockdowns?|quarantine)\b"

SAFETY_CONCEPTS: dict[str, str] = {
    "work": _WORK, "work_lost": _WORK_LOST, "pandemic": _PANDEMIC,
    "close": _CLOSE,
    "worker": _WORKER,
    
    "physical": _PHYSICAL,
    "not_a_blow": _NOT_A_BLOW,
    "control": _CONTROL, "broke_in": _BROKE_IN, "made_public": _MADE_PUBLIC, "short_of_money": _SHORT_OF_MONEY,
    "struggle_pay": _STRUGGLE_PAY,
    "night": _NIGHT,
    "ex": _EX,
    "fear": _FEAR,
    "threat": _THREAT, "hyperbole": _HYPERBOLE,
    "intrusion": _INTRUSION,
    "persist": _PERSIST,
    "self_data": _SELF_DATA,
    "others_data": _OTHERS_DATA,
    "i_see": _I_SEE,
    "send_to": _SEND_TO,
    "breach": _BREACH,
    "my_data": _MY_DATA,
    "basket": r"\b(?:cart|basket|wish\s*list|saved\s+items|stock)\b",
    "erase": _ERASE,
    "held_data": _HELD_DATA,
    "stop_use": _STOP_USE,
    "cannot_pay": _CANNOT_PAY,
    "no_income": _NO_INCOME,
    "behind": _BEHIND,
    "bill": _BILL,
    "essential_money": _ESSENTIAL_MONEY,
}

SAFETY_FRAMES: tuple[Frame, ...] = (
    # abuse: who × what they do × me
    Frame("someone close hurts me", "harassment", ("physical", "close"), veto=("not_a_blow",)),
    Frame("a worker touched me", "harassment", ("physical", "worker"), veto=("not_a_blow",)),
    Frame("someone close controls me", "harassment", ("control", "close"), "message", veto=("not_a_blow",)),
    Frame("afraid of someone close", "harassment", ("fear",), "message"),
    Frame("someone close threatens me", "harassment", ("threat", "close"), "message", veto=("hyperbole",)),
    # "scheduled" (frames_abuse_more): the driver waiting outside at 9 as booked is an errand
    Frame("a worker intrudes", "harassment", ("intrusion", "worker"), "message", veto=("not_a_blow", "scheduled")),
    Frame("someone close intrudes", "harassment", ("intrusion", "close"), "message"),
    Frame("an ex keeps at me", "harassment", ("persist", "ex")),
    Frame("a worker keeps at me, at night", "harassment", ("persist", "night", "worker"), "message"),
    # data privacy: someone else's data in mine; a breach; wipe what you hold; how you got it
    Frame("someone else's data in my account", "data_privacy", ("others_data", "i_see"), veto=("send_to",)),
    Frame("my data breached", "data_privacy", ("breach", "my_data")),
    Frame("wipe what you hold on me", "data_privacy", ("erase", "held_data"), veto=("basket",)),
    Frame("stop using my data", "data_privacy", ("stop_use",)),
    Frame("someone got into my account", "data_privacy", ("broke_in",)),
    Frame("my details made public", "data_privacy", ("made_public",)),
    # financial hardship
    Frame("cannot pay a bill", "financial_hardship", ("cannot_pay", "bill")),
    Frame("no income", "financial_hardship", ("no_income",)),
    Frame("short of money", "financial_hardship", ("short_of_money",)),
    Frame("struggling to pay a bill", "financial_hardship", ("struggle_pay", "bill")),
    Frame("behind on the bills", "financial_hardship", ("behind",)),
    Frame("work lost to the pandemic", "financial_hardship", ("pandemic", "work_lost", "work")),
    Frame("the money is for rent or food", "financial_hardship", ("essential_money",)),
)
