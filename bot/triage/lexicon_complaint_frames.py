"""The concepts and frames ``complaint_frames`` reads a complaint with (``frames.py``): a thing of the customer's ×
what went wrong with it × what makes it more than a request for help.

Concepts are regular expressions over the normal form (contractions expanded: "didnt" -> "did not", "ur" -> "your").
"""

from __future__ import annotations

from .frames import Frame

# what can be damaged: goods, food, parcels, furniture, devices, and what is kept on them
_GOODS = (
    r"sofa|couch|settee|table|table\s*top|chair|chairs|stool|bed|bed\s*frame|frame|mattress|wardrobe|drawers?|dresser|"
    r"cabinet|desk|shelf|shelves|lamp|cushions?|doors?|handles?|lid|box|boxes|parcel|package|delivery|order|item|items|"
    r"product|products|pieces?|screws|parts|boiler|meter|sim|router|bags?|luggage|suitcase|seat|food|meal|fries|"
    r"burger|pizza|drink|side|coffee|cup|foundation|shade|moisturi[sz]er|serum|cream|lipstick|bottle|pump|perfume|"
    r"screen|battery|charger|phone|laptop|tablet|device|label|tv|fridge|freezer|oven|washer|washing\s+machine|dryer|"
    r"kettle|jacket|shirt|dress|shoes?|jeans|paint|finish|fabric|glass|plate|notes|photos|files|tablets|pills|"
    r"prescription|medicine|flowers|cake|groceries|water|heating|team|league|points"
)
# what a service is made of, and the goods
_THING = (
    rf"\b(?:{_GOODS}|gas|electric|electricity|power|bill|bills|supply|pressure|signal|network|internet|wi-?fi|"
    r"broadband|data|calls?|coverage|speed|connection|line|claim|policy|premium|payout|excess|cover|renewal|flight|"
    r"booking|ticket|lineup|line-up|captain|transfers?|players?|bonus|contest|winnings|entry|app|website|site|"
    r"account|payment|refund|charge|fee|update|service|engineer|technician|driver|rider|courier)\b"
)
# the thing itself gone bad: broken, stained, leaking, not closing, half of it missing, the data on it gone
_DAMAGED = (
    r"\b(?:cracked|scratch(?:ed|es)?|a\s+(?:big\s+|huge\s+|deep\s+)?scratch|dented|dents|chipped|ripped|torn|a\s+"
    r"(?:big\s+|huge\s+)?(?:tear|hole|rip|stain|crack|dent)|stained|stains|peeling|shrank|shrunk|wobbl(?:es|y|ing)|"
    r"leak(?:ed|ing|s)|crushed|squashed|soaked|soaking|smashed|shattered|snapped|mou?ldy|rotten|dead\s+pixels?|"
    r"half\s+empty|spilled|spilt|frayed|rusty|rusted|hangs?\s+off|fell\s+off|came\s+off|(?:fell|falling|came|coming)"
    r"\s+apart|(?:is|was|are|were|arrived|came|got)\s+(?:all\s+)?(?:broken|damaged|dead|faulty|defective)|(?:food|"
    r"meal|pizza|burger|fries|coffee|soup|curry|dinner|lunch|chicken|steak|chips)\s+(?:is|was|were|arrived|came)\s+"
    r"(?:stone\s+|completely\s+|still\s+)?(?:cold|raw|burnt|soggy)|bite\s+(?:taken\s+)?(?:out|missing)|smells?\s+(?:awful|bad|horrible|disgusting|weird|funny|"
    r"off)|shorter\s+than|(?:legs|colou?rs?|sizes?|pieces|parts|panels|doors|drawers|sides|shades?|cushions|handles)"
    r"\s+(?:do|does|did)\s+not\s+match|(?:is|are|was|were)\s+missing|missing\s+(?:half|(?:the|a|an|one|two|some|all|"
    r"my)\s+(?:\w+\s+)?(?:screws?|parts?|pieces?|legs?|drinks?|sides?|items?|fries|sauce|bolts?|handles?|buttons?|"
    r"cushions?|instructions|lid|cap|charger|cable|remote|dip|toppings?|drawer|shelf|shelves))|(?:already|completely|"
    r"totally)\s+flat|(?:does|do|did|will|wont)\s+not\s+(?:even\s+|properly\s+|really\s+)?(?:close|shut|fit|get\s+"
    r"cold|cool|heat|lock|flush|drain|stay\s+(?:shut|closed|cold|up))|wont\s+(?:close|shut|fit|lock)|(?:deleted|"
    r"wiped|erased)\s+(?:all\s+)?(?:of\s+)?(?:my|our)|(?:notes|photos|files|data|progress|team|league|points|contacts|"
    r"messages|playlists?|saves?)\s+(?:got|was|were|have\s+been|has\s+been)\s+(?:wiped|reset|deleted|erased|lost)|"
    r"(?:notes|photos|files|data|progress|team|points|contacts|messages|playlists?|saves?)\s+(?:is|are)\s+(?:all\s+)?"
    r"gone)\b"
)
# not what was ordered: the wrong shade, someone else's order, ordered a large got a small
_WRONG = (
    r"\b(?:wrong\s+(?:\w+\s+)?(?:shade|size|colou?r|item|order|product|model|player|building|house|address|door|flat|"
    r"one|thing|name|meal|dish|drink|parcel|package|bag|seat|flight|date|medicine|tablets|strength|dose)|someone\s+"
    r"else's|somebody\s+else's|(?:ordered|asked\s+for|paid\s+for)\s+(?:an?\s+|the\s+|\d+\s+|two\s+)?\w+(?:\s+\w+)?\s+"
    r"(?:but\s+)?(?:got|received|came|sent\s+me|they\s+sent)|came\s+only\s+\d|only\s+(?:\d|one|two|half)\s+(?:came|"
    r"arrived)|given\s+to\s+someone\s+else)\b"
)
# what a wrong thing needs to be the business's: given, sent, served, put or taken somewhere
_HANDED = (
    r"\b(?:received|receive|got|get|getting|sent|send|came|come|arrived|delivered|deliver|gave|given|brought|served|"
    r"packed|put|went|left|dropped|shipped|charged|billed|at\s+the|to\s+the|instead)\b"
)
# a service that does not work: no signal, keeps dropping, will not load, the power cutting out
_NOT_WORKING = (
    r"\b(?:(?:does|do|did|is|are|was|were|has|have|will|wont)\s+not\s+(?:even\s+|properly\s+|really\s+|always\s+)?"
    r"(?:work(?!\s+out)|working|worked|open|turn\s+on|charge|connect|load|save|count|update|print|accept|stay\s+"
    r"(?:on|connected))|wont\s+(?:work|open|turn\s+on|charge|connect|load|save|accept)|(?:power|water|gas|electric\w*|"
    r"internet|wi-?fi|signal|lights|heating|supply|service|line|connection|broadband|tv)\s+(?:\w+\s+){0,2}?(?:keeps\s+)?"
    r"(?:cutting|cuts|cut|going|goes|went)\s+(?:out|off)|(?:cut|cuts|cutting)\s+off\s+(?:my|our|the)\s+(?:\w+\s+)?"
    r"(?:power|water|gas|wi-?fi|internet|supply|service|electric\w*|line|phone)|not\s+working|stopped\s+working|"
    r"(?:cannot|could\s+not)\s+(?:make\s+calls|get\s+in|log\s*in|build|assemble|use\s+(?:it|them|the|my)|connect)|"
    r"keeps?\s+(?:dropping|disconnecting|crashing|freezing|cutting\s+out|logging\s+me\s+out|dying|going\s+off|"
    r"tripping|failing|resetting)|drops\s+(?:out\s+)?every|dies\s+(?:by|before|after|within|in)|(?:no|zero)\s+"
    r"(?:signal|service|water|hot\s+water|power|electricity|heating|internet|wi-?fi|connection|coverage|gas|pressure|"
    r"bars)|(?:account|app)\s+(?:was\s+|got\s+|is\s+)?(?:locked|frozen|suspended)|speed\s+is\s+(?:like|only|barely)|"
    r"(?:is|was)\s+(?:so\s+|really\s+|very\s+|painfully\s+)?(?:slow|terrible|awful|useless))\b"
)
# what should have happened and did not: it has not come, it was late, the claim was rejected, no voucher given
_NOT_DONE = (
    r"\b(?:never\s+(?:came|arrived|showed|turned\s+up|showed\s+up)|(?:claim|refund|payout|appeal|dispute)\s+(?:was\s+|"
    r"got\s+|has\s+been\s+)(?:rejected|denied|refused|declined)|(?:was|were|is|are|came|arrived|turned\s+up)\s+"
    r"(?:\w+\s+){0,2}?late|no\s+(?:\w+\s+)?(?:vouchers?|compensation|refund|apology|explanation|updates?|help)\s+"
    r"(?:given|offered|provided)|(?:did|does|has|have)\s+not\s+(?:even\s+)?get\s+(?:the|my|our|any)\s+(?:\w+\s+)?"
    r"(?:points|bonus|refund|credit|compensation|payout|winnings|money)|(?:did|does|has|have)\s+not\s+(?:even\s+)?"
    r"(?:turn\s+up|show\s+up|come|knock|call|arrive|get\s+(?:added|credited|paid|counted)|been\s+(?:added|credited|"
    r"paid|fixed|refunded)|paid\s+out|pay\s+out|count|credit|add)|(?:has|have)\s+not\s+come\s+(?:through|thru|in)|"
    r"not\s+(?:credited|added|counted)|(?:no\s+one|nobody)\s+(?:came|turned\s+up|showed\s+up)|no\s+sign\s+of|"
    r"(?:passed|closed|locked|ended)\s+(?:too\s+)?early)\b"
)
# what was owed, never given: "my points never got added", "the engineer never turned up"
_NEVER_DONE = (
    r"\bnever\s+(?:got\s+(?:added|credited|paid|counted|fixed|refunded|updated)|turned\s+up|showed\s+up|knocked|"
    r"paid\s+(?:out|me|us)|fixed|added|credited|counted)\b"
)
# a bill or premium that rose without cause (a charge twice is a bank's routine question: "charged twice?")
_OVERCHARGED = (
    r"\b(?:bill|bills|premium|tariff|meter|reading|readings|direct\s+debit|renewal|quote)\b[^.!?]{0,40}?\b(?:double|"
    r"doubled|tripled|jumped|went\s+up|gone\s+up|increased|higher\s+than|more\s+than\s+(?:usual|normal|before|last))"
    r"\b|\bestimated\s+(?:bills?|readings?)\b|\b(?:charged|billed)\s+(?:me\s+|us\s+)?for\s+(?:a|an|the)\s+(?:\w+\s+)"
    r"{1,2}(?:that|which)\s+(?:never|did\s+not|was\s+not|has\s+not)\b"
)
# what one of the business's people did to the customer's things, or left undone
_MISDEED = (
    r"\b(?:ate|eaten|drank|opened|dumped|threw|thrown|chucked|kicked|dropped|scratched|broke|damaged|dented|stained|"
    r"lost|smashed|cracked|ripped|tore)\s+(?:\w+\s+){0,2}?(?:my|our|the)\s+(?:\w+\s+)?(?:fries|food|order|meal|"
    r"drink|sofa|couch|parcel|package|box|delivery|car|floor|wall|door|socket|table|tv|bag|bags|luggage|suitcase|"
    r"pizza|burger|gate|fence|carpet|furniture|wardrobe|bed|fridge|tiles|paint)\b|\bleft\s+without\s+(?:fixing|"
    r"finishing|doing|knocking|repairing|installing|connecting)\b|\bwent\s+the\s+wrong\s+way\b|\b(?:did\s+not|"
    r"never)\s+(?:even\s+)?(?:knock|ring)\b"
)
_WORKER = (
    r"\b(?:driver|rider|courier|delivery\s*(?:guy|man|men|person|driver|team)|engineer|technician|fitter|installer|"
    r"plumber|electrician|mover|movers|porter|handler|handlers|crew|staff|you)\b"
)
# how long it has lasted, or how often: since last week, for 3 days, every night, again, after one week
_LASTED = (
    r"\b(?:since\s+(?:last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|this|i|we|it|day|"
    r"\d|morning|january|february|march|april|may|june|july|august|september|october|november|december)|for\s+"
    r"(?:over\s+|nearly\s+|almost\s+|the\s+(?:last|past)\s+)?(?:(?:\d+|an?|one|two|three|four|five|six|several|"
    r"many)\s*(?:hours?|hrs?|days?|weeks?|months?|years?)|days|weeks|months|ages)|(?:\d+|two|three|four|five|six)\s+"
    r"(?:days|weeks|months)\s+now|all\s+(?:week|day|month|weekend)|every\s+(?:night|day|evening|morning|time|"
    r"single)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:time|day|week|month)|again|from\s+day\s+one|after\s+"
    r"(?:only\s+|just\s+)?(?:a|one|two|three|\d+)\s+(?:day|days|week|weeks|month|months|uses?|washes?)|brand\s+new|"
    r"in\s+a\s+(?:week|month)|(?:\d+|two|three|four|five|six)\s+(?:hrs?|hours|mins?|minutes)\s+late)\b"
)
# against the facts: even though I paid, for no reason, I was in, it works everywhere else, it should have
_CONTRADICTED = (
    r"\b(?:even\s+(?:though|tho)|although|despite|for\s+no\s+reason|(?:and|but)\s+nothing\s+(?:has\s+)?changed|"
    r"(?:when|while)\s+(?:i|we)\s+(?:am|are|was|were)?\s*paying|(?:i|we)\s+(?:have\s+)?(?:never|did\s+not|have\s+not)"
    r"\s+(?:used|left|ordered|changed|asked)|after\s+(?:i|we)\s+(?:had\s+)?(?:cancell?ed|paid|returned)|(?:i|we)\s+"
    r"(?:paid|send|sent|checked\s+in|was\s+in|was\s+home|have\s+paid)\b[^.!?]{0,30}\b(?:every|on\s+time|online|in\s+"
    r"full|all\s+day)|(?:i|we)\s+was\s+in|i\s+was\s+home|works\s+(?:fine\s+)?(?:everywhere|elsewhere|on\s+every)|"
    r"should\s+have\s+(?:got|gotten|been|had|come|arrived)|(?:they|you)\s+should\s+have)\b"
)
# paid for what was not had: "been paying for premium and still getting ads"
_PAID_YET = (
    r"\b(?:paying|paid|pay)\s+(?:for\s+)?(?:\w+\s+){0,3}?(?:and|but)\s+(?:i\s+am\s+|i\s+|it\s+is\s+|it\s+|they\s+"
    r"|we\s+)?(?:(?:still|keep)\s+(?:getting|seeing|having|receiving|hearing)|(?:only|barely)\s+(?:get|getting|got))\b"
)
# what it cost the customer, or how it felt
_COST = (
    r"\b(?:for\s+nothing|took\s+(?:a|the)\s+day\s+off|(?:cannot|could\s+not|can\s+not)\s+(?:build|use|wear|cook|"
    r"work|sleep|shower|sit)|everywhere|all\s+over|ruined|wasted|now\s+i\s+(?:have|had)\s+to|i\s+had\s+to|missed\s+"
    r"(?:my|the|a)|literally|so\s+annoying|ridiculous|unacceptable|not\s+(?:ok|okay|acceptable|good\s+enough))\b"
)
# the customer's own doing, or a claim on a policy: "I chose a wrong address", "I dropped my phone", "to claim"
_OWN_DOING = (
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:chose|entered|submitted|put|typed|gave|selected|picked|input|used|dropped|sat\s+on|"
    r"stepped\s+on|spilled|spilt|knocked|broke|cracked|smashed|damaged|scratched|replaced|lost|deleted|wiped|erased|reset)\b|\b(?:i|we)\s+"
    r"(?:\w+\s+)?(?:ordered|bought|booked|paid\s+for)\s+(?:the|a|an)\s+wrong\b|\bmy\s+(?:kid|son|"
    r"daughter|dog|cat|puppy|toddler|baby)\s+\w+|\b(?:by\s+mistake|by\s+accident|accident\w*|my\s+(?:own\s+)?"
    r"(?:mistake|fault)|(?:make|making|file|filing|lodge|submit|start)\s+a\s+claim|to\s+claim|claim\s+for|"
    r"insured?|insurance)\b"
)
# said of what might happen or is kept from happening ("so the screen doesn't get scratched", "stained glass"),
# done by someone unnamed ("someone touched my parcel and it's all dented"), or money missing from an account: a
# case for the bank's fraud team, not a thing sold gone wrong
_IF_ONLY = (
    r"\b(?:prevent\w*|protect\w*|to\s+get|would|could|might|stained\s+glass|some(?:one|body)\s+(?!else)\w+|"
    r"from\s+(?:my|our|the)\s+(?:\w+\s+)?(?:account|balance|wallet))\b"
)
_DENIED = (
    r"\b(?:no|not|never|nothing|without|none|was\s+not|were\s+not|is\s+not|did\s+not\s+arrive)\s+(?:\w+\s+){0,2}?"
    r"(?:damaged|broken|cracked|scratched|scratch|missing|wrong|stained|leaking|leaked|dents?|damage)\b|\bif\s+"
)

COMPLAINT_CONCEPTS: dict[str, str] = {
    "thing": _THING,
    "goods": rf"\b(?:{_GOODS})\b",
    "damaged": _DAMAGED,
    "wrong": _WRONG,
    "handed": _HANDED,
    "not_working": _NOT_WORKING,
    "not_done": _NOT_DONE,
    "never_done": _NEVER_DONE,
    "overcharged": _OVERCHARGED,
    "misdeed": _MISDEED,
    "worker": _WORKER,
    "lasted": _LASTED,
    "contradicted": _CONTRADICTED,
    "paid_yet": _PAID_YET,
    "cost": _COST,
    "own_doing": _OWN_DOING,
    "if_only": _IF_ONLY,
    "denied": _DENIED,
}

_MSG = "message"
# damage, a wrong thing, a misdeed, a rise without cause are complaints as told; a thing not working or not done
# asks for help until it has lasted, contradicts the facts or cost the customer something
COMPLAINT_FRAMES: tuple[Frame, ...] = (
    Frame("damaged", "complaint", ("damaged", "goods"), veto=("denied", "if_only")),
    Frame("the wrong thing", "complaint", ("wrong", "handed"), veto=("denied",)),
    Frame("a worker's misdeed", "complaint", ("misdeed", "worker"), veto=("denied", "if_only")),
    Frame("never done", "complaint", ("never_done", "thing")),
    Frame("paid for, not had", "complaint", ("paid_yet",)),
    Frame("overcharged", "complaint", ("overcharged",), veto=("denied",)),
    Frame("not working, lasting", "complaint", ("not_working", "thing", "lasted"), _MSG, veto=("denied",)),
    Frame("not working, contradicted", "complaint", ("not_working", "thing", "contradicted"), _MSG),
    Frame("not working, the cost", "complaint", ("not_working", "thing", "cost"), _MSG),
    Frame("not done, lasting", "complaint", ("not_done", "thing", "lasted"), _MSG),
    Frame("not done, contradicted", "complaint", ("not_done", "contradicted"), _MSG),
    Frame("not done, the cost", "complaint", ("not_done", "cost"), _MSG),
    Frame("not working, not done", "complaint", ("not_working", "not_done"), _MSG),
)
# the families of failure, for two told in one message ("the wrong shade and the label does not work")
FAILURE_FAMILIES = ("damaged", "wrong", "not_working", "not_done", "never_done", "overcharged")
