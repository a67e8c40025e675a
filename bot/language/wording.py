"""The bot's words in the customer's language: the bundled translations, merged with the admin's.

``TANDEM_CONFIG`` may replace any of them, or add a language, in a ``[languages.<code>]`` table::

    [languages]
    enabled = true                     # false: every message is read as English
    [languages.es]
    handoff = "Claro. Le paso con una persona de Acme; le responderá aquí mismo."
    [languages.sv]                     # a language without bundled wording (Swedish)
    capabilities = "Hej! Jag förstår tyvärr bara engelska ..."

Fields: {team}, {retention_days}, {policy_url}.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .detect import CRISIS, DANGER
from .lexicon import LEXICON
from .translations import KEYS, TRANSLATIONS

NAMES: dict[str, str] = {
    "en": "English",
    **{code: words.name for code, words in LEXICON.items()},
    "da": "Danish", "id": "Indonesian", "lt": "Lithuanian", "uk": "Ukrainian", "fa": "Persian", "ur": "Urdu",
    "ko": "Korean", "hi": "Hindi", "el": "Greek", "he": "Hebrew", "th": "Thai",
}
_CODE = re.compile(r"^[a-z]{2,3}$")
_FIRST_WORDS = {CRISIS: "crisis", DANGER: "danger"}  # the rest: "handoff"


@dataclass(frozen=True)
class LanguageWording:
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: TRANSLATIONS)
    constants: Mapping[str, Any] = field(default_factory=dict)  # team, retention_days, policy_url
    enabled: bool = True

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any], **constants: Any) -> LanguageWording:
        """The bundled wording with ``[languages]`` from TANDEM_CONFIG over it; ValueError for a mistake."""
        texts = {code: dict(words) for code, words in TRANSLATIONS.items()}
        enabled = mapping.get("enabled", True)
        if not isinstance(enabled, bool):
            raise ValueError("[languages] enabled: expected true or false")
        for code, table in mapping.items():
            if code == "enabled":
                continue
            if not _CODE.match(code) or not isinstance(table, Mapping):
                raise ValueError(f"[languages] {code}: expected a table named by a language code, e.g. [languages.es]")
            unknown = sorted(set(table) - set(KEYS))
            if unknown:
                raise ValueError(
                    f"[languages.{code}]: unknown key(s) {', '.join(unknown)}; known keys: {', '.join(KEYS)}"
                )
            for key, value in table.items():
                if not isinstance(value, str) or not value.strip():
                    raise ValueError(f"[languages.{code}] {key}: expected a non-empty string")
                texts.setdefault(code, {})[key] = value
        wording = cls(texts, dict(constants), enabled)
        for code, words in texts.items():
            for key in words:
                try:
                    wording.say(code, key)
                except (KeyError, IndexError, ValueError) as exc:
                    raise ValueError(f"[languages.{code}] {key}: unknown field {exc} (fields: {{team}}, "
                                     f"{{retention_days}}, {{policy_url}})") from None
        return wording

    def say(self, language: str, key: str) -> str | None:
        """The text in ``language``, formatted, or None where there is no wording in it."""
        template = self.texts.get(language, {}).get(key)
        return template.format(**self.constants) if template is not None else None

    def first_words(self, language: str, reason: str) -> str | None:
        """What a customer handed off for ``reason`` hears first, in their language (None: the English)."""
        return self.say(language, _FIRST_WORDS.get(reason, "handoff"))


def language_name(code: str) -> str:
    return NAMES.get(code, code)
