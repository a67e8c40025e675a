"""Medical, bereavement and legal matters as concept frames (``frames.py``), for the ways the word lists miss.

- medical: the writer's own body part × a symptom ("my eye is red and watery", "my lips went numb after the
  serum"), and a condition × whether a product is safe ("I'm breastfeeding, can I use the retinol serum");
- bereavement: the holder of an account or policy × has died ("the account holder has died, I'm his daughter");
  a phone, a battery or a plant that died is not;
- legal: a police report, a regulator, an ombudsman or a small-claims court × against or about the business.
"""

from __future__ import annotations

from .frames import Frame

_MY_BODY = (
    r"\bmy\s+(?:\w+\s+)?(?:eyes?|eyelids?|skin|face|lips?|mouth|tongue|throat|gums?|teeth|tooth|ears?|nose|scalp|"
    r"chest|stomach|tummy|belly|arms?|hands?|fingers?|feet|foot|toes?|legs?|knees?|back|neck|head|baby's\s+\w+|"
    r"son's\s+\w+|daughter's\s+\w+|child's\s+\w+)\b"
)
_SYMPTOM = (
    r"\b(?:watery|swollen|swelling|burning|burns|rash|hives|bleeding|blistered|blisters|puffy|numb|tingling|stinging|"
    r"throbbing|oozing|pus|infected|inflamed|red\s+and\s+(?:watery|swollen|sore|hot|itchy))\b"
)
# a red face of embarrassment, the "burning" question, a numb day at work, a product's colour
_BODY_FIGURE = (
    r"\b(?:embarrass\w*|blush\w*|lol|haha|lmao|colou?r|shade|lipstick|dye|paint|question|budget|wallet|pocket|"
    r"price|bill)\b"
)
_CONDITION = (
    r"\b(?:i\s+am|i\s+am\s+currently|while|since\s+i\s+am|as\s+i\s+am)\s+(?:\w+\s+)?(?:pregnant|breast-?\s?feeding|"
    r"nursing|diabetic|epileptic|asthmatic|on\s+(?:blood\s+thinners|warfarin|insulin|chemo\w*|antidepressants|"
    r"the\s+pill))\b|\b(?:i\s+have|i\s+had)\s+(?:a\s+)?(?:heart\s+condition|kidney\s+disease|liver\s+disease|"
    r"epilepsy|high\s+blood\s+pressure|an\s+allergy|allergies)\b|\ballergic\s+to\b"
)
_SAFE_USE = (
    r"\b(?:can|could|should|may)\s+i\s+(?:still\s+|safely\s+)?(?:use|take|apply|drink|eat|wear|get|try)\b|\bis\s+(?:it|"
    r"this|that)\s+(?:\w+\s+)?(?:safe|ok|okay|fine)\b|\bsafe\s+(?:to|for|while|during)\b"
)
_HOLDER = (
    r"\b(?:the|my|our)\s+(?:account|policy|card|plan|contract|main|primary|joint)\s*-?\s*holder\b|\b(?:the|this)\s+"
    r"(?:policyholder|cardholder|subscriber|customer|member|insured|named\s+driver|passenger|bill\s+payer)\b"
)
_DIED = (
    r"\b(?:has|have|had)\s+(?:recently\s+|just\s+|sadly\s+)?(?:died|passed\s+away|passed\s+on|passed)\b|\b(?:died|passed"
    r"\s+away|is\s+deceased|was\s+killed|is\s+no\s+longer\s+with\s+us)\b|\bdeath\s+certificate\b"
)
_REPORTED = (
    r"\b(?:filed|file|filing|made|making|lodged|lodging|raised|will\s+file|going\s+to\s+file)\s+(?:a\s+)?(?:police\s+"
    r"report|complaint\s+with\s+the\s+(?:police|ombudsman|regulator)|fir|case)\s+against\s+(?:you|your|the\s+company)\b|"
    r"\breport(?:ed|ing)?\s+(?:you|your\s+company|this\s+company)\s+to\s+(?:the\s+)?(?:police|ombudsman|regulator|fca|ftc|"
    r"cfpb|bbb|trading\s+standards|consumer\s+(?:court|forum)|cyber\s*crime)\b|\b(?:small\s+claims|consumer\s+(?:court|"
    r"forum))\b"
)

_HOLDER_DIED = rf"(?:{_HOLDER})\s+(?:\w+\s+){{0,3}}?(?:{_DIED})"

TOPIC_CONCEPTS: dict[str, str] = {
    "holder_died": _HOLDER_DIED,
    "my_body": _MY_BODY,
    "symptom": _SYMPTOM,
    "body_figure": _BODY_FIGURE,
    "condition": _CONDITION,
    "safe_use": _SAFE_USE,
    "reported": _REPORTED,
}

TOPIC_FRAMES: tuple[Frame, ...] = (
    Frame("my body, a symptom", "medical", ("my_body", "symptom"), veto=("body_figure",)),
    Frame("a condition, is it safe", "medical", ("condition", "safe_use"), "message"),
    Frame("the holder has died", "bereavement", ("holder_died",)),
    Frame("reported to the police or a regulator", "legal", ("reported",)),
)
