"""Harm someone else did to the customer: a crime or an accident to report, not a complaint about us.

An insurer's or a bank's customers write because something happened to them: "my car was stolen", "someone
hit my car in the parking lot", "my car was damaged in the car park by another driver", "my wallet was
stolen". The words are negative and name damage, but nobody blames the business; it is the reason they
write, a claim or a card to block. The frame, as grammar:
- **harm to what the customer owns**: stolen, broken into, hit, crashed into, damaged, vandalised, hacked;
- **done by someone else, or by nobody named**: "someone", "a thief", "another driver", "a tree", or the
  passive with no agent ("my car was stolen");
- **the business not blamed**: not "your driver hit my car", not "you lost my card", not "at your garage".

What the business carries, sends or keeps for the customer (a parcel, a bag, an order) stays its failure:
"my parcel was stolen from the van" is a complaint to a shop or a courier.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_OWNED = r"(?:my|our)\s+(?:\w+\s+){0,2}?"
# the business's own care: what it carries, sends or keeps for the customer
_IN_OUR_CARE = (
    r"(?!(?:\w+\s+)?(?:parcels?|packages?|bags?|luggage|suitcases?|baggage|deliver(?:y|ies)|orders?|items?)\b)"
)
# crimes and road accidents: told without a doer, they were someone else's doing
_SUFFERED = (
    r"(?:stolen|nicked|robbed|burgl[ae]d|burglari[sz]ed|broken\s+into|vandali[sz]ed|keyed|hacked|hit|"
    r"rear[-\s]ended|crashed\s+into|backed\s+into|reversed\s+into|run\s+into)"
)
_DAMAGED = r"(?:damaged|dented|scratched|smashed|written\s+off|totall?ed)"
_DID = (
    r"(?:stole|nicked|robbed|burgled|broke\s+into|vandali[sz]ed|keyed|hacked(?:\s+into)?|hit|rear[-\s]ended|"
    r"crashed\s+into|backed\s+into|reversed\s+into|ran\s+into|drove\s+into|damaged|dented|scratched|smashed|"
    r"fell\s+on)"
)
_SOMEONE_ELSE = (
    r"(?:someone|somebody|some\s+(?:guy|idiot|kids?|one)|thieves|burglars|vandals|hackers?|scammers?|fraudsters?|"
    r"(?:a|an|the|another)\s+(?:\w+\s+)?(?:thief|burglar|driver|car|truck|van|lorry|bus|cyclist|motorist|"
    r"vehicle|tree|branch|stranger|neighbou?r|hacker|scammer|fraudster)|(?:my|our)\s+neighbou?rs?|the\s+other\s+"
    r"(?:driver|car|vehicle)|a\s+(?:storm|flood|fire|hail\s*storm))"
)
# "my car was stolen", "my car got hit in the car park", "my wallet was stolen", "my house was broken into",
# "my car was damaged in the car park by another driver"
_TO_THEIR_THINGS = re.compile(
    rf"\b{_OWNED}{_IN_OUR_CARE}\w+\s+(?:was|were|got|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    rf"(?:{_SUFFERED}\b|{_DAMAGED}\b[^.!?]{{0,40}}\bby\s+{_SOMEONE_ELSE})"
)
# "someone hit my car", "a truck backed into my car", "thieves broke into our house"
_BY_SOMEONE_ELSE = re.compile(rf"\b{_SOMEONE_ELSE}\s+(?:\w+\s+)?{_DID}\s+{_OWNED}{_IN_OUR_CARE}\w+")
# the business as the one who did it, or where it happened: "by your driver", "at your garage", "you lost";
# or, named in the third person, not putting it right: "the bank refused to refund me", "my claim was denied"
_BLAMES_US = re.compile(
    r"\byour\b|\byou\s+(?:guys\s+|people\s+)?(?:have\s+|had\s+|just\s+)?(?:not|never|did|lost|damaged|broke|hit|"
    r"scratched|dented|stole|refused|ignored|let|failed|charged|denied|rejected|cancell?ed|messed|screwed)\b|"
    r"\b(?:refused|refuses|refusing|denied|denies|rejected|rejects|ignored|ignores|failed|fails|will\s+not|would\s+not|"
    r"did\s+not|does\s+not|still\s+(?:has\s+|have\s+)?not|never)\s+(?:to\s+)?(?:refund|reimburse|pay|cover|help|"
    r"respond|reply|replace|fix|investigate|accept|honou?r|block|cancel|freeze|call\s+(?:me|us)\s+back)\b|"
    r"\b(?:claim|refund|dispute|complaint)\s+(?:was|has\s+been|got)\s+(?:denied|rejected|refused|ignored|closed)\b"
)
# the business's people doing it: "your driver hit my car", "your engineer scratched my car", "you dented it"
_BY_US = re.compile(
    r"\b(?:you|you\s+guys|your\s+(?:\w+\s+)?(?:driver|courier|engineer|technician|mechanic|fitter|installer|"
    r"staff|employee|worker|team|guys?|man|men|van|truck|lorry|delivery\s+\w+|valet|cleaner|removal\s+\w+))\s+"
    rf"(?:just\s+|have\s+|has\s+)?{_DID}\s+(?:into\s+)?{_OWNED}\w+"
)


def harm_by_someone_else(norm: str) -> str | None:
    """The words telling of harm someone else did to the customer's things, with the business not blamed;
    else None."""
    if _BLAMES_US.search(norm) is not None:
        return None
    found = _BY_SOMEONE_ELSE.search(norm) or _TO_THEIR_THINGS.search(norm)
    return found.group(0) if found is not None else None


def harm_by_us(norm: str) -> str | None:
    """The words telling of harm the business's people did to the customer's things: blame, a complaint."""
    found = _BY_US.search(norm)
    return found.group(0) if found is not None else None
