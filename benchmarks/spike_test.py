"""How the spike test behaves on real daily counts: Kompas 2004 (2,004 articles, May-Nov 2025)
or detik-1000 (1,000 articles on workers' social security, Apr-Dec 2025).

For topics a saved search might follow (a phrase in the title or body), the daily story counts
over the archive's days; on every day with 14 days before it, three candidate tests:

- ``alerts``: the project's test (search_api/alerts/spikes.py: Poisson tail p < 0.001 against
  the trailing 14-day mean, at least 5 stories and twice the mean);
- ``poisson``: the Poisson tail alone (p < 0.001, mean floored the same way);
- ``mad``: a robust z-score, (n - median) / (1.4826 MAD) >= 3.5 over the trailing 14 days;
  undefined where the MAD is 0 (counted in ``mad0``).

Also the dispersion (variance / mean of the daily counts: 1 for Poisson counts). Plain phrase
matching, not the search engine: the point is the shape of real daily counts.

    .venv/bin/python benchmarks/spike_test.py [--set kompas|detik]
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from corpus.public_sets import detik_articles
from search_api.alerts import spikes

TOPICS = [
    "BPJS",
    "BSU",
    "PHK",
    "upah minimum",
    "banjir",
    "korupsi",
    "polisi",
    "jakarta",
    "pemerintah",
]
SHARED = Path(__file__).resolve().parents[1].parent / "shared/data"


def detik() -> list[tuple[date, str]]:
    return [
        (date.fromisoformat(a.published), f"{a.title}\n{a.text}".lower())
        for a in detik_articles(SHARED)
    ]


def kompas(folder: Path = SHARED / "news/kompas-2004") -> list[tuple[date, str]]:
    out = []
    for path in sorted(folder.glob("articles-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            try:
                day = date.fromisoformat(row.get("url_date") or "")
            except ValueError:
                continue
            body = (row.get("body_markdown") or "").split("\n---", 1)[0]  # drop the digest
            out.append((day, f"{row.get('title') or ''}\n{body}".lower()))
    return out


def mad_spike(n: int, trailing: list[int]) -> bool | None:
    median = statistics.median(trailing)
    mad = statistics.median(abs(x - median) for x in trailing)
    if mad == 0:
        return None
    return (n - median) / (1.4826 * mad) >= 3.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("kompas", "detik"), default="kompas")
    args = parser.parse_args()
    docs = kompas() if args.set == "kompas" else detik()
    covered = sorted({day for day, _ in docs})  # days the archive holds anything
    print(f"{len(docs)} articles over {len(covered)} days ({covered[0]} to {covered[-1]})")
    print(
        f"{'topic':<14}{'stories':>8}{'mean/day':>9}{'var/mean':>9}"
        f"{'tested':>7}{'alerts':>7}{'poisson':>8}{'mad':>5}{'mad0':>6}"
    )
    for topic in [*TOPICS, ""]:  # "": every article, the busiest series
        counts = Counter(day for day, text in docs if topic.lower() in text)
        series = [counts.get(day, 0) for day in covered]
        mean = statistics.fmean(series)
        dispersion = statistics.pvariance(series) / mean if mean else float("nan")
        tested = flagged = poisson = mad = mad0 = 0
        for day in covered:
            trailing = [counts.get(day - timedelta(days=i), 0) for i in range(1, 15)]
            if day - timedelta(days=14) < covered[0]:
                continue
            tested += 1
            n, base = counts.get(day, 0), sum(trailing) / 14
            flagged += spikes.is_spike(n, base)
            poisson += spikes.poisson_tail(n, max(base, spikes.MIN_BASELINE)) < spikes.P_VALUE
            robust = mad_spike(n, trailing)
            mad += bool(robust)
            mad0 += robust is None
        print(
            f"{topic or '(all)':<14}{sum(series):>8}{mean:>9.2f}{dispersion:>9.1f}"
            f"{tested:>7}{flagged:>7}{poisson:>8}{mad:>5}{mad0:>6}"
        )


if __name__ == "__main__":
    main()
