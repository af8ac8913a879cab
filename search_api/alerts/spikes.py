"""Spike days: a day whose count of matching stories is well above its trailing 14 days.

The test (docs/alerts.md says why this one): the day's count ``n`` against a Poisson
distribution whose mean is the trailing 14-day mean ``baseline`` (floored at ``MIN_BASELINE``):
a spike when P(X >= n) < ``P_VALUE``, n >= ``MIN_COUNT`` and n >= ``MIN_RATIO`` x baseline.

- Poisson, because daily counts of one topic are small and mostly zero: a median/MAD z-score is
  undefined (MAD 0) on most saved searches' series, while the Poisson tail reads small counts
  right (3 stories after a fortnight of zeros is unusual, 3 after a fortnight of 2 a day is not).
- The minimum count keeps one or two stories on a quiet topic from alerting anyone.
- The ratio guards busy topics: news counts are overdispersed (weekday rhythm, syndicated
  copies), so against a mean of 40 a pure Poisson test flags an ordinary 60-story Monday.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Mapping

TRAILING_DAYS = 14
P_VALUE = 0.001
MIN_COUNT = 5
MIN_RATIO = 2.0
# A fortnight without a story is no evidence that the rate is 0: half a story a day.
MIN_BASELINE = 0.5
# Days examined by an alert run: the last week up to the latest day with coverage.
RECENT_DAYS = 7


@dataclass(frozen=True)
class Spike:
    day: date
    count: int
    baseline: float

    def as_json(self) -> dict[str, object]:
        return {"day": self.day.isoformat(), "count": self.count, "baseline": self.baseline}


def poisson_tail(n: int, mean: float) -> float:
    """P(X >= n) for X ~ Poisson(mean)."""
    if n <= 0:
        return 1.0
    if mean <= 0:
        return 0.0
    # 1 - P(X <= n-1), the terms built in log space so large means do not underflow.
    log_term = -mean  # log P(X = 0)
    below = math.exp(log_term)
    for k in range(1, n):
        log_term += math.log(mean) - math.log(k)
        below += math.exp(log_term)
    return max(0.0, 1.0 - below)


def baseline(counts: Mapping[date, int], day: date) -> float:
    """Mean daily count over the ``TRAILING_DAYS`` before ``day`` (days absent count 0)."""
    total = sum(counts.get(day - timedelta(days=i), 0) for i in range(1, TRAILING_DAYS + 1))
    return total / TRAILING_DAYS


def is_spike(n: int, mean: float) -> bool:
    expected = max(mean, MIN_BASELINE)
    return n >= MIN_COUNT and n >= MIN_RATIO * expected and poisson_tail(n, expected) < P_VALUE


def spike_on(counts: Mapping[date, int], day: date) -> Spike | None:
    n, mean = counts.get(day, 0), baseline(counts, day)
    return Spike(day, n, round(mean, 2)) if is_spike(n, mean) else None


def recent_spikes(counts: Mapping[date, int], last_day: date) -> list[Spike]:
    """Spike days among the ``RECENT_DAYS`` ending at ``last_day``, newest first."""
    days = [last_day - timedelta(days=i) for i in range(RECENT_DAYS)]
    return [s for s in (spike_on(counts, d) for d in days) if s is not None]


def first_day_needed(last_day: date) -> date:
    """The earliest day whose count ``recent_spikes`` reads."""
    return last_day - timedelta(days=RECENT_DAYS - 1 + TRAILING_DAYS)
