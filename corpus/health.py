"""Source health from the crawl log: is each outlet still yielding articles?

Outlets change their layouts without notice; a crawl then still fetches pages but extracts
nothing (empty text), or its listings stop leading to articles. Per source and crawl run
this counts article pages fetched, articles found (stored, updated, or confirmed unchanged),
pages without main text and pages that could not be read, and flags a source whose latest
run yields much less than the runs before it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from statistics import median

from corpus.store import CorpusStore

# Roles of pages that should become documents (the rest are hubs: listings, feeds, sitemaps).
ARTICLE_ROLES = frozenset({"article", "shortlink", "page", "detail", "pdf"})
FOUND = frozenset({"new", "updated", "unchanged", "not_modified"})
RUNS_COMPARED = 5  # the latest run against the median of up to this many before it
DROP_RATIO = 0.5  # flag when the latest yield falls below half of that median
MIN_PAGES = 3  # fewer article pages than this in a run: too few to judge rates


@dataclass
class RunYield:
    run_id: int
    started_at: str
    finish_reason: str | None
    article_pages: int = 0  # article pages answered (found, skipped or failed)
    articles: int = 0  # stored new/updated or confirmed unchanged (304 included)
    empty_text: int = 0  # fetched, but no main text extracted
    unreadable: int = 0  # arrived (HTTP < 400) but could not be parsed
    fetch_errors: int = 0  # HTTP errors, timeouts, network failures
    hub_pages: int = 0  # listings, feeds, sitemaps answered
    hub_changed: int = 0  # of which read for links (not 304 Not Modified)

    @property
    def yield_rate(self) -> float | None:
        return self.articles / self.article_pages if self.article_pages else None


@dataclass
class SourceHealth:
    source: str
    last_success: str | None
    runs: list[RunYield] = field(default_factory=list)  # newest first
    flags: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.flags

    def as_dict(self) -> dict:
        latest = self.runs[0] if self.runs else None
        return {
            "source": self.source,
            "ok": self.ok,
            "flags": self.flags,
            "last_success": self.last_success,
            "runs": len(self.runs),
            "articles_per_run": [r.articles for r in self.runs],
            "latest": (
                {
                    **asdict(latest),
                    "empty_text_rate": _rate(latest.empty_text, latest),
                    "extraction_failure_rate": _rate(latest.unreadable, latest),
                }
                if latest
                else None
            ),
        }


def _rate(count: int, run: RunYield) -> float | None:
    return round(count / run.article_pages, 3) if run.article_pages else None


def source_health(
    store: CorpusStore, sources: list[str] | None = None, max_runs: int = 20
) -> list[SourceHealth]:
    """Health of every source seen in the last ``max_runs`` crawl runs, plus ``sources``
    (registry names) never crawled; flagged sources first."""
    runs = {r["id"]: r for r in store.crawl_runs(limit=max_runs)}
    per_source: dict[str, dict[int, RunYield]] = defaultdict(dict)
    for run in runs.values():
        for name in run["sources"]:
            per_source[name][run["id"]] = RunYield(
                run["id"], run["started_at"], run["finish_reason"]
            )
    for row in store.run_outcomes(runs):
        if not row["source"]:
            continue
        run = runs[row["run_id"]]
        tally = per_source[row["source"]].setdefault(
            row["run_id"], RunYield(run["id"], run["started_at"], run["finish_reason"])
        )
        _count(tally, row)
    last_success = store.last_successes()
    names = list(dict.fromkeys([*(sources or []), *per_source]))
    report = []
    for name in names:
        history = sorted(per_source.get(name, {}).values(), key=lambda r: r.run_id, reverse=True)
        health = SourceHealth(name, last_success.get(name), history)
        health.flags = _flags(history, health.last_success)
        report.append(health)
    report.sort(key=lambda h: (h.ok, h.source))
    return report


def _count(tally: RunYield, row: dict) -> None:
    n, outcome = row["n"], row["outcome"]
    if row["role"] not in ARTICLE_ROLES:
        if outcome == "error" and not row["unreadable"]:
            tally.fetch_errors += n
        elif outcome in ("followed", "not_modified"):
            tally.hub_pages += n
            tally.hub_changed += n if outcome == "followed" else 0
        return
    n -= row["copies"] or 0  # an AMP copy is fetched again as its canonical page
    tally.article_pages += n
    if outcome in FOUND:
        tally.articles += n
    tally.empty_text += row["empty_text"] or 0
    tally.unreadable += row["unreadable"] or 0
    if outcome == "error":
        tally.fetch_errors += n - (row["unreadable"] or 0)


def _flags(history: list[RunYield], last_success: str | None) -> list[str]:
    """Why a source needs a look: never crawled or never successful; in its latest run,
    article pages that give no article (empty text, unreadable, a yield rate far below the
    runs before), or changed hubs that no longer lead to article pages. A run whose hubs all
    answered 304 found nothing new and is no evidence either way."""
    if not history:
        return ["never crawled"]
    flags = [] if last_success else ["no article ever stored"]
    latest = history[0]
    earlier = history[1 : RUNS_COMPARED + 1]
    if latest.article_pages >= MIN_PAGES:
        if latest.empty_text / latest.article_pages >= 0.5:
            flags.append(
                f"empty text on {latest.empty_text} of {latest.article_pages} "
                "article pages (layout changed?)"
            )
        if latest.unreadable / latest.article_pages >= 0.5:
            flags.append(f"{latest.unreadable} of {latest.article_pages} article pages unreadable")
        rates = [
            r.yield_rate
            for r in earlier
            if r.yield_rate is not None and r.article_pages >= MIN_PAGES
        ]
        usual = median(rates) if rates else 1.0
        if latest.yield_rate is not None and latest.yield_rate < DROP_RATIO * usual:
            flags.append(
                f"yield dropped: {latest.articles} articles from "
                f"{latest.article_pages} article pages ({latest.yield_rate:.0%}, "
                f"{usual:.0%} usually)"
            )
    elif latest.hub_changed and not latest.article_pages:
        usual_pages = median(r.article_pages for r in earlier) if earlier else 0
        if usual_pages >= MIN_PAGES:
            flags.append(
                f"yield dropped: {latest.hub_changed} changed listings, feeds or "
                f"sitemaps led to no article page ({usual_pages:g} usually)"
            )
    return flags


def health_summary(store: CorpusStore, max_runs: int = 20) -> dict:
    """A compact view for a service's /health: whether every crawled source yields, and
    which are flagged and why."""
    report = [h for h in source_health(store, max_runs=max_runs) if h.runs]
    flagged = {h.source: h.flags for h in report if h.flags}
    return {
        "ok": not flagged,
        "sources": len(report),
        "flagged": flagged,
        "last_success": max((h.last_success for h in report if h.last_success), default=None),
    }
