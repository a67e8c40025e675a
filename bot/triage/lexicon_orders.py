"""The order-status question as a lexicon: where it is, when it comes, whether it shipped, told or asked, with
the order named, numbered, or called by what it is; see docs/triage.md › "Order questions"."""

from __future__ import annotations

import re

from .patterns import regex_entries

_ITEM = (
    r"(?:orders?|packages?|parcels?|shipments?|deliver(?:y|ies)|purchases?|items?|products?|stuff|box|goods|articles?|consignments?)"
)
_MY = r"(?:my|the|our|this|that|an?|your)?\s*"
_ID = r"(?:\s+(?:number\s+|no\.?\s*|#\s*)?#?[a-z]*-?\d[\w-]*)?"
# an order's number on its own ("has 1001 shipped?", "ORD-1293"); fewer digits are counts ("has 2 items")
_NUMBER = r"(?:#\s?|ord-?\s?)?\d{3,20}"
# what else arrives, and is no order
_NOT_GOODS = (
    r"(?:cards?|transfers?|payments?|refunds?|money|funds|cash|deposits?|cheques?|checks?|pin|codes?|e-?mails?|messages?|"
    r"passwords?|links?|invoices?|statements?|replies|reply|response|answers?|salary|wages?|pension|loans?|tickets?|"
    r"letters?|documents?|forms?|confirmation|verification|reimbursements?|vouchers?|credit|points|"
    r"period|results?|visa|passport|benefits?|time|turn|day|bags?|luggage|baggage|suitcases?|"
    r"husband|wife|son|daughter|kids?|child(?:ren)?|baby|friends?|partner|mum|mom|dad|mother|father|family|"
    r"boyfriend|girlfriend|brother|sister|guests?|visitors?|technician|engineer|plumber|nurse|doctor|taxi|bus|train|"
    r"flight|plane|sales?|offers?|deals?|discounts?|season|weekend|holidays?|christmas|event|launch|restock|update|"
    r"version|features?|release|episode|summer|winter|spring|autumn|new\s+(?:model|collection|range))\b"
)
_ON_ITS_WAY = (
    r"(?:shipped|ship|dispatched|sent\s+out|left\s+(?:the\s+)?(?:warehouse|depot)|gone\s+out|arrived|arrive|delivered|"
    r"on\s+(?:its|the|their)\s+way|out\s+for\s+delivery|in\s+transit|been\s+(?:shipped|dispatched|delivered|sent))\b"
)

ORDER_TRACKING_PATTERNS: tuple[str, ...] = regex_entries(
    rf"\bwhere\s*(?:is|are|s)?\s+(?:my|the|our|this|that|your)\s+{_ITEM}\b",
    rf"\bwhere\s*(?:is|are|s)?\s*(?:{_ITEM}|purchase|order){_ID}\s*[?.!]*$",
    rf"\b(?:trac(?:k|king|e|ing)|monitor(?:ing)?)\s+{_MY}(?:\w+\s+)?{_ITEM}\b",
    rf"\b{_ITEM}\s+tracking\b|\b(?:need|want|get|have)\s+(?:\w+\s+){{0,2}}tracked\b",
    rf"\bwhat\s+is\s+(?:up|going\s+on|happening)\s+with\s+{_MY}(?:\w+\s+)?{_ITEM}\b",
    rf"\bwhen\s+(?:will|do|can|should)\s+i\s+(?:get|receive)\s+{_MY}(?:\w+\s+)?(?:orders?|packages?|parcels?|"
    r"shipments?|purchases?)\b",
    rf"\bwhen\s+{_MY}{_ITEM}\s+(?:will|is\s+going\s+to)\s+(?:get|be)\s+here\b",
    r"\btrack\s+(?:it|them|this|that)\b",
    r"\btracking\s+(?:number|no|info|information|link|code|id|details|status|page|update)s?\b",
    rf"\b{_ITEM}(?:'s)?{_ID}\s+(?:current\s+|delivery\s+|shipping\s+)?(?:status|progress|whereabouts|"
    r"location)\b",
    rf"\b(?:status|progress|whereabouts|location|tracking)\s+(?:of|on|for)\s+{_MY}{_ITEM}\b",
    rf"\b(?:eta|estimated\s+time\s+of\s+arrival|estimated\s+(?:delivery|arrival)\s+(?:date|time|day))\s+"
    rf"(?:of|for|on)\s+{_MY}{_ITEM}",
    rf"\b(?:locate|locating|find|finding|trace|tracing|follow|following)\s+{_MY}(?:orders?|packages?|parcels?|"
    rf"shipments?|purchases?){_ID}",
    rf"\b(?:has|have|did|is|was)\s+{_MY}{_ITEM}{_ID}\s+(?:been\s+)?(?:shipped|ship|dispatched|"
    r"sent\s+out|sent|left|"
    r"gone\s+out|go\s+out|arrived|arrive|delivered|on\s+(?:its|the|their)\s+way|out\s+for\s+delivery|"
    r"in\s+transit|delayed|lost|stuck)\b",
    rf"\b{_MY}{_ITEM}{_ID}\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:still\s+)?(?:not|never|yet\s+to)\s+(?:been\s+)?"
    r"(?:arrived|arrive|come|came|shown\s+up|show\s+up|been\s+delivered|delivered|shipped|"
    r"dispatched|received)\b",
    rf"\b(?:not|never)\s+(?:yet\s+)?(?:received|got|gotten|get|receive)\s+{_MY}{_ITEM}\b",
    rf"\b(?:news|updates?)\s+(?:on|about|regarding|for)\s+{_MY}(?:\w+\s+)?{_ITEM}\b",
    r"\b(?:any|the\s+latest|latest|all)\s+(?:information|info)\s+(?:on|about|regarding|for)\s+(?:my|our|"
    rf"this)\s+{_ITEM}\b(?!\s+(?:address|period|options|methods|times?|costs?|fees?))",
    rf"\bhow\s+is\s+{_MY}(?:\w+\s+)?{_ITEM}\s+(?:doing|coming\s+along|going|getting\s+on)\b",
    rf"\b(?:when|what\s+time|what\s+day)\s+(?:is|will|are)\s+{_MY}{_ITEM}{_ID}\s+(?:getting|get|"
    r"going\s+to\s+get|coming|"
    r"arriving|being\s+delivered|out\s+for\s+delivery)\b",
    rf"\b{_ITEM}\s+(?:is\s+|are\s+|will\s+)?(?:getting|get|coming|arriving|be)\s+(?:here|today|tomorrow)\b",
    r"\b(?:order|delivery|shipping|shipment|package|parcel|dispatch|courier|consignment)\s+status\b",
    # no "order" word: "did you send my item", "not delivered yet", "when will I get it"
    rf"\b(?:did|have|has)\s+(?:you|they|you\s+guys)\s+(?:already\s+|even\s+|actually\s+)?(?:sent|send|shipped|"
    rf"ship|dispatched|dispatch|posted|post|mailed)\s+(?:out\s+)?{_MY}(?:\w+\s+)?{_ITEM}\b",
    r"^\W*(?:it\s+is\s+|it\s+has\s+|still\s+|has\s+|till\s+now\s+|until\s+now\s+)?(?:not|never)\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:delivered|received|arrived|dispatched|shipped)(?:\s+(?:yet|till\s+now|until\s+now|so\s+far))?\W*$",
    # told as a chat's shorthand, the thing first: "order not yet dispatched", "shipment delayed", "order pending
    # since 3 days", "my order is showing pending", "order is in processing since long"
    rf"(?:^|[.!?,;]\s*)(?:my\s+|our\s+)?{_ITEM}{_ID}\s+(?:is\s+|has\s+|was\s+)?(?:still\s+)?(?:(?:not|never)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:dispatched|shipped|delivered|received|arrived)|delayed|late|lost|"
    r"stuck(?!\s+in\s+(?:the\s+|my\s+)?(?:cart|basket|checkout|app|payment))|missing(?!\s+(?:a|an|the|some|parts?|"
    r"pieces?|screws?|items?)\b)|"
    r"(?:showing\s+|shows\s+|in\s+|under\s+|still\s+)?(?:pending|processing|on\s+hold))\b",
    # asked of the wait: "is there a delay with my order", "why is my order taking so long"
    rf"\b(?:delays?|hold[-\s]?up|taking\s+so\s+long|so\s+long)\s+(?:with|on|for)\s+{_MY}(?:\w+\s+)?{_ITEM}\b|"
    rf"\b{_MY}{_ITEM}\s+(?:is\s+)?taking\s+(?:so|this|too|very)\s+long\b",
    r"\b(?:awb|air\s*way\s*bill|waybill|docket|consignment)\s+(?:number|no|num|id)\b|^\W*how\s+(?:to|do\s+i|can\s+i)\s+"
    r"track(?:\s+(?:it|this|them|my\s+\w+))?\W*$",
    r"\b(?:check|see|know|view|get|find\s+out|tell\s+me)\s+(?:on\s+)?(?:the\s+|my\s+)?(?:status|progress|eta|"
    rf"whereabouts)(?:\s+(?:of|on|for)\s+{_MY}{_ITEM}\b|\s*[?.!]*$)",
    rf"\b(?:check|checking|see|seeing|check\s+on)\s+(?:up\s+on\s+)?{_MY}(?:orders?|purchases?|packages?|deliver(?:y|ies)|"
    r"shipments?|"
    rf"parcels?){_ID}\s*[?.!]*$",
    r"\b(?:shipped|dispatched)\s+yet\b|\bout\s+for\s+delivery\b|\bin\s+transit\b",
    r"\b(?:says|shows|showing|marked|marks|listed)\s+(?:as\s+|it\s+was\s+|it\s+is\s+)?delivered\b|"
    r"\btracking\s+(?:says|shows|has\s+not)\b",
    # told, not asked: "my order is delayed", "the parcel got lost", "my package has been stuck for a week"
    rf"\b(?:my|our|the)\s+(?:\w+\s+)?(?:orders?|packages?|parcels?|shipments?|deliver(?:y|ies)){_ID}\s+(?:is|are|"
    r"was|were|has\s+been|have\s+been|got|seems?|seems\s+to\s+be)\s+(?:still\s+|now\s+|really\s+|very\s+)?"
    r"(?:delayed|late|lost|stuck|held\s+up|missing|overdue)\b",
    rf"\b(?:know|ask|asking|enquire|enquiring|inquire|inquiring|query|question)\s+(?:about|regarding|on)\s+"
    rf"(?:my|our)\s+(?:\w+\s+)?{_ITEM}\b(?!\s+(?:address|options|methods|costs?|fees?|charges?))",
    r"^\W*(?:what\s+is\s+(?:the\s+|my\s+)?)?(?:(?:expected|estimated)\s+)?(?:delivery|arrival|dispatch)\s+"
    r"(?:date|time|day)(?:\s+(?:of|for)\s+(?:my|the)\s+\w+)?\W*$",
    rf"\b(?:expected|estimated)\s+(?:delivery|arrival)\s+(?:of|for)\s+{_MY}{_ITEM}\b",
    # the order's own state, asked: "is my order confirmed", "did my order go through", "order update",
    # "my order details", "what about my order", "tracking is not updating"
    r"\b(?:is|has)\s+(?:my|our|the)\s+order\s+(?:been\s+)?(?:confirmed|placed|processed|accepted|"
    r"received|approved|booked)\b|\bdid\s+(?:my|our|the)\s+order\s+(?:go\s+through|get\s+placed|work)\b",
    r"^\W*(?:(?:give|show|send|tell)\s+me\s+)?(?:my\s+|the\s+)?(?:order|delivery|shipment|parcel)\s+(?:updates?|"
    r"details|info|information)\W*(?:please)?\W*$",
    rf"^\W*(?:(?:hi|hello|so|and|ok|okay)\W+)?(?:what|how)\s+about\s+{_MY}{_ITEM}\W*$|\b(?:tell|update)\s+me\s+"
    rf"(?:about|on)\s+(?:my|our)\s+{_ITEM}\W*(?:please)?\W*$",
    r"\btracking\s+(?:(?:is|has)\s+)?(?:still\s+)?(?:not|never)\s+(?:been\s+)?(?:updat\w*|moving|moved|changing|"
    r"changed|showing)\b|\b(?:says|shows|showing)\s+(?:as\s+)?(?:shipped|dispatched)\s+but\s+(?:not|never|"
    r"still\s+not|nothing)\b",
    # when it comes, asked in other words: "when can I expect my order", "when i will get my order",
    # "when will my mattress be delivered", "when will you deliver my order"
    rf"\bwhen\s+(?:can|will|should|do|would)\s+(?:i|we)\s+expect\s+{_MY}(?:\w+\s+)?{_ITEM}\b|\bwhen\s+"
    rf"(?:i|we)\s+(?:will|shall|can|would)\s+(?:get|receive)\s+{_MY}(?:\w+\s+)?{_ITEM}\b",
    rf"\bwhen\s+(?:will|would|is|are)\s+(?:my|our|the)\s+(?!{_NOT_GOODS})(?:\w+\s+)?(?:be|going\s+to\s+be|"
    r"getting)\s+delivered\b|\bwhen\s+(?:will|are|would|can)\s+you\s+(?:guys\s+)?(?:be\s+)?(?:deliver(?:ing)?|"
    r"ship(?:ping)?|dispatch(?:ing)?|send(?:ing)?)\s+(?:my|our|the|it|them|this)\b|\bwhen\s+(?:are|will)\s+you\s+"
    r"(?:guys\s+)?(?:delivering|deliver)\W*$",
    # the time since it was ordered, told: "I placed an order 5 days ago", "it's been a week since I ordered"
    r"^(?!.*\b(?:cancel|return|refund|exchang|chang|modif|wrong|damaged|broken|faulty)).*(?:\b(?:placed|made|"
    r"put\s+in)\s+(?:an?|my|the)\s+order\b[^.?!]{0,30}?\b(?:days?|weeks?|months?)\s+(?:ago|back)\b|\b(?:been|"
    r"over|more\s+than)\s+(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+since\s+(?:i|we)\s+"
    r"(?:ordered|placed|bought|paid|purchased)\b|\b(?:ordered|bought|purchased)\b[^.?!]{0,30}?\b(?:days?|"
    r"weeks?)\s+(?:ago|back)\b[^.?!]{0,30}?\b(?:still|not|no|nothing|yet)\b)",
    r"\b(?:days?|weeks?)\s+(?:now\s+)?(?:and\s+)?(?:still\s+)?no\s+(?:delivery|parcel|package|order|sign\s+of\s+it)\b",
) + regex_entries(
    # the order named by its number alone, or as "it": "has 1001 shipped?", "where is 1001", "#1001?",
    # "has it been shipped"
    rf"\bwhere\s+(?:is|are)\s+(?:order\s+)?{_NUMBER}\b",
    rf"\bwhat\s+is\s+(?:up|going\s+on|happening)\s+with\s+(?:order\s+)?{_NUMBER}\b",
    # whatever the thing is called, when it has not come: "my mattress has not been delivered yet", "the sofa
    # never arrived" (money, cards and messages arrive too: those are not orders)
    rf"\b(?:my|our|the)\s+(?:(?!{_NOT_GOODS})\w+\s+){{1,3}}?(?:(?:has|have|did)\s+(?:still\s+)?(?:not|never)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:delivered|shipped|dispatched)|(?:has|have)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?"
    r"(?:arrived|come|turned\s+up|shown\s+up)(?!\s+(?:to|home|back|in|into|out|over|round|around|along|with|for|by|"
    r"across|true|of)\b))\b",
    # asked of the shop, the thing being "it": "did you ship it yet", "have you dispatched them"
    r"\b(?:did|have|has)\s+(?:you|they|you\s+guys)\s+(?:already\s+|even\s+|actually\s+)?(?:shipped|ship|"
    r"dispatched|dispatch|posted|mailed)\s+(?:it|them)\b",
    # the one who brings it did not come: "the courier hasn't come", "delivery guy never showed up"
    r"\b(?:courier|driver|delivery\s+(?:man|guy|driver|person|boy|partner|agent)|postman|mailman|postie)\s+"
    r"(?:still\s+)?(?:(?:has|have|did|is)\s+)?(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:come|came|arrived|"
    r"turned\s+up|shown\s+up|showed\s+up|delivered|been|coming)\b",
    # "when my order will reach", "by when will I receive it", "when will you dispatch"
    rf"\bwhen\s+(?:{_MY}{_ITEM}|it|they)\s+(?:will|would|is\s+going\s+to|is\s+gonna|go)\s+reach\b|\bwhen\s+will\s+"
    rf"(?:{_MY}{_ITEM}|it|they)\s+reach\b|\bby\s+when\s+(?:will|can|should|would)\s+(?:i|we)\s+(?:get|receive)\b|"
    r"\bwhen\s+(?:will|are|would|can)\s+you\s+(?:guys\s+)?(?:dispatch|ship|send)(?:ing)?(?:\s+(?:it|them))?\W*$",
    # the thing named by what it is, coming: "what day is the wardrobe being delivered", "how long till my shoes
    # get here" ("arrive" is left to delivery times, as above)
    rf"\b(?:when|what\s+time|what\s+day|which\s+day)\s+(?:is|are|will)\s+(?:my|our|the)\s+(?:(?!{_NOT_GOODS})\w+\s+){{1,2}}?"
    r"(?:being\s+delivered|be\s+delivered|getting\s+delivered|coming|turning\s+up|(?:be|get)\s+here)\b",
    rf"\bhow\s+long\s+(?:until|till|til|before)\s+(?:my|our|the)\s+(?:(?!{_NOT_GOODS})\w+\s+){{1,2}}?(?:gets?\s+here|"
    r"is\s+here|are\s+here|turns?\s+up|shows?\s+up|comes?|is\s+delivered|are\s+delivered)\b",
    # one word asked: "shipped?", "delivered yet?"; the courier's pick-up: "has the courier picked up 66120 yet"
    r"^\W*(?:(?:is|has)\s+it\s+(?:been\s+)?)?(?:shipped|dispatched)(?:\s+yet)?\s*\?+\W*$",
    rf"\b(?:has|have|did)\s+(?:the\s+)?(?:courier|driver|carrier)\s+(?:already\s+)?(?:picked\s+up|collected|"
    rf"taken)\s+(?:{_NUMBER}|my\s+(?:order|parcel|package|shipment))\b",
    # Hindi and Urdu in Latin letters, as Indian shops' customers write: "mera order kab aayega",
    # "parcel kahan hai"
    r"\b(?:order|parcel|package|delivery|saman|samaan|product)\s+(?:\w+\s+){0,3}?(?:kab|kahan|kaha|kidhar|"
    r"nahi\s+(?:aaya|aya|mila|pahucha|pahuncha|hua))\b",
    rf"\b(?:has|have|did|is|was)\s+(?:{_NUMBER}|it|they|this|that|{_MY}{_ITEM}{_ID})\s+(?:already\s+|yet\s+|"
    rf"finally\s+)?(?:been\s+)?{_ON_ITS_WAY}",
    rf"\b(?:status|eta|tracking|updates?|news|progress)\s+(?:of|on|for|about)\s+(?:order\s+)?{_NUMBER}\b",
    r"\d{3,20}\s+(?:status|updates?|tracking|eta)\s*[?.!]*$",
    rf"\btrack(?:ing)?\s+(?:order\s+)?{_NUMBER}\b",
    r"^\W*(?:order\s+(?:number\s+|no\.?\s*|id\s+|ref\s+)?#?\s?\d{3,20}|#\s?\d{3,20})(?:\s+(?:status|"
    r"please|update|details))*\W*$",
    # "when will my parcel arrive" is left to the flow (it answers with the customer's orders): labelled data
    # calls it a question about delivery times, where an order named as such, or by its number, is not
    rf"\bwhen\s+(?:will|would|does|do|is|are|should|can|shall)\s+(?:{_NUMBER}|it|they|{_MY}(?:\w+\s+)?(?:orders?|"
    r"things|stuff))\s+"
    r"(?:be\s+|going\s+to\s+(?:be\s+)?|finally\s+)?(?:arriv\w*|com(?:e|ing)|get(?:ting)?\s+(?:here|to\s+me)|"
    r"deliver\w*|ship(?:ped)?|"
    r"dispatch(?:ed)?|sent(?:\s+out)?|turn\s+up|show\s+up|here|reach\s+me|out\s+for\s+delivery)\b",
    rf"\bhow\s+(?:long|many\s+(?:more\s+)?days)\s+(?:until|till|before|for|will\s+it\s+take\s+for)\s+(?:{_NUMBER}|"
    rf"it|{_MY}{_ITEM})\s+(?:to\s+)?"
    r"(?:arriv\w*|com(?:e|es)|gets?\s+here|is\s+delivered|ships?|is\s+here)\b",
    rf"\bwhen\s+(?:will|can|do|should)\s+i\s+(?:get|receive|see)\s+(?:{_MY}(?:\w+\s+)?(?:things|stuff|items?|goods|"
    rf"products?|purchases?|{_NUMBER})|it|them)\b",
    rf"\bwhen\s+(?:will|would|is|are)\s+{_MY}(?:\w+\s+)?(?:items?|products?|purchases?|goods)\s+(?:be\s+|going\s+to\s+be\s+)?"
    r"(?:dispatched|shipped|sent(?:\s+out)?)\b",  # "when will my item arrive": a delivery-time question, as above
    rf"\b(?:still\s+)?waiting\s+(?:for|on)\s+{_MY}(?:\w+\s+)?{_ITEM}\s*(?:to\s+(?:arrive|come|ship|be\s+delivered)|"
    r"[.!?]|$)",
    rf"\bno\s+sign\s+of\s+{_MY}(?:\w+\s+)?{_ITEM}\b",
    r"\b(?:it|they|the\s+(?:order|package|parcel|delivery))\s+(?:still\s+)?(?:has|"
    r"have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:arrived|come|turned\s+up|shown\s+up|been\s+(?:delivered|shipped|"
    r"dispatched|sent))\b",
    r"\bi\s+(?:ordered|bought|purchased|paid)\b[^.?!]{0,40}?\b(?:nothing\s+(?:yet|has\s+(?:arrived|come))|(?:it|"
    r"they|still)\s+(?:has\s+|have\s+)?(?:not|never)\s+(?:arrived|come|came|shipped|been\s+(?:delivered|shipped))|"
    r"still\s+(?:waiting|nothing|no\s+sign)|(?:i\s+)?(?:still\s+)?(?:have|did)\s+not\s+(?:yet\s+)?(?:got|gotten|get|"
    r"received|receive)\s+(?:it|them|anything|my\s+\w+))\b",
)
ORDER_TRACKING_EXCEPTIONS = re.compile(
    r"\b(?:refunds?|reimbursements?|compensation|invoices?|bills?|subscription|newsletter|account|complaint|claim|"
    r"ticket|application|return\s+label)\s+(?:status|progress)\b|\b(?:track|status\s+of|check)\s+(?:the\s+|"
    r"my\s+)?(?:bloody\s+|damn\s+)?(?:refunds?|reimbursements?|compensation|invoices?|bills?|subscription|newsletter|"
    r"complaint|claim|ticket)\b|\border\s+(?:history|list|page)\b|^(?!.*\b(?:my|our|order|\d{3,})\b).*\b(?:made|"
    r"manufactured|produced|sourced|shipped\s+from|ship\s+from)\b|\b(?:ordered|requested)\s+(?:(?:a|an|my|the|new|"
    r"replacement|another|physical|virtual)\s+){0,3}(?:debit\s+|credit\s+|bank\s+)?cards?\b|\bcards?\s+(?:delivery|"
    r"(?:that\s+)?i\s+ordered)\b"
)

# what an order is called, for the detector's "it" check; what arrives and is no order, for order_question.py
ORDER_NOUNS = _ITEM
NOT_GOODS = _NOT_GOODS
