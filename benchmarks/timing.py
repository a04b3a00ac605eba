"""Small timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from typing import Callable


def measure(fn: Callable[[], object], repeat: int = 15, warmup: int = 2,
            clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Seconds of `repeat` calls, after `warmup` calls that are not counted: wall-clock by
    default; `clock=time.process_time` counts this process's CPU only, which other jobs
    on a shared machine disturb far less (a ratio of two such figures stays put)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def percentile_ms(times: list[float], pct: float) -> float:
    ordered = sorted(times)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index] * 1000
