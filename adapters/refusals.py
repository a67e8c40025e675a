"""Logging refused requests without letting a stranger flood the log: one line per refusal, at most
``burst`` of them per ``window`` seconds, then one line saying how many more were refused."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable


class RefusalLog:
    def __init__(
        self, logger: logging.Logger, burst: int = 10, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.logger = logger
        self.burst = burst
        self.window = window
        self.clock = clock
        self._started = -window
        self._logged = 0
        self._quiet = 0

    def refused(self, message: str, *args: object) -> None:
        """Log one refused request (WARNING), unless this window's burst is spent: then only count it."""
        now = self.clock()
        if now - self._started >= self.window:
            if self._quiet:
                self.logger.warning(
                    "… and %d more request(s) refused in the last %.0f s without a log line", self._quiet, self.window
                )
            self._started, self._logged, self._quiet = now, 0, 0
        if self._logged < self.burst:
            self._logged += 1
            self.logger.warning(message, *args)
        else:
            self._quiet += 1
