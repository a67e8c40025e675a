"""Triage configuration: the categories, their words and replies, and the conversation thresholds.

``TriageConfig.default()`` is good as it stands; ``TriageConfig.from_mapping(toml["triage"])`` merges an
admin's overrides over it, for example::

    [triage]
    frustration_threshold = -0.6
    annoyance_threshold = -0.3
    [triage.categories.complaint]
    words = ["rip-off"]          # added to the defaults unless replace_words = true
    reply = "Sorry about that. A person from our team will look into it."
    priority = "high"
    [triage.categories.data_privacy]
    enabled = false
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..models import Priority
from ..wording import check_placeholders
from . import lexicon_anger as anger
from . import lexicon_complaint as complaint
from . import lexicon_crisis as crisis
from . import lexicon_danger as danger
from . import lexicon_distress as distress
from . import lexicon_finality as finality
from . import lexicon_lookalikes as lookalikes
from . import lexicon_person as person
from . import lexicon_requests as req
from . import lexicon_sensitive as sens
from .patterns import compile_entry
from .replies import DEFAULT_REPLIES, GENERIC_REPLY
from .text import DEFAULT_MAX_CHARS, normalise

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CategoryConfig:
    name: str  # "complaint", "self_harm", ...
    reason: str  # what TriageResult.reason says: "complaint", "sensitive:self_harm", ...
    label: str  # the signal shown to agents: "complained", "mentions self-harm or crisis", ...
    words: tuple[str, ...]
    reply: str
    priority: Priority
    exceptions: tuple[str, ...] = ()
    enabled: bool = True
    negatable: bool = False  # "I'm not upset" cancels the word; never for safety topics
    mild_words: tuple[str, ...] = ()  # count only outside a plain request, and not in a cheerful message


def _sensitive(
    name: str, label: str, words: tuple[str, ...], priority: Priority, exceptions: tuple[str, ...] = ()
) -> CategoryConfig:
    return CategoryConfig(name, f"sensitive:{name}", label, words, DEFAULT_REPLIES[name], priority, exceptions)


# Most severe first: when several match, the first one gives the reason and the rest become signals.
DEFAULT_CATEGORIES: tuple[CategoryConfig, ...] = (
    _sensitive("self_harm", "mentions self-harm or emotional crisis",
               sens.SELF_HARM_WORDS + danger.OVERDOSE_WORDS + distress.DISTRESS_WORDS + crisis.CRISIS_WORDS
               + finality.FINALITY_WORDS,
               Priority.URGENT, sens.SELF_HARM_EXCEPTIONS + distress.DISTRESS_EXCEPTIONS + crisis.CRISIS_EXCEPTIONS
               + lookalikes.SELF_HARM_LOOKALIKES),
    _sensitive("medical", "asks about a medical matter", sens.MEDICAL_WORDS, Priority.HIGH,
               sens.MEDICAL_EXCEPTIONS + lookalikes.MEDICAL_LOOKALIKES),
    # someone hurting or threatening the customer: as urgent as self-harm ("my partner hits me")
    _sensitive("harassment", "reports harassment or abuse", danger.VIOLENCE_WORDS + sens.HARASSMENT_WORDS,
               Priority.URGENT, lookalikes.HARASSMENT_LOOKALIKES),
    _sensitive("bereavement", "mentions a bereavement", sens.BEREAVEMENT_WORDS, Priority.HIGH,
               sens.BEREAVEMENT_EXCEPTIONS + lookalikes.BEREAVEMENT_LOOKALIKES),
    _sensitive("legal", "mentions legal action", sens.LEGAL_WORDS, Priority.HIGH, lookalikes.LEGAL_LOOKALIKES),
    replace(_sensitive("financial_hardship", "mentions financial hardship", sens.FINANCIAL_HARDSHIP_WORDS,
                       Priority.NORMAL, lookalikes.FINANCIAL_HARDSHIP_LOOKALIKES),
            negatable=True),
    _sensitive("data_privacy", "makes a data-privacy request", sens.DATA_PRIVACY_WORDS, Priority.NORMAL),
    CategoryConfig("human_request", "human_request", "asked for a person", person.HUMAN_REQUEST_WORDS,
                   DEFAULT_REPLIES["human_request"], Priority.NORMAL, person.HUMAN_REQUEST_EXCEPTIONS, negatable=True),
    CategoryConfig("complaint", "complaint", "complained", req.COMPLAINT_WORDS + complaint.COMPLAINT_GRAMMAR,
                   DEFAULT_REPLIES["complaint"],
                   Priority.NORMAL, req.COMPLAINT_EXCEPTIONS, negatable=True, mild_words=complaint.COMPLAINT_MILD),
    CategoryConfig("frustration", "frustration", "sounds frustrated", req.FRUSTRATION_WORDS + anger.ANGER_WORDS,
                   DEFAULT_REPLIES["frustration"], Priority.HIGH, req.FRUSTRATION_EXCEPTIONS + anger.ANGER_EXCEPTIONS,
                   negatable=True, mild_words=req.FRUSTRATION_MILD_WORDS),
)

_CATEGORY_KEYS = {"words", "replace_words", "mild_words", "except_words", "reply", "priority", "enabled", "negatable"}
_NUMBER_KEYS = {
    "frustration_threshold",
    "annoyance_threshold",
    "complaint_threshold",
    "repeat_similarity",
    "falling_drop",
}
_INT_KEYS = {"failed_turns_limit", "max_chars", "long_message_words"}
_INT_LOWEST = {"failed_turns_limit": 1, "long_message_words": 0}
_SIGNED_KEYS = {"frustration_threshold", "annoyance_threshold", "complaint_threshold"}  # VADER scores: from -1 to 1


@dataclass(frozen=True)
class TriageConfig:
    categories: tuple[CategoryConfig, ...] = DEFAULT_CATEGORIES
    frustration_threshold: float = -0.6  # VADER compound at or below this: frustration
    annoyance_threshold: float = -0.3  # a weak annoyance cue counts with a mood at or below this
    complaint_threshold: float = -0.4  # a problem about the customer's case in a tone at or below this is a complaint
    repeat_similarity: float = 0.85  # how alike two messages must be to count as the same question
    falling_drop: float = 0.5  # sentiment drop over three turns that counts as "falling"
    failed_turns_limit: int = 2  # consecutive turns the bot did not understand before a person steps in
    max_chars: int = DEFAULT_MAX_CHARS  # the expensive analysis looks at this much of a message
    # over this many words, frustration reads only the sentences aimed at us or about the writer (focus.py);
    # 0, the default: every message is read whole (docs/triage.md › "Long messages": it costs self-harm recall)
    long_message_words: int = 0
    typo_keywords: tuple[str, ...] = field(default=req.TYPO_KEYWORDS, repr=False)
    typo_protected: tuple[str, ...] = field(default=req.TYPO_PROTECTED, repr=False)
    typo_compounds: tuple[str, ...] = field(default=req.TYPO_COMPOUNDS, repr=False)
    model: bool = True  # the learned signal (bot/triage/model.py) may add a handoff the rules did not make
    model_thresholds: tuple[tuple[str, float], ...] = ()  # (category, threshold) over the shipped ones; 1 = off

    @classmethod
    def default(cls) -> TriageConfig:
        return cls()

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any] | None) -> TriageConfig:
        """The ``[triage]`` table of the admin's TOML file, merged over the defaults."""
        base = cls()
        if not mapping:
            return base
        if not isinstance(mapping, Mapping):
            raise ValueError("triage: expected a table")
        values: dict[str, Any] = {}
        for key, value in mapping.items():
            if key == "categories":
                values["categories"] = _merge_categories(base.categories, value)
            elif key in _NUMBER_KEYS:
                values[key] = _number(f"triage.{key}", value, -1.0 if key in _SIGNED_KEYS else 0.0, 1.0)
            elif key in _INT_KEYS:
                values[key] = _integer(f"triage.{key}", value, _INT_LOWEST.get(key, 100))
            elif key == "model":
                values[key] = _boolean("triage.model", value)
            elif key == "model_thresholds":
                values[key] = _model_thresholds(value, {c.name for c in base.categories})
            else:
                known = ", ".join(["categories", "model", "model_thresholds", *sorted(_NUMBER_KEYS | _INT_KEYS)])
                raise ValueError(f"triage.{key}: unknown setting (known: {known})")
        return replace(base, **values)

    def category(self, name_or_reason: str) -> CategoryConfig | None:
        key = _short_name(name_or_reason)
        return next((c for c in self.categories if c.name == key), None)

    def reply_for(self, reason: str | None) -> str:
        """The first message a customer gets when handed off for ``reason``."""
        category = self.category(reason) if reason else None
        return category.reply if category is not None else GENERIC_REPLY


def _short_name(name: str) -> str:
    name = name.strip().lower()
    for prefix in ("sensitive:", "sensitive_"):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _merge_categories(defaults: tuple[CategoryConfig, ...], table: Any) -> tuple[CategoryConfig, ...]:
    if not isinstance(table, Mapping):
        raise ValueError("triage.categories: expected a table of categories")
    by_name = {c.name: c for c in defaults}
    for raw_name, overrides in table.items():
        name = _short_name(str(raw_name))
        where = f"triage.categories.{raw_name}"
        if name not in by_name:
            raise ValueError(f"{where}: unknown category (known: {', '.join(by_name)})")
        if not isinstance(overrides, Mapping):
            raise ValueError(f"{where}: expected a table")
        by_name[name] = _merge_category(by_name[name], overrides, where)
    return tuple(by_name[c.name] for c in defaults)


def _merge_category(category: CategoryConfig, overrides: Mapping[str, Any], where: str) -> CategoryConfig:
    unknown = [k for k in overrides if k not in _CATEGORY_KEYS]
    if unknown:
        raise ValueError(f"{where}.{unknown[0]}: unknown setting (known: {', '.join(sorted(_CATEGORY_KEYS))})")
    replace_words = _boolean(f"{where}.replace_words", overrides.get("replace_words", False))
    changes: dict[str, Any] = {}
    if "words" in overrides or replace_words:
        words = _words(f"{where}.words", overrides.get("words", []))
        changes["words"] = words if replace_words else category.words + words
    if "mild_words" in overrides:
        mild = _words(f"{where}.mild_words", overrides["mild_words"])
        changes["mild_words"] = mild if replace_words else category.mild_words + mild
    if "except_words" in overrides:
        changes["exceptions"] = category.exceptions + _words(f"{where}.except_words", overrides["except_words"])
    if "reply" in overrides:
        reply = overrides["reply"]
        if not isinstance(reply, str) or not reply.strip():
            raise ValueError(f"{where}.reply: expected a non-empty string")
        check_placeholders(f"{where}.reply", reply, {"team"})
        changes["reply"] = reply.strip()
    if "priority" in overrides:
        try:
            changes["priority"] = Priority(str(overrides["priority"]).strip().lower())
        except ValueError:
            choices = ", ".join(p.value for p in Priority)
            raise ValueError(f"{where}.priority: {overrides['priority']!r} is not one of {choices}") from None
    for key in ("enabled", "negatable"):
        if key in overrides:
            changes[key] = _boolean(f"{where}.{key}", overrides[key])
    return replace(category, **changes)


def _model_thresholds(table: Any, names: set[str]) -> tuple[tuple[str, float], ...]:
    if not isinstance(table, Mapping):
        raise ValueError("triage.model_thresholds: expected a table of category = threshold")
    out = []
    for raw_name, value in table.items():
        name = _short_name(str(raw_name))
        if name not in names:
            raise ValueError(
                f"triage.model_thresholds.{raw_name}: unknown category (known: {', '.join(sorted(names))})"
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise ValueError(f"triage.model_thresholds.{raw_name}: expected a number above 0 and at most 1 (1 = off)")
        out.append((name, float(value)))
    return tuple(out)


def _words(where: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ValueError(f"{where}: expected a list of words or phrases")
    words: list[str] = []
    for i, word in enumerate(value):
        if not isinstance(word, str) or not word.strip():
            raise ValueError(f"{where}[{i}]: expected a non-empty string")
        try:
            compile_entry(word, normalise)
        except ValueError as exc:
            raise ValueError(f"{where}[{i}]: {exc}") from None
        words.append(word.strip())
    return tuple(words)


def _boolean(where: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where}: expected true or false")
    return value


def _number(where: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value) or not low <= value <= high:
        raise ValueError(f"{where}: expected a number from {low} to {high}")
    return float(value)


def _integer(where: str, value: Any, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ValueError(f"{where}: expected a whole number of at least {low}")
    return value
