"""Time limits for model calls: a per-turn deadline and a circuit breaker with a cool-down."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

logger = logging.getLogger(__name__)

Clock = Callable[[], float]  # seconds, monotonic


class Deadline:
    """A point in (monotonic) time by which a turn's model work must be over."""

    def __init__(self, seconds: float, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.at = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self.at - self._clock())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0.0


class Breaker:
    """Switches the model off for ``cooldown`` seconds after ``threshold`` consecutive failed calls.

    After the cool-down one trial call is let through ("half-open"): success closes the breaker,
    failure opens it again for another cool-down.
    """

    def __init__(self, threshold: int = 4, cooldown: float = 60.0, clock: Clock = time.monotonic) -> None:
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
        self._clock = clock
        self._failures = 0
        self._open_until: float | None = None
        self.trips = 0  # how many times the model was switched off: for logs and tests

    @property
    def open(self) -> bool:
        """True while the model is switched off."""
        return self._open_until is not None and self._clock() < self._open_until

    def allow(self) -> bool:
        return not self.open

    def success(self) -> None:
        if self._open_until is not None:
            logger.info("language model answering again after a cool-down")
        self._failures = 0
        self._open_until = None

    def failure(self) -> None:
        self._failures += 1
        half_open_trial = self._open_until is not None  # the cool-down passed and the trial failed
        if half_open_trial or self._failures >= self.threshold:
            self._open_until = self._clock() + self.cooldown
            self._failures = 0
            self.trips += 1
            logger.warning(
                "language model switched off for %.0f s after repeated failures; the rules answer meanwhile",
                self.cooldown,
            )
