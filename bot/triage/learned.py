"""The learned signal inside triage: the shipped model, with the thresholds TANDEM_CONFIG leaves it."""

from __future__ import annotations

import functools
import logging

from .config import CategoryConfig, TriageConfig
from .model import MODEL_PATH, TriageModel

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


class LearnedSignal:
    """``check(text)``: the category the model is sure enough of, with its signal ("model: frustration 0.97")."""

    def __init__(self, model: TriageModel, thresholds: dict[str, tuple[CategoryConfig, float]]):
        self._model = model
        self._thresholds = {label: threshold for label, (_, threshold) in thresholds.items()}
        self._categories = {label: category for label, (category, _) in thresholds.items()}

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

    def check(self, text: str) -> tuple[CategoryConfig, list[str]] | None:
        score = self._model.best(text, self._thresholds)
        if score is None:
            return None
        return self._categories[score.category], [score.signal]
