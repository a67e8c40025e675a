"""Asking for a person as chat logs write it: the call wanted ("i need a call", "talk on call", "like to be
contacted by phone"), someone assigned anew ("I want a new agent"), the helpline in shorthand ("someone help",
"give ur number", "the concerned person"), the customer's own agent at an insurer or a bank ("who is my agent",
"call my claims rep"), a call asked for anywhere ("I request a telephone call", "can someone jump on a call with
us"), and other languages in Latin letters: Hindi/Urdu ("agent se baat karni hai", "customer care ka number do"),
Tagalog ("pwede po makausap ang agent"), Arabic ("abgha akallim mowazaf").

Part of the ``human_request`` grammar (``lexicon_person.HUMAN_REQUEST_WORDS``); same entry syntax.
"""

from __future__ import annotations


def shorthand_frames(person: str, talk_to: str) -> tuple[str, ...]:
    """The entries, over the grammar's person-word expression and its "talk to" verb."""
    _TALK_TO, PERSON = talk_to, person
    return (
        r"re:^\W*(?:(?:i|we)\s+)?(?:need|want|request|would\s+like|require)\s+(?:a\s+)?(?:phone\s+|quick\s+)?call\b"
        r"(?!\s+(?:of|option|feature|function|log|history|recording|quality|forwarding|waiting|plan|package|credit|minutes))|"
        r"^\W*call\W*$|\b(?:talk|speak|discuss(?:\s+this)?)\s+(?:on|over|by)\s+(?:a\s+|the\s+)?(?:call|phone|telephone)\b|"
        r"\b(?:i|we)\s+(?:would\s+|really\s+)?(?:like|want|prefer|need|wish)\s+to\s+be\s+(?:(?:contacted|phoned|rung)\b(?!\s+"
        r"(?:by\s+)?(?:e-?mail|post|letter|text|sms))|called\s+(?:back|on|at|asap|by\s+phone|by\s+(?:an?|the|your)\s+\w+|"
        r"today|tomorrow|soon|please)\b|called\W*$)",
        # a different person assigned: "I want a new agent", "can I get a different adviser"
        r"re:\b(?:want|need|like|request|get|have)\s+(?:a\s+)?(?:new|different)\s+(?:agent|advis[eo]r|account\s+manager|"
        r"adjuster|rep|representative|case\s+(?:handler|worker|manager))\b",
        r"re:\bhave\s+(?:someone|somebody|an?\s+(?:\w+\s+)?(?:agent|person|rep|representative|executive|human|manager))\s+"
        r"(?:reach\s+out\s+to|call|contact|get\s+back\s+to|ring|phone)\s+(?:me|us)\b",
        # the helpline asked for in a chat's shorthand: "someone help", "give ur number" ("is anyone there?" checks
        # that the bot is awake, and is answered)
        r"re:^\W*(?:(?:hello|hi|hey)\W+)?(?:someone|somebody|anyone|anybody)\s+(?:please\s+)?help(?:\s+me)?(?:\s+please)?\W*$",
        r"re:^\W*(?:give|share|send|tell)\s+(?:me\s+)?your\s+(?:phone\s+|contact\s+|mobile\s+)?(?:number|no|num)\W*$|"
        r"\b(?:customer\s+(?:service|care|support)|cust\s+care|support|help\s*line)\s+(?:mobile|phone|contact)\s+"
        r"(?:number|no|num)\b",
        r"re:\bwho\s+is\s+the\s+concerned\s+(?:person|department|dept|team|officer|authority)\b|\bconcerned\s+(?:person|"
        r"department|dept|team|officer)(?:'?s)?\s+(?:number|no|num|contact|details|e-?mail|phone)\b",
        # the customer's own agent at an insurer or a bank, asked after: "who is my agent", "my agent's email",
        # "claims adjuster contact", and told to the bot to reach: "call my claims rep", "contact my adviser"
        r"re:\bwho\s+(?:is|are)\s+my\s+(?:\w+\s+)?(?:agent|adjuster|advis[eo]r|account\s+manager|rep|representative|"
        r"broker|case\s+(?:handler|manager|worker))s?\b",
        r"re:\b(?:my\s+)?(?:\w+\s+)?(?:agent|adjuster|advis[eo]r|account\s+manager|rep|representative|broker|"
        r"case\s+(?:handler|manager|worker))(?:'?s)?\s+(?:phone\s+|contact\s+|direct\s+|mobile\s+)?(?:number|no|"
        r"e-?mail(?:\s+address)?|contact(?:\s+(?:details|info))?|details)\W*$",
        rf"re:^\W*(?:(?:please|pls|can\s+you|could\s+you|i\s+(?:want|need|would\s+like)\s+to)\s+)*(?:call|contact|ring|"
        rf"phone|email|reach|{_TALK_TO})\s+{PERSON}",
        # Hindi and Urdu in Latin letters: "mujhe agent se baat karni hai", "customer care se baat karao", "call karo"
        r"re:\b(?:agent|executive|customer\s+care|manager|insaan|insan|admi|aadmi|banda|kisi|person|human|support|"
        r"team)\s+(?:\w+\s+)?se\s+baat\b|\bbaat\s+(?:karao|karwao|karvao|krao|karwa\s+do|kara\s+do|karwaiye)\b|"
        r"\b(?:call|phone)\s+(?:back\s+)?(?:karo|kro|kijiye|karna|karein|kar\s+do|karo\s+na)\b|"
        r"\b(?:customer\s+care|cust\s+care|help\s*line|support|agent|executive|office|company)\s+(?:ka|ki|ke)\s+(?:phone\s+|"
        r"contact\s+|mobile\s+)?(?:number|no|num|contact|email)\b",
        # a call asked for anywhere in a sentence: "I request a telephone call from one of your officers",
        # "can a developer jump on a call with us", "could we hop on a quick call"
        r"re:\b(?:request(?:ing)?|would\s+(?:like|appreciate)|need|want|arrange|schedule|book)\s+(?:a|an)\s+(?:quick\s+|short\s+|"
        r"urgent\s+|brief\s+)?(?:tele)?phone\s+(?:call|conversation)\b|\b(?:jump|hop|get)\s+on\s+(?:a|the)\s+(?:quick\s+|short\s+)?"
        r"(?:phone\s+|video\s+|zoom\s+|teams\s+)?call\s+with\s+(?:me|us)\b|\b(?:can|could|shall)\s+(?:we|i)\s+(?:jump|hop|get)\s+"
        r"on\s+(?:a|the)\s+(?:quick\s+|short\s+)?(?:phone\s+|video\s+|zoom\s+|teams\s+)?call\b",
        # Tagalog "makausap/kausapin" (to talk with), Arabic in Latin letters "akallim/atkallam" (I speak) with a
        # person: "pwede po makausap ang agent", "gusto ko kausapin ang tao", "abgha akallim mowazaf"
        r"re:\b(?:makausap|kausapin|makipag\s*-?\s*usap(?:\s+sa)?)\s+(?:(?:po|ang|sa|ng|isang|ninyong|nyong)\s+)*(?:\w+\s+)?"
        r"(?:agent|tao|representative|rep|customer\s+service|staff|manager|supervisor|operator|empleyado)\b|"
        r"\b(?:akallim|akalim|akallem|akalem|atkallam|atkalam|atkalem|a7ki|ahki)\s+(?:(?:ma3|m3|ma3a|maa|wiyya|with)\s+)?(?:\w+\s+)?"
        r"(?:mowazaf|mowazzaf|muwazzaf|muwazaf|mwazaf|mwazzaf|shakhs|insan|ensan|agent|human|person|mas'?ool|masool)\b",
    )


def contact_frames(person: str, people: str, anyone: str) -> tuple[str, ...]:
    """A person asked to make contact, to take over, or called by name again and again: "can somebody reach
    out", "please get in touch with me", "put a human on", "let a person handle this", "agent agent agent"."""
    return (
        rf"re:(?:\b(?:can|could|would|will)\s+(?:{anyone}|{person})\s+|\b(?:{anyone}|{person})\s+(?:(?:can|could|to|please|"
        r"pls|should|must)\s+)+)(?:please\s+)?"
        r"(?:reach\s+out|get\s+in\s+(?:touch|contact)|get\s+back\s+to\s+(?:me|us)|contact\s+(?:me|us)|"
        r"follow\s+up\s+with\s+(?:me|us))\b",
        r"re:^\W*(?:(?:please|pls|plz|kindly)\s+)?(?:get|be)\s+in\s+(?:touch|contact)\s+with\s+(?:me|us)\b"
        r"(?!\s+(?:when|once|if|as\s+soon|by\s+e-?mail|by\s+post|by\s+text))|"
        r"\bhow\s+(?:do|can|could|should)\s+(?:i|we)\s+get\s+in\s+(?:touch|contact)\W*$",
        rf"re:\b(?:put|get)\s+{person}\s+on\W*$|\blet\s+{person}\s+(?:handle|deal\s+with|take\s+over|look\s+at|"
        r"sort\s+out|take)\s+(?:this|it|my)\b",
        r"re:\bwho\s+is\s+in\s+charge(?:\s+(?:there|here|of\s+(?:this|it|complaints|my\s+\w+)))?\W*$|"
        r"\b(?:start|open|begin)\s+(?:a\s+)?live\s+(?:chat|support)\b|\b(?:is|are)\s+(?:anyone|anybody|someone|"
        r"somebody|there\s+anyone)\s+(?:real|human|alive|actually\s+there)(?:\s+(?:here|there|in\s+there|on\s+here))?\W*$|"
        r"\benough\s+(?:of|with)\s+(?:the|this|your)\s+(?:bot|robot|chat\s*bot|machine|automated\s+\w+)\b",
        rf"re:^\W*(?:{people})(?:\W+(?:{people})){{1,}}\W*$",
        # what the matter needs, or would be better with: "this needs a human", "a person would be better"
        rf"re:\b(?:this|it|that|my\s+\w+)\s+(?:really\s+|honestly\s+)?(?:needs|requires)\s+{person}"
        r"(?!\s+(?:or\s+two\s+)?to\s+(?!help|talk|speak|look|sort|deal|call|review|check|contact|fix|explain|answer)\w)|"
        rf"(?:^|[.,;!?]\s*)(?:{person})\s+would\s+be\s+(?:better|easier|quicker|faster|preferable|great)\b",
        r"re:\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|request|book|arrange)\s+(?:a|an)\s+(?:quick\s+|"
        r"urgent\s+)?(?:call|call\s*back|callback|phone\s+call)\b(?!\s+(?:(?:back\s+)?(?:log|history|plan|package|option|feature|button)|when|once|"
        r"if|before|to\s+confirm))",
        r"re:\b(?:not|never)\s+(?:going\s+to\s+)?(?:talk|talking|speak|speaking|chat|chatting)\s+(?:to|with)\s+(?:a\s+|an\s+|"
        r"this\s+|the\s+|some\s+|your\s+)?(?:bot|robot|machine|chat\s*bot|computer|ai)\b",
        r"re:^\W*who\s+(?:handles|deals\s+with|looks\s+after|is\s+responsible\s+for)\s+(?:complaints?|escalations?|this|"
        r"my\s+(?:case|account|complaint|claim))\W*$",
    )
