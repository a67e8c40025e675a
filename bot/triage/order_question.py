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

_DET = r"(?:my|our|the|mi|mera|meri|yung|ang)"
# what is delivered, by its kind of name; "delivery" and "order" need an owner or a number (below)
_ORDER_WORD = (
    r"(?:orders?|parcels?|packages?|pkg|deliver(?:y|ies)|shipments?|consignments?|purchases?|groceries|pedido|"
    r"paquete|saman|samaan)"
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
    r"transaction|charge|fee|atm|top|exchange|salary|pay|paycheck|direct\s+deposit|contactless)s?\b"
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
    r"other|thing|things|house|home|area|place|location|city|town|mud|road|street|door|car|bed|end|point|night|morning|day|week|month|year)\b)"
)
# "the new SIM", "my vitamin c serum", "the blue kettle": an owner and up to three words, none of them a
# thing that is not goods ("my sim card" is goods though "card" alone is not)
_WORD = rf"(?:sim\s+cards?|(?!{_STOP})[a-z][a-z-]*[a-z])"
_GOODS = rf"\b{_DET}\s+(?:{_WORD}\s+){{0,2}}?{_WORD}\b"
_NUMBER = r"(?:#\s?\d{3,20}|\bord(?:er)?-?\s?\d{3,20}|\b(?!(?:19|20)\d\d\b)\d{4,20})\b"
_OWNED_ORDER = (
    rf"\b(?:{_DET}|this|that)\s+(?:\w+\s+)?{_ORDER_WORD}\b|\b{_ORDER_WORD}\s+(?:ko\b|no\.?\s*|number\s+|#)?\s?\d|"
    rf"^\W*(?:@\w+\s+)?{_ORDER_WORD}\b|\bi\s+(?:ordered|bought|purchased)\b"
)
_CARRIER = (
    r"\b(?:rider|driver|courier|postman|mailman|postie|dasher|delivery\s+(?:guy|man|boy|person|partner|agent|"
    r"executive|driver))\b"
)
# where it is, when it comes, how far it got, or that it has not come
_WHERE = (
    r"\bwhere\b(?!\s+(?:i|he|she|we|they|to|can|do|does|should|could|would|might)\b)|\bwhereabouts\b|\bhow\s+far\b|\bclose\s+by\b|\bnearby\b|\bclose\W*$|\bon\s+the\s+map\b|"
    r"\basan\b|\bnasaan\b|\bnasan\b|\bkahan?\b|\bkidhar\b|\bd[oó]nde\b"
)
_WHEN = (
    r"\bwhen\b(?!\s+(?:he|she|we|they)\b)(?!\s+(?:i|you|u)\s+(?!will|wil|can|shall|get|receive|expect))|\bwhat\s+time\b|\bhow\s+long\s+(?:till|until|til|before)\b|\bby\s+when\b|"
    r"\b(?:delivery|arrival|dispatch)\s+(?:date|time|day)\b|\bkab\b"
)
_NOT_YET = (
    r"\b(?:still|yet)\s+(?:not|no|to)\b|\bnot\s+here\s+yet\b|\bnot\s+(?:yet|come|arrived)\b(?!\s+(?:in|through|back|home|out|true|anymore|any\s+more|for\s+long)\b)|\bnever\s+(?:came|come|arrived|"
    r"showed)\b|\b(?:meant|supposed)\s+to\s+(?:come|arrive|be\s+(?:here|delivered))\b|\b(?:has|have)\s+not\s+"
    r"(?:come|arrived|moved|shown\s+up|turned\s+up)\b(?!\s+(?:in|through|back|home|out|true)\b)|\bstill\s+(?:says|shows|showing|waiting)\b|\be\s+don\s+pass\b"
)
# how far it got: what a thing on its way does
_ON_ITS_WAY = (
    r"\b(?:shipped|ship\s+out|shipped\s+out|dispatch(?:ed)?|dispatchd|sent\s+out|sent|posted|left\s+the\s+"
    r"(?:warehouse|depot|store|shop|restaurant|kitchen|facility|hub)|picked\s+up|out\s+for\s+delivery|in\s+transit|"
    r"on\s+(?:its|the|their|his|her)\s+way|arriving|arrived?|reach(?:ed|ing)?(?!\s+out)|deliver(?:ed|d|ing)?|"
    r"(?:get|gets|getting)\s+here|be\s+here\s+(?:today|tomorrow|by|soon|on\s+time)|eta)\b"
)
# what a flight, a person or an event does too: a cue only for an order named as one
_RUNNING_LATE = (
    r"\b(?<!keeps\s)(?<!keep\s)coming\b(?!\s+(?:back|home|over|round|out|up|to\s+(?:my|the|see)))|\bdelayed\b|"
    r"\bstuck(?=\s+(?:in\s+(?:customs|transit)|at\s+(?:the\s+)?(?:warehouse|depot|hub|customs|facility|sorting))|"
    r"\W*$|\s+(?:since|for)\b)|\b(?:is|are|running|was|so|very|mins?|minutes|hours?|hrs|days?)\s+late\b"
)
# what it did, told: asked ("has it shipped?", "did it arrive", "shipped yet"), it is a status question;
# told ("the cake arrived and it's perfect", "the mattress delivered on 4 May"), it is not
_DONE = re.compile(r"\b(?:shipped|dispatched|sent|posted|arrived|delivered|deliverd|reached|picked\s+up|left)\b")
_ASKING = re.compile(r"(?<!!)\?(?!!)|^\W*(?:@\w+\s+)?(?:has|have|did|is|was|were|had)\b|\byet\b")
_ASKED = (
    r"\b(?:processing|pending)\b|\bany\s+updates?\b|\bupdates?\s+(?:on|about|for|pls|please)\b|\bupdates?\W*$|"
    r"\b(?:status|tracking|track)\b|\bnot\s+(?:been\s+)?(?:moving|moved)\b"
)
_CUE = re.compile(f"{_WHERE}|{_WHEN}|{_ON_ITS_WAY}|{_RUNNING_LATE}|{_NOT_YET}|{_ASKED}")
# a thing called by what it is needs a cue of delivery; where it is counts only in a short message
_DELIVERY_CUE = re.compile(f"{_ON_ITS_WAY}|{_NOT_YET}")
# before a thing called by what it is, only its eta ("eta on the biryani")
_ASKED_BEFORE = re.compile(r"\beta\b")
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
_IT_CUE = re.compile(f"{_ON_ITS_WAY}|{_RUNNING_LATE}|{_NOT_YET}|{_WHERE}")
_IT = re.compile(r"\b(?:it|they|them)\b")
_MAX_WORDS = 40  # a longer message is a story or a letter; the phrase list reads those
_NEAR = 6  # words between the thing and the cue, in either order
_SHORT = 10  # "is it coming today", "wen wil it deliverd": "it" is the order only in a short question
_BARE = re.compile(
    r"^\W*(?:eta|tracking|any\s+updates?|(?:\w+\s+)?delivery\s+(?:date|time|status))\W*(?:pls|please|plz)?\W*\?+\W*$"
)
# the message is about delivery in general, another errand about an order, or stock
_ELSEWHERE = re.compile(
    r"\bhow\s+long\s+(?:it\s+)?takes?\b|\b(?:check\w*|see\w*|know|view|look|find\s+out)\s+(?:\w+\s+)?(?:when|"
    r"how\s+long)\b|\bhow\s+long\s+(?:does|do|will|would)\s+(?:it\s+|the\s+|your\s+)?(?:\w+\s+)?(?:usually\s+)?take\b|"
    r"\b(?:do|does|can|will)\s+(?:you|u|the\s+\w+|your\s+\w+)\s+(?:\w+\s+)?(?:ship|deliver|send|post)\b(?!\s+(?:it|them|my))|"
    r"\b(?:shipping|delivery|postage|courier)\s+(?:costs?|fees?|charges?|prices?|rates?|polic\w+|options?|"
    r"countries|areas?|zones?|methods?|partners?)\b|\bfree\s+(?:shipping|delivery)\b|"
    r"\b(?:change|update|edit|modify|correct|wrong)\s+(?:my\s+|the\s+)?(?:delivery\s+|shipping\s+)?address\b|"
    r"\b(?:cancel\w*|return\w*|refund\w*|exchange|reschedul\w*|redirect\w*|wrong|damaged|broken|spilled|"
    r"stock|restock\w*|available|availability|pre-?orders?|preorder\w*|back\s+in|transactions?|transfers?)\b|"
    r"\b(?:standing|money|payment|postal|banker'?s|court|restraining)\s+orders?\b"
)
_IT_ELSEWHERE = re.compile(rf"\b{NOT_GOODS}|\b{_NOT_ORDERED}|\b(?:fixed|working|done|ready|open|closed|on\s+sale)\b")


def asks_about_an_order(norm: str) -> bool:
    """Whether ``norm`` (normalised text) asks or tells where the customer's own order is or when it comes."""
    if _BARE.search(norm):
        return True
    words = norm.split()
    if len(words) > _MAX_WORDS or _CUE.search(norm) is None or _ELSEWHERE.search(norm):
        return False
    for thing in _NAMED_ORDER.finditer(norm):
        if thing.group(0)[-1].isdigit() and (
            _NUMBERED_ELSE.search(norm[: thing.start()]) or _COUNTED.match(norm, thing.end())
        ):
            continue  # "flight 1234", "account 55512", "$6476", "40000 stabbings", "in 2009"
        if _near(norm, thing.span(), _CUE):
            return True
    for thing in _GOODS_RE.finditer(norm):
        if _NOT_A_THING.match(norm, thing.end()):
            continue  # "my late husband's", "the new card"
        if (
            _after(norm, thing.span(), _DELIVERY_CUE)
            or _near(norm, thing.span(), _ASKED_BEFORE, after=False)
            or (
                len(words) <= _SHORT
                and thing.group(0).startswith(("my", "our"))
                and _near(norm, thing.span(), _WHERE_RE)
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


def _near(norm: str, span: tuple[int, int], cue: re.Pattern[str], before: bool = True, after: bool = True) -> bool:
    """A cue within a few words of the thing, outside the thing's own words ("the delivery" is no cue for
    itself); a deed told without a question ("the cake arrived") is no cue."""
    start, end = span
    windows = []
    if before:
        windows.append(" ".join(norm[:start].split()[-_NEAR - 1 :]))
    if after:
        windows.append(" ".join(norm[end:].split()[: _NEAR + 1]))
    asking = _ASKING.search(norm) is not None
    return any(
        asking or _DONE.fullmatch(found.group(0)) is None for window in windows for found in cue.finditer(window)
    )
