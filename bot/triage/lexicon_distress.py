"""Distress disclosed in the first person: loneliness, hopelessness, panic, worthlessness, crying, not
coping, fear of dying, drinking to cope, withdrawing from life.

These join the self-harm category (urgent, crisis resources at once): a person who tells a support bot
they are not coping should reach a person who can point them to help. Each entry is about the writer
("I have nobody left to talk to"), not about an order ("I'm scared my parcel is lost").

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

from .lexicon_self_harm import FEELING_LASTS

_I_AM = r"(?:i\s+am|i\s+feel|i\s+felt|i\s+have\s+been|i\s+was|feeling|i\s+keep\s+feeling|i\s+get)"
_SO = r"(?:\s+(?:so|really|very|completely|totally|utterly|just|always|constantly|pretty|quite|incredibly|extremely))*"
_END = (
    r"(?=\s*(?:$|[.!,;?:()-]|and\b|but\b|all\b|lately\b|any\s*more\b|these\s+days\b|every\b|right\s+now\b|"
    r"at\s+the\s+moment\b|today\b|tonight\b|" + FEELING_LASTS + "))"
)

DISTRESS_WORDS: tuple[str, ...] = (
    # loneliness and withdrawal
    r"re:\b(?:i\s+have|i\s+have\s+got|i\s+got)\s+(?:no\s*one|nobody|no\s+friends|no\s+family)(?:\s+(?:left|else|"
    rf"any\s*more|in\s+my\s+life|to\s+(?:talk|turn|go|lean)\s+(?:to|on)|who\s+(?:cares|understands|listens))|{_END})",
    r"re:\b(?:no\s*one|nobody)\s+(?:has\s+|ever\s+|even\s+|actually\s+|really\s+|bothers\s+to\s+|"
    r"comes?\s+(?:up\s+)?to\s+|came\s+to\s+)*(?:checks?|checked|check)\s+on\s+me\b|\b(?:no\s*one|"
    r"nobody)\s+(?:ever\s+)?(?:visits|asks\s+how\s+i\s+am|talks\s+to\s+me\s+any\s*more)\b",
    rf"re:\b{_I_AM}{_SO}\s+(?:isolated|abandoned|rejected|unwanted|unloved|forgotten|invisible|left\s+behind|"
    rf"so\s+alone|all\s+alone){_END}",
    r"re:\bwhy\s+(?:will|would|does|do|can)\s+not\s+(?:anyone|anybody|any\s+of\s+them|they|"
    r"people)\s+(?:\w+\s+)?(?:love|like|want|care\s+about|let)\s+me\b",
    r"re:\b(?:have\s+not|had\s+not|did\s+not|do\s+not|barely)\s+(?:left|leave)\s+(?:the\s+house|my\s+(?:room|bed|flat|"
    r"apartment|house))\b|\bonly\s+left\s+my\s+(?:room|bed)\b",
    r"re:\b(?:cannot|could\s+not|can\s+barely|can\s+hardly)\s+(?:get|drag\s+myself)\s+(?:out\s+of\s+bed|"
    r"up\s+in\s+the\s+mornings?)\b",
    r"re:\balone\s+(?:in\s+(?:the|this)\s+world|with\s+my\s+(?:thoughts|head))\b|\bi\s+(?:do\s+not|"
    r"have\s+not)\s+(?:really\s+)?(?:got|have)\s+anyone(?:\s+(?:to\s+(?:talk|turn)\s+to|left|any\s*more)|\s*(?:[.!,;]|"
    r"$))",
    # hopelessness and not coping
    r"re:\b(?:cannot|can\s+not|do\s+not)\s+see\s+(?:a|any)\s+way\s+out\b|"
    r"\bno\s+way\s+out(?:\s+(?:of\s+this\s+)?for\s+me)?\s*(?:[.!,;]|$)|\bno\s+way\s+out\s+of\s+(?:this\s+)?(?:pain|"
    r"hell|life|my\s+head|this\s+(?:hole|darkness|feeling))\b",
    r"re:\b(?:do\s+not|cannot|no\s+longer)\s+see\s+(?:a\s+|the\s+|any\s+)?(?:point|future|way\s+forward|"
    r"reason\s+to\s+(?:live|go\s+on|carry\s+on|keep\s+going))(?:\s+(?:in|of|to)\s+(?:anything|living|life|it\s+all|"
    r"trying|going\s+on|carrying\s+on|getting\s+up|being\s+here|any\s+of\s+(?:it|this))|\s*(?:any\s*more|[.!,;]|$))",
    r"re:^\W*(?:honestly\s+|seriously\s+|so\s+)?what\s+is\s+(?:even\s+)?the\s+point\s*(?:any\s*more|of\s+(?:anything|"
    r"me|getting\s+up|trying))?\s*(?:[.!?]|$)",
    r"re:\b(?:everything|my\s+life|life|it\s+all|my\s+world)\s+(?:is|keeps|feels\s+like\s+it\s+is|"
    r"seems\s+to\s+be)\s+(?:just\s+)?(?:falling\s+apart|crumbling|collapsing|spiral+ing|out\s+of\s+control|a\s+mess|"
    r"too\s+much)\b",
    r"re:\b(?:i\s+am|i\s+feel\s+like\s+i\s+am|i\s+keep|i\s+have\s+been)\s+(?:just\s+|slowly\s+|"
    r"completely\s+)?(?:falling\s+apart|breaking\s+down|spiral+ing|drowning|sinking|going\s+under|"
    r"losing\s+(?:my\s+mind|control|myself|it)|coming\s+apart)\b",
    r"re:\bi\s+(?:just\s+|really\s+|honestly\s+|simply\s+)?(?:cannot|can\s+no\s+longer|could\s+not)\s+(?:handle|take|"
    r"deal\s+with|bear|face|cope\s+with)\s+(?:it|this|anything|everything|life|any\s+of\s+(?:it|this)|the\s+(?:pain|"
    r"stress|pressure))\s*(?:any\s*more|[.!,;]|$|right\s+now|at\s+the\s+moment)",
    r"re:\b(?:nothing|no\s*one|nobody)\s+(?:can|could|will|is\s+going\s+to)\s+(?:help|save|fix)\s+me\b",
    r"re:\b(?:do\s+not\s+think|not\s+sure|do\s+not\s+know\s+if|do\s+not\s+know\s+how\s+much\s+longer)\s+i\s+can\s+"
    r"(?:keep\s+going|go\s+on|carry\s+on|do\s+this|take\s+(?:it|this|much\s+more|any\s*more)|cope|hold\s+on|survive)\b",
    r"re:\bi\s+(?:have\s+been|am|was)\s+(?:really\s+)?struggling(?:\s+(?:a\s+lot|so\s+much|badly|mentally|"
    r"emotionally))?\s+(?:lately|recently|at\s+the\s+moment|right\s+now|these\s+days)\b|\b(?:i\s+am|"
    r"i\s+have\s+been)\s+(?:really\s+)?not\s+coping\b",
    r"re:\b(?:would|will)\s+be\s+(?:better|happier|easier|simpler)\s+(?:off\s+)?(?:for\s+(?:everyone|everybody|them|"
    r"my\s+\w+)\s+)?(?:if\s+i\s+(?:was|were)\s+(?:gone|dead|not\s+here|not\s+around|never\s+born)|"
    r"if\s+i\s+(?:disappeared|died|left)|without\s+me)\b",
    # thoughts of death, an attempt, a plan for the pills, giving up on getting better, self-neglect
    r"re:\b(?:thinking|think|thoughts|obsess\w*|fantasi[sz]\w*)\s+(?:a\s+lot\s+)?(?:about|of)\s+(?:death|dying|"
    r"being\s+dead|not\s+being\s+(?:here|alive|around)|ending\s+(?:it|things|my\s+life))\b"
    r"(?!\s+(?:metal|star|row|penalty|valley|notes?|certificates?|benefits?|duties|tax|of\s+(?:a|the|my)\s+"
    r"(?:company|brand|product|phone|battery)))",
    r"re:\bdone\s+with\s+(?:life|living|it\s+all|being\s+alive|this\s+life|everything\s+in\s+life)\b",
    r"re:\bi\s+(?:have\s+|had\s+|already\s+)?attempted\b(?!\s+(?:to|a|an|the|delivery|payment|log))|\b(?:scared|afraid|"
    r"worried)\s+i\s+(?:will|might|am\s+going\s+to)\s+(?:try|do\s+it)\s+again\b",
    r"re:\b(?:do\s+not|cannot|can\s+not|will\s+never)\s+see\s+myself\s+(?:ever\s+)?(?:getting|feeling)\s+better\b|"
    r"\bi\s+will\s+never\s+(?:get|feel)\s+better\b",
    r"re:\bhave\s+not\s+(?:showered|washed|bathed|left\s+my\s+bed|eaten\s+properly)\s+(?:in|for)\s+(?:days|weeks|"
    r"a\s+week|a\s+month|months)\b",
    r"re:\b(?:life|everything|it\s+all)\s+(?:just\s+)?(?:feels|is|seems)\s+(?:so\s+|too\s+)?(?:heavy|hard\s+to\s+bear|"
    r"unbearable)\b|\bmy\s+head\s+is\s+(?:a\s+mess|all\s+over\s+the\s+place)\b|\b(?:not|"
    r"never)\s+in\s+a\s+good\s+place\b",
    r"re:\b(?:lost|losing)\s+interest\s+in\s+(?:everything|anything|life|living|things)\b|\bnothing\s+(?:is|feels|"
    r"seems)\s+(?:interesting|fun|enjoyable|real)\s+any\s*more\b",
    r"re:\b(?:do|does|did)\s+not\s+(?:even\s+)?care\s+about\s+(?:anything|anyone|myself|life|living|"
    r"what\s+happens\s+to\s+me)\b",
    r"re:\bi\s+(?:just\s+|really\s+|honestly\s+)?do\s+not\s+know\s+(?:what\s+to\s+do\s+(?:any\s*more|with\s+myself|"
    r"with\s+my\s+life)|who\s+(?:else\s+)?to\s+(?:talk|turn)\s+to|how\s+(?:much\s+(?:more|longer)\s+i\s+can|"
    r"to\s+(?:cope|go\s+on|keep\s+going)))\b",
    r"re:\bneed\s+(?:someone|somebody|anyone)\s+to\s+talk\s+to\s*(?:[.!,;]|$|right\s+now|tonight)",
    r"re:\bmy\s+life\s+(?:sucks|is\s+(?:shit|hell|a\s+mess|over|a\s+nightmare|ruined|falling\s+apart|"
    r"going\s+nowhere))\b",
    rf"re:\b{_I_AM}{_SO}\s+(?:stressed(?:\s+out)?|overwhelmed){_END}|\bself[-\s]?medicat\w*|\b(?:nightmares|"
    r"flashbacks)\s+(?:every|again|about)\b",
    r"re:\b(?:everything|life)\s+(?:is|seems|feels)\s+(?:so\s+)?(?:blah|meaningless|pointless|hollow|numb)\b|"
    r"\bi\s+(?:feel|felt)\s+nothing\s*(?:any\s*more|[.!,;]|$)",
    rf"re:\b{_I_AM}{_SO}\s+(?:exhausted|drained|burnt\s+out|burned\s+out|worn\s+out|tired)\s+(?:of\s+everything|"
    r"all\s+the\s+time|every\s+single\s+day|"
    r"of\s+(?:trying|fighting|pretending|being\s+(?:me|alive|here)))\b|\b(?:mentally|emotionally)\s+(?:exhausted|"
    r"drained|broken|unwell|wrecked|done)\b",
    r"re:\b(?:is\s+)?life\s+(?:is\s+|really\s+)?(?:even\s+)?worth\s+living\b|\bwish\s+i\s+(?:had|would|was|"
    r"were)\s+(?:never\s+(?:have\s+)?been|not)\s+born\b|\b(?:hope|"
    r"wish)\s+(?:that\s+)?reincarnation\s+is\s+(?:a\s+thing|real)\b|\b(?:and|to|just)\s+die\s+a\s+little\b",
    r"re:\b(?:(?:spent|spend|stayed|stay|been|lying|lay)\s+(?:the\s+)?(?:entire|whole|all)\s+(?:day|week|"
    r"weekend)\s+in\s+bed|(?:stayed|been|lying|lay)\s+in\s+bed\s+(?:all|the\s+(?:entire|whole))\s+(?:day|week|"
    r"weekend))\b(?![^.!?]*\b(?:flu|cold|covid|fever|sick|ill|migraine|hangover|hungover|surgery|operation|injury|back|"
    r"broken)\b)|\b(?:recurring|reoccurring|constant)\s+nightmares\b",
    r"re:\b(?:nobody|no\s*one)\s+would\s+(?:even\s+|ever\s+|really\s+)?(?:notice|care|miss\s+me|mind)\s+if\s+i\s+"
    r"(?:was\s+not\s+here|were\s+not\s+here|was\s+gone|were\s+gone|died|disappeared|vanished|left)\b",
    # worthlessness and self-blame
    r"re:\bi\s+am\s+(?:just\s+|such\s+|so\s+|a\s+complete\s+|a\s+total\s+|an\s+absolute\s+|nothing\s+but\s+)*(?:a\s+|"
    r"an\s+)?(?:worthless|unlovable|disgusting|failure|loser|waste\s+of\s+(?:space|air|oxygen|life)|burden|"
    r"disappointment|disgrace|nothing|nobody)\b(?!\s+(?:at|with|when|about|of\s+a|compared))",
    r"re:\b(?:i\s+am|i\s+feel|i\s+look)\s+(?:so\s+)?(?:ugly|hideous|worthless|pathetic|useless)\s*(?:[.!,;]|$|and\b)",
    r"re:\b(?:it\s+is|it\s+was|this\s+is|everything\s+is|everything\s+was)\s+all\s+my\s+fault\b|"
    r"\beverything\s+is\s+my\s+fault\b",
    r"re:\b(?:i\s+would|i\s+had)\s+rather\s+be\s+(?:anyone|anybody|someone|somebody)\s+else\b|\bwish\s+i\s+(?:was|were|"
    r"could\s+be)\s+(?:anyone|anybody|someone|somebody)\s+else\b",
    # crying
    r"re:\bi\s+(?:have\s+been|was|am|keep|kept|just|started|cannot\s+stop|could\s+not\s+stop|"
    r"have\s+not\s+stopped)\s+(?:been\s+)?crying\b",
    r"re:\bcrying\s+(?:all\s+(?:day|night|morning|evening|week)|every\s+(?:day|night)|non-?stop|for\s+(?:hours|days)|"
    r"myself\s+to\s+sleep)\b",
    r"re:\b(?:i\s+am\s+in|fighting\s+(?:back\s+)?|holding\s+back|burst\s+into|broke\s+down\s+in|"
    r"i\s+was\s+in)\s+tears\b|\bi\s+(?:\w+\s+){0,5}(?:cried|sobbed|wept)\b",
    # fear, panic, dying
    rf"re:\b{_I_AM}{_SO}\s+(?:scared|terrified|frightened|afraid|anxious|panicky|panicking|"
    r"on\s+edge)\s+(?:all\s+the\s+time|every\s+(?:day|night)|constantly|"
    r"of\s+everything|to\s+(?:leave\s+the\s+house|go\s+out|be\s+alone|fall\s+asleep))\b",
    rf"re:\b{_I_AM}{_SO}\s+(?:anxious|panicky|panicking|on\s+edge|paranoid|scared|terrified|frightened){_END}",
    r"re:\b(?:scared|terrified|afraid|frightened)\s+(?:that\s+)?(?:i\s+am|i\s+will|"
    r"i\s+might)\s+(?:going\s+to\s+)?(?:die|dying|not\s+(?:make\s+it|wake\s+up|survive))\b",
    r"re:\b(?:cannot|could\s+not|can\s+barely)\s+(?:think\s+straight|stop\s+shaking|stop\s+worrying|function|"
    r"breathe\s+properly)\b|\bcannot\s+(?:sleep|eat)\s+(?:at\s+all|properly|any\s*more)\b",
    r"re:\bnot\s+(?:sleeping|eating)\s+(?:or|and|nor)\s+(?:sleeping|eating)\b|\bfeel\s+(?:awful|terrible|horrible|"
    r"like\s+shit|so\s+low)\s+all\s+the\s+time\b",
    r"re:\b(?:stopped|not|barely)\s+eating\s+(?:properly|at\s+all|any\s*more)\b|\bhave\s+not\s+(?:eaten|"
    r"slept)\s+(?:properly\s+)?(?:in|for)\s+(?:days|weeks)\b",
    # drinking or using to cope
    r"re:\b(?:drink|drinking|drank|smoke|smoking|using|taking\s+pills)\s+(?:\w+\s+){0,3}(?:to\s+(?:cope|forget|numb|"
    r"get\s+through|feel\s+(?:better|something|nothing))|just\s+to\s+(?:get\s+through|cope|forget|sleep|feel))\b",
    # how, and goodbyes
    r"re:\b(?:put|putting|shoot|shooting|blow|blowing)\s+(?:a\s+)?(?:bullet|gun)\s+(?:\w+\s+){0,2}(?:in|into|through|"
    r"to)\s+my\s+(?:head|brain|mouth|temple)\b|\bblow\s+my\s+brains\s+out\b",
    r"re:\b(?:go\s+to\s+)?sleep\s+and\s+(?:never|not)\s+wake\s+up\b|\bnever\s+(?:have\s+to\s+)?wake\s+up\s+(?:again|"
    r"any\s*more)?\s*(?:[.!,;]|$)",
    r"re:\b(?:giving|give)\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings|possessions)\b|\b(?:wrote|writing|"
    r"write)\s+(?:a|my|the)\s+(?:suicide|goodbye|farewell)\s+(?:notes?|letters?)\b",
    # final arrangements: "I've written letters to everyone", "putting my affairs in order"
    r"re:\b(?:written|wrote|writing|left)\s+(?:letters|notes)\s+(?:to|for)\s+(?:everyone|everybody|all\s+of\s+"
    r"(?:them|my\s+\w+)|my\s+(?:family|kids|children|loved\s+ones))\b|\b(?:getting|got|put|putting|sorting|sorted)\s+"
    r"(?:all\s+)?my\s+affairs\s+(?:in\s+order|sorted)\b",
    # the means asked of the goods: "how many would it take to not wake up", "enough to not wake up"
    r"re:\b(?:take|enough|many|much)\s+(?:\w+\s+){0,3}?to\s+(?:not|never)\s+wake\s+up\b",
    # wanting it all to be over: "i just want it all to end", "I wish everything would stop"
    r"re:\b(?:want|wish|need)\s+(?:for\s+)?(?:it\s+all|everything|all\s+of\s+(?:it|this)|the\s+pain|my\s+life|life)\s+"
    r"(?:to|would|could)\s+(?:just\s+)?(?:end|stop|be\s+over)\b",
    r"re:\b(?:my|struggling\s+with|suffering\s+from|battling|living\s+with)\s+(?:\w+\s+)?mental\s+(?:health|illness|"
    r"disorders?)\b|\bmentally\s+(?:ill|unwell|unstable)\b",
    r"re:\bmental\s+(?:illness(?:es)?|disorders?|health\s+(?:issues?|problems?|struggles?|crisis|condition))\b",
    r"re:\b(?:on\s+the\s+verge\s+of|close\s+to)\s+(?:a\s+)?(?:breaking\s+down|breakdown|tears|giving\s+up|"
    r"collapse|collapsing|snapping)\b|\bhate\s+(?:what|who)\s+i\s+(?:have\s+)?(?:become|turned\s+into)\b",
    r"re:\b(?:binge|binging|bingeing)\s+(?:and|&|or)\s+purg\w*\b|\b(?:i|me|started|keep|been)\s+(?:\w+\s+)?purging\b|"
    r"\bb/p\b|\brestrict(?:ing)?\s+(?:my\s+)?(?:food|eating|calories)\b|\bbinge\s+urges?\b",
)

DISTRESS_EXCEPTIONS: tuple[str, ...] = (
    r"re:\b(?:i\s+am\s+|we\s+are\s+)?(?:drowning|sinking)\s+in\s+(?:debt|bills|arrears)\b",  # hardship, not a crisis
    r"re:\b(?:hopeless|useless|rubbish|terrible|awful)\s+(?:at|with)\s+(?!life\b|everything\b)\w+",
    r"re:\b(?:(?:cried|cry|crying|in)\s+)?tears\s+of\s+(?:joy|laughter|happiness)\b|\b(?:cried|crying|"
    r"in\s+tears)\s+(?:with\s+|from\s+)?(?:laughing|laughter|joy|happiness|happy\s+tears)\b",
    r"re:\b(?:laughed|laughing)\s+(?:so\s+hard\s+)?(?:until|till|til)\s+i\s+cried\b|\bhappy\s+tears\b",
    # crying at something lovely: "i'm crying, the dog loves the new bed", "crying, it's so cute"
    r"re:\b(?:i\s+am\s+|literally\s+)?crying\b[^.!?]{0,40}\b(?:loves?|so\s+(?:cute|sweet|happy|beautiful|good)|"
    r"adorable|obsessed|perfect|gorgeous)\b",
)
