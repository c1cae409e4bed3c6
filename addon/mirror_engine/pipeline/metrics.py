"""Small rolling statistics for status reports and benchmarks."""

from __future__ import annotations

import time
from collections import deque

import numpy as np


class Window:
    """The last ``size`` samples of a quantity; percentiles on demand."""

    def __init__(self, size: int = 600) -> None:
        self._values: deque[float] = deque(maxlen=size)

    def add(self, value: float) -> None:
        self._values.append(value)  # deque.append is atomic: safe across threads

    def __len__(self) -> int:
        return len(self._values)

    def percentiles(self, *qs: float) -> list[float | None]:
        values = list(self._values)
        if not values:
            return [None for _ in qs]
        return [float(v) for v in np.percentile(values, qs)]

    def summary_ms(self) -> dict[str, float | None]:
        """p50/p95/p99 of samples recorded in seconds, reported in ms."""
        p50, p95, p99 = self.percentiles(50, 95, 99)
        return {
            "p50": None if p50 is None else round(p50 * 1000, 2),
            "p95": None if p95 is None else round(p95 * 1000, 2),
            "p99": None if p99 is None else round(p99 * 1000, 2),
        }


class Rate:
    """Events per second over the last ``span`` seconds."""

    def __init__(self, span: float = 5.0) -> None:
        self._span = span
        self._times: deque[float] = deque(maxlen=4096)

    def tick(self, now: float | None = None) -> None:
        self._times.append(time.monotonic() if now is None else now)

    def per_second(self, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        times = [t for t in list(self._times) if now - t <= self._span]
        if len(times) < 2:
            return 0.0
        return round((len(times) - 1) / max(times[-1] - times[0], 1e-9), 2)
