"""The order-status question as a small grammar: an order of the customer's (named, numbered, called by what
it is, or the one bringing it) next to where it is, when it comes, or how far it got; asked or told.

The phrase list in lexicon_orders.py holds the forms a shop's data shows; this grammar catches the ones it
does not ("ETA on the biryani", "has the vitamin c serum shipped", "is the courier close", "#1001 shipped?",
"asan na po yung order ko"). What stays out: questions about delivery in general ("how long does shipping
take", "do you deliver on Sundays"), other errands about an order (cancel, return, a new address), things
that are not goods (money, cards, luggage, a seat, the app's pages), and things that come back in stock.
See docs/triage.md › "Order questions".
"""

from __future__ import annotations

import re

from .lexicon_orders import NOT_GOODS

_DET = r"(?:the|yung|ang)"
_OWNER = r"(?:my|our|mi|mis|meu|meus|minha|minhas|mera|meri)"
# what is delivered, by its kind of name; "delivery" and "order" need an owner or a number (below)
_ORDER_WORD = (
    r"(?:orders?|parcels?|packages?|pkg|deliver(?:y|ies)|shipments?|consignments?|purchases?|groceries|pedido|"
    r"paquete|encomendas?|compras?|pre-?orders?|saman|samaan)"
)
# what is not goods, besides lexicon_orders.NOT_GOODS: a journey's things, an app's things, a shop's own places,
# an account's things, and people who are not the courier
_NOT_ORDERED = (
    r"(?:bags?|luggage|baggage|suitcases?|seats?|gate|boarding|room|booking|reservation|appointment|account|app|"
    r"page|button|settings?|options?|menu|tab|profile|login|site|website|screen|store|shop|branch|office|nearest|"
    r"subscription|plan|bill|balance|claim|case|complaint|request|policy|agent|manager|team|"
    r"stock|coupon|promo|cashback|wallet|rewards?|size|colour|color|price|mind|head|life|phone\s+number|number|"
    r"address|order\s+history|fault|problem|issue|signal|network|connection|internet|service|power|water|gas|"
    r"electricity|outage|engineer|appointment|slot|fix|funding|grant|stimulus|upvotes?|downvotes?|comments?|"
    r"videos?|posts?|game|party|joke|event|feature|police|ambulance|fire|show|top[-\s]?up|topup|withdrawal|"
    r"transaction|charge|fee|atm|top|exchange|salary|pay|paycheck|direct\s+deposit|contactless|mortgage|rent|ban|"
    r"bonus|licen[cs]e|degree|diploma|grades?|marks|visa|invitation|invite|share|reward|keys?|help)s?\b"
)
# "the new SIM", "my vitamin c serum", "the blue kettle": an owner and up to three words, none of them a
# thing that is not goods ("my sim card" is goods though "card" alone is not)
# people, who are no goods (the courier is named below)
_PEOPLE = (
    r"(?:counsell?or|therapist|lawyer|boss|landlord|landlady|neighbou?rs?|mates?|ex|installer|fitter|cleaner|"
    r"guy|man|woman|lady|person|people|someone|anyone|everyone|nobody|team|staff|parents?|grandma|grandpa|"
    r"uncle|aunt|cousin|dog|cat|pet|buddy|bro|police|officers?|choir|band|crew)s?\b"
)
_STOP = (
    rf"(?:{NOT_GOODS}|{_NOT_ORDERED}|{_PEOPLE}|(?:it|its|i|he|she|we|they|you|u|is|was|will|has|have|had|my|the|an?|and|or|to|for|on|in|of|at|"
    r"be|been|not|no|are|were|can|do|does|did|should|would|could|one|way|time|own|last|first|next|best|only|same|"
    r"other|thing|things|fuck|hell|heck|world|moment|meantime|house|home|area|place|location|city|town|mud|road|street|door|car|end|point|night|morning|day|week|month|year)\b)"
)
# "the new SIM", "my vitamin c serum", "the blue kettle": an owner and up to three words, none of them a
# thing that is not goods ("my sim card" is goods though "card" alone is not)
_WORD = rf"(?:sim\s+cards?|(?!{_STOP})[a-z][a-z-]*[a-z])"
_GOODS = rf"\b(?:{_DET}|({_OWNER}))\s+(?:{_WORD}\s+){{0,2}}?{_WORD}\b"
# a thing first in the message, with no owner, that has not come: "sim hasnt arrived yet", "food not here"
_FIRST_NOT_COME = re.compile(
    rf"^\W*(?!(?:why|what|how|when|where|who|this|that|these|those|looks|seems|there|here|nothing|something)\b)"
    rf"(?:{_WORD}\s+)?{_WORD}\s+(?:still\s+)?(?:has\s+|have\s+|is\s+|are\s+)?(?:still\s+)?(?:not|never)\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:(?:delivered|dispatched|shipped)\b|(?:arrived|come|reached|here)\s+(?:yet|still)\b)|"
    rf"^\W*(?:{_WORD}\s+)?{_WORD}\s+still\s+(?:has\s+|is\s+)?not\s+(?:arrived|come|reached|here)\b"
)
_NUMBER = r"(?:#\s?\d{3,20}|\bord(?:er)?-?\s?\d{3,20}|\b(?!(?:19|20)\d\d\b)\d{4,20})\b"
_OWNED_ORDER = (
    rf"\b(?:{_DET}|{_OWNER}|this|that)\s+(?:\w+\s+)?{_ORDER_WORD}\b|\b{_ORDER_WORD}\s+(?:ko\b|no\.?\s*|number\s+|#)?\s?\d|"
    rf"^\W*(?:@\w+\s+)?{_ORDER_WORD}\b|(?:^\W*|[,.;!?]\s*|\b(?:we|just|already|have|had)\s+)ordered\b|\b(?:placed|made)\s+(?:an?|my|the)\s+order\b|\bi\s+(?:ordered|bought|purchased)\b(?!\s+(?:him|her|them|you|us|me|everyone|the\s+"
    r"(?:men|troops|soldiers|guards)))"
)
_CARRIER = (
    r"\b(?:rider|driver|courier|postman|mailman|postie|dasher|delivery\s+(?:guy|man|boy|person|partner|agent|"
    r"executive|drivers?|team|crew))\b"
)
# where it is, when it comes, how far it got, or that it has not come
_WHERE = (
    r"\bwhere\b(?!\s+(?:i|he|she|we|they|to|can|do|does|should|could|would|might)\b)|\bwhereabouts\b|\bhow\s+far\b|\bstops?\s+away\b|\bwhich\s+(?:country|city|state|location)\b|\bwhere\s+(?:do|can|should)\s+i\s+(?:collect|pick\s+up)\b|\bhow\s+many\s+stops\b|\bclose\s+by\b|\bnearby\b|\bclose\W*$|\bon\s+the\s+map\b|"
    r"\basan\b|\bnasaan\b|\bnasan\b|\bkahan?\b|\bkidhar\b|\bd[oó]nde\b|\bonde\b"
)
_WHEN = (
    r"\bwhen\b(?!\s+(?:he|she|we|they)\b)(?!\s+(?:i|you|u)\s+(?!will|wil|can|shall|get|receive|expect))|\b(?:what|which)\s+(?:time|day|date)\b|\bhow\s+long\s+(?:till|until|til|before)\b|\bby\s+when\b|"
    r"\b(?:delivery|arrival|dispatch)\s+(?:date|time|day|slot|window)\b|\bkab\b|\bcu[aá]ndo\b|\bquando\b|"
    r"\bhow\s+(?:much\s+)?longer\b|\bhow\s+many\s+(?:more\s+)?days\b|\bhow\s+long\s+for\b"
)
_NOT_YET = (
    r"\b(?:still|yet)\s+(?:not|no|to)\b|\bnot\s+here\s+yet\b|\bnot\s+(?:yet|come|arrived)\b(?!\s+(?:in|through|back|home|out|true|anymore|any\s+more|for\s+long)\b)|\bnever\s+(?:came|come|arrived|"
    r"showed)\b|\b(?:meant|supposed)\s+to\s+(?:come|arrive|be\s+(?:here|delivered))\b|\b(?:has|have)\s+not\s+"
    r"(?:come|arrived|moved|shown\s+up|turned\s+up)\b(?!\s+(?:in|through|back|home|out|true)\b)|\bstill\s+(?:says|shows|showing|waiting)\b|\be\s+don\s+pass\b|"
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:reached|delivered|dispatched|shipped|sent\s+out)\b|\bdid\s+not\s+(?:come|arrive)\b"
    r"(?!\s+(?:back|home|out|true|in|to|through|with|for|from|across)\b)|"
    r"\bno\s+(?:ha\s+)?(?:llegado|lleg[oó]|llega)\b|\bn[aã]o\s+(?:\w+\s+)?(?:chegou|chega|veio)\b|\btodav[ií]a\s+no\b"
)
# not had: said of an order named as one ("i still do not have my order", "order placed a week ago, still nothing"),
# or before a thing called by what it is ("have not received my sofa")
_NOT_HAD = (
    r"\b(?:do|does|did|have|has|had)\s+not\s+(?:yet\s+)?(?:got|gotten|get|received?|(?:had|have)(?!\s+(?:any|a|an|no|problems?|issues?|time|money|to)\b)(?!\s+(?:my|the|an?|our)\s+"
    r"order\s+(?:number|no|id|confirmation|receipt|email)))\b|\bnot\s+(?:yet\s+)?received\b|\bstill\s+nothing\b|"
    r"\bnothing\s+(?:yet|so\s+far|till\s+now|until\s+now|here)\b|"
    r"\b(?:and|but)\s+nothing(?:\s+(?:yet|so\s+far|here|arrived|came|has\s+(?:come|arrived)))?\W*$|\bno\s+sign\b|\bbut\s+no\s+(?:parcel|package|order|delivery|box)\b"
)
# what people and a day's plans are said to do too: a cue only for an order named as one ("my order would come
# today", "the parcel was due yesterday", "waiting for my order since 10 days", "shipment in customs")
_ORDER_ONLY = (
    r"\b(?:in|at|through|by)\s+customs\b|\btaking\s+(?:forever|ages|so\s+long|too\s+long|long|a\s+while)\b|"
    r"\bwaiting\s+(?:for|on|since)\b|\b(?:am|are)\s+waiting\b|\bexpected\b|\bdue\s+(?:yesterday|today|on|by|last|this|\d)|"
    r"\boverdue\b|\bhere\s+yet\b|\bpushed\s+back\b|\bpostponed\b|\bput\s+back\b|\b(?:at|in)\s+the\s+(?:depot|"
    r"warehouse|sorting\s+(?:centre|center|office|facility)|post\s+office|facility)\b|\bwhich\s+(?:depot|warehouse|"
    r"courier|carrier|post\s+office)\b|\b(?:been\s+)?packed\s+(?:yet|already)\b|\bbeen\s+packed\b|\b(?:will|would|shall)\s+(?:i|we)\s+(?:get|receive)\b(?!\s+(?:charged|a\s+refund|refunded|money))|\bready\s+to\s+(?:ship|dispatch)\b|\breturned\s+to\s+sender\b|\b(?:showing|shows|marked)\s+(?:as\s+)?failed\b|"
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:booked|scheduled|arranged)\b|\bnot\s+heard\s+(?:anything|back|a\s+thing)\b|\bheard\s+nothing\b|"
    r"\bno\s+(?:e-?mail|text|update|word|news|confirmation|tracking)\b|\bfrom\s+the\s+(?:depot|post\s+office)\b|"
    r"\b(?:have|has|did)\s+not\s+(?:yet\s+)?(?:sent|shipped|dispatched|posted)\b|\bsending\b|\bdispatching\b|"
    r"\b(?:did\s+not|never)\s+(?:turn\s+up|show\s+up|showed|show)\b|\b(?:attempted|missed|failed)\s+deliver(?:y|ies)\b|"
    r"\b(?:left|leave)\s+(?:yet|already)\b|\bleft\s*\?|\b(?:would|should|will)\s+(?:be\s+)?(?:come(?!\s+(?:back|home|over|round|out|up|to|in)\b)|"
    r"arrive|here|delivered|shipped|dispatched)\b"
)
# how far it got: what a thing on its way does
_ON_ITS_WAY = (
    r"\b(?:shipped|ship\s+out|shipped\s+out|dispatch(?:ed)?|dispatchd|sent\s+out|sent|posted|left\s+the\s+"
    r"(?:warehouse|depot|store|shop|restaurant|kitchen|facility|hub)|picked\s+up|out\s+for\s+delivery|in\s+transit|"
    r"on\s+(?:its|the|their|his|her)\s+way|arriving|arrived?|arrives|reach(?:ed|ing)?(?!\s+out)|deliver(?:ed|d|ing)?|"
    r"(?:get|gets|getting)\s+here|be\s+here\s+(?:today|tomorrow|by|soon|on\s+time)|eta|enviaron|enviad[oa]|enviou|mandaron|llega(?:do|r[aá])?|lleg[oó]|cheg(?:ou|a|ar[aá]))\b"
)
# what a flight, a person or an event does too: a cue only for an order named as one
_RUNNING_LATE = (
    r"\b(?<!keeps\s)(?<!keep\s)coming\b(?!\s+(?:back|home|over|round|out|up|to\s+(?:my|the|see)))|\bdelayed\b|"
    r"\bstuck(?=\s+(?:in\s+(?:customs|transit)|at\s+(?:the\s+)?(?:warehouse|depot|hub|customs|facility|sorting))|"
    r"\W*$|\s+(?:since|for)\b)|\b(?:is|are|running|was|so|very|mins?|minutes|hours?|hrs|days?)\s+late\b"
)
# what it did, told: asked ("has it shipped?", "did it arrive", "shipped yet"), it is a status question;
# told ("the cake arrived and it's perfect", "the mattress delivered on 4 May"), it is not
_DONE = re.compile(
    r"\b(?:shipped|dispatched|sent|posted|arrived|delivered|deliverd|reached|picked\s+up|left|on\s+(?:schedule|track|time))\b"
)
_ASKING = re.compile(
    r"(?<!!)\?(?!!)|¿|\bwhere\s+(?:is|are)\s+(?:it|they)\W*$|^\W*(?:@\w+\s+)?(?:has|have|did|is|was|were|had|why)\b|\byet\b"
)
# asked politely, of an order named as one: "can you confirm my order has been sent"
_ASKING_OF_ORDER = re.compile(rf"{_ASKING.pattern}|^\W*(?:@\w+\s+)?(?:will|would|can|could|are|does)\b")
_ASKED = (
    r"\b(?:processing|pending)\b|\bany\s+updates?\b|\bupdates?\s+(?:on|about|for|pls|please)\b|\bupdates?\W*$|"
    r"\b(?:status|tracking|track)\b|\bnot\s+(?:been\s+)?(?:moving|moved)\b|\bwhat\s+(?:happened|is\s+happening|"
    r"is\s+going\s+on|(?:is|has)\s+happened)\s+(?:to|with)\b|\b(?:chas(?:e|ing)|follow(?:ing)?\s+up|check(?:ing)?\s+(?:in|up))\b|"
    r"\b(?:latest|situation|state)\s+(?:on|with|about|of|regarding)\b|\bon\s+(?:schedule|track|time)\b|\bno\s+updates?\b|"
    r"\bany\s+(?:movement|progress|news|word)\b|\b(?:movement|progress)\s+(?:on|with)\b"
)
_CUE = re.compile(f"{_WHERE}|{_WHEN}|{_ON_ITS_WAY}|{_RUNNING_LATE}|{_NOT_YET}|{_NOT_HAD}|{_ORDER_ONLY}|{_ASKED}")
# a thing called by what it is needs a cue of delivery; where it is counts only in a short message
# a driver or a rider may drive a shuttle or a taxi: only the first cues, as for an order
_DRIVER = re.compile(r"(?:rider|driver|postman|mailman|postie|dasher)")
_CUE_OF_DRIVER = re.compile(f"{_WHERE}|{_WHEN}|{_ON_ITS_WAY}|{_RUNNING_LATE}|{_NOT_YET}")
_DELIVERY_CUE = re.compile(f"{_ON_ITS_WAY}|{_NOT_YET}")
# before a thing called by what it is, only its eta ("eta on the biryani")
_ASKED_BEFORE = re.compile(r"\beta\b|\b(?:delivery|arrival|dispatch)\s+(?:slot|window)\b|\btracking\b")
_NAMED_ORDER = re.compile(f"{_OWNED_ORDER}|{_NUMBER}|{_CARRIER}")
_GOODS_RE = re.compile(_GOODS)
_NOT_A_THING = re.compile(rf"\s*(?:'s\b|(?:[a-z]+\s+)?(?:{NOT_GOODS}|{_NOT_ORDERED}))")
_NUMBERED_ELSE = re.compile(
    rf"[$£€₹/=]\s*$|(?:{NOT_GOODS}|{_NOT_ORDERED}|flight|room|seat|table|page|step|pnr|otp|pin)\W*$"
)
# a number that counts something, or a year, is no order's number
_COUNTED = re.compile(
    r"\s+(?!(?:status|eta|tracking|update|updates|has|have|is|was|shipped|dispatched|delivered|"
    r"coming|arriv\w*|yet|still|not|pls|please|plz|or|and|kab|kahan|where)\b)[a-z]"
)
_WHERE_RE = re.compile(_WHERE)
_WHEN_RE = re.compile(_WHEN)
_COMING = re.compile(r"\b(?:coming|arriving|due|getting\s+here|here)\b")
# before a thing of the customer's: not had yet, waited for, or when it comes ("when do i get my new handset")
_GOT_BEFORE = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?received?\b|\b(?:still|been|am|are|keep)\s+waiting\s+(?:for|on)\b|\bwhen\b(?:\s+\w+){0,3}\s+"
    r"(?:receive|expect)\b"
)
# "when do i get my new handset" ("when do i get my cut" is no order)
_NEW = re.compile(rf"{_OWNER}\s+(?:new|replacement)\b")
_WHEN_GET = re.compile(r"\bwhen\b(?:\s+\w+){0,3}\s+get\b")
# an order named by what is no order: "i ordered a new card", "my card delivery", "the card i ordered"
_ORDERED_ELSE = re.compile(
    rf"(?:\s+(?:a|an|my|the|new|replacement|another|some|extra|second|spare|physical|virtual)\b)*"
    rf"\s+{NOT_GOODS}|\b(?:{_OWNER}|the)\s+{NOT_GOODS}"
)
_ELSE_ORDERED = re.compile(rf"{NOT_GOODS}\s+(?:that\s+|which\s+)?$")
_IT_CUE = re.compile(f"{_ON_ITS_WAY}|{_RUNNING_LATE}|{_NOT_YET}|{_WHERE}")
_IT = re.compile(r"\b(?:it|they|them)\b")
_MAX_WORDS = 40  # a longer message is a story or a letter; the phrase list reads those
_NEAR = 6  # words between the thing and the cue, in either order
_SHORT = 10  # "is it coming today", "wen wil it deliverd": "it" is the order only in a short question
_BARE = re.compile(
    r"^\W*(?:eta|tracking|any\s+updates?|(?:\w+\s+)?delivery\s+(?:date|time|status))\W*(?:pls|please|plz)?\W*\?+\W*$|"
    r"^\W*(?:(?:hello|hi|hey|yo|so|and|ok|okay|um+)\W+)*(?:my|our)\s+(?:\w+\s+)?(?:orders?|packages?|parcels?|"
    r"deliver(?:y|ies)|shipments?|stuff)\s*\?+\W*$|\bstill\s+no\s+(?:sign\s+of\s+)?(?:my\s+|the\s+)?(?:order|parcel|package|"
    r"delivery|shipment)\b|\bno\s+(?:order|parcel|package|delivery|shipment)\s+(?:yet|so\s+far|still)\b|"
    r"^\W*(?:late|delayed|missing)\s+(?:order|delivery|parcel|package|shipment)\W*$|"
    r"^\W*(?:it\s+(?:was|is)\s+)?(?:supposed|meant|due)\s+to\s+(?:arrive|come|be\s+(?:here|delivered))\b|"
    r"^\W*nothing\s+(?:came|arrived|has\s+(?:come|arrived))\s+(?:today|yet|again|still)\b|"
    r"\b(?:my|our|the)\s+(?:\w+\s+)?deliver(?:y|ies)\s+(?:is\s+|still\s+)*(?:on\s+)?(?:for\s+)?(?:today|tomorrow|tonight)\b"
    r"(?!\s+(?:if|when|instead))|"
    r"\bis\s+(?:my|our|the)\s+(?:\w+\s+)?deliver(?:y|ies)\s+still\s+(?:on|happening|coming|going\s+ahead)\b|"
    r"\b(?:tell\s+me|confirm|give\s+me|send\s+me)\s+(?:the|my)\s+(?:delivery|dispatch|arrival)\s+(?:date|time|day|slot)\b|"
    r"^\W*(?:my\s+)?(?:order|parcel|package|delivery)\s*\?+\W*$|\blabel\s+created\b|\b(?:tracking|label)\s+(?:is\s+|has\s+"
    r"been\s+)?(?:still\s+)?(?:stuck|frozen)\b|\bno\s+(?:updates?|movement)\s+(?:on|in)\s+(?:the\s+|my\s+)?tracking\b|"
    r"\bstuck\s+on\s+\W?(?:order\s+)?(?:received|processing|pending|confirmed|label)|"
    r"\b(?:says?|saying|said|shows?|showing)\s+(?:it\s+(?:was|is|has\s+been)\s+)?(?:dispatched|shipped|sent)\s+but\b|"
    r"\b(?:not|never)\s+(?:yet\s+)?(?:received|got|had)\s+(?:any|a|the|my)\s+(?:shipping|dispatch|delivery)\s+(?:confirmation|"
    r"e-?mail|notification)|\bdelivery\s+(?:attempt\s+)?(?:is\s+)?(?:showing\s+as\s+)?failed\b|"
    r"\b(?:when|still|not|never|yet)\b.*\bto\s+(?:arrange|book|schedule)\s+(?:the\s+|my\s+)?delivery\b"
)
# the message is about delivery in general, another errand about an order, or stock
_ELSEWHERE = re.compile(
    r"\bhow\s+long\s+(?:it\s+)?takes?\b|\b(?:check\w*|see\w*|view|look|find\s+out)\s+(?:\w+\s+)?(?:when|"
    r"how\s+long)\b|\bknow\s+how\s+long\b|\bhow\s+long\s+(?:does|do|will|would)\s+(?:it\s+|the\s+|your\s+)?(?:\w+\s+)?(?:usually\s+)?take\b|"
    r"\b(?:do|does|can|will)\s+(?:you|u|the\s+\w+|your\s+\w+)\s+(?:\w+\s+)?(?:ship|deliver|send|post)\b(?!\s+(?:it|them|my))|"
    r"\b(?:shipping|delivery|postage|courier)\s+(?:costs?|fees?|charges?|prices?|rates?|polic\w+|options?|"
    r"countries|areas?|zones?|methods?|partners?)\b|\bfree\s+(?:shipping|delivery)\b|"
    r"\b(?:change|update|edit|modify|correct|wrong)\s+(?:my\s+|the\s+)?(?:delivery\s+|shipping\s+)?address\b|"
    r"\b(?:cancel\w*|return\w*(?!\s+to\s+sender)|refund\w*|exchange|reschedul\w*|redirect\w*|wrong|damaged|broken|spilled|"
    r"stock|restock\w*|available|availability|back\s+in|transactions?|transfers?)\b|\bin\s+(?:stores?|shops?)\b|"
    r"\b(?:can|could|may|how\s+(?:do|can|to))\s+(?:i\s+|we\s+|you\s+)?pre-?order\b|\bpre-?orders?\s+(?:open|start|"
    r"close|go\s+live|the|a|it|one)\b|"
    r"\b(?:standing|money|payment|postal|banker'?s|court|restraining)\s+orders?\b"
)
_IT_ELSEWHERE = re.compile(rf"\b{NOT_GOODS}|\b{_NOT_ORDERED}|\b(?:fixed|working|done|ready|open|closed|on\s+sale)\b")


def asks_about_an_order(norm: str) -> bool:
    """Whether ``norm`` (normalised text) asks or tells where the customer's own order is or when it comes."""
    if _BARE.search(norm) or _FIRST_NOT_COME.search(norm):
        return True
    words = norm.split()
    if len(words) > _MAX_WORDS or _CUE.search(norm) is None or _ELSEWHERE.search(norm):
        return False
    for thing in _NAMED_ORDER.finditer(norm):
        if thing.group(0)[-1].isdigit() and (
            _NUMBERED_ELSE.search(norm[: thing.start()]) or _COUNTED.match(norm, thing.end())
        ):
            continue  # "flight 1234", "account 55512", "$6476", "40000 stabbings", "in 2009"
        if (
            _ORDERED_ELSE.search(thing.group(0))
            or _ORDERED_ELSE.match(norm, thing.end())
            or _ELSE_ORDERED.search(norm[: thing.start()])
        ):
            continue  # "i ordered a new card", "my card delivery", "the card i ordered"
        cue = _CUE_OF_DRIVER if _DRIVER.fullmatch(thing.group(0)) else _CUE
        if _near(norm, thing.span(), cue, asked=_ASKING_OF_ORDER):
            return True
    for thing in _GOODS_RE.finditer(norm):
        if _NOT_A_THING.match(norm, thing.end()):
            continue  # "my late husband's", "the new card"
        owned = thing.group(1) is not None
        if (
            _after(norm, thing.span(), _DELIVERY_CUE)
            or _near(norm, thing.span(), _ASKED_BEFORE, after=False)
            or (owned and _near(norm, thing.span(), _GOT_BEFORE, after=False))
            or (_NEW.match(thing.group(0)) and _near(norm, thing.span(), _WHEN_GET, after=False))
            or (
                len(words) <= _SHORT
                and owned
                and (
                    _near(norm, thing.span(), _WHERE_RE)
                    or (
                        (_near(norm, thing.span(), _WHEN_RE, after=False) or _ASKING.search(norm) is not None)
                        and _after(norm, thing.span(), _COMING)
                    )
                )
            )
        ):
            return True
    return (
        len(words) <= _SHORT
        and _IT.search(norm) is not None
        and _IT_CUE.search(norm) is not None
        and (_ASKING.search(norm) is not None or norm.startswith(("when", "where", "any")))
        and _IT_ELSEWHERE.search(norm) is None
    )


def _after(norm: str, span: tuple[int, int], cue: re.Pattern[str]) -> bool:
    return _near(norm, span, cue, before=False)


def _near(
    norm: str,
    span: tuple[int, int],
    cue: re.Pattern[str],
    before: bool = True,
    after: bool = True,
    asked: re.Pattern[str] = _ASKING,
) -> bool:
    """A cue within a few words of the thing, outside the thing's own words ("the delivery" is no cue for
    itself); a deed told without a question ("the cake arrived") is no cue."""
    start, end = span
    windows = []
    if before:
        windows.append(" ".join(norm[:start].split()[-_NEAR - 1 :]))
    if after:
        windows.append(" ".join(norm[end:].split()[: _NEAR + 1]))
    asking = asked.search(norm) is not None
    return any(
        asking or _DONE.fullmatch(found.group(0)) is None for window in windows for found in cue.finditer(window)
    )
