"""Messages in other languages: which language (cheaply), asking for a person or in danger in it, and the
bot's words in it. See docs/triage.md, "Other languages"."""

from .detect import CRISIS, DANGER, ENGLISH, PERSON, LanguageCheck, Reading
from .wording import LanguageWording, language_name

__all__ = ["CRISIS", "DANGER", "ENGLISH", "PERSON", "LanguageCheck", "LanguageWording", "Reading", "language_name"]
