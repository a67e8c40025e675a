"""A buyer's verdict in the words reviews and tweets use, beyond "it is bad": the stance toward what was
bought, said as what the buyer now does, wants or warns.

A complaint is a negative evaluation with a target. Reviews rarely blame anyone; they say it through
five shapes, written here as grammar rather than as phrases from any source's rows:

- **warning other buyers** (an imperative to the reader): "do not buy", "look elsewhere", "steer clear",
  "do not make the same mistake", "I would advise against it";
- **regret and going back on the purchase**: "sending it back", "I regret buying it", "last time I order
  from you", "wish I could get my money back";
- **the outcome demanded** (what a complaint asks for, not a plain request): "I want my money back", "I
  demand a refund", "you owe me an apology";
- **a fault as a habit of the thing**: "breaks easily", "battery drains fast", "never worked", "does not
  work." said as a whole sentence, "went dead after a week";
- **below what was promised**: "does not match the picture", "not what it says it is", "misleading",
  "below expectations", "feels cheap".

Calm look-alikes stay out: "no complaints", "not bad at all", "you will not be disappointed", "I thought
it would break easily but it is sturdy" (the category is negatable, and "but" turning to praise is a
cheerful message the complaint rules never read); a question ("does it break easily?") asks.
"""

from __future__ import annotations

_BOUGHT = (
    r"(?:buy|buying|bought|order|ordering|ordered|purchas\w*|shop|shopping|use|using|fly|flying|eat|eating|stay|staying)"
)
_QUICKLY = r"(?:(?:so|very|really|too|way\s+too|super|pretty|quite)\s+)?(?:easily|quickly|fast|soon|often)"
_NO_QUESTION = r"(?![^.!?]*\?)"
# "waiting is the worst but your crew made it fun": a verdict the same sentence turns into praise
_NO_PRAISE_TURN = (
    r"(?![^.!?]*\b(?:but|though|although|yet|still|overall)\b[^.!?]*\b(?:fun|great|amazing|love|loved|best|nice|lovely|"
    r"good|fine|excellent|perfect|awesome|fantastic|worth\s+it|happy|glad|friendly|helpful)\b)"
)

REVIEW_VERDICT: tuple[str, ...] = (
    # warning other buyers
    r"re:\b(?:do\s+not|never)\s+(?:ever\s+)?(?:be\s+fooled|fall\s+for\s+(?:it|this|the)|make\s+the\s+same\s+mistake|"
    r"trust\s+(?:this|these|their|them|the\s+reviews)|waste\s+your\s+(?:\$+|cash|hard|time\s+(?:on|with)))\b",
    rf"re:\b(?:look|shop|go)\s+elsewhere\b{_NO_QUESTION}|\bkeep\s+(?:on\s+)?looking\s*(?:[.!,]|$)|\bsteer\s+clear\b|"
    r"\bthink\s+twice\s+(?:before|about)\b",
    r"re:\b(?:i|we)\s+(?:would|will|strongly|must|can\s+only)?\s*(?:\w+\s+)?(?:advise|recommend|suggest|urge)\w*\s+"
    r"(?:you\s+|everyone\s+|anyone\s+|people\s+|others\s+)?(?:against|avoiding|(?:to\s+)?not\s+(?:to\s+)?(?:buy|"
    r"purchas|order|get|use|go))",
    r"re:(?:^|[.!,:-]\s*)\W*(?:(?:so|just|please)\s+)*(?:beware|be\s+(?:very\s+)?(?:careful|warned|aware))\s*(?:[.!,]|$)|"
    r"\b(?:buyers?|consumers?|customers?)\s*-*\s*(?:beware|be\s+(?:very\s+)?careful)\b",
    rf"re:\bavoid\s+(?:buying|ordering|purchasing|(?:it|them|this\s+\w+)\s+at\s+all\s+costs)\b{_NO_QUESTION}",
    # regret, and going back on the purchase
    r"re:(?:^|[.!,]\s*)\W*(?:sending|sent|returning|returned|took|taking)\s+(?:it|them|this|these)\s+back\b|"
    r"(?:^|[.!,]\s*)\W*returned\s+(?:it\s+|them\s+)?(?:\d+|a|an|two|three|the\s+next|the\s+same)\s+\w+\s+later\b",
    r"re:\b(?:i|we)\s+(?:am|are|will\s+be)\s+(?:sending|taking|shipping)\s+(?:it|them|this|these)\s+back\b"
    rf"{_NO_QUESTION}",
    rf"re:\b(?:(?:i|we)\s+(?:\w+\s+)?|have\s+|had\s+)(?:regret|regretted|regretting)\s+(?:it|this|that|the\s+purchase|my\s+purchase|ever|"
    rf"the\s+day|{_BOUGHT})\b|\bregret\w*\s+{_BOUGHT}\b|"
    r"\b(?:sorry|wish)\s+(?:that\s+)?(?:i|we)\s+(?:ever\s+)?(?:bought|ordered|made\s+(?:this|the)\s+purchase|"
    rf"purchased|booked|chose)\b{_NO_QUESTION}|\bwish\s+(?:i|we)\s+(?:had\s+not|never|could\s+(?:return|get\s+(?:my|our)\s+money))\b",
    rf"re:\b(?:the\s+)?(?:last|final)\s+time\s+(?:i\s+|we\s+)?(?:will\s+|ever\s+)?{_BOUGHT}\s+(?:from|with|at|here|"
    r"this|these|your|you)\b|\bthe\s+last\s+\w+\s+(?:phone|product|thing|item|one)\s+for\s+me\b",
    r"re:\b(?:threw|throw|throwing|thrown)\s+(?:my|our)\s+money\s+(?:away|out\s+the\s+window|down\s+the\s+drain)\b|"
    r"\bwasted\s+(?:my|our)\s+(?:\w+\s+)?(?:money|cash|time)\b",
    # the outcome demanded: what a complaint wants, said as a demand
    r"re:\b(?:i|we)\s+(?:want|demand|expect|deserve|need)\s+(?:(?:my|our)\s+money\s+back|a\s+full\s+refund|"
    r"(?:an|a\s+(?:proper|full|formal))\s+apology|(?:some\s+)?compensation)\b",
    r"re:\b(?:you|they|someone|somebody)\s+(?:owe|owes)\s+(?:me|us)\s+(?:an?\s+)?(?:apology|explanation|refund|money)\b",
    # a fault as a habit of the thing
    r"re:\b(?:breaks|broke|cracks|cracked|scratches|scratched|snaps|snapped|bends|bent|tears|tore|rips|ripped|peels|"
    r"peeled|fades|faded|rusts|rusted|smudges|dents|chips|chipped|falls\s+(?:out|off|apart)|fell\s+(?:out|off|apart)|"
    r"comes\s+(?:off|apart|loose|undone)|came\s+(?:off|apart|loose|undone)|wears\s+(?:out|off|through)|"
    rf"wore\s+(?:out|off|through)|gets\s+(?:scratched|smudged|dirty|damaged|stuck)|got\s+(?:scratched|stuck))\s+{_QUICKLY}\b"
    rf"{_NO_QUESTION}",
    r"re:\b(?:drains|drained|dies|died|runs\s+(?:out|down|flat)|ran\s+(?:out|down|flat)|goes\s+(?:dead|flat)|"
    rf"went\s+(?:dead|flat)|overheats|heats\s+up)\s+{_QUICKLY}\b{_NO_QUESTION}|\b(?:went|goes|gone)\s+(?:completely\s+)?"
    r"dead\s+(?:after|within|in)\b",
    r"re:\b(?:never|not\s+once|hardly\s+ever|barely\s+ever)\s+(?:really\s+|quite\s+|properly\s+)?(?:worked|works|"
    r"charged|fit|fitted|connected|paired|arrived)\b(?!\s+(?:out|together)\b)(?!\s+(?:for|with)\s+(?:me|us)\s+"
    r"(?:before|until))",
    # "Does not work." as the whole sentence, of a thing rather than the customer's own ("my card does not work")
    r"re:(?:^|[.!]\s+)\W*(?:(?!my\b|our\b|your\b|(?:it|that|this)\s+did\b)\w+\s+){0,2}?(?:does|did|would|will)\s+not\s+"
    r"(?:even\s+|really\s+|"
    r"always\s+)?(?:work|fit|charge|hold\s+(?:a\s+)?charge|last|stay\s+(?:on|in|put|connected|charged)|connect|pair|"
    r"turn\s+on|do\s+(?:the|its)\s+job)(?:\s+(?:at\s+all|properly|well|long|for\s+me|with\s+(?:my|the|this)\s+\w+))?"
    r"\s*(?:[.!]+|$)",
    # below what was promised or paid for
    r"re:\b(?:does|did|do)\s+not\s+(?:\w+\s+)?(?:match|look\s+like|resemble)\s+(?:the|its|their|your)\s+(?:\w+\s+)?"
    r"(?:picture|photo|photos|pictures|image|images|description|ad|advert|listing|website)\b",
    r"re:\bnot\s+what\s+(?:it|they|the\s+\w+)\s+(?:says|said|claims|claimed|advertised)\b|\bnot\s+what\s+(?:i|we)\s+"
    r"(?:wanted|asked\s+for|paid\s+for)\s*(?:[.!]+|$)|\b(?:misleading|falsely\s+advertised|"
    r"wrongly\s+advertised|false\s+advertising)\b",
    r"re:\b(?:far\s+|well\s+|way\s+)?(?:below|short\s+of|under)\s+(?:my\s+|our\s+|all\s+)?expectations\b|"
    r"\b(?:i|we)\s+(?:would|should)\s+(?:still\s+)?have\s+expected\s+(?:much\s+|a\s+lot\s+|far\s+)?(?:better|more)\b",
    r"re:\b(?:feels?|felt|looks?|looked|sounds?|sounded)\s+(?:(?:so|very|really|too|pretty|quite|just\s+as|"
    rf"and\s+looks?|and\s+feels?)\s+)*(?:cheap|cheaply\s+made|flimsy|fragile|tinny|plasticky|nasty)\b{_NO_QUESTION}|"
    r"\bcheap\s+(?:plastic|material|materials|construction|build|feel|parts|junk)\b",
    # what a diner or a guest says of a place (the food, the wait, the bill)
    r"re:\b(?:took|takes|taking|waited|wait\s+was|waiting)\s+(?:for\s+)?(?:forever|ages|an\s+eternity)\b|"
    r"\b(?:we|i)\s+(?:just\s+|finally\s+|eventually\s+)?(?:walked\s+out|got\s+up\s+and\s+left)\b",
    r"re:\b(?:no|zero|lacked|lacking|lacks|without\s+any|little\s+to\s+no|not\s+much)\s+(?:real\s+)?(?:flavou?r|taste|"
    r"seasoning)\b|\bflavou?rless\b",
    rf"re:\b(?:over-?priced|over\s+priced)\b{_NO_QUESTION}|\b(?:i|we)\s+have\s+had\s+(?:much\s+|far\s+|way\s+)?better\b|"
    r"\bhad\s+(?:much\s+|far\s+|way\s+)?better\s+\w+\s+(?:at|from|in|elsewhere)\b",
    r"re:\bcould\s+(?:have\s+)?(?:been|be)\s+"
    rf"(?:a\s+lot\s+|much\s+|way\s+|so\s+much\s+|far\s+)?better\b{_NO_PRAISE_TURN}",
    r"re:\b(?:is|are|was|were)\s+(?:by\s+far\s+|easily\s+|officially\s+|hands\s+down\s+|literally\s+)?the\s+worst\b"
    rf"(?!\s+(?:part|thing|case|of\s+it)\b){_NO_PRAISE_TURN}",
    r"re:\b(?:(?:i|we)\s+(?:am|are|was|were)\s+)?not\s+(?:at\s+all\s+|very\s+|too\s+)?(?:happy|pleased|satisfied)\s+"
    r"(?:at\s+all\s+)?(?:with|about)\s+(?:how|the\s+way|this|that|your|the|it)\b",
    # a consumer's complaint letter: rights violated, never agreed to, the company failing its duty
    r"re:\bviolat\w*\s+(?:of\s+)?(?:my|our)\s+(?:\w+\s+){0,4}?rights\b|\b(?:has|have|had)\s+(?:clearly\s+)?violated\b|"
    r"\b(?:i\s+am\s+)?writing\s+to\s+(?:formally\s+)?(?:dispute|complain|contest|file\s+a\s+complaint)\b",
    r"re:\b(?:i|we)\s+(?:never|did\s+not|have\s+never)\s+(?:authori[sz]ed?|requested|request|applied\s+for|apply\s+for|"
    r"signed\s+(?:up\s+)?for|sign\s+(?:up\s+)?for|agreed\s+to|agree\s+to|consented\s+to|consent\s+to|opened|open)\s+"
    r"(?:these|this|that|those|any|it|them|for\s+(?:this|these|that|it|them)|to\s+(?:this|that|it))\b"
    rf"{_NO_QUESTION}|\bwithout\s+(?:my|our|any|prior)\s+(?:\w+\s+)?(?:consent|permission|authori[sz]ation|knowledge)\b",
    r"re:\b(?:they|you|he|she|who|company|bank|lender|agent|bureaus?|agency|agencies|creditors?|store|seller)\s+"
    r"(?:have\s+|has\s+|had\s+|then\s+|still\s+|simply\s+|repeatedly\s+|completely\s+)*(?:failed|refused|neglected)\s+"
    r"to\s+(?:respond|correct|remove|investigate|resolve|fix|honou?r|provide|notify|inform|reply|refund|acknowledge|"
    r"address|help|explain|return|deliver|credit)\b",
    r"re:\b(?:misreport\w*|inaccurately\s+report\w*|(?:reporting|reported)\s+(?:\w+\s+)?(?:inaccurate|incorrect|"
    r"false|wrong)\s+(?:information|late\s+payments?|balances?|accounts?))\b",
    # hard to use, not good enough, a verdict that is the whole sentence
    r"re:\b(?:hard|difficult|tricky|awkward|impossible|cumbersome|confusing|a\s+pain|painful)\s+to\s+(?:use|operate|hear|"
    rf"install|set\s+up|navigate|put\s+on|wear|clean|assemble|get\s+(?:on|off|in|out))\b{_NO_QUESTION}",
    rf"re:\bnot\s+(?:nearly\s+|even\s+|quite\s+)?good\s+enough\b{_NO_QUESTION}{_NO_PRAISE_TURN}|\bnot\s+enough\s+(?:volume|power|"
    r"battery\s+life|storage|memory|charging\s+current|light)\b",
    r"re:(?:^|[.!]\s+)\W*(?:truly|very|so|just|absolutely|utterly|totally|simply|really)\s+(?:awful|terrible|horrible|"
    r"dreadful|unsatisfactory|unreliable|disappointing|poor|bad|useless|worthless)\s*(?:[.!]+|$)",
    # the thing said to fall short of a good word: "the food was not fresh", "our waiter wasn't very friendly"
    r"re:\b(?:the|this|these|that|those|your|its|their|our)\s+(?!(?:weather|traffic|news|game|match|movie|film|"
    r"show|book|song|situation|world|economy)\b)(?:\w+\s+){1,3}?(?:is|was|are|were)\s+(?:not|never)\s+(?:very\s+|that\s+|"
    r"particularly\s+|at\s+all\s+|even\s+|remotely\s+|really\s+|exactly\s+)?(?:good|great|tasty|fresh|friendly|helpful|"
    r"clean|hot|warm|impressive|comfortable|pleasant|attentive|professional|reliable|edible|acceptable|enjoyable|"
    rf"nice|accurate|worth\s+(?:it|the))\b{_NO_QUESTION}",
    r"re:\bnot\s+(?:what\s+(?:it|they)\s+used\s+to\s+be|as\s+good\s+as\s+(?:it|they)\s+used\s+to\s+be|as\s+good\s+as\s+"
    r"(?:before|last\s+time))\b|\b(?:has|have)\s+gone\s+(?:way\s+|so\s+)?downhill\b",
    # a good word denied of what was bought, a part judged as a noun phrase, "lacking", "junk"
    r"re:\bnot\s+(?:a\s+)?(?:very\s+)?(?:good|great)\s+(?:bargain|item|deal|buy|product|purchase|choice|value|quality|fit|"
    r"experience|design)\b|(?:^|[.!]\s+)\W*not\s+(?:very\s+|that\s+|so\s+)?(?:good|great)\s*(?:[.!]+|$)|"
    rf"\bit\s+is\s+not\s+(?:that|all\s+that|so|very)\s+(?:great|good)\b(?!\s+an?\b){_NO_QUESTION}{_NO_PRAISE_TURN}",
    r"re:(?:^|[.!]\s+)\W*(?:very\s+|really\s+)?(?:poor|bad|terrible|awful|cheap|flimsy|horrible|weak|lousy|cumbersome|"
    r"defective|clunky|shoddy)\s+(?:\w+\s+)?(?:quality|clarity|construction|design|reception|performance|sound|build|"
    r"workmanship|reliability|crap|fit|finish|materials?)\s*(?:[.!,]|$)",
    r"re:\b(?:is|are|was|were)\s+(?:sorely\s+|seriously\s+|severely\s+|badly\s+)?lacking\s*(?:[.!]|$)|\b(?:this|that|"
    r"such|total|complete|absolute\w*|cheap|worthless)\s+junk\b|\bjunk\s*[.!]+\s*$",
    r"re:\b(?:died|went\s+dead|stopped\s+working|broke|fell\s+apart)\s+(?:in|within)\s+(?:just\s+|only\s+)?(?:a\s+few|"
    r"\d+|two|three|a\s+couple\s+of)\s+(?:days|weeks|months|uses)\b",
    r"re:\bnot\s+(?:very\s+)?(?:user|customer)[-\s]friendly\b|\buncomfortable\s+(?:in|on|to\s+(?:wear|use|hold))\b|"
    r"\b(?:far\s+|well\s+|way\s+)?below\s+what\s+(?:other|you|i|we)\b",
)
# Said in a message that is neither cheerful nor a plain request (the category's mild words): "I had to ask
# twice but the staff were lovely" and "no one came to the party, but we had fun" are not complaints.
REVIEW_MILD: tuple[str, ...] = (
    # a meal or a visit that was only just bearable, a guest left unattended, something in the food
    r"re:\b(?:underwhelm\w*|unimpressed|mediocre\s+at\s+best|nothing\s+to\s+write\s+home\s+about)\b|(?:^|[.!]\s+)\W*"
    r"(?:\w+\s+)?(?:it\s+was\s+|really\s+)?nothing\s+special\s*(?:[.!]|$)",
    r"re:\b(?:i|we)\s+(?:was|were)\s+(?:never|not)\s+(?:even\s+|once\s+)?(?:greeted|acknowledged|served|seated|offered|"
    r"checked\s+on|refilled)\b|\b(?:nobody|no\s+one|noone)\s+(?:ever\s+|even\s+)?(?:came\s+(?:over|back|to\s+(?:our|my|the)\s+"
    r"table|to\s+take)|bothered|checked\s+on|greeted|acknowledged|apologi[sz]ed)\b",
    r"re:\b(?:had|have)\s+to\s+(?:ask|remind|flag\s+down|wave\s+down|call\s+over|chase)\s+(?:\w+\s+){0,4}?(?:twice|again|"
    r"three\s+times|several\s+times|multiple\s+times|(?:\d+|two|three|four)\s+times)\b",
    r"re:\b(?:a\s+|an\s+)?(?:hair|bug|fly|cockroach|roach|insect|piece\s+of\s+plastic)\s+in\s+(?:my|the|our|his|her)\s+"
    r"(?:food|soup|salad|drink|meal|plate|dish|pizza|burger|sandwich|rice|coffee)\b|\b(?:got|get|gave\s+(?:me|us))\s+"
    r"food\s+poisoning\b",
)
