"""More abuse, hardship and legal concepts (``frames.py``), for the words ``frames_safety`` and the lists miss.

- abuse: a threat tied to leaving or telling ("he said if I leave he'll kill me"); sex demanded for rent; someone
  who exposed himself; a stranger's hands on me ("a man on the flight kept touching my leg"); someone close who
  hits another of the family, locks me in, takes money from my purse, changes the password so I cannot see the
  money, makes me hand over my wages, hunts my new address; an older relative who comes into my room; bruises
  from him; a refuge, domestic violence named; Hindi forms;
- hardship: cannot pay × why (no money, the job, benefits, payday); nothing in the account, zero money until;
  skipping meals, barely keeping the lights on, paycheck to paycheck, arrears, a loan shark, an IVA, no income
  since, things hard financially, paying "when I can"; Tagalog, Hindi and Pidgin forms;
- legal: a lawyer spoken to or instructed (not "I am a lawyer", not a friend), a judgment, arbitration or a
  tribunal, a letter before action or a legal notice, the police's investigation or a crime reference, reporting
  it to the police, a court that ruled; vakil, abogado, Tagalog and Pidgin forms.
"""

from __future__ import annotations

from .frames import Frame

_CLOSE = (
    r"\b(?:my|mere|meri|mera)\s+(?:(?:ex|own|former|step|new)\s*-?\s*)?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|"
    r"ex|fianc[ée]e?|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|sister|son|"
    r"daughter|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|carer|caregiver|care\s+worker|landlord|landlady|"
    r"flatmate|roommate|in-?laws?|\w+-in-law|pati|shohar|saas|sasur)\b"
)
_HURTS_KIN = (
    r"\b(?:hits?|hitting|beats?|beating|beat\s+up|slaps?|slapping|punch\w*|kicks?|kicking|chok\w*|strangl\w*|hurts?|"
    r"hurting|abus\w*|attack\w*)\s+(?:my|our)\s+(?:mum|mom|mother|sister|brother|kids|children|son|daughter|baby|wife|"
    r"husband|partner|little\s+\w+|family)\b(?!\s+(?:at|in|to)\b)"
)
_IF_I_LEAVE = (
    r"\bif\s+i\s+(?:ever\s+)?(?:leave|left|tell|told|report|reported|go\s+to\s+the\s+police|call\s+the\s+police|say\s+"
    r"anything|speak\s+up|try\s+to\s+leave|take\s+the\s+kids)\b"
)
_HARM_DONE = (
    r"\b(?:will|would|is\s+going\s+to|gonna|threatens?\s+to|threatened\s+to|swore\s+to|said\s+(?:he|she)\s+(?:will|"
    r"would))\s+(?:\w+\s+)?(?:kill|hurt|beat|harm|take|find|burn|ruin|post|share)\s+(?:me|us|the\s+kids|my\s+\w+|"
    r"the\s+children|everything|them)\b"
)
_SAID = r"\b(?:says|said|told\s+me|tells\s+me|threatens|threatened|keeps\s+saying|swore|warned\s+me|texted)\b"
_JOKE = r"\b(?:lol|haha|lmao|price|cost|spent|bill|late|arrive\w*|find\s+out|sees?)\b"
_COERCION = (
    r"\bif\s+i\s+(?:do\s+not|did\s+not|will\s+not|refuse\s+to|say\s+no\s+to)\s+(?:sleep\s+with|have\s+sex\s+with|go\s+out"
    r"\s+with|send\s+(?:him|her)\s+(?:pictures|photos|nudes))\b|\bsexual\s+favou?rs?\b|\bsex\s+(?:for|instead\s+of|in\s+"
    r"exchange\s+for)\s+(?:the\s+)?(?:rent|money|repairs?)\b|\bforces?\s+me\s+(?:to\s+)?(?:have\s+sex|into\s+sex)\b"
)
_EXPOSED = (
    r"\bexposed\s+(?:him|her)self\b|\bflashed\s+(?:me|his)\b|\bpulled\s+(?:down\s+)?his\s+(?:pants|trousers)\b|"
    r"\bmasturbat\w*\s+(?:in\s+front\s+of|at|next\s+to)\s+me\b"
)
_STRANGER = (
    r"\b(?:a|the|this|some|another|one)\s+(?:\w+\s+)?(?:man|guy|bloke|woman|lady|passenger|stranger|customer|lad|dude|"
    r"traveller|fellow|person)\b|\b(?:someone|somebody)\b"
)
_HANDS_ON_ME = (
    r"\b(?:kept|keeps|was|started|tried\s+to|has\s+been)\s+(?:\w+\s+)?(?:touching|grabbing|groping|rubbing|stroking|"
    r"pinching|kissing|fondling)\s+(?:me|my\s+(?:legs?|thighs?|knees?|bum|butt|backside|breasts?|chest|hair|neck|"
    r"waist|arms?|hand|hands|body))\b|\b(?:groped|fondled|molested|assaulted|sexually\s+\w+)\s+me\b|\b(?:touched|"
    r"grabbed|rubbed|stroked)\s+my\s+(?:legs?|thighs?|knees?|bum|butt|backside|breasts?|chest|waist|body)\b"
)
_CONTROL_MORE = (
    r"\b(?:tak\w+|took|steal\w*|stole|stolen|helping\s+(?:him|her)self\s+to)\s+(?:\w+\s+)?(?:money|cash|wages|pension|"
    r"benefits)\s+(?:from|out\s+of)\s+(?:my|our)\s+(?:purse|wallet|account|bank|card|savings|handbag|bag)\b|"
    r"\b(?:changed|changes|changing|reset)\s+(?:the|my|our|all\s+the)\s+(?:\w+\s+)?(?:passwords?|pin|login)\b[^.!?]{0,50}"
    r"\bso\s+i\s+(?:cannot|can\s+not)\s+(?:see|access|get\s+to|touch|use)\s+(?:any\s+of\s+)?(?:the|our|my)\s+(?:money|"
    r"savings|finances|wages|salary|pension)\b|\blocked\s+me\s+out\s+of\s+(?:the|my|our)\s+(?:joint\s+|bank\s+)?"
    r"(?:account|accounts|money|house|home|flat)\b|\blocks?\s+me\s+(?:in|inside|up)\b|\blocked\s+me\s+(?:in|inside|up)\b|"
    r"\bto\s+(?:find|track|locate)\s+(?:out\s+)?(?:my\s+(?:new\s+)?(?:address|location|whereabouts)|where\s+i\s+(?:live|"
    r"am|moved|stay|work))\b|\b(?:monitors?|tracks?)\s+my\s+(?:bank\s+app|bank|accounts?|emails|calls|"
    r"whatsapp|car|browsing)\b|\bnot\s+allowed\s+to\s+(?:buy|spend|go|work|talk|call|wear|eat|have\s+friends)\b|"
    r"\b(?:took|takes|has\s+taken|hid|hides|kept|keeps)\s+my\s+(?:bank\s+|debit\s+|credit\s+)?(?:card|cards|phone|"
    r"passport|id|documents)\b[^.!?]{0,40}\b(?:will\s+not|refuses\s+to|does\s+not|never)\s+(?:give|let\s+me\s+have)\s+"
    r"(?:it|them)\s+back\b"
)
_MAKES_ME_PAY = (
    r"\b(?:makes|made|forces|forced|forcing)\s+me\s+(?:to\s+)?(?:hand\s+over|give\s+(?:him|her|them)|transfer|send\s+"
    r"(?:him|her|them))\s+(?:all\s+)?(?:my|the)\s+(?:money|wages|salary|pay|pension|benefits|card|earnings)\b"
)
_OLDER_KIN = (
    r"\bmy\s+(?:step\s*-?\s*)?(?:dad|father|uncle|brother|cousin|grandad|grandpa|grandfather|stepdad|stepfather)\b|"
    r"\bmy\s+mum's\s+(?:boyfriend|partner|husband)\b|\bmy\s+(?:landlord|flatmate|roommate)\b"
)
_ROOM_AT_NIGHT = (
    r"\b(?:comes?|came|coming|gets?|got|climbs?|sneaks?)\s+(?:in|into|inside)\s+(?:my|our)\s+(?:room|bedroom|bed|"
    r"bathroom|shower)\b"
)
_INJURED = (
    r"\b(?:bruises?|bruised|black\s+eye|broken\s+(?:nose|ribs?|arm|wrist|jaw)|split\s+lip|marks\s+on\s+my\s+\w+)\s+"
    r"(?:\w+\s+){0,2}?(?:from|because\s+of|after|where|that)\s+(?:my\s+\w+|he|she|him|her)\b|\bgave\s+me\s+(?:a\s+)?"
    r"(?:black\s+eye|bruises|split\s+lip|concussion)\b"
)
_FALL = r"\b(?:fall|fell|accident|sport|gym|football|rugby|bike|cycling|surgery|operation|tackle|match|game)\b"
_NAMED = (
    r"\b(?:in|at|to|into|from|staying\s+in|moved\s+to)\s+(?:a|the)\s+(?:women's\s+|domestic\s+(?:violence|abuse)\s+)?"
    r"(?:refuge|safe\s+house|women's\s+shelter)\b|\bi\s+am\s+being\s+abused\b|\babusive\s+(?:relationship|marriage|"
    r"home|partner|husband|wife|boyfriend|girlfriend|ex)\b|\b(?:bahar|ghar\s+se\s+bahar)\s+(?:nahi|nahin|nhi)\s+"
    r"(?:jaane|nikalne)\s+(?:deta|deti|dete)\b|\b(?:paise|phone)\s+(?:chheen|cheen)\s+(?:leta|leti|lete|liya|liye)\b"
)
# domestic violence named by the writer about their own life, not a politician's or a joke's
_DV = r"\bdomestic\s+(?:violence|abuse)\b"
_MINE = (
    r"\b(?:i\s+am|i\s+was|i\s+have\s+been|i\s+had|we\s+are|i\s+need|i\s+suffer\w*|i\s+experienc\w*|i\s+escaped|i\s+fled|"
    r"i\s+left|i\s+survived|my|victim|survivor|fleeing|escaping|help\s+me)\b"
)
_NOT_MINE = r"\b(?:lol|haha|funny|joke|/s|awareness|month|politician|trump|boris)\b"

_CANNOT_PAY = (
    r"\b(?:cannot|can\s+not|could\s+not|unable\s+to|will\s+not\s+be\s+able\s+to|not\s+able\s+to|no\s+way\s+i\s+can)\s+"
    r"(?:\w+\s+)?(?:pay|afford|cover|top\s+up)\b"
)
_WHY_SHORT = (
    r"\b(?:money|cash|funds|income|broke|skint|job|work|benefits?|universal\s+credit|wages|salary|paid|payday|pay\s+day|"
    r"pension|savings|hardship|rent|food|kids|afford|redundan\w*|unemployed|laid\s+off|nothing\s+left|struggl\w*|bust|"
    r"went\s+under|closed\s+down|"
    r"debt|debts|overdraft|overdrawn)\b"
)
_NO_MONEY = (
    r"\b(?:zero|no|0)\s+(?:money|cash|funds|pounds|dollars|income|wages|salary|pay)\s+(?:left\s+)?(?:until|till|til|for\s+"
    r"(?:food|rent)|left|at\s+all|in\s+my\s+account|since|coming\s+in)\b|\b(?:i|we)\s+(?:have|got|am\s+left\s+with|"
    r"have\s+had|had)\s+(?:literally\s+)?(?:zero|nothing|nothing\s+left|no\s+money|no\s+income|[£$€]?0)\s+(?:until|till|"
    r"til|left|since|in\s+(?:my|the)\s+(?:account|bank))\b|\bnothing\s+(?:left\s+)?in\s+(?:my|the|our)\s+(?:account|"
    r"bank|wallet|purse)\b(?!\s+(?:page|section|history|settings|tab|area|yet|about|showing|shows|that|says))|\b(?:my|"
    r"our|the)\s+(?:account|bank)\s+is\s+(?:empty|at\s+zero)\b"
)
# a hardship left behind: "now I don't have to live paycheck to paycheck"
_NO_LONGER = r"\b(?:do\s+not|does\s+not|no\s+longer|never\s+again|not)\s+(?:have\s+to|need\s+to)\b|\bno\s+longer\b"
_GIFT_BALANCE = r"\b(?:gift\s*cards?|vouchers?|points|credit\s+on|balance\s+on)\b"
_GOING_WITHOUT = (
    r"\b(?:skip\w*|going\s+without|go\s+without|cut\w*\s+back\s+on)\s+(?:meals|food|eating|dinner|lunch|breakfast|"
    r"heating|the\s+heating|medication|my\s+medicine)\b|\b(?:barely|hardly|struggling\s+to|cannot|can\s+barely|just\s+"
    r"about)\s+(?:keep\s+(?:the\s+lights\s+on|a\s+roof\s+over|my\s+head\s+above\s+water|afloat)|get\s+by|scrape\s+by|"
    r"survive|feed\s+(?:us|them|the\s+kids|my\s+\w+))\b|\bpaycheck\s+to\s+paycheck\b|\bpay\s*day\s+to\s+pay\s*day\b|"
    r"\b(?:living|live)\s+hand\s+to\s+mouth\b|\b(?:took\s+out|take\s+out|taking\s+out|have|had|got|owe|borrowed\s+"
    r"from|using|went\s+to)\s+(?:a\s+|another\s+|two\s+|three\s+)?(?:payday\s+loans?|loan\s+sharks?)\b|\b(?:from|to|with)\s+(?:a\s+)?loan\s+sharks?\b|\bborrow\w*\s+(?:money\s+)?(?:from\s+\w+\s+)?(?:\w+\s+)?"
    r"to\s+pay\s+(?:you|the\s+bill|my\s+bill|for\s+food|the\s+rent|my\s+rent)\b"
)
_DEBT_ADVICE = (
    r"\b(?:i|we|my\s+account|account)\s+(?:am|are|is|have|has|have\s+been|fell|fallen|gone|got|getting|falling)\s+"
    r"(?:\w+\s+)?(?:in|into)\s+arrears\b|\b(?:an?\s+)?(?:iva|debt\s+relief\s+order|debt\s+management\s+plan|"
    r"insolvency|stepchange|debt\s+advice|debt\s+charity)\b|\b(?:things\s+are|it\s+is|life\s+is|times\s+are|money\s+is)"
    r"\s+(?:\w+\s+)?(?:hard|tough|difficult|tight|rough)\s+(?:financially|money\s*wise)\b|\btimes\s+are\s+(?:really\s+"
    r"|so\s+|very\s+)?(?:hard|tough)\b|\b(?:in|having|facing|with|into|got|have)\s+(?:\w+\s+){1,3}financial\w*\s+(?:trouble|problems?|mess|"
    r"hole|difficulties)\b|\b(?:pay|"
    r"paying)\s+(?:\w+\s+){0,2}(?:when|as\s+soon\s+as|once)\s+i\s+(?:can(?=\s*(?:[.!,;]|$|and\b|but\b))|get\s+paid|have\s+"
    r"(?:the\s+|some\s+)?money|get\s+(?:my\s+)?(?:wages|salary|benefits|pension))\b"
)
_TONGUES_MONEY = (
    r"\bwala\s+(?:na\s+)?(?:kaming|akong|tayong|siyang)\s+(?:pambayad|pangbayad|ipambayad|pera)\b|\bpaise?\s+(?:khatam|"
    r"khtm|nahi\s+bache)\b|\b(?:bill|emi|kiraya|rent)\s+(?:kaise|kese)\s+(?:bharu|bharun|bharoon|doon|du|dun)\b|\bmoney"
    r"\s+no\s+(?:dey|de|deh)\b|\bno\s+money\s+dey\b|\bi\s+(?:dey|am)\s+suffer\b|\bi\s+no\s+get\s+(?:kobo|shishi)\b"
)

_LAWYER_WORD = r"(?:lawyers?|attorneys?|solicitors?|barristers?|vakil|abogado)"
# the act next to the lawyer: "I've spoken to a lawyer", "my solicitor will be in touch" (not "talk with an attorney
# before talking with you", the advice of a quotation)
_LAWYER = (
    r"\b(?:spoken|spoke|talked|been|consulted|consulting|instructed|instructing|engaged|hired|retained|contacted|emailed|"
    r"called|rang|phoned|seeing|met|meeting|went)\s+(?:to\s+|with\s+)?(?:a|an|my|our)\s+(?:\w+\s+)?"
    + _LAWYER_WORD
    + r"\b|\b(?:a|an|my|our)\s+(?:\w+\s+)?"
    + _LAWYER_WORD
    + r"\s+(?:will|says|said|told|advised|needs|wants|asked|"
    r"has\s+(?:said|told|advised|written|sent)|sent|is\s+sending|thinks|reckons)\b"
)
_NOT_MY_LAWYER = (
    r"\b(?:i\s+am\s+a|i\s+work\s+as|as\s+a|friend|mate|recommend\w*|colleague|firm\s+account|business\s+account|my\s+"
    r"(?:firm|office|practice|chambers)|hiring|vacanc\w*|job)\b"
)
_LAW_TERMS = (
    r"\bccj\b|\bcounty\s+court\s+judg(?:e)?ment\b|\bdefault\s+judg(?:e)?ment\b|\bjudg(?:e)?ment\s+against\s+me\b|"
    r"\b(?:to|into|through|my|our|binding|request(?:ed)?|for|in)\s+arbitration\b(?!\s+(?:ask|clause))|\b(?:employment|tenancy|property|first-tier|immigration|benefits?)\s+tribunal\b|\btribunal\s+"
    r"(?:hearing|claim|date|case)\b|\b(?:to|at|before)\s+(?:a\s+|the\s+)?tribunal\b|\bletter\s+(?:before|of)\s+(?:action|claim)\b|\blegal\s+"
    r"(?:notice|letter|options?|route|steps|case|matter|dispute|proceedings)\b|\b(?:i\s+am|we\s+are|i\s+will\s+be|i\s+have|"
    r"we\s+have|i\s+will|we\s+will)\s+(?:\w+\s+)?(?:getting|get|got|taking|taken|take|sought|seeking)\s+legal\s+(?:advice|"
    r"help|counsel|aid)\b|\bformal\s+(?:legal\s+)?(?:notice|demand)\b|"
    r"\bnotice\s+of\s+(?:claim|intended\s+proceedings)\b|\bcrime\s+reference\b|\bpolice\s+(?:report|statement|"
    r"investigation|case|reference|need|want|asked|are\s+investigating)\b|\b(?:police|detectives?|officers?)\s+(?:\w+\s+)"
    r"{0,3}(?:investigation|evidence|footage|cctv)\b|\breport\w*\s+(?:it|this|them|him|her|that|the\s+\w+|everything)\s+"
    r"to\s+(?:the\s+)?(?:police|authorities|cyber\s*crime|action\s+fraud)\b|\b(?:by|from)\s+the\s+(?:\w+\s+)?court\b|"
    r"\b(?:magistrates?|crown|county|family)\s+court\b|\bmagsasampa\b|\bmagdedemanda\b|\bidedemanda\b|\bkakasuhan\b|"
    r"\bkasuhan\b|\bsampahan\s+ng\s+kaso\b|\bkaso\s+laban\b|\bgo\s+court\b|\b(?:vakil|abogado)\b"
)

HARM_CONCEPTS: dict[str, str] = {
    "close_any": _CLOSE,
    "hurts_kin": _HURTS_KIN,
    "if_i_leave": _IF_I_LEAVE,
    "harm_done": _HARM_DONE,
    "said": _SAID,
    "joke": _JOKE,
    "coercion": _COERCION,
    "exposed": _EXPOSED,
    "stranger": _STRANGER,
    "hands_on_me": _HANDS_ON_ME,
    "control_more": _CONTROL_MORE,
    "makes_me_pay": _MAKES_ME_PAY,
    "older_kin": _OLDER_KIN,
    "room_at_night": _ROOM_AT_NIGHT,
    "injured": _INJURED,
    "fall": _FALL,
    "abuse_named": _NAMED,
    "cannot_pay_any": _CANNOT_PAY,
    "why_short": _WHY_SHORT,
    "no_money": _NO_MONEY,
    "gift_balance": _GIFT_BALANCE,
    "no_longer": _NO_LONGER,
    "going_without": _GOING_WITHOUT,
    "debt_advice": _DEBT_ADVICE,
    "tongues_money": _TONGUES_MONEY,
    "lawyer": _LAWYER,
    "dv": _DV,
    "mine": _MINE,
    "not_mine": _NOT_MINE,
    "not_my_lawyer": _NOT_MY_LAWYER,
    "law_terms": _LAW_TERMS,
}

HARM_FRAMES: tuple[Frame, ...] = (
    Frame("someone close hurts my family", "harassment", ("hurts_kin", "close_any")),
    Frame("a threat if I leave or tell", "harassment", ("if_i_leave", "harm_done", "said"), veto=("joke",)),
    Frame("sex demanded", "harassment", ("coercion",)),
    Frame("someone exposed himself", "harassment", ("exposed",)),
    Frame("a stranger's hands on me", "harassment", ("hands_on_me", "stranger")),
    Frame("someone close controls me, more", "harassment", ("control_more", "close_any"), "message"),
    Frame("made to hand over my money", "harassment", ("makes_me_pay",)),
    Frame("an older relative comes into my room", "harassment", ("room_at_night", "older_kin"), "message"),
    Frame("injured by someone close", "harassment", ("injured", "close_any"), veto=("fall",)),
    Frame("abuse named", "harassment", ("abuse_named",)),
    Frame("domestic violence in my life", "harassment", ("dv", "mine"), veto=("not_mine",)),
    Frame("cannot pay, and why", "financial_hardship", ("cannot_pay_any", "why_short")),
    Frame("no money until", "financial_hardship", ("no_money",), veto=("gift_balance",)),
    Frame("going without", "financial_hardship", ("going_without",), veto=("no_longer",)),
    Frame("arrears, debt advice, hard times", "financial_hardship", ("debt_advice",)),
    Frame("money, other tongues", "financial_hardship", ("tongues_money",)),
    Frame("a lawyer instructed", "legal", ("lawyer",), veto=("not_my_lawyer",)),
    Frame("the law's own terms", "legal", ("law_terms",)),
)
