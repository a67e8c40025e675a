"""The learned signal inside triage: the shipped model, with the thresholds TANDEM_CONFIG leaves it."""

from __future__ import annotations

import functools
import logging
import re

from .config import CategoryConfig, TriageConfig
from .model import MODEL_PATH, TriageModel
from .patterns import compile_entry
from .text import normalise

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def shipped_model() -> TriageModel | None:
    try:
        return TriageModel.load(MODEL_PATH)
    except (OSError, ValueError, KeyError) as exc:  # the rules work without it
        logger.warning("triage model not loaded (%s): rules only", exc)
        return None


def _short(label: str) -> str:
    return label.removeprefix("sensitive_")


def _veto(category: CategoryConfig) -> re.Pattern[str] | None:
    """The category's exceptions, anywhere in the message: what the rules judged not to be this category
    ("your sales team", "I am a rep", someone else's helpline) the model may not hand off as it either."""
    sources = [compile_entry(e, normalise) for e in category.exceptions if e and e.strip()]
    return re.compile("|".join(f"(?:{s})" for s in sources)) if sources else None


class LearnedSignal:
    """``check(text, norm)``: the category the model is sure enough of, with its signal ("model: frustration
    0.97"), unless the category's exceptions veto it; then the veto is the signal and nothing is handed off."""

    def __init__(self, model: TriageModel, thresholds: dict[str, tuple[CategoryConfig, float]]):
        self._model = model
        self._thresholds = {label: threshold for label, (_, threshold) in thresholds.items()}
        self._categories = {label: category for label, (category, _) in thresholds.items()}
        self._vetoes = {label: veto for label, (category, _) in thresholds.items() if (veto := _veto(category))}

    @classmethod
    def for_config(cls, config: TriageConfig, model: TriageModel | None = None) -> LearnedSignal | None:
        """None when switched off, when no category is left on, or when the model cannot be read."""
        model = model or (shipped_model() if config.model else None)
        if model is None:
            return None
        wanted = {_short(label): (label, model.thresholds[label]) for label in model.enabled}
        by_short = {_short(label): label for label in model.categories}
        for name, threshold in config.model_thresholds:
            if name not in by_short:
                logger.warning("triage.model_thresholds.%s: the shipped model has no such category; ignored", name)
            elif threshold >= 1:
                wanted.pop(name, None)
            else:
                wanted[name] = (by_short[name], threshold)
        chosen = {}
        for name, (label, threshold) in wanted.items():
            category = config.category(name)
            if category is not None and category.enabled:
                chosen[label] = (category, threshold)
        return cls(model, chosen) if chosen else None

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self._thresholds)

    def check(self, text: str, norm: str) -> tuple[CategoryConfig | None, list[str]] | None:
        """None when the model is sure of nothing; (None, [why not]) when it is, but an exception vetoes it."""
        thresholds = self._thresholds
        vetoed: list[str] = []
        while (score := self._model.best(text, thresholds)) is not None:
            veto = self._vetoes.get(score.category)
            hit = veto.search(norm) if veto is not None else None
            if hit is None:
                return self._categories[score.category], [*vetoed, score.signal]
            vetoed.append(f'{score.signal}, vetoed by "{" ".join(hit.group(0).split())}"')
            thresholds = {c: t for c, t in thresholds.items() if c != score.category}
        return (None, vetoed) if vetoed else None
