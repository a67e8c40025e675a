"""Default words for sensitive topics: each one means a person, not the bot, should answer.

Same entry syntax as ``lexicon_requests``. Self-harm deliberately covers indirect statements of
mental-health risk (hopelessness, "can't go on", "want to disappear"), not only explicit words.
"""

from __future__ import annotations

_ME = r"(?:myself|my\s*self|me|my\s+life|my\s+own\s+life)"
_FEEL = r"(?:i\s+am|i\s+feel|i\s+felt|i\s+have\s+been|i\s+was|feeling|feel|i\s+just\s+feel|i\s+always\s+feel|i\s+am\s+just)"

SELF_HARM_WORDS: tuple[str, ...] = (
    "suicid*", "self harm*", "self-harm*", "selfharm*", "kms", "kys", "unalive*",
    rf"re:\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending|take|taking|hang|hanging|"
    rf"starve|starving|poison|poisoning|shoot|shooting|drown|drowning)\s+{_ME}\b(?!\s+(?:a\s+)?(?:break|favou?r|laugh))",
    r"re:\b(?:end|ending)\s+(?:it\s+all|everything|things|my\s+existence)\b",
    r"re:\b(?:considering|thinking\s+(?:about|of)|contemplating|planning|plan\s+on|going\s+to|ready\s+to)\s+ending\s+it\b",
    r"re:\b(?:want|wanted|wanting|wish|wished|ready|going|plan|planning|deserve)\s+(?:to|i\s+could)\s+die\b",
    r"re:\bwish\s+i\s+(?:was|were|could\s+be)\s+dead\b|\bbetter\s+off\s+(?:dead|without\s+me|gone)\b",
    r"re:\bwish\s+i\s+(?:had\s+)?never\s+(?:been\s+born|existed|woke\s+up)\b",
    r"re:\b(?:do\s+not|never|no\s+longer|dont)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up|be\s+here|go\s+on|keep\s+going)\b",
    r"re:\bno\s+(?:reason|reasons|point|purpose|will)\s+(?:to|in|for)\s+(?:live|living|go\s+on|going\s+on|being\s+alive|life|keep\s+going|exist)",
    r"re:\breasons?\s+to\s+(?:live|stay\s+alive|keep\s+going)\b",
    r"re:\b(?:life|living|it)\s+(?:is\s+)?(?:not|no\s+longer|is\s+not)\s+worth\s+(?:living|it\s+any\s*more)",
    r"re:\blife\s+(?:is|feels)\s+(?:so\s+)?(?:pointless|meaningless|worthless|hopeless|empty|unbearable)\b",
    r"re:\b(?:what\s+is|whats)\s+the\s+(?:fucking\s+)?point\s+(?:of|in)\s+(?:living|life|my\s+life|my\s+existence|existing|being\s+alive|anything|it\s+all|trying|going\s+on)",
    r"re:\bpoint\s+of\s+(?:my\s+)?existence\b",
    r"re:\bcannot\s+(?:go\s+on|keep\s+going|do\s+this\s+any\s*more|take\s+(?:it|this)\s+any\s*more|cope|handle\s+(?:it|this|life)\s+any\s*more|live\s+like\s+this)",
    r"re:\b(?:want|wanted|wish|wishing)\s+(?:to|i\s+could)\s+(?:disappear|vanish|sleep\s+forever|not\s+wake\s+up|not\s+exist|stop\s+existing)",
    r"re:\b(?:give|giving|gave)\s+up\s+on\s+(?:life|living|everything|myself)\b",
    r"re:\b(?:hopeless|hopelessness|worthless|worthlessness)\b(?!\s+(?:company|service|support|shop|store|site|app|product))",
    rf"re:\b{_FEEL}\s+(?:so\s+|completely\s+|totally\s+|really\s+|very\s+|just\s+|always\s+)?(?:empty|numb|alone|lonely|trapped|broken|dead\s+inside|like\s+a\s+burden|like\s+a\s+failure|like\s+dying|invisible|unloved|unwanted|like\s+nothing|like\s+shit)\b",
    r"re:\b(?:no\s*one|nobody)\s+(?:really\s+|even\s+|ever\s+)?(?:cares?|would\s+care|would\s+miss|will\s+miss|would\s+notice|loves|understands|wants|likes)\s+(?:me|about\s+me|if)\b",
    r"re:\b(?:no\s*one|nobody)\s+(?:really\s+|even\s+)?cares\b",
    r"re:\bhate\s+(?:myself|my\s+life|my\s+body|being\s+alive|who\s+i\s+am)\b", "self hatred", "self-hatred",
    r"re:\bburden\s+(?:to|on)\s+(?:everyone|my\s+family|others|people|them)\b",
    r"re:\b(?:empty|dead)\s+inside\b", r"re:\bnothing\s+(?:matters|helps|makes\s+me\s+happy)\b", "the grave",
    r"re:\b(?:tired|sick)\s+of\s+(?:living|life|being\s+alive|existing|everything)\b",
    # mental-health risk: said once, it still deserves a person
    "depress*", "anxiety", "panic attack*", "mental health", "mental illness", "mentally ill",
    "mental breakdown", "nervous breakdown", "having a breakdown", "therapist*", "therapy", "psychiatri*",
    r"re:\bcounsell?ors?\b", "antidepressant*", "ssri*", "bipolar", "ptsd", "trauma*", "eating disorder*",
    "anorexi*", "bulimi*", "lonely", "loneliness", "self-destruct*", "self destruct*", "self-sabotag*",
    "self sabotag*", "self loath*", "self-loath*", "relapse*", "sober", "sobriety", "addiction*",
    r"re:\b(?:drug|alcohol|substance)\s+(?:problem|abuse|addiction|issue)s?\b|\b(?:an|am\s+an|recovering)\s+(?:addict|alcoholic)\b",
    r"re:\b(?:cry|crying|cried)\s+(?:myself|all\s+the\s+time|every\s+(?:day|night)|all\s+day|all\s+night)\b|\bcannot\s+stop\s+crying\b",
    r"re:\bwant(?:ing)?\s+to\s+cry\b|\bhurts?\s+(?:so\s+much|too\s+much|inside)\b|\bin\s+so\s+much\s+pain\b",
    r"re:\b(?:no|not\s+any)\s+(?:friends|one\s+to\s+talk\s+to|will\s+to)\b|\bso\s+alone\b|\ball\s+alone\b",
    r"re:\b(?:scared|afraid|terrified)\s+(?:to\s+death|of\s+myself|of\s+dying)\b",
    r"re:\bdespair\w*\b",
    rf"re:\b{_FEEL}\s+(?:so\s+|really\s+|very\s+|completely\s+|just\s+)?(?:miserable|desperate|devastated|heartbroken|overwhelmed|hopeless|helpless|suicidal|awful|terrible|horrible|worthless|useless|lost|low|down|like\s+giving\s+up)\b",
    r"re:\b(?:noose|slit\s+my\s+wrists?|jump\s+off\s+(?:a|the)\s+(?:bridge|building|roof|cliff))\b",
    r"re:\boverdos(?:e|ed|ing)\b",
)
SELF_HARM_EXCEPTIONS: tuple[str, ...] = (
    r"re:\bthe\s+great\s+depression\b|\b(?:tropical|economic)\s+depression\b",
    r"re:\b(?:trauma|therapy)\s+(?:center|ward|surgeon|team)\b",
)

MEDICAL_WORDS: tuple[str, ...] = (
    "doctor*", "dr", "physician*", "gp", "hospital*", "emergency room", "a&e", "clinic", "clinics", "medical*",
    "symptom*", "diagnos*", "prescri*", "medication*", "medicine*", "meds", "dosage*", "dose", "doses",
    "overdose", r"re:\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|milligrams?)\b", "pill", "pills", "side effect*",
    "allerg*", "fever*", "feverish", "cough*", "sore throat", "headache*", "migraine*", "nausea*",
    "nauseous", "vomit*", "puking", "diarrh*", "rash", "rashes", "itchy", "infection*", "infected",
    "inflamed", "inflammation", "swollen", "swelling", "pneumonia", "covid*", "coronavirus", "corona",
    "flu", "influenza", "asthma*", "diabet*", "insulin", "blood pressure", "blood sugar", "heart attack",
    "chest pain", "tight chest", "chest tightness", "shortness of breath", "short of breath",
    "cannot breathe", "difficulty breathing", "trouble breathing", "breathless*", "bleeding", "pregnan*",
    "miscarriage", "injur*", "fracture*", "sprain*", "stroke", "seizure*", "epilep*", "cancer*",
    r"re:\btumou?rs?\b", "chemo*", "disease*", "illness*", "dizzy", "dizziness", "fainted", "fainting",
    "vertigo", "antibiotic*", "steroid*", "vaccin*", "ibuprofen", "paracetamol", "acetaminophen",
    "tylenol", "advil", "aspirin", "antihistamine*", "inhaler*", "tested positive", "test positive",
    "get tested", "getting tested", "blood test*", "x-ray*", "xray*", "ct scan", "mri", "lung", "lungs",
    "kidney*", "liver", "immune*", "contagious", "quarantin*", "self-isolat*", "self isolat*",
    "poisoning", "swallowed", "allergic reaction", "anaphyla*", "eczema", "hives", "dermatitis",
    "virus", "bacterial", "pain*", "ache*", "aching", "sore", "cramps", "sick",
    r"re:\b\w{3,}(?:itis|osis|aemia|emia|algia)\b",
    r"re:\b(?:i|he|she|my\s+\w+)\s+(?:feel|feels|felt|am|is|was|have\s+been|has\s+been)\s+(?:very\s+|really\s+|so\s+)?(?:ill|unwell|poorly|sick)\b",
    r"re:\bis\s+it\s+safe\s+to\s+(?:take|use|eat|drink|give|mix|apply)\b",
    r"re:\bcan\s+(?:i|you|we|he|she)\s+(?:take|give|mix)\s+[\w\s-]{1,30}\s+(?:with|while|and|if)\b",
)
MEDICAL_EXCEPTIONS: tuple[str, ...] = (
    r"re:\bsick\s+(?:of|and\s+tired)\b|\b(?:that|this|so|pretty|really)\s+(?:is\s+)?sick\s*[!.]|\bsick\s+(?:beat|track|song|move|goal|play|shot|burn)\b",
    r"re:\b(?:a|such\s+a|real)\s+pain\s+(?:in\s+the|to)\b|\bpain(?:s|ed)?\s+me\s+to\s+say\b|\bpainting\b|\bpainstaking\w*\b",
    r"re:\b(?:computer|laptop|phone|pc|mac|email|software)\s+(?:has\s+a\s+)?virus\b|\bvirus\s+(?:scan|protection|software)\b|\banti-?virus\b",
    r"re:\bacademia\b|\bsore\s+loser\b|\bdr\.?\s+(?:who|pepper|dre|seuss|phil|strange)\b|\b(?:mental|physical)\s+medicine\b",
    r"re:\b(?:dose|doses)\s+of\s+(?:reality|humou?r|sarcasm|nostalgia|irony)\b|\bpill\s+to\s+swallow\b|\bchill\s+pill\b",
    r"re:\bfever\s+(?:pitch|dream)\b|\bdr\.?\s*martens\b|\bcorona\s+(?:beer|extra|light|premier)\b|\bstroke\s+of\b",
)

BEREAVEMENT_WORDS: tuple[str, ...] = (
    "passed away", "bereave*", "condolence*", "funeral*", "deceased", "widow*", "grief", "grieving",
    "mourning", "stillborn", "stillbirth", "death in the family", "late husband", "late wife",
    "late mother", "late father", "late mum", "late mom", "late dad", "late son", "late daughter",
    r"re:\b(?:death|loss|passing)\s+of\s+(?:my|our)\b",
    r"re:\b(?:my|our|his|her|their)\s+(?:\w+\s+){0,2}(?:mother|mom|mum|father|dad|parents?|husband|wife|partner|son|"
    r"daughter|child|children|kid|baby|brother|sister|sibling|grand\w+|aunt|uncle|cousin|friend|best\s+friend|"
    r"fianc[ée]e?|boyfriend|girlfriend|spouse|family\s+member|dog|cat|pet|nan|nana|granny)\s+"
    r"(?:has\s+|had\s+|just\s+|recently\s+|suddenly\s+)?(?:died|passed|is\s+dead|was\s+killed|did\s+not\s+make\s+it|lost\s+(?:his|her)\s+(?:life|battle))\b",
    r"re:\b(?:lost|losing)\s+my\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|husband|wife|partner|son|daughter|child|"
    r"baby|brother|sister|grand\w+|best\s+friend|fianc[ée]e?|spouse)\b",
    r"re:\b(?:died|passed)\s+(?:away\s+)?(?:last|this|on|yesterday|recently|suddenly|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
)

BEREAVEMENT_EXCEPTIONS: tuple[str, ...] = (r"re:\bgood\s+grief\b",)

LEGAL_WORDS: tuple[str, ...] = (
    "lawyer*", "attorney*", "solicitor*", "legal action", "legal proceedings", "legal team",
    "legal department", "lawsuit*", "law suit*", "litigation", "class action", "cease and desist",
    "small claims", "ombudsman", "trading standards", "better business bureau", "consumer protection",
    "attorney general", "breach of contract", "sued", "suing",
    r"re:\b(?:i|we)\s+(?:will|shall|am\s+going\s+to|are\s+going\s+to|can|could|might|may|would|want\s+to|plan\s+to)\s+sue\b",
    r"re:\bsue\s+(?:you|your|them|the\s+company|this\s+company|for)\b",
    r"re:\b(?:take|taking|see)\s+(?:you|this|it|your\s+company|this\s+matter)\s+(?:to|in)\s+court\b|\bcourt\s+(?:case|action|order)\b",
    r"re:\breport(?:ing)?\s+(?:you|your\s+company|this)\s+to\s+(?:the\s+)?(?:police|authorities|regulator|bbb|ftc|fca|cma|consumer)",
    r"re:\bmy\s+(?:legal\s+|consumer\s+|statutory\s+)?rights\b|\bagainst\s+the\s+law\b",
)

FINANCIAL_HARDSHIP_WORDS: tuple[str, ...] = (
    r"re:\b(?:cannot|can\s+no\s+longer|could\s+not|unable\s+to|struggling\s+to|struggle\s+to|not\s+able\s+to|hard\s+to)\s+afford\b",
    r"re:\b(?:cannot|can\s+no\s+longer|unable\s+to|struggling\s+to|not\s+able\s+to)\s+(?:pay|make|keep\s+up\s+with)\s+"
    r"(?:my\s+|the\s+|our\s+)?(?:rent|bills?|mortgage|loan|debts?|payments?|instal+ments?|this\s+month)",
    r"re:\b(?:lost|losing)\s+(?:my|our)\s+(?:job|jobs|income|house|home)\b|\b(?:got|been|was|were)\s+(?:laid\s+off|made\s+redundant|fired)\b",
    "unemployed", "unemployment", "jobless", "out of work", "no income", "redundancy", "laid off",
    r"re:\b(?:am|are|completely|totally|flat|so)\s+broke\b", "no money",
    r"re:\b(?:financial|money)\s+(?:hardship|difficult\w*|trouble|problems?|struggles?|crisis)\b|\bfinancially\b",
    "hardship", "in debt", "debt collector*", "bankrupt*", "evict*", "foreclos*", "food bank*",
    "paycheck to paycheck", "overdrawn", "overdraft",
    r"re:\b(?:behind|late|falling\s+behind)\s+on\s+(?:my\s+|the\s+|our\s+)?(?:rent|bills|payments|mortgage|loan)\b",
    r"re:\bpayment\s+(?:plan|holiday|break|extension|arrangement)\b|\bdefer(?:ring|red)?\s+(?:my\s+|the\s+)?payments?\b",
    r"re:\bcannot\s+(?:feed|support)\s+my\s+(?:kids|family|children)\b",
)

HARASSMENT_WORDS: tuple[str, ...] = (
    "harass*", "stalk*", "bully*", "bullied", "threaten*", "threats", "intimidat*", "abuse", "abused",
    "abusive", "abusing", "assault*", "groped", "molest*", "rape", "raped", "rapist", "blackmail*",
    "extort*", "doxx*", "revenge porn", "domestic violence", "sexual harassment", "racist*", "racism",
    "sexist*", "sexism", "homophob*", "transphob*", "slur*", "discriminat*", "hate speech",
    r"re:\b(?:yelled|screamed|swore|shouted|spat|cursed)\s+at\s+(?:me|us|my)\b",
    r"re:\b(?:touched|grabbed|followed|hit|pushed|assaulted)\s+(?:me|my\s+(?:wife|husband|daughter|son|child|kid))\b",
    r"re:\b(?:keeps?|kept)\s+(?:messaging|calling|texting|following|contacting|sending)\s+(?:me|my)\b",
    r"re:\b(?:feel|felt|feeling|i\s+am|i\s+was)\s+(?:so\s+|very\s+)?(?:unsafe|threatened|intimidated|violated)\b",
    r"re:\binappropriate(?:ly)?\s+(?:touch\w*|comments?|messages?|photos?|pictures?|behaviou?r|remarks?|advances?)\b",
)

DATA_PRIVACY_WORDS: tuple[str, ...] = (
    "gdpr", "ccpa", "dsar", "data protection", "right to be forgotten", "right to erasure",
    "data subject", "subject access request", "personal data", "data breach", "data leak",
    r"re:\bprivacy\s+(?:request|concerns?|complaint|violation|breach|rights|issue)\b",
    "identity theft",
    r"re:\b(?:delete|erase|remove|wipe|purge|destroy|forget)\s+(?:all\s+)?(?:of\s+)?(?:my|our|the)\s+(?:personal\s+)?"
    r"(?:data|information|info|details|records|history|conversations?|messages|chats?)\b",
    r"re:\b(?:what|which|how\s+much)\s+(?:personal\s+)?(?:data|information|info|details)\s+(?:do|does|did)\s+(?:you|your\s+\w+|the\s+company|they)\s+"
    r"(?:have|hold|store|keep|collect|process|share|own|retain)\b",
    r"re:\b(?:data|information|info|details)\s+(?:do\s+)?(?:you|they)\s+(?:have|hold|store|keep|collect)\s+(?:on|about)\s+(?:me|us)\b",
    r"re:\b(?:copy|export|download)\s+of\s+(?:all\s+)?(?:my|our)\s+(?:personal\s+)?(?:data|information)\b",
    r"re:\b(?:sell|selling|sold|share|sharing|shared|leak|leaked|leaking)\s+(?:all\s+)?(?:of\s+)?my\s+(?:personal\s+)?"
    r"(?:data|information|info|details|email|address|phone\s+number|number)\b",
    r"re:\b(?:my\s+)?(?:data|information|account|details|card|password)\s+(?:was|were|has\s+been|have\s+been|got|is|are|being)\s+"
    r"(?:leaked|stolen|hacked|breached|compromised|exposed|sold|misused)\b",
    r"re:\b(?:hacked|compromised|breached)\s+(?:my\s+)?account\b|\bsomeone\s+(?:has\s+)?(?:accessed|logged\s+into|used|hacked)\s+my\s+(?:account|card|details)\b",
    r"re:\b(?:unauthori[sz]ed|fraudulent)\s+(?:charges?|transactions?|payments?|purchases?|access|orders?)\b",
    r"re:\b(?:opt\s*out|unsubscribe)\s+(?:of|from)\s+(?:data|tracking|data\s+sharing|profiling)\b|\bstop\s+tracking\s+me\b",
)
