"""Medical matters: symptoms, conditions, medicines and doses, a doctor or a hospital, someone ill or hurt.

Words that only mean health count alone; words with other lives ("doctor", "hospital", "sick", "pain")
count with a person or a question around them. A computer virus or prescription glasses are not medical.

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

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
    # a symptom in one's own body: "my heart keeps racing", "my tongue is twitching", "blood in my stool", "a lump
    # on my neck", "got bug spray in my eyes"
    r"re:\bmy\s+(?:\w+\s+)?(?:heart|chest|eyes?|eyelids?|tongue|skin|head|stomach|tummy|throat|ears?|nose|legs?|arms?|"
    r"hands?|feet|foot|back|neck|knees?|body|lungs?|gums?|teeth|tooth|jaw|joints?|muscles?|fingers?|toes?|face|lips?)\s+"
    r"(?:is\s+|are\s+|keeps\s+|keep\s+|has\s+been\s+|have\s+been\s+|started\s+|feels?\s+|feel\s+)?(?:racing|pounding|"
    r"beating\s+(?:fast|hard|weird\w*|irregular\w*)|skipping\s+beats?|flutter\w*|twitch\w*|itch\w*|sting\w*|throbb\w*|"
    r"swell\w*|swollen|bleed\w*|numb|tingl\w*|burning|aching|sore|ringing|trembl\w*|"
    r"shaking|stiff|tight|locked\s+up|peeling|blistered)\b",
    r"re:\b(?:blood|mucus|pus)\s+in\s+(?:my\s+|the\s+)?(?:stool|stools|poop|urine|pee|vomit|spit|phlegm|saliva)\b|"
    r"\bbloody\s+(?:stool|stools|nose|urine|poop|diarrh\w*)\b|\bhealth\s+anxiety\b|\bhypochondria\w*\b",
    r"re:\b(?:lump|mole|spot|bump|scab|bruise|sore|cyst|growth|patch|blister|lesion|swelling)s?\s+on\s+my\s+(?:\w+\s+)?"
    r"(?:legs?|arms?|neck|face|head|back|chest|skin|hands?|feet|foot|scalp|tongue|lips?|breasts?|stomach|thighs?|body|"
    r"fingers?|toes?|ears?|nose|eyelids?|gums?|groin|testicles?|penis|vagina|bum|butt)\b",
    r"re:\b(?:got|get|getting|went|sprayed|splashed|spilled|something|spray|chemicals?|soap|bleach|sanitizer|shampoo)\s+"
    r"(?:\w+\s+){0,2}?(?:in|into)\s+my\s+(?:eyes?|mouth|ears?|nose|wound|cut)\b",
    r"re:\b(?:melanoma|carcinoma|lymphoma|sarcoma|glaucoma|myeloma|mesothelioma|leuka?emia|an(?:a)?emia|"
    r"(?:neuro|cardio|cardiomyo|retino|myo|nephro|encephalo)pathy)\b|\b\w+\s+syndrome\b",
)
MEDICAL_EXCEPTIONS: tuple[str, ...] = (
    r"re:\b(?:computer|laptop|phone|pc|mac|email|software|files?)\s+(?:has\s+a\s+|got\s+a\s+)?virus\b|"
    r"\bvirus\s+(?:scan|protection|software)\b|\banti-?virus\b",
    r"re:\bprescription\s+(?:glasses|sunglasses|lenses|lens|eyewear|goggles|frames|safety\s+glasses|swim\w*)\b",
    # "cought my attention" (caught), "he infected me with the AK bug"
    r"re:\bcought\b|\binfected\s+(?:me|us|him|her|them)\s+with\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(?:bug|"
    r"enthusiasm|passion|love|excitement|energy)\b",
    r"re:\bnostalgia\b|\bdiagnostics?\s+(?:tool|report|mode|data|page)\b|\bpainful(?:ly)?\s+(?:slow|obvious|awkward)\b",
    r"re:\bflu\s+(?:season\s+sale|deal)\b|\b(?:i\s+am|im)\s+sick\s+of\b",
    # a dose of something that is not a medicine, a cough as a wink, an appointment booked, a syndrome of speech
    r"re:\bdose\s+of\s+(?:\W*|the\s+)?(?:humou?r|fun|memes?|news|sunshine|inspiration|laughter|positivity|motivation|"
    r"cuteness|joy|happiness|wholesome\w*|drama|reality|sarcasm|irony|karma|good\s+vibes|\w+\s+memes?)\b|"
    r"[:*(\[]\s*cough(?:ing)?\s*[:*)\]]",
    r"re:\b(?:my\s+)?(?:doctor|dentist|gp|dr|doctors)(?:'s|s|\s+s)?\s+(?:appointment|"
    r"appt)s?\b|\b(?:imp[oe]st[oe]r|stockholm|peter\s+pan|tall\s+poppy|middle\s+child|only\s+child|shiny\s+object|"
    r"china)\s+syndrome\b",
    # the idiom: "a pain in the ass", "such a pain in the neck" say something is a nuisance
    r"re:\bpain\s+in\s+the\s+(?:ass|arse)\b|\b(?:is|was|are|be|being|been|what)\s+(?:such\s+)?(?:a\s+)?"
    r"(?:real\s+|right\s+|royal\s+|total\s+)?pain\s+in\s+the\s+(?:neck|butt|backside)\b",
)
