"""Asking for a person, as a small grammar: a request frame × a person-word, with politeness around it.

A customer asks for a person in a handful of frames, and names the person in many ways:

- wanting: "I need a rep now", "I want to talk to executive", "we'd like someone from customer care";
- asking leave: "can I get a human", "could we speak with an advisor", "is it possible to reach staff";
- telling: "put me through to the helpline", "connect me with an associate", "get me a manager";
- asking whether one exists: "is there a helpline", "is there anyone I can talk to";
- naming one and nothing else: "Customer care", "operator please", "rep!!";
- asking to be called, or for the number: "Call me", "ring me back", "your phone number", "what's the
  customer service line".

Each frame is one entry below, written once over ``PERSON`` (the person-words) and ``_DETERMINER`` /
``_MODIFIER`` (the few words allowed between them), so a new person-word ("associate") works in every
frame. What is not a request stays out by construction: "I am a rep" and "my sales rep said" have no
request frame; "the agent was rude" is a complaint; "call me Ishmael" is not asking to be called.
"Don't connect me to anyone" is cancelled by the category's negation rule (``patterns.negated``).

Entries follow ``patterns.compile_entry`` (``re:`` expressions over the normalised text: lower case,
contractions expanded, common typos of key words fixed), so an admin's ``TANDEM_CONFIG`` can add to them,
except phrases from them, or replace them.
"""

from __future__ import annotations

from .lexicon_person_forms import contact_frames, shorthand_frames

# The person-words: people, and the places where people answer.
_PEOPLE = (
    r"(?:human(?:\s+being)?s?|hoomans?|persons?|agents?|csrs?|operators?|representatives?|reps?|executives?|associates?|"
    r"advis[eo]rs?|consultants?|specialists?|experts?|supervisors?|managers?|boss|adjusters?|claims?\s+handlers?|"
    r"case\s+(?:handlers?|managers?|workers?|officers?)|team\s+(?:leader|lead|member)s?|"
    r"(?:someone|somebody|person|people)\s+in\s+charge|"
    r"(?:whoever|the\s+person\s+who|someone\s+who)\s+(?:handles|deals\s+with|looks\s+after|is\s+(?:in\s+charge|"
    r"responsible))\b|"
    r"staff(?:\s+members?)?|members?\s+of\s+(?:staff|(?:your|the)\s+(?:\w+\s+){0,3}?(?:team|staff))|"
    r"(?:one|some|any)\s+of\s+(?:your|the)\s+(?:team|staff|people|agents|humans|colleagues)|employees?|assistants?|workers?|"
    r"receptionists?|concierge|cleaners?|housekeepers?|porters?|technicians?|engineers?|"
    r"(?:customer|cust)\s+(?:service|care|support|services|relations|executive)(?:\s+(?:team|agent|rep|representative|executive|"
    r"advis[eo]r|associate|department|desk|person|people|staff))?|"
    r"support\s+(?:team|staff|agent|desk|person|people)|help\s*lines?|hot\s*lines?|help\s*desk|"
    r"call\s+cent(?:re|er)|contact\s+cent(?:re|er)|care\s+team|live\s+(?:chat|support|agent|person)|"
    # Indian English: "connect me with the concerned person", "concerned department"
    r"concerned\s+(?:person|people|department|dept|team|officer|authority|executive))"
)
# chat shorthand too: "talk 2 sum1", "can any1 help"
_ANYONE = r"(?:someone|somebody|anyone|anybody|some\s+one|some\s+body|sum1|some1|any1|ne1|sumbody)"
# whom one is put through to, though nobody "wants a team": "talk to support", "forward me to the spa team",
# "can I speak with reception"
# (sales, marketing, press, hiring… are left out: enquiries for them are not support conversations)
_DESK = (
    r"(?:(?:your|the|a)\s+)?(?:(?:(?!sales|marketing|press|media|hr|hiring|recruit\w*|careers|partner\w*|investor\w*|"
    r"business|(?:thanks?|cheers|ta|great|amazing|awesome|lovely|good|love|go|well|dream|whole)\b)[a-z]+\s+)?(?:team|desk|"
    r"department|dept)|support|tech(?:nical)?\s+support|billing|reception|"
    r"front\s+desk|concierge|(?:the|your)\s+(?:spa|gym|restaurant|bar|kitchen|branch|office|store|shop)|colleagues?|"
    r"developers?|dev\s+team|(?:someone|somebody)\s+(?:real|human|competent))(?!\w)"
)
# "my"/"our": the customer's own agent at the business; someone else's are HUMAN_REQUEST_EXCEPTIONS
_DETERMINER = r"(?:a|an|the|some|any|(?:one|some)\s+of\s+your|one\s+of\s+the|your|my|our|another|a\s+different)"
# "a real live agent", "an actual fucking person", "a senior customer care executive"
_MODIFIER = (
    r"(?:real|live|actual|human|proper|competent|senior|qualified|knowledgeable|experienced|sales|account|"
    r"english[-\s]speaking|living|breathing|damn|bloody|fucking|goddamn|freaking|single|friendly|qualified|"
    r"technical|tech|billing|delivery|shipping|care|insurance|claims?|mortgage|loan|personal|dedicated|assigned|local)"
)
# "a manager account", "the staff discount": the person-word is describing something else
_NOT_A_PERSON_AFTER = (
    r"(?!\s*(?:account|role|login|log\s+in|access|code|id|portal|app|licen[cs]e|seat|permissions?|"
    r"position|job|vacanc\w+|mode|view|discount|price|pricing|version|tool|dashboard|level|rights|training|"
    r"program(?:me)?|scheme|number\s+is|name|trash|scum|garbage|beings?\s+like|nature|rights|resources|error|body|"
    r"race|else\s+about|sign(?:ature)?|approval))"
)
_WORD_END = r"(?!\w|-[a-z])"  # "a human-sized bear" is not a human
PERSON = (
    rf"(?:(?:{_DETERMINER}\s+)?(?:{_MODIFIER}[\s,-]+){{0,3}}{_PEOPLE}|{_ANYONE}(?:\s+(?:from|at|in|on)\s+"
    r"(?:support|customer\s+(?:service|care|support)|your\s+(?:team|company|office)|the\s+(?:team|office)))?"
    # "we need someone to clean our room" asks for a service, not for a person to talk to
    r"(?!\s+to\s+(?!help|talk|speak|chat|call|contact|look|explain|assist|sort|deal|check|review|answer|"
    r"get\s+back|fix)\w))"
    rf"{_WORD_END}{_NOT_A_PERSON_AFTER}"
)
# the older, looser target: up to two free words before the person-word ("talk to your goddamn manager")
_ARTICLE = r"(?:(?:a|an|the|some|one of your|one of the|your|a real|an actual)\s+)?"
# ("email to my boss", "called person in my phone book": someone else's people, not ours)
_FREE_WORD = r"(?!(?:my|his|her|their|our|about|to|for|with|in|on|of|from|person|people)\b)[\w-]+\s+"
TARGET = rf"(?:{_ARTICLE}(?:{_FREE_WORD}){{0,2}}{_PEOPLE}|{_ANYONE}){_WORD_END}{_NOT_A_PERSON_AFTER}"

# "yarn" is Nigerian Pidgin for talk; "2", "wid", "wit" are chat shorthand for to/with
_TALK = (
    r"(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|chat(?:s|ted|ting)?|convers(?:e|ing)|communicat(?:e|ing)|yarn|"
    r"discuss(?:\s+(?:this|it|that|the\s+(?:matter|issue|problem)|my\s+\w+))?)"
)
_TALK_TO = rf"{_TALK}\s+(?:directly\s+|right\s+now\s+|now\s+|properly\s+|in\s+person\s+)?(?:to|with|2|wid|wit)"
_REACH = (
    rf"(?:{_TALK_TO}|reach|contact|call|ring|phone|get\s+(?:in\s+touch\s+with|hold\s+of|through\s+to)|"
    r"(?:have\s+)?a\s+(?:quick\s+)?(?:word|chat|talk)\s+with)"
)
_PLEASE = r"(?:(?:please|pls|kindly|just|quickly|urgently|now|really)\s+)*"
_I = r"(?:i|we)"
_WANT = (
    r"(?:need|needs|want|wants|wan|wanna|would\s+like|would\s+love|would\s+prefer|wish|require|prefer|demand|request|"
    r"am\s+(?:asking|requesting)\s+(?:for)?|am\s+looking\s+for|have\s+to|must)"
)
# what a request for a call back may be followed by; "call me Ishmael", "call me crazy" are not requests
_CALL_ME_END = (
    r"(?:back|asap|now|please|pls|right\s+away|today|tonight|tomorrow|later|soon|urgently|immediately|"
    r"on|at|as\s+soon|when|whenever|if|if\s+possible|any\s*time|instead|directly|regarding|about)\b"
)
_CONTACT_LINE = (
    r"(?:phone|telephone|tel|contact|helpline|help\s+line|hotline|support|customer\s+(?:service|care|support)|office|"
    r"call\s+cent(?:re|er))"
)

PERSON_GRAMMAR: tuple[str, ...] = (
    # wanting: "I need a rep now", "I want to talk to executive", "we'd prefer to speak with someone"
    rf"re:\b{_I}\s+(?:really\s+|just\s+|urgently\s+|only\s+|still\s+|do\s+)?{_WANT}\s+(?:to\s+(?:{_REACH}|get|have|"
    rf"be\s+(?:put\s+through\s+to|put\s+in\s+(?:touch|contact)\s+with|connected\s+(?:to|with)|transferred\s+to))\s+|"
    rf"{_TALK_TO}\s+|for\s+|a\s+(?:quick\s+)?word\s+with\s+)?"
    rf"{PERSON}",
    # the subject said once for two verbs: "we're on the enterprise plan and want our account manager"
    rf"re:\b(?:and|but|so)\s+(?:really\s+|just\s+|now\s+)?(?:need|want|would\s+like|demand|request)\s+(?:to\s+"
    rf"{_REACH}\s+|{_TALK_TO}\s+)?(?:my|our|a|an|the|your)\s+(?:{_MODIFIER}\s+)*{_PEOPLE}{_WORD_END}{_NOT_A_PERSON_AFTER}",
    # asking leave: "can I get a human", "could we speak with an advisor", "may I have a supervisor please"
    rf"re:\b(?:can|could|may|might|will|would)\s+{_I}\s+{_PLEASE}(?:get|have|be\s+(?:put\s+through|connected|"
    rf"transferred)\s+to|{_REACH})\s+{PERSON}",
    rf"re:\b(?:is\s+it\s+possible|any\s+(?:way|chance)|(?:how|where)\s+(?:do|can|could|should)\s+{_I})\s+(?:to\s+)?"
    rf"(?:get\s+to\s+|{_REACH}\s+){PERSON}",
    # telling: "put me through to the helpline", "connect me with an associate", "get me a manager"
    r"re:\b(?:put|get|connect|transfer|patch|pass|forward|send|hand|switch|route|redirect|take|escalate|hook|raise|"
    r"bring)(?:ing|"
    r"ed|s)?\s+(?:me|us|this|my\s+(?:call|chat|case|query|request|question|issue))\s+(?:through\s+|over\s+|across\s+|"
    rf"on\s+|up\s+)?(?:to|with)\s+(?:{PERSON}|{_DESK})",
    rf"re:\b(?:{_REACH})\s+{_DESK}(?!\s+(?:article|page|docs|documentation|site|website|forum|hours|email))",
    # telling, with no "me": "connect to agent", "transfer to a human please", "connecting to customer care"
    rf"re:\b(?:connect|transfer|patch|forward|switch|redirect)(?:ing|ed|s)?\s+(?:through\s+)?(?:(?:to|with)\s+)?(?:{PERSON}|"
    r"(?:the\s+)?(?:tech(?:nical)?\s+)?support\b(?!\s+(?:article|page|site|website|forum)))",
    # escalating, asked for: "I want to escalate", "can you escalate", "please escalate this complaint"
    r"re:\b(?:want|need|would\s+like|like|have)\s+to\s+escalate\b|\b(?:can|could|will|would|please|pls)\s+"
    r"(?:you\s+)?(?:please\s+)?escalate\b|\b(?:this|it|my\s+\w+)\s+(?:needs\s+to\s+|has\s+to\s+|must\s+|should\s+)?"
    r"be\s+escalated\b",
    rf"re:\b(?:send|get)\s+(?:in\s+)?(?:a|an|some|the)\s+(?:{_MODIFIER}\s+)*{_PEOPLE}\s*(?:in\s+)?(?:please|now|asap|"
    r"[.!?]|$)",
    r"re:^\W*(?:(?:please|just)\s+)?(?:not|no)\s+(?:a\s+|the\s+|more\s+)?(?:bots?|robots?|machines?|"
    r"chat\s*bots?)(?:\s+please)?\W*$|\b(?:get\s+me\s+out\s+of|done\s+with|tired\s+of|sick\s+of|"
    r"fed\s+up\s+with)\s+(?:this|the|your)\s+(?:bot|robot|chat\s*bot|automated\s+\w+|machine)\b",
    rf"re:\b(?:get|give|find|bring|fetch|send)\s+me\s+{PERSON}",
    rf"re:\b(?:make|place|have|book)\s+a\s+(?:phone\s+)?call\s+(?:to|with)\s+{PERSON}",
    rf"re:\b(?:get|have|put)\s+{PERSON}\s+on\s+the\s+(?:line|phone|chat)\b|\bput\s+(?:me|us)\s+in\s+(?:contact|"
    rf"touch)\s+with\s+{PERSON}",
    r"re:\b(?:transfer|escalate|put)\s+me\s*(?:through|over|up)?\s*(?:please|now|asap|[.!?]|$)|"
    r"^\W*(?:please\s+)?escalate(?:\s+(?:this|it|please|now))*\W*$",
    rf"re:\b(?:{_PEOPLE}|live)\s+hand\s*-?\s*(?:off|over)\b|\bhand\s*-?\s*(?:off|over)\s+(?:me\s+|"
    rf"this\s+)?to\s+{PERSON}",
    rf"re:\b(?:is|are)\s+(?:a|an|any|the|your)\s+(?:{_MODIFIER}\s+)*{_PEOPLE}\s+(?:available|around|online|free|"
    r"about)\b",
    r"re:\bwho\s+(?:can|do|should|could|would)\s+(?:i|we)\s+(?:talk|speak|chat)\s+(?:to|with)\b|\bwho\s+(?:can|do|"
    r"should|could)\s+(?:i|we)\s+(?:contact|call|email|write\s+to)\s+(?:about|regarding)\s+(?:this|that|it|my|an?|"
    r"the)\b",
    r"re:\bhuman\s+(?:help|assistance|support|contact|interaction)\b|\blive\s+(?:help|assistance)\b",
    r"re:\bget\s+(?:someone|somebody|a\s+person|a\s+human|an\s+agent)\s+to\s+(?:help|call|look|sort|fix|check|deal|"
    r"contact)\b|\b(?:someone|somebody|anyone|anybody)\s+(?:there\s+|here\s+|real\s+)?(?:i\s+(?:can|could)\s+|"
    r"to\s+)(?:talk|speak|chat)\s+(?:to|with)\b",
    r"re:\b(?:ask|request|get|want|demand)\s+(?:\w+\s+){0,3}from\s+(?:an?\s+|the\s+|a\s+real\s+)(?:agent|person|human|"
    r"representative|operator|manager|supervisor)\b",
    r"re:\b(?:this|the)\s+(?:conversation|chat|bot|chatbot|thing)\s+(?:is\s+)?(?:not|never)\s+(?:working|helping|"
    r"going\s+anywhere)\b|\b(?:do\s+not|never)\s+want\s+to\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?:you|"
    r"this\s+thing)\s*(?:[.!]|$|any\s*more)",
    rf"re:\blet\s+me\s+(?:{_REACH})\s+{PERSON}",
    # the people behind the chat, addressed as "you guys": "I need to talk with you guys", "can I speak to your team"
    rf"re:\b(?:{_I}\s+(?:really\s+|just\s+)?{_WANT}\s+to|(?:can|could|may)\s+{_I}|let\s+me)\s+{_TALK_TO}\s+"
    r"(?:you\s+(?:guys|people|folks|all)|your\s+(?:team|staff|people|company|office))\b",
    # asking whether one exists: "is there a helpline", "is there anyone I can talk to", "do you have a call centre"
    rf"re:\b(?:is|are)\s+there\s+(?:a|an|any|some)?\s*(?:{_MODIFIER}\s+)*{_PEOPLE}\b{_NOT_A_PERSON_AFTER}"
    rf"(?!\s+(?:in|on|near|at)\s+(?:my|the)\s+(?:area|town|city|country))",
    rf"re:\b(?:is|are)\s+there\s+{_ANYONE}\b(?!\s+else\s+(?:who|with))",
    r"re:\b(?:do|does)\s+(?:you|your\s+(?:company|shop|store))\s+(?:have|offer|run)\s+(?:a|an|"
    rf"any)\s+(?:{_MODIFIER}\s+)*"
    r"(?:help\s*line|hot\s*line|phone\s+(?:line|number|support)|call\s+cent(?:re|er)|contact\s+cent(?:re|er)|"
    r"live\s+(?:chat|agents?|support)|"
    r"customer\s+(?:service|care|support)(?:\s+(?:line|number|team))?)\b",
    # naming one and nothing else: "Customer care", "operator please", "rep!!", "someone?"
    r"re:(?:^|(?<=[.,;:!?]))\W*(?:(?:hi|hello|hey|ok|"
    rf"okay)\W+)?{_PLEASE}(?:{_DETERMINER}\s+)?(?:{_MODIFIER}\s+)*(?:{_PEOPLE}|{_DESK}|(?:someone|somebody|anyone|"
    r"anybody)(?:\s+(?:real|human|senior|higher\s+up|in\s+charge))?)(?:\W+(?:please|pls|now|asap|needed|required|urgently|right\s+now|here|there|"
    r"thanks|thank\s+you|not\s+(?:a\s+|the\s+)?(?:bot|robot|machine|ai)s?))*\W*$",
    # asking to be called, or for the number to call
    r"re:^\W*(?:(?:please|can\s+you|could\s+you)\s+)+call(?:\s+(?:back|asap|now|me))?\W*$|^\W*call\s+(?:back\s+)?"
    r"(?:please|asap)\W*$",
    rf"re:\b(?:call|ring|phone)\s+me(?:\s+{_PLEASE}{_CALL_ME_END}|\s*(?:[.!?,;:)]|$)|\s+(?:on\s+|at\s+)?\+?\(?\d[\d\s()-]{{5,}})",
    r"re:\b(?:give|send)\s+me\s+a\s+(?:call|ring|phone\s+call)\b|\b(?:request(?:ing)?|want|need|like|book|arrange|"
    r"schedule)\s+a\s+(?:call\s*back|callback|phone\s+call)\b",
    rf"re:\byour\s+(?:{_CONTACT_LINE}\s+)?(?:phone|telephone|tel|contact|helpline|hotline|support)\s+(?:number|line|"
    r"details)\b",
    r"re:\b(?:customer\s+(?:service|care|support)|help\s*line|hot\s*line|help\s*desk|call\s+cent(?:re|er)|"
    r"contact\s+cent(?:re|er)|support)\s+(?:phone\s+|telephone\s+|contact\s+)?(?:number|line)\b",
    r"re:\b(?:phone|telephone|contact)\s+number\s+(?:for|of|to\s+(?:call|reach|ring))\s+(?:you|your|customer|support|"
    r"the\s+(?:company|store|shop|team|support|office|help\s*desk))\b",
    r"re:\b(?:a|the|your|any)\s+(?:phone\s+)?number\s+(?:i|we)\s+(?:can|could)\s+(?:call|ring|phone|reach)\b|"
    r"\bnumber\s+to\s+(?:call|ring|phone|reach\s+(?:you|someone|a\s+person))\b",
    # the contact, as chat logs write it: "customer care no", "support email id", "contact no of customer care",
    # "whats ur number", "toll free number"
    r"re:\b(?:customer\s+(?:service|care|support)|cust\s+(?:care|service|support)|support|help\s*line|hot\s*line|"
    r"call\s+cent(?:re|er))\s+(?:(?:phone|contact|mobile|tel)\s+)?(?:no|num|nos|e-?mail(?:\s+(?:id|address))?|"
    r"mail\s+id|whatsapp(?:\s+(?:no|number))?)(?=\s*(?:[?.!]|please|pls|plz)*\s*$)",
    r"re:\b(?:contact|phone|mobile|tel|e-?mail|mail|whatsapp)\s+(?:no|number|num|id|address)\s+(?:of|for)\s+"
    r"(?:the\s+|your\s+)?(?:customer\s+(?:service|care|support)|cust\s+care|support|help\s*(?:line|desk)|hot\s*line|"
    r"call\s+cent(?:re|er)|you|your\s+(?:company|team|office|store|shop))\b",
    r"re:\btoll[-\s]?free\s+(?:number|no|line)\b|^\W*(?:(?:what\s*is|wat\s+is|give\s+me|send\s+me|need)\s+)?"
    r"your\s+(?:phone\s+|contact\s+|mobile\s+|whatsapp\s+)?(?:number|no|num)\W*$",
    r"re:\b(?:arrange|schedule|book)\s+(?:me\s+)?a\s+(?:phone\s+)?call\b",
    r"re:^\W*(?:(?:what\s*is|wat\s+is|whats|give\s+me|send\s+me|need|share)\s+)?(?:your\s+|ur\s+|the\s+)?(?:contact|"
    r"whatsapp|phone|telephone|helpline|office)\s+(?:number|no|num|details|info)\W*(?:please|pls|plz)?\W*$",
    # no "I": "need customer support", "want to talk to an agent", "help from a human"
    rf"re:^\W*(?:(?:please|pls|plz|hi|hello)\W+)?(?:need|want|wanna|require)\s+(?:to\s+(?:{_REACH}|get)\s+|"
    rf"a\s+word\s+with\s+)?{PERSON}",
    r"re:\b(?:help|assistance|support|answer)\s+from\s+(?:(?:a|an|the|some|real|actual|live|your|one\s+of\s+your)\s+)*"
    r"(?:human|person|agent|representative|operator|staff|employee|team|support\s+team|customer\s+(?:service|care|"
    r"support)(?:\s+team)?)s?\b",
    r"re:\b(?:can|could|may|how\s+(?:do|can|could|should|to)|let\s+me|(?:want|need|would\s+like)\s+to|"
    r"is\s+there\s+a\s+way\s+to)\s+(?:i\s+|we\s+)?(?:call|phone|ring|contact|reach|email|e-mail|"
    r"get\s+in\s+touch\s+with|get\s+hold\s+of)\s+(?:you|you\s+guys|you\s+people|your\s+(?:company|team|office|store|"
    r"shop|support)|someone|somebody|support)\b(?!\s+(?:later|back\s+later))",
    r"re:^\W*(?:please\s+)?(?:contact|call|email|reach|ring)\s+(?:your\s+|the\s+)?(?:support|customer\s+(?:service|"
    r"care|support))\W*$",
    r"re:\b(?:what\s+is|give\s+me|send\s+me|need|want|have|find)\s+your\s+(?:support\s+|"
    r"customer\s+service\s+)?e-?mail(?:\s+address)?\b|\byour\s+(?:support\s+|"
    r"customer\s+service\s+)?e-?mail\s+address\b",
    r"re:\b(?:what|which)\s+(?:phone\s+)?number\s+(?:can|do|should|could)\s+(?:i|we)\s+(?:call|ring|phone|use)\b",
)

SHORTHAND_FRAMES: tuple[str, ...] = shorthand_frames(PERSON, _TALK_TO) + contact_frames(PERSON, _PEOPLE, _ANYONE)

# Earlier entries, still matching forms the frames above do not cover.
_EARLIER: tuple[str, ...] = (
    rf"re:\b{_TALK_TO}\s+{TARGET}",
    rf"re:\b(?:contact|reach|call|ring|phone|email|message)(?:ing|s)?\s+{TARGET}",
    rf"re:\bget\s+(?:in\s+touch|hold|through)\s+(?:with\s+|of\s+|to\s+)?{TARGET}",
    rf"re:\b(?:connect|transfer|put|pass|forward|send|hand|route|switch)(?:ing|ed|s)?\s+(?:me|us|this|my\s+\w+)"
    rf"\s+(?:through\s+|over\s+|on\s+)?(?:to|with)\s+{TARGET}",
    rf"re:\b(?:want|need|get\s+me|give\s+me|request(?:ing)?|prefer|demand|ask(?:ing)?\s+for|like|bring\s+in)"
    rf"\s+(?:to\s+(?:have|get|see)\s+)?{_ARTICLE}(?:real|live|actual|human|living)?\s*"
    rf"(?:human(?:\s+being)?|person|agent|operator|representative|supervisor|manager){_WORD_END}{_NOT_A_PERSON_AFTER}",
    r"re:\b(?:real|live|actual|human)\s+(?:person|human|agent|operator|representative|support)\b",
    r"re:\b(?:is\s+there|are\s+there)\s+(?:a|any|an)\s+(?:real\s+|actual\s+)?(?:human|person|people|agent|one)\s+"
    r"(?:i\s+can|to|who\s+can|available)",
    r"re:\bescalat(?:e|ing)\s+(?:this|my|the|it|to|me)\b|\b(?:an|for|request\w*)\s+escalation\b|\bescalation\s+(?:team|"
    r"department)\b",
    r"re:\b(?:do\s+not|never)\s+want\s+(?:to\s+(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:a|the|your|this|an)?\s*"
    r"(?:bot|robot|machine|automated|chatbot|ai)\b",
    r"re:\b(?:stop|enough\s+with)\s+(?:the|this|your)?\s*(?:bot|robot|automated\s+\w+)\b",
    r"re:\b(?:can|could|will|would|may)\s+(?:someone|somebody|a\s+person|a\s+human|an\s+agent|a\s+real\s+person|"
    r"a\s+member\s+of\s+(?:staff|your\s+team))(?:\s+(?:from|in|at|on)\s+(?:support|your\s+team|the\s+team|"
    r"customer\s+service|customer\s+support|the\s+office|your\s+office))?\s+(?:please\s+)?(?:call|contact|help|"
    r"look\s+(?:at|into)|check|review|get\s+back\s+to|email|phone|ring)\s+(?:me|us|this|my|it|the)\b",
    r"re:\bcall\s*(?:me\s+)?back\b(?!\s+(?:option|button|feature|function|log|history))",
)

HUMAN_REQUEST_WORDS: tuple[str, ...] = PERSON_GRAMMAR + SHORTHAND_FRAMES + _EARLIER

HUMAN_REQUEST_EXCEPTIONS: tuple[str, ...] = (
    # "am I talking to a real person?" asks what the bot is; it is not a request for one
    r"re:\b(?:am\s+i|are\s+we)\s+(?:really\s+|even\s+|actually\s+)?(?:talking|speaking|chatting)\s+(?:to|"
    r"with)\s+[^.?!]{0,30}",
    r"re:\b(?:are\s+you|r\s+you|is\s+this|is\s+that|if\s+you\s+are|whether\s+you\s+are|you\s+are|your|"
    r"call\s+yourself)\s+(?:really\s+|actually\s+|even\s+|just\s+)?(?:an?\s+)?(?:real\s+|live\s+|actual\s+|"
    r"human\s+)*(?:human|person|bot|robot|computer|machine|ai|being)\b",
    r"re:\bescalat\w*\s+(?:of\s+)?(?:privileges?|conflict|tension)",
    # someone else's help line: "how do I call customer care for my bank"
    r"re:\b(?:customer\s+(?:care|service|support)|help\s*lines?|hot\s*lines?|support|call\s+cent(?:re|er)|"
    r"contact\s+cent(?:re|er))(?:\s+(?:number|line|team))?\s+(?:for|of|at)\s+(?:my|the|a)\s+(?:bank|insurer|insurance|"
    r"phone|mobile|internet|broadband|electricity|gas|energy|water|landlord|employer|school|university|doctor|gp|"
    r"network|provider|credit\s+card|card\s+issuer|airline|council|government)\b",
    # Not a support conversation, whatever the person-word: the rules never ask for these, and the learned
    # signal is vetoed by them too (bot/triage/learned.py). Sales, marketing, press, hiring, partnerships:
    # "can I talk to your sales team", "who handles press enquiries"
    r"re:\b(?:(?:your|the|a|an|our)\s+)?(?:sales|marketing|press|media|pr|hr|hiring|recruit\w*|careers?|jobs?|"
    r"partner\w*|investor\w*|business\s+development|wholesale|procurement|affiliates?|advertising|sponsorship)"
    r"(?:\s+(?:team|desk|department|dept|office|people|guys|enquiries|inquiries|contact|reps?|representatives?|agents?|"
    r"persons?|managers?|executives?|associates?))?\b(?!\s+(?:tax|price|receipt))",
    # the customer is the person-word: "I am a rep", "I work as a sales associate", "we are agents"
    r"re:\b(?:i\s+am|i\s+work(?:ed)?\s+as|we\s+are|i\s+was|become|becoming|hire|hiring|recruit\w*|apply\w*\s+"
    r"(?:to\s+be|as))\s+(?:an?\s+)?(?:\w+\s+)?(?:reps?|representatives?|agents?|associates?|advis[eo]rs?|"
    r"operators?|executives?|consultants?|specialists?|staff|employees?)\b",
    # someone else's people: "her insurance advisor", "my travel agent", "my boss", "my sales rep said"
    r"re:\b(?:his|her|their)\s+(?:\w+\s+)?(?:agent|rep|representative|advis[eo]r|consultant|broker|boss|"
    r"supervisor|manager|colleague|coworker|co-worker)s?\b",
    r"re:\b(?:travel|real\s+estate|estate|letting|leasing|literary|talent|booking|sports|football|shipping|customs|"
    r"freight)\s+(?:agent|rep|representative|broker)s?\b|\b(?:my|our)\s+(?:(?:(?!account\s)\w+\s+)?(?:boss|supervisor|"
    r"line\s+manager|manager|colleague|coworker|co-worker)s?)\b",
    # the customer's own agent or advisor at the business is someone to ask for ("I want to talk to my agent",
    # "connect me with my account manager"); told about, they are not ("my sales rep said it would come today")
    r"re:\b(?:my|our)\s+(?:\w+\s+)?(?:agent|rep|representative|advis[eo]r|consultant|broker|account\s+manager)s?\s+"
    r"(?:said|says|told|tells|was|is|were|are|had|has|have|did|does|do|sold|booked|recommended|suggested|promised|"
    r"gave|sent|put|made|quoted|mentioned|assured|advised|confirmed|set|arranged|took|forgot|never|already|just)\b",
    # "call me Ishmael", "you can call me Ada": a name, not a call
    r"re:\b(?:you\s+(?:can|may)\s+|just\s+|everyone\s+|people\s+|friends\s+)call\s+me\s+[a-z]+|"
    r"\bcall\s+me\s+(?:crazy|old[-\s]fashioned|mad|paranoid|silly|a\s+\w+)\b",
    # "why did you call me?", "who was that calling me": not asking to be called
    r"re:\b(?:why|who|when)\s+(?:did|do|does|would|was|is|were|are)\s+(?:you|they|someone|somebody|"
    r"\w+)\s+(?:\w+\s+)?call(?:ing|ed)?\s+me\b",
)
