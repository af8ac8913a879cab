"""The spike test on synthetic daily counts: quiet topics, busy topics, bursts, edges."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pytest

from search_api.alerts import spikes

DAY = date(2026, 11, 30)


def series(trailing: list[int], today: int) -> dict[date, int]:
    """Counts for the days before DAY (oldest first) and DAY itself."""
    counts = {DAY - timedelta(days=len(trailing) - i): n for i, n in enumerate(trailing)}
    counts[DAY] = today
    return counts


def test_poisson_tail_matches_the_closed_forms():
    assert spikes.poisson_tail(0, 3.0) == 1.0
    assert spikes.poisson_tail(1, 2.0) == pytest.approx(1 - math.exp(-2.0))
    # P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2)
    assert spikes.poisson_tail(3, 1.0) == pytest.approx(1 - math.exp(-1) * 2.5)
    assert spikes.poisson_tail(5, 0.0) == 0.0
    # A large mean neither underflows nor overflows: the median of Poisson(400) is ~400.
    assert spikes.poisson_tail(400, 400.0) == pytest.approx(0.5, abs=0.02)


def test_a_burst_after_a_quiet_fortnight_is_a_spike():
    found = spikes.spike_on(series([0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1], 9), DAY)
    assert found == spikes.Spike(DAY, 9, round(4 / 14, 2))


def test_a_few_stories_on_a_quiet_topic_are_not():
    """Under the minimum count: 4 stories after zeros is unusual but alerts nobody."""
    assert spikes.spike_on(series([0] * 14, 4), DAY) is None
    assert spikes.spike_on(series([0] * 14, 5), DAY) is not None


def test_a_busy_topics_ordinary_peak_is_not_but_a_doubling_is():
    """Mean 40 a day: 60 is p < 0.001 under Poisson but an ordinary Monday for news;
    the ratio keeps it quiet, 2.5x the level is flagged."""
    trailing = [40] * 14
    assert spikes.poisson_tail(62, 40.0) < spikes.P_VALUE
    assert spikes.spike_on(series(trailing, 62), DAY) is None
    assert spikes.spike_on(series(trailing, 100), DAY) == spikes.Spike(DAY, 100, 40.0)


def test_a_steady_topic_at_its_usual_level_is_not():
    assert spikes.spike_on(series([3, 2, 4, 3, 3, 2, 5, 3, 2, 4, 3, 3, 2, 3], 5), DAY) is None


def test_only_the_trailing_14_days_count():
    """A busy month long ago does not hide today's burst; days missing count as zero."""
    counts = {DAY - timedelta(days=30 + i): 50 for i in range(30)}
    counts[DAY] = 8
    assert spikes.baseline(counts, DAY) == 0
    assert spikes.spike_on(counts, DAY) is not None


def test_recent_spikes_look_at_the_last_week_newest_first():
    counts = {DAY - timedelta(days=5): 7, DAY - timedelta(days=2): 9, DAY: 1}
    found = spikes.recent_spikes(counts, DAY)
    assert [s.day for s in found] == [DAY - timedelta(days=2), DAY - timedelta(days=5)]
    # A burst 8 days before the last day is out of the week examined.
    assert spikes.recent_spikes({DAY - timedelta(days=8): 9}, DAY) == []
    assert spikes.first_day_needed(DAY) == DAY - timedelta(days=20)


def test_false_alarms_on_poisson_noise_are_rare():
    """Day counts drawn from Poisson(mean) at the usual levels of a saved search: the test
    flags at most 1 in 1,000 days (its p-value), whatever the level."""
    rng = random.Random(14)

    def poisson(mean: float) -> int:  # Knuth's method: fine for small means
        limit, k, p = math.exp(-mean), 0, 1.0
        while True:
            p *= rng.random()
            if p <= limit:
                return k
            k += 1

    for mean in (0.3, 1.0, 3.0, 10.0):
        alarms = 0
        for _ in range(2000):
            counts = series([poisson(mean) for _ in range(14)], poisson(mean))
            alarms += spikes.spike_on(counts, DAY) is not None
        assert alarms <= 2, (mean, alarms)
