"""Danger disclosed in the first person: violence at home, being touched or grabbed, an overdose.

Whatever else the message is about ("my partner hits me and I need the parcel sent elsewhere"), these
are urgent handoffs: ``VIOLENCE_WORDS`` join the harassment category, ``OVERDOSE_WORDS`` the self-harm
one (crisis resources at once). Never cancelled by a negation, like every safety topic.

Written as a grammar rather than a phrase list:
- violence: a person (a partner, a relative, "he", "the driver") × a violent verb (hits, grabbed,
  choked, touched, shoved…) × the customer ("me", "my arm"), in any tense; or the customer as the one it
  happened to ("I was grabbed by the courier"); threats ("he said he would kill me if I left"); being
  controlled or followed by a partner or relative ("won't let me leave the house", "controls all my
  money", "keeps showing up at my door"); or the relationship named ("I'm in an abusive relationship",
  "I'm not safe at home");
- overdose: the customer taking a quantity of pills that is too many ("a lot of", "a whole bottle of",
  "30", "all my"), or saying they overdosed.

Kept out: things hit, not people ("the box got hit"); the slang that only looks violent ("hit me up",
"beat me to it", "pushed me to upgrade", "kicked me off the call", "grabbed me a coffee"); pills taken
back to a pharmacy or taken as prescribed ("I took 2 tablets as the label says").

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

_KIN = (
    r"(?:partner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|ex|ex[-\s]?(?:husband|wife|partner|"
    r"boyfriend|girlfriend)|dad|father|stepdad|step[-\s]?father|mum|mom|mother|step[-\s]?(?:mum|mom|mother)|brother|"
    r"sister|son|daughter|uncle|aunt|cousin|grandfather|grandmother|grandad|granddad|family|parents?|in[-\s]?laws?|"
    r"flatmate|roommate|housemate|landlord|neighbou?r|boss|manager|carer|caregiver|teacher|coach)"
)
_PARTNER = (
    r"(?:partner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|ex|ex[-\s]?(?:husband|wife|partner|"
    r"boyfriend|girlfriend))"
)
_WORKER = (
    r"(?:driver|courier|delivery\s+(?:man|guy|person|driver|boy|woman|lady)|postman|postwoman|mailman|engineer|"
    r"technician|installer|fitter|fixer|plumber|electrician|agent|rep|representative|employee|staff(?:\s+member)?|"
    r"worker|guard|security\s+guard|cashier|manager|salesman|sales\s*person|assistant|rider|delivery\s+rider|"
    r"(?:uber|taxi|cab)\s+driver)"
)
_SOMEONE = (
    rf"(?:(?:my|our)\s+(?:\w+\s+)?{_KIN}|(?:your|the|a|an|this|that|one\s+of\s+your)\s+(?:\w+\s+)?{_WORKER}|"
    r"he|she|they|"
    r"someone|somebody|a\s+(?:man|woman|guy|stranger)|this\s+(?:guy|man|woman|person))"
)
_OFTEN = (
    r"(?:(?:still|always|often|sometimes|just|again|also|then|even|keeps?|kept|has|have|had|would|will|started\s+to|"
    r"started|tried\s+to|used\s+to|is|was|gets|got|now)\s+)*"
)
_VIOLENT = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|kick|kicks|kicked|kicking|punch|punches|punched|punching|slap|"
    r"slaps|slapped|slapping|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|shove|shoves|shoved|"
    r"shoving|push|pushes|pushed|pushing|grab|grabs|grabbed|grabbing|touch|touches|touched|touching|grope|gropes|"
    r"groped|groping|hurt|hurts|hurting|bit|bite|bites|biting|burn|burns|burned|burnt|threw|throws|attack|attacks|"
    r"attacked|attacking|assault|assaults|assaulted|rape|raped|raping|molest|molests|molested|pinned|pin|pins|restrain|"
    r"restrained|locked|locks|lock|trapped|traps|spat\s+(?:on|at)|spit\s+(?:on|at)|(?:threw|throws|"
    r"thrown)\s+(?:\w+\s+){1,2}at)"
)
# the slang and the ordinary senses: "hit me up", "beat me to it", "pushed me to upgrade", "locked me out of my account"
_NOT_VIOLENCE = (
    r"(?!\s+(?:up|with\s+(?:a|an|the|this|that|some)\s+(?:fee|charge|bill|question|discount|offer|code|deal|link|"
    r"email)|to\s+(?!the\s+(?:ground|floor|wall))|at\s+(?:chess|cards|games?|\w+\s+game)|into\s+(?!the\s+(?:wall|door|"
    r"car|room))|towards?\b|off\s+(?:the|a|my|your)\s+(?:call|chat|line|list|site|website|app|account|server|platform|"
    r"queue)|out\s+of\s+(?:the|my|your)\s+(?:account|app|chat|call|queue|site|system|group)|a\s+(?:coffee|drink|"
    r"bargain|deal|seat|copy)|some|deeply|so\s+much|emotionally|with\s+(?:your|their|his|her)\s+(?:kindness|words|"
    r"story|message|letter)))"
)
_BODY = (
    r"(?:arm|arms|wrist|wrists|neck|throat|face|hair|chest|breasts?|bum|butt|ass|backside|legs?|thigh|hand|hands|waist|"
    r"body|shoulder)"
)

VIOLENCE_WORDS: tuple[str, ...] = (
    # "my partner hits me", "the driver grabbed me", "he keeps touching me", "she choked me again"
    rf"re:\b{_SOMEONE}\s+{_OFTEN}(?:been\s+)?{_VIOLENT}\s+(?:me|my\s+(?:\w+\s+)?{_BODY}|us){_NOT_VIOLENCE}\b",
    # the violence after another act: "my father takes it and beats me", "they take my salary and lock me in"
    rf"re:\b{_SOMEONE}\s+(?:\w+\s+){{1,5}}?(?:and|then)\s+{_OFTEN}(?:hit|hits|beat|beats|kick|kicks|punch|punches|"
    r"slap|slaps|choke|chokes|lock|locks|locked|hurt|hurts|attack|attacks|threaten|threatens)\s+(?:me|us)\b"
    r"(?!\s+(?:up|to|at|out\s+of|off)\b)",
    # violence as what they become: "my partner opens them and gets violent", "he gets aggressive when he drinks"
    rf"re:\b{_SOMEONE}\s+(?:\w+\s+){{0,5}}?(?:gets|got|becomes|became|turns|turned|is|was|can\s+be)\s+(?:really\s+|"
    r"very\s+|so\s+)?(?:violent|aggressive|abusive|physical)\b(?!\s+(?:(?:in|at|on|with|playing|when\s+(?:playing|"
    r"gaming))\s+)?(?:(?:the|a|his|her|their|some)\s+)?(?:video\s+)?(?:games?|gaming|film|movie|show|book|sports?|"
    r"football|pitch|court|field|matches?|online)\b)",
    # "says he knows where I live", a worker who will not stop: "the rider keeps coming back and knocking at night",
    # "the courier has been texting me since the delivery"
    r"re:\b(?:he|she|they|someone)\s+(?:\w+\s+)?knows?\s+where\s+i\s+live\b|\bi\s+know\s+where\s+you\s+live\b",
    rf"re:\b(?:your|the|a|an|this|that|one\s+of\s+your)\s+(?:\w+\s+)?{_WORKER}\s+(?:who\s+\w+\s+(?:\w+\s+){{0,3}}?)?"
    r"(?:keeps|kept|has\s+been|have\s+been|is|started|will\s+not\s+stop)\s+(?:coming\s+back|coming\s+round|"
    r"knocking|texting|messaging|calling|ringing|phoning|following|watching|waiting\s+outside)\b(?![^.!?]{0,30}\b(?:about|"
    r"regarding|to\s+(?:confirm|deliver|arrange|reschedule))\b)",
    # "beat me up" is violence though "hit me up" is not: "my boyfriend beat me up", "I got beaten up by my dad"
    rf"re:\b{_SOMEONE}\s+{_OFTEN}(?:been\s+)?(?:beat|beats|beating|beaten)\s+(?:me|us)\s+up\b|\b(?:i|me)\s+(?:was|am|got|"
    r"get|have\s+been|had\s+been|keep\s+getting)\s+(?:\w+\s+)?beaten\s+up\b|\bbeat\s+the\s+(?:shit|crap|hell)\s+out\s+of\s+"
    r"me\b",
    # followed home, watched: "the courier followed me into my building", "he keeps following me"
    rf"re:\b{_SOMEONE}\s+{_OFTEN}(?:followed|follows|following|stalked|stalks|stalking)\s+me\b(?!\s+up\b|\s+(?:on|back\s+on)\s+"
    r"(?:instagram|insta|twitter|x|tiktok|facebook|fb|social|linkedin|youtube|spotify|github|here|the\s+app))",
    # "the courier put his hands on me", "laid a hand on me", "forced himself on me"
    r"re:\b(?:put|puts|putting|laid|lays|lay)\s+(?:his|her|their|a)\s+hands?\s+(?:on|around)\s+(?:me|my)\b|"
    r"\bforced\s+(?:himself|herself|themselves)\s+on\s+me\b",
    # "I was grabbed by the courier", "I am being hit by my husband", "I got pushed by your driver"
    r"re:\b(?:i|me)\s+(?:was|am|got|get|have\s+been|had\s+been|keep\s+getting|am\s+being|"
    r"was\s+being)\s+(?:\w+\s+)?(?:hit|beaten|kicked|punched|slapped|choked|strangled|shoved|pushed|grabbed|touched|"
    r"groped|hurt|bitten|burned|attacked|assaulted|raped|molested|pinned|locked\s+in|threatened|"
    r"abused)\s+(?:again\s+)?(?:by|at\s+home)\b(?!\s+(?:a|the|an)\s+(?:car|bus|van|truck|ball|door|fee|charge|bill|"
    r"delay|virus|storm|wave|price))",
    # threats, and being controlled or followed: "he said he would kill me if I left",
    # "my husband won't let me leave the house"
    r"re:\b(?:said|says|told\s+me|swore|keeps\s+saying|threatened|threatens|threatening|threaten)\s+(?:that\s+)?(?:he|she|"
    r"they)?\s*(?:would|will|is\s+going\s+to|was\s+going\s+to|to)\s+(?:kill|hurt|beat|hit|stab|shoot|strangle|"
    r"burn)\s+(?:me|us|my\s+(?:kids?|children|family|wife|husband|partner|son|daughter|baby|mum|mom|dad|dog|cat))\b",
    rf"re:\b(?:my|our)\s+(?:\w+\s+)?{_PARTNER}\s+(?:will\s+not|does\s+not|would\s+not|never)\s+let\s+me\s+(?:leave|"
    r"go\s+out|out|see\s+(?:my\s+)?(?:friends|family)|"
    r"have\s+(?:my\s+own\s+)?(?:money|phone|bank\s+account)|use\s+(?:my|the)\s+phone|work)\b",
    # control told of "he" or "my stepfather" too: "he controls all the money", "he listens to all my calls", "he tracks
    # my phone", "he checks my statements and I'll get punished", "barely lets me leave the house"
    rf"re:\b(?:he|she|(?:my|our)\s+(?:\w+\s+)?{_KIN})\s+(?:\w+\s+)?(?:controls|checks|tracks|monitors|reads|listens\s+to|"
    r"takes|took|has|keeps|opens|goes\s+through)\s+(?:all\s+(?:of\s+)?)?(?:my|the)\s+(?:money|phone|calls|messages|texts|"
    r"emails?|post|mail|statements?|bank\s+(?:account|card|statements?)|wages|salary|location|passport|passwords?|card)\b"
    r"(?=[^\n]{0,80}\b(?:punish\w*|not\s+allowed|without\s+(?:asking|him|her)|never\s+see|text\s+only|"
    r"do\s+not\s+(?:ring|call|mention|discuss|tell)|he\s+(?:will|would|can\s+not|cannot)|she\s+(?:will|would)|find\s+out|"
    r"somewhere\s+else|different|instead|only\s+i|without\s+him|scared|afraid|frightened|leave\s+him|leave\s+her)\b)",
    r"re:\b(?:he|she|(?:my|our)\s+(?:\w+\s+)?{_PARTNER})\s+(?:barely|never|hardly|will\s+not|does\s+not)\s+lets?\s+me\s+"
    r"(?:leave|go\s+out|see|buy|spend|work|have)\b|\bi\s+am\s+not\s+allowed\s+to\s+(?:buy|spend|leave|go\s+out|see|eat)\b"
    r"[^.!?]{0,30}\bwithout\s+(?:asking|him|her|permission)\b|\b(?:i\s+will|i\s+would|i\s+will\s+get)\s+(?:pay\s+for\s+it|"
    r"get\s+punished|be\s+punished)\b|\b(?:staying|living|moved)\s+(?:at|in|into)\s+a\s+(?:women'?s\s+)?refuge\b|"
    r"\bplanning\s+to\s+leave\s+(?:him|her|my\s+(?:husband|wife|partner))\b[^.!?]{0,40}\b(?:find\s+out|know|see)\b",
    # "he smashed my phone again", "he's threatened to take the kids", "he gets angry. text only"
    rf"re:\b(?:he|she|(?:my|our)\s+(?:\w+\s+)?{_KIN})\s+(?:has\s+)?(?:smashed|broke|destroyed|threw|wrecked)\s+my\s+(?:phone|"
    r"things|stuff|laptop|tablet|door|glasses)\s+(?:again|in\s+(?:a\s+)?(?:rage|anger))\b|\bthreatened\s+to\s+(?:take|"
    r"keep|hurt|kill)\s+(?:the|my|our)\s+(?:kids|children|baby|son|daughter)\b|\b(?:he|she)\s+gets\s+(?:angry|mad|"
    r"violent|aggressive)\b(?=[^\n]{0,60}\b(?:text\s+only|do\s+not\s+(?:ring|call)|while\s+(?:he|she)\s+is|when\s+(?:he|"
    r"she)\s+is|only\s+deliver)\b)",
    # stalking: "came back and stood outside my window", "keeps turning up outside my flat", "I'm watching you",
    # "my ex still has a key and came in while I was asleep", "a man I blocked found me"
    r"re:\b(?:stood|standing|waited|waiting|sat)\s+outside\s+my\s+(?:window|bedroom)\b|\b(?:came|comes|coming)\s+back\b"
    r"[^.!?]{0,40}\b(?:stood|standing|waited|waiting|sat)\s+outside\s+my\b|"
    r"\b(?:keeps|kept)\s+(?:turning|showing)\s+up\s+(?:outside|at)\s+my\b|\bi\s+am\s+watching\s+you\b|\b(?:still\s+)?"
    r"has\s+a\s+key\s+and\s+(?:came|comes|let\s+(?:him|her)self)\s+in\b|\bi\s+blocked\s+found\s+me\b|\bfound\s+me\s+"
    r"(?:through|via|from)\b|\b(?:keeps|kept)\s+cornering\s+me\b|\bcomments\s+about\s+my\s+(?:body|breasts|legs|"
    r"figure|looks)\b",
    rf"re:\b(?:my|our)\s+(?:\w+\s+)?{_PARTNER}\s+(?:\w+\s+)?(?:controls|checks|tracks|monitors|reads|takes|took|"
    r"steals|stole|keeps)\s+(?:all\s+)?my\s+"
    r"(?:money|phone|messages|texts|bank\s+account|wages|salary|location|passport)\b",
    rf"re:\b{_SOMEONE}\s+(?:keeps|kept|has\s+been|is|was)\s+(?:showing|turning)\s+up\s+at\s+my\s+(?:door|house|home|"
    r"flat|work|job|school)\b"
    r"|\b(?:will\s+not|does\s+not|would\s+not)\s+leave\s+me\s+alone\b",
    r"re:\b(?:put|installed|hid|placed|planted)\s+(?:a\s+|an\s+)?(?:gps\s+)?(?:tracker|tracking\s+(?:device|app)|"
    r"spyware|stalkerware|airtag|camera)\s+(?:on|in|into|under)\s+my\b|\b(?:sends?|sending|sent|keeps\s+sending)\s+"
    r"me\s+(?:\w+\s+)?threats\b|\bdeath\s+threats?\b",
    # the relationship or the home named as the danger
    r"re:\b(?:i\s+am|i\s+have\s+been|i\s+was|i\s+live|living|stuck|trapped)\s+(?:\w+\s+)?(?:in|"
    r"with)\s+(?:an?\s+)?(?:abusive|violent|controlling)\s+(?:relationship|partner|husband|wife|boyfriend|girlfriend|"
    r"home|household|marriage|man|woman|family)\b",
    rf"re:\b(?:my|our)\s+(?:\w+\s+)?{_KIN}\s+(?:is|was|has\s+been|gets|can\s+be)\s+(?:very\s+|really\s+|"
    r"so\s+)?(?:abusive|violent|"
    r"controlling|dangerous)\b|\b(?:scared|afraid|terrified|frightened)\s+(?:of|to\s+go\s+home\s+to)\s+(?:my|"
    r"our)\s+(?:\w+\s+)?"
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mom|mother|family|parents?)\b",
    # sex forced on the customer: "he forced me to have sex", "made me sleep with him", "pressured me into sex"
    r"re:\b(?:forced|forces|forcing|made|makes|pressured|pressures|coerced|coerces)\s+me\s+(?:to\s+|into\s+)"
    r"(?:have\s+sex|sex|sleep\s+with|do\s+sexual|sexual|perform\s+(?:sexual|oral)|touch\s+(?:him|her|them))\b",
    r"re:\b(?:scared|afraid|terrified|frightened)\s+(?:to\s+go|of\s+going)\s+(?:back\s+)?home\b",
    # abuse named by its kind or its signs: "my abusive husband", "she was emotionally abusive", "he gaslights me",
    # "won't let me call anyone", "I'm afraid he will find me", "a restraining order", "he screams at me"
    rf"re:\b(?:my|an?|the|our)\s+(?:\w+\s+)?(?:abusive|violent)\s+(?:ex[-\s]?)?(?:{_KIN}|relationship|marriage|home|"
    r"household|man|woman)\b|\b(?:emotionally|verbally|physically|sexually|financially|mentally|psychologically)\s+"
    r"(?:abusive|abus(?:ed|es|ing)\s+(?:me|us))\b",
    rf"re:\b(?:{_SOMEONE})\s+{_OFTEN}(?:gaslights?|gaslighting|gaslit|isolates?|isolated|isolating)\s+me\b|"
    r"\b(?:will\s+not|does\s+not|would\s+not|never)\s+let\s+me\s+(?:call|talk\s+to|see|contact|text)\s+(?:anyone|"
    r"anybody|my\s+(?:friends|family|mum|mom|dad|parents|sister|brother))\b",
    r"re:\b(?:afraid|scared|terrified|frightened|worried)\s+(?:that\s+)?(?:he|she|they|my\s+(?:ex|partner|husband|"
    r"wife|boyfriend|girlfriend|dad|father|stepdad))\s+(?:will|is\s+going\s+to|might|would|could)\s+(?:find|hurt|"
    r"kill|come\s+after|track\s+down|take)\s+(?:me|us|my\s+(?:kids|children|son|daughter|baby))\b",
    r"re:\b(?:restraining|protective|protection|non-?molestation)\s+order\b|\bcall(?:ed)?\s+the\s+police\s+on\s+"
    r"(?:him|her|them|my\s+\w+)\b",
    rf"re:\b(?:(?:my|our)\s+(?:\w+\s+)?{_KIN}|he|she)\s+{_OFTEN}(?:screams?|screamed|screaming|yells?|yelled|yelling|"
    r"shouts?|shouted|shouting)\s+at\s+me\b|\b(?:he|she|my\s+\w+)\s+(?:\w+\s+){0,3}(?:throws|threw|throwing|"
    r"smashes|smashed)\s+things\b(?!\s+by\s+accident)",
    r"re:\b(?:forces|forced|makes|made|pressures|pressured)\s+me\s+(?:to\s+)?do\s+(?:things|stuff|something)\s+"
    r"(?:that\s+)?i\s+(?:do|did)\s+not\s+want\b",
    r"re:\b(?:i\s+am\s+|i\s+do\s+not\s+feel\s+|i\s+feel\s+|it\s+is\s+)not\s+safe\s+(?:at\s+home|"
    r"in\s+my\s+(?:own\s+)?(?:home|house|flat))\b|\b(?:unsafe|in\s+danger)\s+at\s+home\b|\b(?:domestic|"
    r"family)\s+(?:violence|abuse)\s+(?:at\s+home|against\s+me|from\s+my)\b|\b(?:fleeing|escaping|escape|leave|leaving|"
    r"get\s+away\s+from)\s+(?:my|an?)\s+(?:abusive|violent)\s+\w+",
)

_PILLS = (
    r"(?:pills?|tablets?|capsules?|painkillers?|pain\s+killers?|sleeping\s+pills?|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|codeine|oxy\w*|xanax|valium|diazepam|insulin|antidepressants?|meds|medication|medicine)"
)
_TOO_MANY = (
    r"(?:a\s+lot\s+of|lots\s+of|loads\s+of|so\s+many|too\s+many|too\s+much|way\s+too\s+many|a\s+bunch\s+of|"
    r"a\s+handful\s+of|handfuls\s+of|all\s+(?:of\s+)?(?:my|the|them|those|these)|a\s+(?:whole|full|entire)\s+(?:bottle|"
    r"packet|pack|box|strip|jar|tub|blister\s+pack)\s+of|(?:two|three|four|five|several|many)\s+(?:bottles|packets|"
    r"packs|boxes|strips)\s+of|(?:\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|dozens\s+of|"
    r"a\s+dozen)(?:\s+(?:or\s+so|more))?\s+(?:of\s+(?:my|the)\s+)?)"
)
_TOOK = r"(?:took|taken|swallowed|downed|ate|overdosed\s+on|od(?:'?d|ed)?\s+on)"  # what was done, not a daily routine

OVERDOSE_WORDS: tuple[str, ...] = (
    # "i took a lot of pills", "I've just swallowed a whole bottle of paracetamol", "took 30 tablets"
    r"re:(?:^|\bi\s+(?:\w+\s+)?|\bi\s+have\s+(?:\w+\s+)?|"
    rf"\bjust\s+){_TOOK}\s+(?:\w+\s+)?{_TOO_MANY}\s*(?:\w+\s+)?{_PILLS}\b"
    r"(?!\s+(?:back|to\s+the|into\s+the|out\s+of\s+the\s+(?:box|parcel|package|order)))",
    # a plan for them: "I'm thinking of taking all my pills", "going to swallow a whole bottle of tablets"
    r"re:\b(?:thinking\s+(?:of|about)|going\s+to|want\s+to|planning\s+(?:to|on)|tempted\s+to|about\s+to|might)\s+"
    rf"(?:take|taking|swallow|swallowing|down|downing)\s+(?:\w+\s+)?{_TOO_MANY}\s*(?:\w+\s+)?{_PILLS}\b",
    # "overdosed" and "took an overdose" are in lexicon_self_harm; "i od'd" reads "i od would" once contractions are
    # expanded
    r"re:\bod(?:'d|ed|\s+would)(?=\s+on\b|\s+(?:last|this|earlier|yesterday)\b|\s*[.!]|$)",  # "odd." is not
    rf"re:\bi\s+(?:took|have\s+taken|just\s+took|swallowed)\s+(?:\w+\s+)?{_PILLS}\s+(?:to\s+(?:end|die|sleep\s+forever|"
    r"not\s+wake\s+up)|and\s+(?:i\s+)?"
    r"(?:want\s+to\s+die|do\s+not\s+want\s+to\s+wake\s+up|feel\s+(?:really\s+|very\s+)?(?:sick|dizzy|strange|"
    r"weird|drowsy)))",
)
