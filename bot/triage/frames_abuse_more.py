"""Abuse in more words (``frames.py``): the second round of our own probes, written after the first frames.

- control by the one who holds the account: "he won't let me make any claims", "he turns off the heating to
  punish me", "controls the utility account";
- contact that does not stop: an ex "sending me messages from new accounts every day";
- sexual messages or remarks ("sent me sexual messages", "said I looked sexy"), intimate photos shared or
  threatened ("unless I pay");
- a worker, a stranger or an ex who lingers outside my house; a landlord who changed the locks or threw my things
  out;
- Hindi "dhamki", Tagalog "pinagbantaan ako", "sinampal ako".
"""

from __future__ import annotations

from .frames import Frame

_LET_ME = (
    r"\b(?:will\s+not|wont|does\s+not|never|refuses\s+to)\s+let\s+me\s+(?:\w+\s+){0,2}?(?:make\s+any|see\s+(?:anything|"
    r"any|the)|access|claim|have\s+a\s+say|talk\s+to|speak\s+to|go\s+anywhere|call|contact|get\s+a\s+job|eat|"
    r"sleep)\b"
)
_HE_CONTROLS = (
    r"\b(?:he|she)\s+(?:also\s+|even\s+|always\s+|just\s+)?(?:controls\s+(?:all\s+)?(?:of\s+)?(?:our|my|the)\s+(?:\w+\s+)?"
    r"(?:money|accounts?|finances|spending|cards?|phone|bank|heating|bills)|turns\s+off\s+the\s+(?:heating|power|"
    r"electric\w*|gas|water|wifi|internet)|cuts?\s+off\s+my\s+(?:money|phone|card|heating)|takes\s+my\s+(?:money|wages|"
    r"salary|pension|card|phone|keys|passport))\b|\bto\s+punish\s+me\b"
)
_THEIR_STAFF = r"\b(?:agent|rep|advisor|adviser|staff|company|customer\s+service|support|bank|supplier|provider)\b"
_REPEATED = (
    r"\b(?:sending|sends|sent|messaging|texting|calling|contacting|emailing)\s+me\s+(?:\w+\s+){0,3}?(?:every\s+(?:day|"
    r"night|hour)|from\s+(?:new|different|fake|other)\s+(?:accounts|numbers|profiles|emails)|all\s+the\s+time|"
    r"constantly|nonstop|non-stop|again\s+and\s+again)\b"
)
_SOMEONE_OF_MINE = (
    r"\bmy\s+(?:ex|ex-?\w+|former\s+\w+|stalker)\b|\b(?:a|another|one)\s+(?:user|player|member|customer|guy|man)\b|"
    r"\bsomeone\b|\bsomebody\b"
)
_SEXUAL = (
    r"\bsent\s+me\s+(?:\w+\s+){0,3}?(?:sexual|explicit|dirty|inappropriate|creepy|nude|naked|x-?rated|lewd)\s+(?:\w+\s+)?"
    r"(?:messages?|texts?|pictures|photos|pics|images|comments|videos?)\b|\b(?:said|saying|told\s+me|called\s+me)\s+"
    r"(?:\w+\s+){0,3}?i\s+(?:looked|look|was|am)\s+(?:sexy|hot|fit|gorgeous)\b|\bsexual\s+(?:messages|comments|remarks|"
    r"advances|texts)\b|\b(?:shared|posted|leaked|sent\s+round|spread|uploaded|published)\s+(?:my\s+)?(?:nude|naked|"
    r"intimate|private|explicit|sexual)\s+(?:photos|pictures|pics|images|videos?)\b|\b(?:leak|share|post|send|publish|"
    r"release)\w*\s+my\s+(?:\w+\s+)?(?:photos|pictures|pics|videos?|nudes)\b[^.!?]{0,30}\bunless\b|\bsextort\w*|"
    r"\brevenge\s+porn\b|\bdhamki\b|\bdhamka\w+\b|\b(?:pinagbantaan|binantaan|sinampal|sinuntok|tinulak|sinakal|"
    r"minolestiya|hinalay)\s+(?:ako|niya\s+ako)\b"
)
_LINGERS = (
    r"\b(?:keeps?\s+|kept\s+|been\s+|was\s+|is\s+)?(?:parking|parked|lurking|loitering|hanging\s+around|standing|watching|"
    r"waiting)\s+(?:\w+\s+)?(?:outside|near|by|opposite)\s+my\s+(?:house|flat|home|door|window|building|work|gate)\b"
)
_WHO_LINGERS = (
    r"\b(?:driver|courier|rider|engineer|technician|fitter|installer|agent|delivery\s+\w+|man|guy|stranger|ex|"
    r"someone|somebody|he|she)\b"
)
# an errand at my door, a joke, a lock changed for a reason
_OFTEN_OR_NIGHT = (
    r"\b(?:keeps?|kept|been|always|again|every\s+(?:day|night|evening|morning)|at\s+night|all\s+(?:day|night)|for\s+hours|"
    r"late\s+at\s+night)\b"
)
_SCHEDULED = (
    r"\b(?:as\s+booked|booked|slot|appointment|on\s+time|at\s+\d|\d\s*(?:am|pm)|o'?clock|early|late|blocked|newsletter|"
    r"marketing|reminders?|to\s+(?:deliver|collect|drop))\b"
)
_JEST = r"\b(?:lol|lmao|haha\w*|jk|xd)\b"
_LOCKS_REASON = (
    r"\b(?:break[-\s]?in|burglar\w*|lost\s+(?:my|the)\s+keys?|new\s+keys?|keys?\s+cut|i\s+asked|requested|at\s+my\s+request|"
    r"safety|broken\s+lock)\b"
)
_LANDLORD_OUT = (
    r"\bmy\s+(?:landlord|landlady|letting\s+agent)\b[^.!?]{0,40}\b(?:changed\s+the\s+locks|threw\s+(?:all\s+)?my\s+"
    r"(?:stuff|things|belongings|clothes)|cut\s+off\s+(?:my|the)\s+(?:water|electric\w*|gas|power|heating))\b"
)

ABUSE_CONCEPTS: dict[str, str] = {
    "let_me": _LET_ME,
    "he_controls": _HE_CONTROLS,
    "their_staff": _THEIR_STAFF,
    "repeated": _REPEATED,
    "someone_of_mine": _SOMEONE_OF_MINE,
    "sexual": _SEXUAL,
    "lingers": _LINGERS,
    "who_lingers": _WHO_LINGERS,
    "scheduled": _SCHEDULED,
    "often_or_night": _OFTEN_OR_NIGHT,
    "jest": _JEST,
    "locks_reason": _LOCKS_REASON,
    "landlord_out": _LANDLORD_OUT,
}

ABUSE_FRAMES: tuple[Frame, ...] = (
    Frame("someone close will not let me", "harassment", ("let_me", "close_any"), "message", veto=("jest",)),
    Frame("he controls, he punishes", "harassment", ("he_controls",), veto=("their_staff",)),
    Frame("contact that does not stop", "harassment", ("repeated", "someone_of_mine"), veto=("scheduled",)),
    Frame("sexual messages, photos, threats", "harassment", ("sexual",)),
    Frame(
        "someone lingers outside my home",
        "harassment",
        ("lingers", "who_lingers", "often_or_night"),
        "message",
        veto=("scheduled",),
    ),
    Frame("a landlord locks me out", "harassment", ("landlord_out",), "message", veto=("locks_reason",)),
)
