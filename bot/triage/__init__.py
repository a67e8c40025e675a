"""Triage: decide, per customer message, whether a person is needed, why, and how urgently.

    from bot.triage import Triage, TriageConfig, History
    triage = Triage(TriageConfig.default())        # or TriageConfig.from_mapping(toml["triage"])
    result = triage.classify(text, History(previous_texts=(...), sentiments=(...), failed_turns=0))

Rules only (no network, no model): an LLM layer may add handoffs later, never remove these.
"""

from ..models import Priority, Route, TriageResult
from .classifier import Triage
from .config import CategoryConfig, TriageConfig
from .history import History

__all__ = ["CategoryConfig", "History", "Priority", "Route", "Triage", "TriageConfig", "TriageResult"]
