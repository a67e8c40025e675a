"""Default words for sensitive topics: each one means a person, not the bot, should answer.

Same entry syntax as ``lexicon_requests``. Self-harm deliberately covers indirect statements of
mental-health risk (hopelessness, "can't go on", "want to disappear"), not only explicit words.
"""

from __future__ import annotations

_ME = r"(?:myself|my\s*self|my\s+life|my\s+own\s+life)"
_I = r"(?:i|i\s+just|i\s+really|i\s+still|i\s+always|i\s+sometimes|i\s+often)"
_FEEL = (
    r"(?:i\s+am|i\s+feel|i\s+felt|i\s+have\s+been|i\s+was|i\s+get|i\s+keep\s+feeling|feeling|feel|i\s+just\s+feel|"
    r"i\s+always\s+feel|i\s+am\s+just|i\s+am\s+always|i\s+have\s+become|i\s+am\s+getting|im)"
)
_SO = (
    r"(?:\s+(?:so|completely|totally|really|very|just|always|pretty|kinda|kind\s+of|a\s+bit|extremely|incredibly))?\s+"
)
_FEELING_ENDS = (
    r"(?=\s*(?:$|[.!,;?:()\u2026-]|and\b|all\b|lately\b|every\b|inside\b|again\b|right\s+now\b|these\s+days\b|most\b|"
    r"so\s+often\b|anymore\b|any\s+more\b|today\b|tonight\b|like\b|but\b|i\b|because\s+of\s+(?:my|life)|in\s+life))"
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
    r"re:\bno\s+(?:reason|reasons|point|purpose|will)\s+(?:to|in|for)\s+(?:live|living|go\s+on|going\s+on|"
    r"being\s+alive|life|keep\s+going|exist)",
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
    r"re:\b(?:i\s+(?:\w+\s+)?(?:have|had|bought|got|own|get|buy)|if\s+i\s+had)\s+a\s+gun\b|\bmy\s+gun\b",
    r"re:\bcut\s+(?:myself|again|for\s+the\s+first\s+time)\b|\b(?:tear|rip|claw)\s+my\s+skin\b|\battempt(?:ing|"
    r"ed)?\s+(?:it\s+)?tonight\b",
)
SELF_HARM_EXCEPTIONS: tuple[str, ...] = (
    r"re:\bthe\s+great\s+depression\b|\b(?:tropical|economic)\s+depression\b|\bdepress(?:ed|"
    r"ing)?\s+(?:the\s+)?(?:button|key|pedal|lever)\b",
    r"re:\bcut\s+me\s+(?:some\s+)?slack\b|\bhurt\s+myself\s+laughing\b|\bkill\s+me\s+now\b(?=.*\b(?:lol|haha)\b)",
)

_WHO = (
    r"(?:i|he|she|we|they|my\s+\w+|our\s+\w+|his\s+\w+|her\s+\w+|feel|feels|feeling|felt|got|get|gets|getting|fell|"
    r"falling|keep|kept|been|became|become)"
)
MEDICAL_WORDS: tuple[str, ...] = (
    # words that only mean health
    "symptom*", "diagnos*", "prescri*", "medication*", "meds", "dosage*", "side effect*", "allerg*",
    r"re:\b\d+(?:\.\d+)?\s?(?:mg|mcg|milligrams?)\b", "blister*", "burning sensation",
    r"re:\b(?:right|correct|safe|recommended|maximum|max|daily|usual|normal|what|which)\s+dose\b|\bdose\s+(?:of|"
    r"for)\s+(?!reality|humou?r|sarcasm|nostalgia|irony|the\s+real)\w+",
    r"re:\b(?:burned|burnt|burning|irritated|stung|stinging)\s+(?:my|his|her|their)\s+(?:skin|hand|hands|mouth|face|"
    r"finger|fingers|arm|leg|tongue|eyes?|lips?|scalp)\b",
    r"re:\b(?:skin|eye|eyes|scalp|face|lips?)\s+(?:irritation|reaction|is\s+burning|are\s+burning|is\s+peeling|"
    r"went\s+red|turned\s+red)\b",
    "fever*", "feverish", "cough*", "sore throat", "headache*",
    "migraine*", "nausea*", "nauseous", "vomit*", "diarrh*", "rash", "rashes", "itchy", "infection*", "inflamed",
    "inflammation", "swollen", "pneumonia", "covid*", "coronavirus", "corona virus", "flu", "influenza",
    "asthma*", "diabet*", "insulin", "blood pressure", "blood sugar", "heart attack", "chest pain",
    "tight chest", "chest tightness", "shortness of breath", "short of breath", "cannot breathe",
    "difficulty breathing", "trouble breathing", "breathless*", "pregnan*", "miscarriage", "fracture*",
    "sprain*", "seizure*", "epilep*", r"re:\btumou?rs?\b", "chemo*", "dizzy", "dizziness", "fainted",
    "fainting", "vertigo", "antibiotic*", "steroid*", "ibuprofen", "paracetamol", "acetaminophen", "tylenol",
    "advil", "aspirin", "antihistamine*", "inhaler*", "tested positive", "test positive", "get tested",
    "getting tested", "blood test*", "x-ray*", "xray*", "ct scan", "mri scan", "lung", "lungs", "contagious",
    "quarantin*", "self-isolat*", "self isolat*", "allergic reaction", "anaphyla*", "eczema", "hives",
    "dermatitis", "bacterial", "aching", "cramps", "emergency room", "a&e", "ulcer*", "cyst", "cysts", "hernia",
    "constipat*", "bloating", "bloated", "heartburn", "acid reflux", "indigestion", "palpitation*", "numbness",
    "tingling", "chronic fatigue", "blood clot*", "dehydration", "menstrua*", "birth control", "contracepti*",
    "herpes", "chlamydia", "hiv", "hpv", "malaria", "measles", "chickenpox", "dementia", "alzheimer*", "parkinson*",
    "dialysis", "biopsy", "ultrasound", "surgery", "surgeon", "physiotherap*", "epipen", "epi-pen",
    r"re:\bnebuli[sz]ers?\b",
    "ointment", "cholesterol", "thyroid", "concussion", r"re:\b(?:need|needed|got|get|had)\s+(?:\w+\s+)?stitches\b",
    "an mri", "urinary", "uti", "sinus*",
    "prescription", "pharmacy", "pharmacist", "paediatric*", "pediatric*", "fracture*", "broken bone*",
    r"re:\bhospitali[sz]ed\b", "gp",
    r"re:\bvirus\b", r"re:\bcorona\b(?!\s+(?:beer|extra|light|premier))", r"re:\b\w{3,}(?:itis|osis|aemia|algia)\b",
    r"re:\b(?:bleeding|blood)\s+(?:from|in\s+my|when|after|during|heavily|a\s+lot)\b|\bbleed\s+a\s+lot\b|"
    r"\bcoughing\s+(?:up\s+)?blood\b",
    # words that also have other lives: counted with a person or a question around them
    r"re:\b(?:my|our|see\s+a|see\s+the|see\s+my|call\s+a|call\s+my|ask\s+a|ask\s+my|hello|hi|dear|consult\s+a|"
    r"visit\s+a|go\s+to\s+a|went\s+to\s+a)\s+(?:doctor|dr|physician|pharmacist|gp|pediatrician|paediatrician|"
    r"dermatologist|specialist)\b(?!\s+(?:who|strange|martens|pepper))",
    r"re:\b(?:doctor|dr|physician|pharmacist|gp)\s+(?:said|says|told|prescribed|diagnosed|recommended|advised|gave|"
    r"thinks|suggested)\b",
    r"re:\b(?:to|in|into|from|at)\s+(?:the\s+)?(?:hospital|clinic|er|a&e|doctor|doctors|gp)\b(?!\s+(?:i\s+was\s+born|"
    r"parking))",
    r"re:\b(?:medical|health)\s+(?:advice|help|attention|emergency|condition|question|issue|problem|history|records|"
    r"treatment|care|test|exam|reasons?)\b|\bmedically\b",
    rf"re:\b{_WHO}\s+(?:is\s+|was\s+|am\s+|are\s+|were\s+|has\s+been\s+|have\s+been\s+|got\s+|been\s+)?(?:very\s+|"
    r"really\s+|so\s+|quite\s+|a\s+bit\s+|pretty\s+|still\s+)?(?:sick|ill|unwell|poorly|injured|infected)\b"
    r"(?!\s+(?:of|and\s+tired))",
    r"re:\bsick\s+(?:for|with|since)\b|\b(?:food|alcohol|carbon\s+monoxide|lead)\s+poisoning\b|\bpoisoned\b",
    r"re:\b(?:my|his|her|their)\s+(?:\w+\s+)?(?:pain|injury|injuries|wound|burn|bruise|swelling|disease|illness|cancer|"
    r"infection)\b(?!\s+(?:in\s+the\s+(?:ass|neck|butt)|to\s+deal))",
    r"re:\b(?:chest|back|stomach|tummy|joint|muscle|abdominal|ear|tooth|neck|knee|leg|arm|head|severe|sharp|chronic|"
    r"constant|throbbing|nerve|period)\s+(?:pain|pains|ache|aches)\b|\bpain\s+(?:in|on)\s+(?:my|the|his|her)\b|"
    r"\bpainful\b|\b(?:stomach|tummy|ear|tooth|back)\s?ache\b",
    r"re:\b(?:have|has|had|with|diagnosed\s+with|battling|fighting|beat|survivor\s+of|treatment\s+for|"
    r"chemo\s+for)\s+(?:\w+\s+)?(?:cancer|disease|illness|infection|condition|disorder|syndrome)\b",
    r"re:\b(?:take|taking|took|give|gave|giving|prescribed|swallowed|ate|overdosed\s+on)\s+(?:the\s+|my\s+|his\s+|"
    r"her\s+|some\s+|any\s+|too\s+many\s+|two\s+|a\s+)?(?:medicine|pills?|tablets|capsules|dose|doses|drugs|"
    r"antibiotics|painkillers)\b",
    r"re:\b(?:vaccine|vaccination|booster|jab)\s+(?:side|safe|appointment|dose|reaction|for\s+my)\b|\b(?:get|got|"
    r"getting|had|take|took|taking)\s+(?:the\s+|a\s+|my\s+|\w+\s+)?(?:vaccine|vaccination|booster|flu\s+shot)\b|"
    r"\bvaccinated\b",
    r"re:\b(?:kidney|liver|heart|lung|thyroid|bowel|bladder|skin)\s+(?:stones?|disease|failure|infection|problems?|"
    r"condition|transplant|damage|cancer)\b",
    r"re:\b(?:immune\s+(?:system|response|disorder|deficiency)|immunocompromised|weakened\s+immun\w*)\b",
    r"re:\bis\s+it\s+safe\s+(?:for\s+\w+\s+)?to\s+(?:take|eat|drink|give|mix|swallow|inhale)\b|\bsafe\s+(?:during|"
    r"while)\s+(?:pregnancy|breastfeeding|nursing)\b",
    r"re:\bcan\s+(?:i|you|we|he|she)\s+(?:take|give|mix)\s+[\w\s-]{1,30}\s+(?:with|while|and|if)\b",
    r"re:\b(?:my|his|her|our)\s+(?:child|baby|son|daughter|kid|toddler|husband|wife|partner|mom|mum|dad|mother|"
    r"father)\s+(?:swallowed|ate|drank|has\s+(?:a|been)|is\s+(?:sick|ill|vomiting|coughing|bleeding|not\s+breathing)|"
    r"woke\s+up\s+with|got\s+(?:burned|bitten|stung))\b",
)
MEDICAL_EXCEPTIONS: tuple[str, ...] = (
    r"re:\b(?:computer|laptop|phone|pc|mac|email|software|files?)\s+(?:has\s+a\s+|got\s+a\s+)?virus\b|"
    r"\bvirus\s+(?:scan|protection|software)\b|\banti-?virus\b",
    r"re:\bprescription\s+(?:glasses|sunglasses|lenses|lens|eyewear|goggles|frames|safety\s+glasses|swim\w*)\b",
    r"re:\bnostalgia\b|\bdiagnostics?\s+(?:tool|report|mode|data|page)\b|\bpainful(?:ly)?\s+(?:slow|obvious|awkward)\b",
    r"re:\bflu\s+(?:season\s+sale|deal)\b|\b(?:i\s+am|im)\s+sick\s+of\b",
    # the idiom: "a pain in the ass", "such a pain in the neck" say something is a nuisance
    r"re:\bpain\s+in\s+the\s+(?:ass|arse)\b|\b(?:is|was|are|be|being|been|what)\s+(?:such\s+)?(?:a\s+)?"
    r"(?:real\s+|right\s+|royal\s+|total\s+)?pain\s+in\s+the\s+(?:neck|butt|backside)\b",
)

BEREAVEMENT_WORDS: tuple[str, ...] = (
    "passed away", "bereave*", "funeral*", "deceased", "widow*", "grief", "grieving",
    "mourning", "stillborn", "stillbirth", "death in the family", "late husband", "late wife",
    "late mother", "late father", "late mum", "late mom", "late dad", "late son", "late daughter",
    r"re:\b(?:death|loss|passing)\s+of\s+(?:my|our)\b",
    r"re:\b(?:my|our|his|her|their)\s+(?:\w+\s+){0,2}(?:mother|mom|mum|father|dad|parents?|husband|wife|partner|son|"
    r"daughter|child|children|kid|baby|brother|sister|sibling|grand\w+|aunt|uncle|cousin|friend|best\s+friend|"
    r"fianc[ée]e?|boyfriend|girlfriend|spouse|family\s+member|dog|cat|pet|nan|nana|granny)\s+(?:has\s+|had\s+|just\s+|"
    r"recently\s+|suddenly\s+)?(?:died|passed|is\s+dead|was\s+killed|did\s+not\s+make\s+it|lost\s+(?:his|"
    r"her)\s+(?:life|battle))\b",
    r"re:\b(?:lost|losing)\s+(?:my|our)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|husband|wife|partner|son|daughter|"
    r"child|baby|brother|sister|grand\w+|best\s+friend|fianc[ée]e?|spouse)\b",
    r"re:\b(?:died|passed)\s+(?:away\s+)?(?:last|this|on|yesterday|recently|suddenly|in\s+(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december))\b",
)

BEREAVEMENT_EXCEPTIONS: tuple[str, ...] = (
    r"re:\bgood\s+grief\b",
    r"re:\b(?:laptop|phone|battery|computer|pc|car|tv|console|printer|router|modem|plant|plants|headphones|earbuds|"
    r"charger|tablet|ipad|iphone|engine|mouse|keyboard|screen|drive|kindle|watch|xbox|playstation|ps5|fridge|freezer|"
    r"boiler|camera|speaker|bulb|app|server|device|machine|it)\s+(?:\w+\s+)?(?:died|passed\s+away)\b",
)

LEGAL_WORDS: tuple[str, ...] = (
    "legal action", "legal proceedings", "legal team", "legal department", "lawsuit*", "law suit*", "litigation",
    "class action", "cease and desist", "small claims", "ombudsman", "trading standards", "better business bureau",
    "breach of contract", "sued", "suing", "lawyer up",
    r"re:\b(?:my|our)\s+(?:lawyer|attorney|solicitor|legal\s+(?:counsel|advisor|adviser|representative))s?\b",
    r"re:\b(?:contact|contacting|call|calling|speak\s+to|speaking\s+to|talk\s+to|talking\s+to|consult|consulting|hire|"
    r"hiring|get|getting|involve|involving)\s+(?:a|an|my|our)\s+(?:lawyer|attorney|solicitor)s?\b",
    r"re:\b(?:lawyer|attorney|solicitor)s?\s+(?:will|is\s+going\s+to|has|have|says|said)\b",
    r"re:\b(?:letter|email|notice|call|message)\s+from\s+(?:a|an|their|your|the|my)\s+(?:lawyer|attorney|solicitor|"
    r"law\s+firm)s?\b",
    r"re:\b(?:i|we)\s+(?:will|shall|am\s+going\s+to|are\s+going\s+to|can|could|might|may|would|want\s+to|"
    r"plan\s+to)\s+sue\b",
    r"re:\bsue\s+(?:you|your|them|the\s+company|this\s+company|for)\b",
    r"re:\b(?:take|taking|see)\s+(?:you|this|it|your\s+company|this\s+matter)\s+(?:to|in)\s+court\b|\bcourt\s+(?:case|"
    r"action|order)\b",
    r"re:\breport(?:ing)?\s+(?:you|your\s+company|this)\s+to\s+(?:the\s+)?(?:police|authorities|regulator|bbb|ftc|fca|"
    r"cma|consumer|attorney)",
    r"re:\b(?:my|our)\s+(?:legal\s+|consumer\s+|statutory\s+)rights\b|\bconsumer\s+protection\b",
    r"re:\bconsumer\s+(?:rights|credit|contracts?)\s+(?:act|regulations?)\b|\bbreach\s+of\s+(?:the\s+)?(?:law|"
    r"consumer\s+\w+|my\s+rights)\b",
)

FINANCIAL_HARDSHIP_WORDS: tuple[str, ...] = (
    r"re:\b(?:cannot|can\s+no\s+longer|could\s+not|unable\s+to|struggling\s+to|struggle\s+to|not\s+able\s+to|hard\s+to|"
    r"can\s+(?:barely|hardly)|(?:barely|hardly)\s+able\s+to)\s+afford\b",
    r"re:\bmoney\s+is\s+(?:really\s+|very\s+|so\s+|extremely\s+)?tight\b|\b(?:cash|money)\s+(?:is\s+)?short\s+(?:this|"
    r"right\s+now)",
    r"re:\b(?:cannot|can\s+no\s+longer|unable\s+to|struggling\s+to|not\s+able\s+to)\s+(?:pay|make|keep\s+up\s+with)\s+"
    r"(?:my\s+|the\s+|our\s+)?(?:rent|bills?|mortgage|loan|debts?|payments?|instal+ments?|this\s+month)",
    r"re:\b(?:lost|losing)\s+(?:my|our)\s+(?:job|jobs|income|house|home)\b(?!\s+(?:application|offer|title|search|"
    r"listing|posting|board|page|key|keys|screen|button|address|number))",
    r"re:\b(?:cannot|could\s+not|unable\s+to|struggling\s+to|struggle\s+to|not\s+able\s+to|can\s+(?:barely|hardly)|"
    r"(?:have|has|had)\s+not\s+been\s+able\s+to|never\s+have\s+enough\s+to)\s+(?:pay|cover|meet|make|keep\s+up\s+with|"
    r"afford)\s+(?:\w+\s+){0,3}(?:rent|bills?|mortgage|loan|debts?|payments?|instal+ments?|electric\w*|gas|water|"
    r"utilities|council\s+tax|tuition|groceries|food|childcare|minimum\s+payment)\b",
    r"re:\b(?:i|we)\s+(?:have\s+not|had\s+not|did\s+not|have\s+never|never)\s+(?:\w+\s+)?(?:been\s+able\s+to\s+)?"
    r"pa(?:y|id)\s+(?:my|our|the)\s+(?:rent|mortgage|bills)\s+(?:in|for)\s+(?:\w+\s+)?(?:months|weeks)\b",
    r"re:\b(?:my|our)\s+(?:benefits?|wages?|pay|salary|income|hours|universal\s+credit|unemployment)\s+(?:were|was|"
    r"have\s+been|has\s+been|got|get|are\s+being|is\s+being)\s+(?:\w+\s+)?(?:stopped|cut|reduced|suspended|"
    r"sanctioned|slashed|halved)\b",
    r"re:\b(?:i|we)\s+(?:\w+\s+)?(?:owe|owing)\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|nearly\s+)?(?:thousands|"
    r"tens\s+of\s+thousands|so\s+much|[£$€]?\d{1,3}(?:,\d{3})+|[£$€]?\d{4,}|[£$€]?\d+k)\b",
    r"re:\b(?:collectors?|creditors?|bailiffs?|debt\s+agency)\s+(?:keep|keeps|are|have\s+been|kept|will\s+not\s+stop)\s+"
    r"(?:\w+\s+)?(?:calling|chasing|harassing|threatening|coming|at\s+my\s+door)\b|\bbailiffs\b",
    r"re:\bheating\s+or\s+eating\b|\bheating\s+and\s+eating\b|\b(?:cannot|struggling\s+to|can\s+barely)\s+put\s+"
    r"food\s+on\s+the\s+table\b|\b(?:drowning|buried|sinking)\s+in\s+debt\b",
    r"re:\b(?:about|going|likely)\s+to\s+lose\s+(?:my|our|the)\s+(?:house|home|flat|apartment)\b|\brepossess\w*\b|"
    r"\b(?:facing|face|threatened\s+with)\s+(?:eviction|homelessness|repossession|foreclosure)\b|\b(?:i|we)\s+(?:am|are|"
    r"will\s+be|might\s+be|could\s+be)\s+(?:\w+\s+)?homeless\b",
    r"re:\b(?:i|we|my\s+(?:husband|wife|partner))\s+(?:was|were|got|have\s+been|has\s+been|just\s+got|am|are|"
    r"is)\s+(?:just\s+)?(?:laid\s+off|made\s+redundant|fired|unemployed|jobless|out\s+of\s+work|broke|on\s+benefits)\b",
    r"re:\b(?:i|we)\s+(?:have|got)\s+no\s+(?:money|income|savings)\b|\bno\s+money\s+(?:left|for\s+(?:food|rent|"
    r"bills))\b",
    r"re:\b(?:financial|money)\s+(?:hardship|difficult\w*|struggles?|crisis)\b|\b(?:in|having|facing|"
    r"with)\s+financial\s+(?:trouble|problems?)\b",
    r"re:\b(?:struggling|struggle)\s+financially\b|\bfinancially\s+(?:struggling|difficult|hard|stretched)\b",
    "hardship", "in debt", "debt collector*", "bankrupt*", "evicted", "eviction", "foreclos*", "food bank*",
    r"re:\b(?:i|we)\s+(?:am|are|live|living|have\s+been)\s+(?:living\s+)?paycheck\s+to\s+paycheck\b", "overdrawn",
    r"re:\b(?:behind|late|falling\s+behind)\s+on\s+(?:my\s+|the\s+|our\s+)?(?:rent|bills|payments|mortgage|loan)\b",
    r"re:\bpayment\s+(?:plan|holiday|break|extension|arrangement)\b|\bdefer(?:ring|red)?\s+(?:my\s+|"
    r"the\s+)?payments?\b",
    r"re:\bcannot\s+(?:feed|support)\s+my\s+(?:kids|family|children)\b",
    # "we're struggling to make ends meet", "in a lot of debt", "we might lose our house"
    r"re:\b(?:struggl\w+\s+to|trying\s+to|cannot|could\s+not|barely|hardly|hard\s+to|just\s+about)\s+make\s+ends\s+meet\b",
    r"re:\b(?:in|into|got\s+into|getting\s+into)\s+(?:a\s+lot\s+of|so\s+much|lots\s+of|serious|deep|massive|huge|"
    r"crippling|so\s+much)\s+debt\b",
    r"re:\b(?:i|we)\s+(?:might|may|could|will|are\s+going\s+to|am\s+going\s+to)\s+lose\s+(?:my|our|the)\s+(?:house|"
    r"home|flat|apartment)\b",
    # the job gone or going, for the customer or their household: "I was let go", "my husband lost his job",
    # "my company closed down", "I can't find work", "afraid I'm going to lose my job", "they cut my pay"
    r"re:\b(?:i|we|my\s+(?:husband|wife|partner|dad|father|mum|mom|mother|son|daughter)|he|she)\s+(?:was|were|got|"
    r"have\s+been|has\s+been|just\s+got|am|are|is)\s+(?:just\s+)?(?:let\s+go|furloughed|sacked|laid\s+off)\b",
    r"re:\bmy\s+(?:husband|wife|partner|dad|father|mum|mom|mother)\s+(?:just\s+|recently\s+)?(?:lost|has\s+lost)\s+"
    r"(?:his|her|their)\s+(?:job|income|work)\b|\b(?:took|cost|costs)\s+(?:me\s+)?my\s+job\b",
    r"re:\b(?:my|our)\s+(?:company|employer|work\s*place|business|shop|restaurant|factory|office)\s+(?:has\s+|had\s+|"
    r"just\s+)?(?:closed|shut)\s+(?:down|for\s+good|permanently)\b|\b(?:my|our)\s+(?:company|employer|business)\s+(?:went|has\s+gone)\s+"
    r"(?:bust|bankrupt|under|out\s+of\s+business)\b",
    r"re:\b(?:cannot|could\s+not|can\s+not|unable\s+to|struggling\s+to|not\s+able\s+to)\s+find\s+(?:a\s+|any\s+)?"
    r"(?:job|work|employment)\b(?!\s*(?:e-?mails?|orders?|items?|files?|laptops?|phones?|accounts?|schedules?|"
    r"calendars?|stuff|clothes|shoes|bags?|pc|computers?|numbers?|address|application|page|listings?|section|tab)\b)",
    r"re:\b(?:afraid|scared|worried|terrified|frightened)\s+(?:that\s+)?(?:of\s+losing|about\s+losing|i\s+(?:will|might|"
    r"am\s+going\s+to)\s+lose)\s+my\s+(?:job|income|home|house)\b|\bmy\s+job\s+is\s+(?:at\s+risk|on\s+the\s+line|"
    r"not\s+safe)\b",
    r"re:\b(?:cut|cuts|reduced|slashed|halved)\s+my\s+(?:pay|wages?|salary|hours)\b|\bhow\s+(?:will|can|am)\s+i\s+"
    r"(?:going\s+to\s+)?(?:support|feed|provide\s+for)\s+my\s+(?:family|kids|children)\b",
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
    r"re:\b(?:opt\s*out|unsubscribe)\s+(?:of|from)\s+(?:data|tracking|data\s+sharing|profiling)\b|"
    r"\bstop\s+tracking\s+me\b",
)
