"""Default words for sensitive topics: each one means a person, not the bot, should answer.

This module holds bereavement, harassment and data privacy, and re-exports the larger categories from the
modules that hold them: self-harm (``lexicon_self_harm``), medical (``lexicon_medical``), financial
hardship (``lexicon_hardship``) and legal matters (``lexicon_legal``).

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

from .lexicon_hardship import FINANCIAL_HARDSHIP_WORDS
from .lexicon_legal import LEGAL_WORDS
from .lexicon_medical import MEDICAL_EXCEPTIONS, MEDICAL_WORDS
from .lexicon_self_harm import SELF_HARM_EXCEPTIONS, SELF_HARM_WORDS

__all__ = [
    "BEREAVEMENT_EXCEPTIONS",
    "BEREAVEMENT_WORDS",
    "DATA_PRIVACY_WORDS",
    "FINANCIAL_HARDSHIP_WORDS",
    "HARASSMENT_WORDS",
    "LEGAL_WORDS",
    "MEDICAL_EXCEPTIONS",
    "MEDICAL_WORDS",
    "SELF_HARM_EXCEPTIONS",
    "SELF_HARM_WORDS",
]

BEREAVEMENT_WORDS: tuple[str, ...] = (
    "passed away", "bereave*", "funeral*", "deceased", "widow*", "grief", "grieving",
    "mourning", "stillborn", "stillbirth", "death in the family", "late husband", "late wife",
    "late mother", "late father", "late mum", "late mom", "late dad", "late son", "late daughter",
    r"re:\b(?:death|loss|passing)\s+of\s+(?:my|our)\b",
    # Hindi and Urdu in Latin letters: "meri wife ka dehant ho gaya", "papa guzar gaye", "mummy nahi rahi"
    r"re:\b(?:dehant|dehaant|dehanth|swargwas|intekal|inteqal)\b|\bguzar\s+(?:gaye|gayi|gaya|gye|gyi)\b|"
    r"\b(?:papa|mummy|mumma|maa|pitaji|mataji|wife|husband|pati|patni|beta|beti|bhai|behen|dada|dadi|nana|nani)\s+"
    r"(?:ab\s+)?(?:nahi|nahin)\s+(?:rahe|rahi|raha)\b",
    r"re:\b(?:my|our|his|her|their)\s+(?:\w+\s+){0,2}(?:mother|mom|mum|father|dad|parents?|husband|wife|partner|son|"
    r"daughter|child|children|kid|baby|brother|sister|sibling|grand\w+|aunt|uncle|cousin|friend|best\s+friend|"
    r"fianc[ée]e?|boyfriend|girlfriend|spouse|family\s+member|dog|cat|pet|nan|nana|granny)\s+(?:has\s+|had\s+|just\s+|"
    r"recently\s+|suddenly\s+)?(?:died|passed|is\s+dead|was\s+killed|did\s+not\s+make\s+it|lost\s+(?:his|"
    r"her)\s+(?:life|battle))\b",
    r"re:\b(?:lost|losing)\s+(?:my|our)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|husband|wife|partner|son|daughter|"
    r"child|baby|brother|sister|grand\w+|best\s+friend|fianc[ée]e?|spouse)\b",
    r"re:\b(?:died|passed)\s+(?:away\s+)?(?:last|this|on|yesterday|recently|suddenly|in\s+(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december))\b",
    # a death told in other words: "my husband killed himself", "took her own life", "my mum's death", "we lost
    # our baby", "she is in hospice", "the anniversary of his death", "we buried my grandad", "grieve"; not
    # condolences offered to someone else, nor a stranger cremated in the news
    r"re:\b(?:my|our)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|husband|wife|partner|son|daughter|child|brother|sister|"
    r"friend|best\s+friend|boyfriend|girlfriend|fianc[ée]e?|cousin|uncle|aunt|grand\w+)\s+(?:\w+\s+)?(?:killed|hanged|"
    r"shot)\s+(?:him|her|them)sel(?:f|ves)\b|\btook\s+(?:his|her|their)\s+own\s+life\b",
    r"re:\b(?:my|our)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|parents|husband|wife|partner|son|daughter|child|brother|"
    r"sister|friend|grand\w+)(?:'s|s)?\s+(?:death|passing|memorial|cremation|ashes)\b|\b(?:lost|losing)\s+(?:our|my|the)\s+"
    r"(?:baby|pregnancy|unborn)\b|\bgriev(?:e|ed|es)\b",
    r"re:\b(?:hospice|palliative|end[-\s]of[-\s]life\s+care|terminally\s+ill|on\s+life\s+support)\b|\b(?:my|our)\s+(?:\w+\s+)?"
    r"(?:mother|mom|mum|father|dad|husband|wife|partner|son|daughter|child|brother|sister|grand\w+)\s+is\s+dying\b|"
    r"\banniversary\s+of\s+(?:his|her|their|my\s+\w+(?:'s|s)?|the)\s+(?:death|passing)\b|\b(?:i|we)\s+(?:just\s+)?"
    r"buried\s+(?:my|our)\b|\bcremation\s+(?:is|was|will|service|ceremony|on|next|this|tomorrow)\b",
)

BEREAVEMENT_EXCEPTIONS: tuple[str, ...] = (
    r"re:\bgood\s+grief\b",
    # a bill, a motion or a test is passed; a person "passed", never "is passed"
    r"re:\b(?:is|be|been|being|was|were|not|get|got)\s+passed\b",
    r"re:\b(?:laptop|phone|battery|computer|pc|car|tv|console|printer|router|modem|plant|plants|headphones|earbuds|"
    r"charger|tablet|ipad|iphone|engine|mouse|keyboard|screen|drive|kindle|watch|xbox|playstation|ps5|fridge|freezer|"
    r"boiler|camera|speaker|bulb|app|server|device|machine|it)\s+(?:\w+\s+)?(?:died|passed\s+away)\b",
)

_ABUSE_VERB = (
    r"(?:harass|stalk|bull(?:y|ie)|threaten|abus|assault|molest|intimidat|blackmail|extort|grop|rap|"
    r"punch|slap|attack|spat|spit|insult|belittl|humiliat|discriminat|dox|sexually\s+harass)\w*"
)
HARASSMENT_WORDS: tuple[str, ...] = (
    # what happened to the customer (or someone close), not a topic being discussed
    rf"re:\b{_ABUSE_VERB}\s+(?:me|us|my\s+(?:wife|husband|partner|daughter|son|child|kid|kids|children|mother|mom|mum|"
    r"sister|brother|friend))\b",
    r"re:\b(?:i|we|my\s+\w+|me)\s+(?:am|was|have\s+been|were|are|got|get|keep\s+getting|is|has\s+been|"
    r"being)\s+(?:being\s+|getting\s+)?(?:\w+\s+)?(?:harassed|stalked|bullied|threatened|abused|assaulted|molested|"
    r"intimidated|blackmailed|groped|raped|attacked|insulted|humiliated|discriminated|doxxed|targeted|punched|"
    r"slapped)\b",
    r"re:\b(?:victim|survivor|experiencing|suffering|escaping|fleeing|reporting|report)\s+(?:of\s+|"
    r"from\s+)?(?:\w+\s+)?(?:sexual|domestic)\s+(?:harassment|abuse|violence|assault)\b",
    r"re:\brevenge\s+porn\b|\bfollowed\s+me\s+(?:home|to|around)\b",
    # remarks made to the customer by someone they dealt with (not people online discussing a topic)
    r"re:\b(?:he|she|they|courier|driver|delivery\s+(?:man|guy|person|driver)|agent|staff|employee|worker|manager|"
    r"engineer|technician|fitter|installer|rep|representative|someone|somebody|a\s+man|a\s+woman|this\s+(?:guy|man|"
    r"woman))\b[^.!?]{0,40}?\b(?:made|making|makes|kept\s+making|sent|sending|said|saying|shouted|shouting|"
    r"yelled)\s+(?:\w+\s+)?(?:sexual|sexist|racist|homophobic|transphobic|lewd|obscene|crude|vulgar|"
    r"creepy)\s+(?:comments?|remarks?|jokes?|gestures?|advances?|messages?|slurs?|things)\b",
    r"re:\b(?:sexual|sexist|racist|homophobic|transphobic|lewd|obscene|creepy)\s+(?:comments?|remarks?|jokes?|"
    r"gestures?|advances?|slurs?)\s+(?:to|at|towards|about)\s+(?:me|us|my\s+\w+)\b|\b(?:catcalled|catcalling)\s+(?:me|"
    r"us|my)\b",
    r"re:\b(?:i\s+survived|survivor\s+of|victim\s+of|i\s+was\s+a\s+victim\s+of)\s+(?:\w+\s+){0,5}(?:abuse|assault|rape|"
    r"violence|harassment|stalking|bullying)\b",
    r"re:\b(?:he|she|they|someone|somebody|a\s+man|a\s+woman|this\s+(?:guy|man|woman|person)|"
    r"your\s+\w+(?:\s+\w+)?)\s+(?:is|was|keeps|kept|has\s+been|have\s+been|started|start|"
    r"began)\s+(?:\w+\s+)?(?:harassing|stalking|bullying|threatening|abusing|following|blackmailing|messaging|texting|"
    r"calling|touching|hitting)\s+(?:me|us|my)\b",
    r"re:\b(?:yelled|screamed|swore|shouted|spat|cursed|lunged)\s+at\s+(?:me|us|my)\b",
    r"re:\b(?:keeps?|kept)\s+(?:messaging|calling|texting|following|contacting|sending)\s+(?:me|my)\b",
    r"re:\b(?:keeps?|kept)\s+(?:\w+\s+){1,5}(?:to\s+)?(?:contact|message|text|call|find|reach|follow)\s+me\b",
    r"re:\b(?:feel|felt|feeling|i\s+am|i\s+was)\s+(?:so\s+|very\s+|really\s+)?(?:unsafe|threatened|intimidated|"
    r"violated|harassed)\b",
    r"re:\b(?:afraid|scared)\s+for\s+my\s+(?:life|safety)\b|\bin\s+danger\b|\bthreats?\s+(?:to|against)\s+(?:me|my|"
    r"us)\b",
    r"re:\binappropriate(?:ly)?\s+(?:touch\w*|comments?|messages?|photos?|pictures?|behaviou?r|remarks?|advances?)\b",
    r"re:\b(?:your|the|a|this)\s+(?:\w+\s+)?(?:driver|courier|agent|employee|staff|rep|representative|technician|"
    r"manager|seller|installer|delivery\s+\w+|worker|cashier|guard)\s+(?:was|is|were|got|being)\s+(?:very\s+|really\s+|"
    r"so\s+)?(?:racist|sexist|homophobic|transphobic|abusive|aggressive|threatening|violent|inappropriate|creepy|"
    r"harassing)\b",
    r"re:\b(?:racist|sexist|homophobic|transphobic|abusive|threatening|offensive|derogatory|"
    r"inappropriate)\s+(?:\w+\s+){0,2}(?:to|towards|toward|at|about)\s+(?:me|us|my)\b|\b(?:racial|ethnic|"
    r"homophobic)\s+slurs?\b",
)

DATA_PRIVACY_WORDS: tuple[str, ...] = (
    "gdpr", "ccpa", "dsar", "data protection", "right to be forgotten", "right to erasure",
    "data subject", "subject access request", "personal data", "data breach", "data leak",
    r"re:\bprivacy\s+(?:request|concerns?|complaint|violation|breach|rights|issue)\b",
    "identity theft",
    r"re:\b(?:delete|erase|remove|wipe|purge|destroy|forget)\s+(?:all\s+)?(?:of\s+)?(?:my|our|the)\s+(?:personal\s+)?"
    r"(?:data|information|info|details|records|history|conversations?|messages|chats?)\b",
    r"re:\b(?:delete|erase|remove|wipe|purge|destroy|close)\b[^.!?]{0,30}\ball\s+(?:of\s+)?(?:my|"
    r"our)\s+(?:personal\s+)?(?:data|information|info|details|records)\b",
    r"re:\b(?:what|which|how\s+much)\s+(?:personal\s+)?(?:data|information|info|details)\s+(?:do|does|did)\s+(?:you|"
    r"your\s+\w+|the\s+company|they)\s+(?:have|hold|store|keep|collect|process|share|own|retain)\b",
    r"re:\b(?:data|information|info|details)\s+(?:do\s+)?(?:you|they)\s+(?:have|hold|store|keep|collect)\s+(?:on|"
    r"about)\s+(?:me|us)\b",
    r"re:\b(?:copy|export|download)\s+of\s+(?:all\s+)?(?:my|our)\s+(?:personal\s+)?(?:data|information)\b",
    r"re:\b(?:sell|selling|sold|share|sharing|shared|leak|leaked|leaking)\s+(?:all\s+)?(?:of\s+)?my\s+(?:personal\s+)?"
    r"(?:data|information|info|details|email|address|phone\s+number|number)\b",
    r"re:\b(?:my\s+)?(?:data|information|account|details|card|password)\s+(?:was|were|has\s+been|have\s+been|got|is|"
    r"are|being)\s+(?:leaked|stolen|hacked|breached|compromised|exposed|sold|misused)\b",
    r"re:\b(?:hacked|compromised|breached)\s+(?:my\s+)?account\b|\bsomeone\s+(?:has\s+)?(?:accessed|logged\s+into|used|"
    r"hacked)\s+my\s+(?:account|card|details)\b",
    r"re:\b(?:unauthori[sz]ed|fraudulent)\s+(?:charges?|transactions?|payments?|purchases?|access|orders?)\b",
    # where our data came from, who sees it, someone else's in the customer's account
    r"re:\bhow\s+(?:did|do|does)\s+(?:you|your\s+\w+|they)\s+(?:get|got|find|obtain)\s+my\s+(?:phone\s+number|number|"
    r"e-?mail(?:\s+address)?|address|details|data|information|info|name)\b|\bwho\s+(?:has|can\s+(?:see|access)|gets)\s+"
    r"(?:access\s+to\s+)?my\s+(?:medical|health|personal|private)?\s*(?:data|information|info|details|records)\b",
    r"re:\bsomeone\s+else(?:'s|s)?\s+(?:\w+\s+){0,3}?(?:details|address|name|order|orders|information|info|card|"
    r"account|data)\s+(?:\w+\s+){0,4}?(?:showed|shows|show|appear\w*|is|are|came)\s+(?:up\s+)?(?:in|on)\s+my\s+(?:account|"
    r"app|profile|screen|order)\b",
    r"re:\b(?:opt\s*out|unsubscribe)\s+(?:of|from)\s+(?:data|tracking|data\s+sharing|profiling)\b|"
    r"\bstop\s+tracking\s+me\b",
)
