"""Financial hardship: cannot afford or pay, debt and collectors, a home at risk, a job or income gone.

Said about the customer or their household ("my husband lost his job"), not a lost job application.
Negatable, unlike the other sensitive topics ("I'm not struggling to pay").

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

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
    r"have\s+been|has\s+been|just\s+got|am|are|is)\s+(?:just\s+)?(?:let\s+go|furloughed|sacked|laid\s+off|"
    r"made\s+redundant)\b|\b(?:been|got|was|were)\s+made\s+redundant\b",
    # Hindi and Urdu in Latin letters: "paisa nahi hai is mahine", "EMI kaise bharu", "naukri chali gayi"
    r"re:\b(?:paisa|paise|paisey|pese)\s+(?:\w+\s+)?(?:nahi|nahin|nhi)\b|\b(?:emi|kist|kisht|rent|fees?)\s+"
    r"(?:kaise|kese)\s+(?:bharu|bharun|bharoon|du|doon|dun|pay\s+karu)\b|\bnaukri\s+(?:chali\s+gayi|chhut\s+gayi|"
    r"nahi\s+hai|gayi)\b",
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
    # paying told as a struggle: "extreme difficulty making my student loan payments", "trouble keeping up with
    # the rent"; worry about money: "stressed about paying the bills"; the job at risk: "I might lose my job"
    r"re:\b(?:difficulty|difficulties|trouble|struggling|struggle|(?:a\s+)?(?:really\s+)?hard\s+time|problems?)\s+"
    r"(?:\w+\s+)?(?:making|paying|keeping\s+up\s+with|covering|meeting|affording)\s+(?:my|our|the|his|her|these)\s+"
    r"(?:\w+\s+){0,3}?(?:payments|rent|bills|mortgage|loans?|debts?|instal+ments|repayments)\b",
    r"re:\b(?:worried|worrying|stressed|stressing|anxious|scared|terrified|panicking|freaking\s+out)\s+(?:\w+\s+)?"
    r"(?:about|over)\s+(?:money|(?:my\s+|our\s+)?finances|paying\s+(?:my|the|our)\s+(?:rent|bills|mortgage|debts?)|"
    r"(?:my|our|the)\s+(?:rent|bills|mortgage|debts?))\b(?!\s+back)",
    r"re:\b(?:i|we)\s+(?:might|may|could|will|am\s+going\s+to|are\s+going\s+to|am\s+about\s+to)\s+(?:\w+\s+)?"
    r"lose\s+(?:my|our)\s+(?:job|jobs|income|livelihood)\b|\b(?:been|am|are)\s+(?:\w+\s+)?(?:looking|searching)\s+"
    r"for\s+(?:a\s+)?(?:job|work)\s+for\s+(?:months|weeks|a\s+year|over\s+a\s+year|ages)\b",
    # the job at risk or gone for a while: "scared of getting fired", "I'm going to be laid off", "my boss
    # threatened to fire me", "unemployed since March", "my business is failing"
    r"re:\b(?:afraid|scared|worried|worrying|terrified|frightened|stressed|anxious|nervous|panicking)\s+(?:\w+\s+)?"
    r"(?:about|of|that)\s+(?:losing\s+my\s+(?:job|income|home|house|business)|getting\s+(?:fired|sacked|laid\s+off|"
    r"let\s+go)|being\s+(?:fired|sacked|laid\s+off|let\s+go|made\s+redundant)|i\s+(?:will|might|could|may|am\s+going\s+"
    r"to)\s+(?:get|be)\s+(?:fired|sacked|laid\s+off|let\s+go|made\s+redundant)|(?:the\s+)?(?:redundancies|layoffs))\b",
    r"re:\b(?:i|we)\s+(?:am|are|might|may|could|will)\s+(?:going\s+to\s+|about\s+to\s+|probably\s+)?(?:get|be)\s+"
    r"(?:fired|sacked|laid\s+off|let\s+go|made\s+redundant)\b|\b(?:going|about|threatening|threatened|threatens)\s+"
    r"to\s+(?:fire|sack|lay\s+off)\s+me\b",
    r"re:\b(?:unemployed|out\s+of\s+work|jobless|without\s+(?:a\s+)?(?:job|work|income))\s+(?:for|since)\b|\b(?:i|we)\s+"
    r"(?:have|had)\s+no\s+(?:job|work)\b(?!\s+(?:today|tomorrow|this\s+(?:week|weekend)|on\s+\w+))|\bmy\s+"
    r"(?:\w+\s+)?business\s+(?:is|has\s+been)\s+(?:\w+\s+)?(?:failing|struggling|going\s+under|losing\s+money)\b",
    # trouble at work, the loose sense of a job crisis: "I hate my job", "burnt out at work", "a toxic boss",
    # "my manager keeps yelling at me"
    r"re:\b(?:hate|hated|dread|dreading|cannot\s+stand)\s+(?:going\s+to\s+)?my\s+(?:job|work|boss|workplace|manager)\b|"
    r"\btoxic\s+(?:boss|workplace|manager|job|work\s+environment|coworkers?|colleagues?)\b|\boverworked\b|\bmy\s+"
    r"(?:job|workplace|work|boss|manager|office)\s+is\s+(?:so\s+|really\s+|very\s+|incredibly\s+)?toxic\b",
    r"re:\b(?:stressed|stressing|burnt\s+out|burned\s+out|overwhelmed|exhausted|miserable|depressed|anxious|struggling)\s+"
    r"(?:\w+\s+)?(?:at|about|because\s+of|from|by)\s+(?:my\s+)?(?:job|work|boss|workload|manager|career)\b|\b(?:my|the)\s+"
    r"(?:boss|manager|supervisor)\s+(?:\w+\s+)?(?:yells|yelled|screams|bullies|bullied|belittles|humiliates|harasses|"
    r"threatens|micromanages|keeps\s+(?:yelling|criticizing|criticising|picking\s+on))\b",
)
