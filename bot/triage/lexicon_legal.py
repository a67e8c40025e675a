"""Legal matters: action threatened against the business, and the customer's own legal trouble.

Two kinds, both for a person to answer:
- action against us, said outright ("I'll sue", "my lawyer will be in touch", "I'm reporting you to the
  regulator");
- a legal matter of the customer's own, as a small grammar of who × legal act: seeking or having a lawyer,
  going to court or a court date, asking whether something is legal, being arrested, charged or cited (a
  speeding ticket), a landlord or an employer who refuses, withholds or evicts, custody, child support, a will.

Kept out: a food court or a tennis court, legal tender, a landlord or an employer named without a dispute.

Same entry syntax as ``lexicon_requests``: the text is lower case with contractions expanded.
"""

from __future__ import annotations

_LEGAL_ACTION: tuple[str, ...] = (
    "legal action", "legal proceedings", "legal team", "legal department", "lawsuit*", "law suit*", "litigation",
    "class action", "cease and desist", "small claims", "ombudsman", "trading standards", "better business bureau",
    "breach of contract", "sued", "suing", "lawyer up",
    r"re:\b(?:my|our)\s+(?:lawyer|attorney|solicitor|legal\s+(?:counsel|advisor|adviser|representative))s?\b",
    r"re:\b(?:contact|contacting|call|calling|speak\s+to|speaking\s+to|talk\s+to|talking\s+to|consult|consulting|hire|"
    r"hiring|get|getting|involve|involving)\s+(?:a|an|my|our)\s+(?:lawyer|attorney|solicitor)s?\b",
    r"re:\b(?:lawyer|attorney|solicitor)s?\s+(?:will|is\s+going\s+to|has|have|says|said)\b",
    r"re:\b(?:letter|email|notice|call|message)\s+from\s+(?:a|an|their|your|the|my)\s+(?:lawyer|attorney|solicitor|"
    r"law\s+firm)s?\b",
    r"re:\b(?:i|we)\s+(?:will|shall|am\s+going\s+to|are\s+going\s+to|can|could|might|may|would|want\s+to|"
    r"plan\s+to)\s+sue\b",
    r"re:\bsue\s+(?:you|your|them|the\s+company|this\s+company|for)\b",
    r"re:\b(?:take|taking|see)\s+(?:you|this|it|your\s+company|this\s+matter)\s+(?:to|in)\s+court\b|\bcourt\s+(?:case|"
    r"action|order)\b",
    r"re:\breport(?:ing)?\s+(?:you|your\s+company|this)\s+to\s+(?:the\s+)?(?:police|authorities|regulator|bbb|ftc|fca|"
    r"cma|consumer|attorney)",
    r"re:\b(?:my|our)\s+(?:legal\s+|consumer\s+|statutory\s+)rights\b|\bconsumer\s+protection\b",
    r"re:\bconsumer\s+(?:rights|credit|contracts?)\s+(?:act|regulations?)\b|\bbreach\s+of\s+(?:the\s+)?(?:law|"
    r"consumer\s+\w+|my\s+rights)\b",
)

_SOMEONE = r"(?:they|he|she|it|my\s+\w+|the\s+\w+|our\s+\w+|this\s+\w+|your\s+\w+)"
_LAWYER = r"(?:lawyer|attorney|solicitor|law\s+firm|barrister)"

_OWN_MATTER: tuple[str, ...] = (
    # a lawyer sought or had: "I need a good lawyer", "we hired a divorce attorney", "is it lawyer time?"
    r"re:\b(?:need|needs|needed|get|getting|got|hire|hiring|hired|find|finding|found|talk\s+to|speak\s+to|"
    r"spoke\s+to|consult|consulted|see|saw|ask|asked|call|called|retain|retained|contact|contacted)\s+(?:a|an|the|"
    rf"my|our|his|her)\s+(?:\w+\s+){{0,2}}?{_LAWYER}s?\b|\b(?:lawyer|attorney|solicitor)\s+time\b",
    # court: "I have to go to court", "my court date", "she took me to court"
    r"re:\b(?:go|going|goes|went|gone|appear|appearing|taken|take|taking|took|summoned|drag|dragged|dragging)\s+"
    r"(?:\w+\s+){0,2}?(?:to|in|into|before)\s+(?:a\s+|the\s+)?court\b(?!\s+(?:for\s+(?:tennis|basketball|a\s+game)))|"
    r"\bcourt\s+(?:date|hearing|appearance|summons|papers|fees?|ruled|ordered|mandated)\b|\b(?:my|our)\s+"
    r"(?:court|trial)\b",
    # asking about the law: "is it legal for them to", "can my landlord legally", "legally required"
    r"re:\bis\s+(?:it|this|that)\s+(?:even\s+|actually\s+|really\s+)?(?:legal|illegal|lawful|unlawful|"
    rf"against\s+the\s+law)\b(?!\s+tender)|\b(?:can|could|are|is)\s+{_SOMEONE}\s+(?:legally|lawfully)\b|"
    r"\blegally\s+(?:allowed|required|obligated|entitled|binding|responsible|liable)\b",
    r"re:\bwhat\s+are\s+my\s+(?:legal\s+)?(?:rights|options)\b|\b(?:need|seeking|looking\s+for|want|ask\s+for|"
    r"asking\s+for|some)\s+legal\s+(?:advice|help|counsel)\b|\blegal\s+(?:recourse|standing|grounds|obligation)\b",
    # trouble with the law: "I got a speeding ticket", "my son was arrested", "I was charged with"
    r"re:\b(?:speeding|parking|traffic)\s+(?:ticket|fine|citation|violation|offen[cs]e)s?\b|\b(?:i|we|he|she|my\s+\w+)"
    r"\s+(?:was|were|got|have\s+been|has\s+been|am|is|just\s+got)\s+(?:\w+\s+)?(?:arrested|charged\s+with|"
    r"cited\s+for|summoned|subpoenaed|served\s+(?:with\s+)?papers)\b|\bon\s+probation\b",
    # a landlord or an employer in a dispute: "my landlord refuses to return my deposit"
    r"re:\bmy\s+(?:\w+\s+)?(?:landlord|landlady|letting\s+agent|property\s+manager|employer|boss)\s+(?:\w+\s+)?"
    r"(?:refuses|refused|is\s+refusing|will\s+not\s+(?:return|give|pay|fix|let)|did\s+not\s+(?:return|pay)|"
    r"has\s+not\s+(?:returned|paid)|withheld|is\s+withholding|kept|is\s+keeping|threatened|is\s+threatening|"
    r"wants\s+to\s+evict|is\s+evicting|evicted|entered\s+my|owes\s+me|deducted|docked)\b|\b(?:security\s+)?"
    r"deposit\s+back\b|\bbreak(?:ing)?\s+(?:my|the|our)\s+(?:lease|tenancy)\b",
    r"re:\bwrongful(?:ly)?\s+(?:termination|dismissal|terminated|dismissed|fired|evicted|arrested)\b|\bunpaid\s+"
    r"(?:wages|overtime)\b|\bwage\s+claim\b|\b(?:tenan(?:t|ts|cy)|employment)\s+(?:rights|law|tribunal|board)\b",
    # family law and a will
    r"re:\b(?:custody|visitation)\s+(?:of|battle|hearing|agreement|case|order|rights|arrangement)\b|\b(?:full|joint|"
    r"sole|shared)\s+custody\b|\bchild\s+support\b|\b(?:file|filing|filed)\s+for\s+(?:divorce|custody)\b|"
    r"\bdivorce\s+(?:papers|lawyer|attorney|proceedings|settlement|decree)\b|\bpower\s+of\s+attorney\b|"
    r"\bprobate\b|\bexecutor\s+of\b|\b(?:last\s+)?will\s+and\s+testament\b",
    r"re:\b(?:can|could|should)\s+(?:i|we)\s+(?:\w+\s+)?sue\b|\b(?:sue|suing)\s+(?:him|her|them|my\s+\w+|"
    r"the\s+\w+)\b|\btake\s+(?:him|her|them|my\s+\w+|the\s+\w+)\s+to\s+(?:small\s+claims|court)\b",
)

LEGAL_WORDS: tuple[str, ...] = _LEGAL_ACTION + _OWN_MATTER
