"""Timeline buckets counted in Python (the embedded backend; Elasticsearch aggregates its own):
documents and distinct stories per day, week or month, empty periods included."""

from __future__ import annotations

from datetime import date, timedelta

from search_api.engine.models import Interval, TimelineBucket


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
        entry = counts.setdefault(_bucket_start(day, interval), [0, set()])
        entry[0] += 1
        entry[1].add(story)
    if not counts:
        return []
    out, start, last = [], min(counts), max(counts)
    while start <= last:
        docs, stories = counts.get(start, (0, set()))
        key = start.strftime("%Y-%m") if interval == Interval.month else start.isoformat()
        out.append(TimelineBucket(start=start, key=key, count=docs, stories=len(stories)))
        start = _next_bucket(start, interval)
    return out
