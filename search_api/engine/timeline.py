"""Timeline buckets counted in Python (the embedded backend; Elasticsearch aggregates its own):
documents and distinct stories per day, week or month, empty periods included.

Bounded work: dates outside ``FIRST_DAY``..``LAST_DAY`` (a 9999-12-31 placeholder, a 1900
default) are left out rather than stretching the timeline over centuries, and a timeline of
more than ``MAX_BUCKETS`` periods is refused (``TooManyBuckets``, a 422 in the API) rather than
silently coarsened: the caller asked for days and should choose weeks or months, or narrow the
dates, knowingly. Months over the whole accepted range fit, so ``month`` is never refused.
"""

from __future__ import annotations

from datetime import date, timedelta

from search_api.engine.models import Interval, TimelineBucket

FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2100, 12, 31)
MAX_BUCKETS = 5000  # ~13 years of days, ~96 years of weeks; all 2,412 months of the range


class TooManyBuckets(ValueError):
    """The matches span more periods than ``MAX_BUCKETS`` at the asked interval."""


def _bucket_start(day: date, interval: Interval) -> date:
    if interval == Interval.week:
        return day - timedelta(days=day.weekday())
    if interval == Interval.month:
        return day.replace(day=1)
    return day


def _next_bucket(start: date, interval: Interval) -> date:
    if interval == Interval.day:
        return start + timedelta(days=1)
    if interval == Interval.week:
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def timeline_buckets(rows: list[tuple[str, str]], interval: Interval) -> list[TimelineBucket]:
    """Count documents and distinct stories per period, empty periods included."""
    counts: dict[date, list] = {}
    for day_text, story in rows:
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            continue
        if not FIRST_DAY <= day <= LAST_DAY:
            continue
        entry = counts.setdefault(_bucket_start(day, interval), [0, set()])
        entry[0] += 1
        entry[1].add(story)
    if not counts:
        return []
    out, start, last = [], min(counts), max(counts)
    check_bucket_count(start, last, interval)
    while start <= last:
        docs, stories = counts.get(start, (0, set()))
        key = start.strftime("%Y-%m") if interval == Interval.month else start.isoformat()
        out.append(TimelineBucket(start=start, key=key, count=docs, stories=len(stories)))
        start = _next_bucket(start, interval)
    return out


def check_bucket_count(first: date, last: date, interval: Interval) -> None:
    """Raise ``TooManyBuckets`` when matches from ``first`` to ``last`` make too many periods
    (both backends ask this before counting)."""
    periods = _periods(first, last, interval)
    if periods > MAX_BUCKETS:
        raise TooManyBuckets(
            f"the matching documents span {first.isoformat()} to {last.isoformat()}: "
            f"{periods:,} {interval.value} buckets, more than the {MAX_BUCKETS:,} a timeline "
            f"returns; choose a wider interval than {interval.value} or narrow the dates"
            " (date_from, date_to)"
        )


def _periods(first: date, last: date, interval: Interval) -> int:
    """Buckets from the one starting at ``first`` to the one starting at ``last``."""
    if interval == Interval.month:
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return (last - first).days // (7 if interval == Interval.week else 1) + 1
