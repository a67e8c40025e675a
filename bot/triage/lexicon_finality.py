"""Suicide told sideways, inside an errand: the writer's absence to come, their arrangements, their last words,
the means, and the wounds. Joins the self-harm category (urgent, crisis resources at once).

People at risk rarely name it to a shop. They cancel things "because I won't be around after Sunday", ask who
gets the money "when I'm gone", say thanks in a message that is their "last … to anybody", ask whether a rope
"holds a person's weight", or need dressings because they "cut deeper this time". Each frame below is the
writer's own absence, ending or wound, as a grammar:
- absence to come: the writer × not (be around / here / alive / make it) × a time or "anymore", "soon";
- after them: before / after / when I go, I'm gone, I die, my estate "shortly";
- last words: my last message / call / words to anybody, apologising to everyone before the end;
- the means and the place: enough not to wake up, a rope for a person's weight, blades "not for shaving",
  standing on a bridge or by the tracks, a crash or a death "on purpose", "self-inflicted";
- the wounds and the body: cut deeper, covering fresh cuts, chewing and spitting, too big at 38 kg;
- in Hindi/Urdu, Nigerian Pidgin and Tagalog in Latin letters: "sab khatam karna hai", "I don tire for this
  life", "gusto ko nang matapos".

Kept out: a trip, a move, a party that is over ("won't be around next week, I'm in Spain"), a holiday
"before I go", a surgical scar, insurance for a trip, "the last order before Christmas".

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

_NOT_BE = (
    r"(?:will\s+not|wont|am\s+not\s+(?:going\s+to|gonna)|do\s+not\s+(?:intend|plan|expect|think\s+i\s+will)(?:\s+to)?|"
    r"may\s+not|might\s+not|probably\s+will\s+not|no\s+longer\s+(?:going\s+to|gonna)|not\s+(?:going\s+to|gonna))"
)
# a trip, a move, a job: absence explained is no farewell
_TRIP = (
    r"(?![^.!?]{0,60}\b(?:moving|move|moved|travel\w*|holiday|vacation|trip|abroad|away\s+(?:on|for|in)|flight|flying|"
    r"relocat\w*|job|work|office|hospital\s+for\s+(?:a|an|my)\s+(?:op|operation|procedure)|festival|camping|party|"
    r"wedding|visit\w*|staying\s+(?:at|with)|back\s+(?:on|in|next))\b)"
)
_WHEN = (
    r"(?:after\s+(?:this|tonight|tomorrow|today|that|then|the\s+weekend|this\s+weekend|\w+day|next\s+week)|by\s+(?:then|"
    r"next\s+(?:week|month)|the\s+end\s+of\s+the\s+(?:week|month)|\w+day)|beyond\s+this\s+(?:week|month|year)|for\s+"
    r"(?:winter|summer|christmas|the\s+holidays|my\s+birthday)|soon|much\s+longer|any\s*more|anywhere|past\s+\w+|"
    r"bye|goodbye)"
)

FINALITY_WORDS: tuple[str, ...] = (
    # absence to come: "I won't be around for winter", "I don't think I'll be alive by then",
    # "I do not intend to be here beyond this month", "won't be needing any of it after this weekend"
    rf"re:\b(?:i\s+)?{_NOT_BE}\s+(?:to\s+)?be\s+(?:around|here|alive|at\s+mine)\b[^.!?]{{0,30}}?\b{_WHEN}\b{_TRIP}",
    rf"re:\b(?:i\s+)?{_NOT_BE}\s+(?:to\s+)?(?:be|stay)\s+alive\b|\b{_NOT_BE}\s+be\s+(?:bothering|troubling|burdening)\s+"
    r"(?:anyone|anybody|you|everyone)\s+(?:for\s+)?(?:much\s+longer|any\s*more|soon)\b|\b(?:do\s+not|will\s+not)\s+need\s+"
    r"(?:it|them|anything)\s+where\s+i\s+am\s+going\b",
    r"re:\bnot\s+(?:planning|going|intending|planning\s+on)\s+(?:to\s+)?(?:come|coming)\s+back\s+from\s+(?:the\s+)?"
    r"(?:cliff|bridge|sea|river|lake|mountain|woods)\b|\b(?:to\s+)?do\s+something\s+to\s+myself\b|\btonight\s+is\s+the\s+"
    r"night\b[^\n]{0,30}\b(?:decided|made\s+up\s+my\s+mind)\b|\b(?:by|after)\s+(?:next\s+\w+|\w+day|tomorrow|tonight)\s+"
    r"it\s+(?:will\s+not|is\s+not\s+going\s+to)\s+be\s+my\s+problem\b",
    r"re:\bi\s+(?:do\s+not|cannot)\s+(?:think|see)\s+(?:i\s+will|myself)\s+(?:be\s+)?(?:alive|living|here)\s+(?:by|"
    r"in|at|for|past)\b",
    rf"re:\b(?:i\s+)?{_NOT_BE}\s+(?:be\s+)?need(?:ing)?\s+(?:it|them|any(?:thing|\s+of\s+it)?|this|that|my\s+\w+)\s+"
    r"(?:after|past|beyond)\s+(?:tonight|tomorrow|today|this\s+weekend|\w+day)\b" + _TRIP,
    r"re:\bi\s+(?:will\s+not|am\s+not\s+going\s+to)\s+make\s+it\s+to\s+(?:\d+|thirty|christmas|next\s+\w+|the\s+end)\b|"
    r"\b(?:there|it)\s+(?:will\s+not|is\s+not\s+going\s+to)\s+be\s+a\s+\w+\s+for\s+me\b|\bnobody\s+will\s+be\s+home,?\s+"
    r"(?:ever\s+again|permanently)\b|\b(?:will\s+not|is\s+not\s+going\s+to)\s+be\s+my\s+problem\s+(?:by|after)\b",
    r"re:\bif\s+i\s+(?:do\s+not\s+confirm|do\s+not\s+answer|stop\s+replying)[^.!?]{0,40}\b(?:not\s+here\s+any\s*more|"
    r"gone|dead)\b|\bnot\s+plan(?:ning)?\s+on\s+(?:answering|opening)\s+the\s+door\s+(?:ever\s+)?again\b|"
    r"\bnobody\s+to\s+(?:reply|answer|write)\s+to\s+soon\b",
    # after them: "before I go", "when I'm gone", "after I die", "she'll need it more than me soon"
    r"re:\b(?:before|after|when|once)\s+i\s+(?:go|am\s+gone|am\s+dead|die|am\s+not\s+(?:here|around))\s*(?:[.!,;]|$|"
    r"(?:and|which|that)\s+(?:will|is\s+going\s+to)\s+be\s+soon)|\bwhen\s+i\s+am\s+(?:gone|dead|not\s+here)\b"
    r"(?!\s+(?:on|to|for|away|abroad|with))|\bif\s+i\s+die\s+(?:this\s+week|tonight|tomorrow|soon)\b",
    r"re:\b(?:need|needs)\s+it\s+more\s+than\s+me\s+soon\b|\bmy\s+estate\b(?!\s+agents?)[^.!?]{0,40}\b(?:shortly|soon)\b|"
    r"\b(?:so|that)\s+my\s+\w+\s+(?:is\s+not|will\s+not\s+be|does\s+not\s+have\s+to\s+be)\s+(?:stuck\s+)?sorting\s+it\s+"
    r"out\s+after\b|\bthe\s+one\s+who\s+finds\s+me\b",
    # last words: "my final message to anybody", "apologising to everyone before the end", "a goodbye present"
    r"re:\b(?:last|final)\s+(?:message|call|words?|letter|note)\s+(?:to\s+(?:anybody|anyone|everyone|you\s+all)|ever)\b|"
    r"\b(?:apologi[sz]ing|saying\s+(?:sorry|goodbye|thank\s+you))\s+to\s+everyone\s+before\s+(?:the\s+end|i\s+go)\b|"
    r"\bgoodbye\s+(?:present|gift)\b",
    # the means: "enough to make sure I don't wake up", "does the rope hold a person's weight", "blades, not for
    # shaving", "if I drive into something on purpose", "self-inflicted"
    r"re:\benough\s+(?:\w+\s+){0,3}?to\s+(?:make\s+sure\s+)?(?:i\s+)?(?:do\s+not|not|never)\s+wake\s+up\b",
    r"re:\b(?:rope|cord|beam|hook)\b[^.!?]{0,50}\b(?:hold|take|support|carry)\s+(?:a\s+person(?:'s|s)?|someone(?:'s|s)?|"
    r"my|a\s+human(?:'s)?|an\s+adult(?:'s)?)\s+weight\b|\b(?:rope|blades?|razors?|knife|knives|pills|tablets)\b"
    r"[^\n]{0,80}?\b(?:not|is\s+not|it\s+is\s+not)\s+for\s+(?:camping|climbing|shaving|cooking|the\s+garden|crafts?|work)\b",
    r"re:\b(?:on\s+purpose|deliberately|intentionally)\b[^.!?]{0,40}\b(?:family|kids|wife|husband)\s+(?:still\s+)?get\s+"
    r"paid\b|\b(?:drive|crash|walk|jump)\w*\s+(?:\w+\s+){0,3}(?:on\s+purpose|deliberately)\b|\bself[-\s]inflicted\b|"
    r"\b(?:does\s+not|do\s+not|not)\s+come\s+back\s+(?:from\s+\w+\s+\w+\s+)?on\s+purpose\b",
    r"re:\bi\s+(?:\w+\s+){0,2}?(?:stood|was\s+standing|sat|was\s+sitting)\s+(?:on|by|at|near)\s+(?:the\s+)?(?:edge\s+of\s+"
    r"(?:the\s+)?)?(?:bridge|train\s+tracks|railway\s+(?:line|tracks)|tracks|ledge|cliff\s+edge|roof\s+edge)\b|"
    r"\b(?:thinking|think|thought)\s+about\s+jumping\b|\bnote\s+(?:is\s+)?written\b[^.!?]{0,30}\bpills\b",
    # the wounds and the body: "I cut deeper this time", "tops that cover the fresh ones", "I chew and spit"
    r"re:\bcut\s+(?:myself\s+)?deeper\b|\b(?:cover|hide)\s+(?:the|my)\s+(?:fresh\s+(?:ones|cuts|scars|marks|wounds)|"
    r"cuts|self[-\s]?harm\s+(?:scars|marks))\b|\b(?:my\s+)?arms\s+(?:are\s+)?(?:still\s+)?open\b",
    r"re:\bchew\s+and\s+spit\b|\bi\s+(?:do\s+not|barely|hardly)\s+eat\s+(?:any\s*more|at\s+all)\b|\b\d{2}\s?kgs?\s+and\s+"
    r"(?:i\s+am\s+)?still\s+(?:too\s+)?(?:big|fat|huge)\b",
    # what is left of them: "a weight round everyone's neck", "unsubscribe from everything. emails, texts, life",
    # "I wake up disappointed that I did", "can't face another day"
    r"re:\b(?:a\s+)?(?:weight|burden|millstone)\s+(?:round|around|on)\s+everyone'?s?\s+(?:neck|shoulders)\b|"
    r"\b(?:unsubscribe|take)\s+(?:me\s+)?(?:off|from)\s+everything\b[^.!?]{0,40}\blife\b|\bdisappointed\s+(?:that\s+i\s+"
    r"did|to\s+(?:wake\s+up|still\s+be\s+(?:alive|here))|(?:that\s+)?i\s+(?:woke|am\s+still\s+(?:alive|here)))\b|"
    r"\b(?:cannot|can\s+not)\s+face\s+(?:another|one\s+more)\s+day\b|^\W*(?:i\s+)?do\s+not\s+deserve\s+to\s+be\s+here\b|"
    r"\bdo\s+not\s+deserve\s+to\s+(?:be\s+here|live|exist)\b",
    # Hindi/Urdu, Nigerian Pidgin, Tagalog: "sab khatam kar doon", "hamesha ke liye ja raha hoon", "mere jaane ke baad",
    # "I don tire for this life", "make I sleep and no wake up", "gusto ko nang matapos", "ayoko nang mabuhay"
    r"re:\bsab\s+(?:kuch\s+)?khatam\s+(?:karna|kar\s+(?:doon|dun|dunga|dungi|du)|ho\s+jaaye)\b|\bhamesha\s+ke\s+liye\s+"
    r"ja\s+(?:raha|rahi)\b|\b(?:mere|meri)\s+jaane\s+ke\s+baad\b|\bjeena\s+nahi\s+(?:hai|chahta|chahti)\b|\bmar\s+jaana\s+"
    r"(?:hai|chahta|chahti)\b",
    r"re:\btire\s+for\s+(?:this|dis)\s+life\b|\bsleep\s+and\s+no\s+(?:wake|wake\s+up)\b|\bgusto\s+ko\s+(?:nang|na)\s+"
    r"(?:matapos|mamatay)\b|\bayoko\s+(?:nang|na)\s+mabuhay\b|\bpagod\s+na\s+ako\s+sa\s+(?:lahat|buhay)\b",
)
