"""Calm look-alikes of the sensitive categories: the words of a crisis, an illness, a death, abuse or the law,
used for something else. Each tuple joins its category's exceptions in ``config.py``, so it also stops the
learned signal from handing the message off for that category (``learned.py``).

- a sad film is not a crisis: "I'm crying, this film is so sad", "so depressing lol, the ending";
- the pandemic as the cause of a cancellation is not an illness ("my flight was cancelled because of covid");
  someone "has not come home" is a worry, not a symptom; a heart attack at a price is a figure of speech; a
  blood pressure monitor is a product; a prescription dispatched is an order;
- a business that "keeps calling me to confirm the address" is chasing an errand, not harassing;
- "my husband passed me the phone" is not a death;
- "my lawyer friend recommended your app" is not legal action.

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

_STORY = r"(?:film|movie|series|episode|book|novel|ending|finale|song|documentary|drama|anime)"

# the feeling said right next to the story it is about; a disclosure elsewhere in the message is never covered
SELF_HARM_LOOKALIKES: tuple[str, ...] = (
    # first: the exceptions are one alternation, and the shorter "that film was so sad" would hide the tears
    rf"re:\b(?:this|that|the)\s+{_STORY}\s+(?:is|was)\s+(?:so\s+|really\s+|very\s+)?(?:sad|moving|emotional|beautiful)\s+"
    r"(?:that\s+)?i\s+(?:cried|was\s+crying|sobbed|teared\s+up)\b",
    rf"re:\b(?:this|that|the)\s+{_STORY}\s+(?:is|was)\s+(?:so\s+|really\s+|very\s+)?(?:sad|depressing)\b",
    rf"re:\b(?:so\s+)?(?:sad|depressing)\s+{_STORY}\b|\b{_STORY}\s+(?:last\s+night|yesterday|tonight)\s*,?\s+(?:so|"
    r"really)\s+(?:sad|depressing)\b",
    rf"re:\b(?:crying|cried|sobbing|in\s+tears)\s+(?:at|over|during)\s+(?:the|this|that|a)\s+{_STORY}\b",
    rf"re:\bi\s+am\s+crying\b(?=[,.!\s]+(?:this|that|the)\s+{_STORY}\s+(?:is|was)\b)",
    # hair dyed, an errand tried again, a bus left early: "thinking about dying my hair", "after my last attempt the
    # app locked me out", "my son jumped off the bus at the wrong stop"
    r"re:\bdying\s+(?:my|her|his|the|it|them|our)\s+(?:\w+\s+)?(?:hair|beard|eyebrows|roots|fabric|clothes|jeans|shirt|"
    r"sofa|curtains|wool|yarn|blue|red|pink|purple|black|blonde|green)\b",
    r"re:\b(?:last|first|second|third|another|previous|failed)\s+attempts?\b(?=[^.!?]{0,40}\b(?:app|password|login|log\s+in|"
    r"pin|card|payment|locked|code|sign\s+in|page|site|website|deliver\w*|courier|driver|booking|upload|transfer)\b)",
    r"re:\b(?:jump|jumped|jumping|jumps)\s+off\s+(?:a|the)\s+(?:bus|train|tram)\b(?=\s+(?:at|before|after|early|too|one\s+"
    r"stop|a\s+stop|to\s+(?:get|catch|grab)))",
    r"re:\bbungee\s+(?:jump\w*\s+)?(?:off|from)\b|\bbungee\s+jump\w*\b",
    # a therapist's advice to buy something; a routine question about what a policy does at one's death
    r"re:\bmy\s+(?:therapist|counsell?or|psychologist|psychiatrist)\s+(?:recommended|suggested|recommends|suggests|"
    r"told\s+me\s+to\s+(?:try|get|buy|use)|said\s+i\s+should\s+(?:try|get|buy|use))\s+(?:(?:a|an|the|some|your|this|that)"
    r"\s+)?(?:\w+\s+){0,2}?(?:journal\w*|notebooks?|diary|planner|app|book|lamp|blanket|candles?|yoga\s+mat|weighted\s+"
    r"\w+|mattress|pillow|headphones|plants?|colouring|coloring|puzzles?)\b",
    r"re:\bwhat\s+happens\s+to\s+(?:my|the|our)\s+(?:\w+\s+){0,3}?(?:when|after|if|once)\s+i\s+die\b|\b(?:when|after|"
    r"if|once)\s+i\s+die\s*,?\s*(?:who|what|how|does|do|will|is|can)\b(?=[^.!?]{0,60}\b(?:payout|pay\s+out|"
    r"beneficiar\w*|policy|cover|pension|points|estate|inherit\w*))",
)

MEDICAL_LOOKALIKES: tuple[str, ...] = (
    # a trip, a booking or an event called off for the pandemic; a job or contract lost to it is hardship, kept
    r"re:\b(?:flight|flights|trip|holiday|booking|reservation|event|concert|gig|festival|wedding|match|game|tour|show|"
    r"class|cruise|hotel|order|delivery|ticket|tickets)\s+(?:\w+\s+){0,2}?(?:was|were|got|has\s+been|have\s+been|is|"
    r"are)\s+(?:cancel+ed|postponed|delayed|rescheduled|grounded|called\s+off)\s+(?:\w+\s+){0,2}?(?:because\s+of|due\s+"
    r"to|over|for)\s+(?:the\s+)?(?:covid\w*(?:-?19)?|coronavirus|corona|pandemic|lockdown)\b",
    r"re:\b(?:has|have|had)\s+not\s+(?:come|came|been)\s+(?:back\s+)?home\b|\bnot\s+(?:come|back)\s+home\s+(?:yet|since)\b",
    r"re:\b(?:heart\s+attack|stroke|aneurysm)\b[^.!?\n]{0,40}\b(?:cheap|price|prices|sale|deal|bill|cost|total|"
    r"discount)\b|\b(?:cheap|price|prices|sale|deal|bill|cost|total|discount)\b[^.!?\n]{0,40}\b(?:heart\s+attack|"
    r"stroke|aneurysm)\b",
    # the doctor's office asking for paperwork: "my doctor's office needs an invoice for the wheelchair"
    r"re:\bmy\s+(?:doctor|gp|dentist|physio|optician|pharmacist)\S*\s+(?:\w+\s+)?(?:needs|wants|asked\s+for|asks\s+for|"
    r"requires|requested)\s+(?:an?\s+|the\s+|my\s+)?(?:invoice|receipt|copy|statement|form|proof|quote)\b",
    r"re:\bblood\s+pressure\s+(?:monitor|cuff|machine|meter)\b|\b(?:thermometer|pulse\s+oximeter)\b",
    r"re:\bprescription\s+(?:\w+\s+)?(?:get|got|been|was|is|has)\s+(?:\w+\s+)?(?:dispatched|shipped|sent|posted|out\s+for"
    r"\s+delivery)\b",
)

HARASSMENT_LOOKALIKES: tuple[str, ...] = (
    # a child after game points: "my son keeps texting me to buy him fifa points lol"
    r"re:\bkeeps?\s+(?:texting|messaging|calling|asking|begging)\s+me\s+(?:\w+\s+){0,2}(?:buy|top\s+up|order|get)\s+"
    r"(?:him|her|them)\b",
    r"re:\blocked\s+me\s+(?:out|in)\b(?=[^.!?]{0,40}\b(?:by\s+mistake|accidentally|by\s+accident)\b)",
    r"re:\bkeeps?\s+sending\s+me\s+(?:your|the|their|these|marketing|promotional)\s+(?:\w+\s+)?(?:newsletters?|emails|"
    r"marketing|offers|texts|spam|reminders|catalogues?|leaflets|promotions)\b",
    r"re:\bkeeps?\s+(?:calling|texting|messaging|emailing|contacting|ringing)\s+me\s+(?:\w+\s+){0,3}?(?:to|about|for|asking)"
    r"\s+(?:\w+\s+)?(?:confirm|verify|check|update|arrange|reschedule|book|schedule|address|delivery|payment|"
    r"appointment|order|parcel|bill|renewal|survey|review|feedback|rating|offers?|deals?|upgrade|directions)\w*\b",
)

BEREAVEMENT_LOOKALIKES: tuple[str, ...] = (
    r"re:\bpassed\s+(?:me|him|her|us|them|you)\s+(?:the|a|his|her|my|their|over)\b|\bpassed\s+(?:the|my)\s+"
    r"(?:phone|message|test|exam|inspection|mot|driving)\b",
)

LEGAL_LOOKALIKES: tuple[str, ...] = (
    r"re:\bmy\s+(?:lawyer|solicitor|attorney)\s+(?:friend|mate|buddy|pal|neighbou?r|cousin)\b|\b(?:friend|mate|"
    r"cousin|neighbou?r|sister|brother)\s+(?:who\s+is\s+a|is\s+a)\s+(?:lawyer|solicitor|attorney)\b[^.!?\n]{0,40}"
    r"\brecommend\w*\b|\b(?:friend|mate|cousin|neighbou?r|sister|brother)\s+(?:who\s+is\s+a|is\s+a)\s+(?:lawyer|"
    r"solicitor|attorney)\s+(?:\w+\s+){0,2}?(?:said|says|told\s+me|thinks)\b",
)

# financing asked about when buying is not hardship: "I want to pay the sofa in instalments, do you have a payment plan"
FINANCIAL_HARDSHIP_LOOKALIKES: tuple[str, ...] = (
    r"re:\b(?:instal+ments?|financ\w+|interest[-\s]free|klarna|clearpay|afterpay|buy\s+now|checkout|to\s+buy|purchase)"
    r"\b[^.!?]{0,60}\bpayment\s+plans?\b|\bpayment\s+plans?\b[^.!?]{0,60}\b(?:instal+ments?|financ\w+|interest[-\s]"
    r"free|klarna|clearpay|afterpay|buy\s+now|checkout|to\s+buy|purchase)\b",
    r"re:\bno\s+(?:money|balance|credit|funds)\s+(?:left\s+)?on\s+(?:my|the|this)\s+(?:gift\s*card|voucher|gift\s+voucher)\b",
)
