"""`newsintel sources check`: how a registry takes a list of real URLs, offline.

Each URL goes to the source whose domains hold it and is classified the way the news spider
classifies a discovered link (``Source.classify``): article, shortlink (followed to its
article), listing, denied, ignored; ``none`` when no source claims its host. A URL list says
what each URL is (an article unless told otherwise), so the check fails when a source's
known articles would not be crawled as articles, or a known listing would be.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus.sources import Source

# What a URL list may say a URL is; "not-article" is anything but an article.
EXPECTATIONS = ("article", "listing", "not-article", "none")
# A URL is crawled as an article when taken as one, or as a short link to one.
TAKEN_AS_ARTICLE = ("article", "shortlink")
# When several sources claim a host, the most specific judgement wins.
_SPECIFICITY = ("article", "shortlink", "listing", "denied", "explore", "ignored")


@dataclass(frozen=True)
class UrlVerdict:
    url: str
    expected: str
    source: str | None
    taken_as: str  # article | shortlink | listing | denied | explore | ignored | none

    @property
    def ok(self) -> bool:
        if self.expected == "article":
            return self.taken_as in TAKEN_AS_ARTICLE
        if self.expected == "not-article":
            return self.taken_as not in TAKEN_AS_ARTICLE
        if self.expected == "listing":
            return self.taken_as == "listing"
        return self.taken_as == "none"


@dataclass
class SourceTally:
    urls: int = 0
    taken: Counter = field(default_factory=Counter)
    expected_articles: int = 0
    articles_taken: int = 0
    failures: list[UrlVerdict] = field(default_factory=list)

    @property
    def article_share(self) -> float | None:
        return self.articles_taken / self.expected_articles if self.expected_articles else None


@dataclass
class CheckReport:
    verdicts: list[UrlVerdict]
    by_source: dict[str, SourceTally]

    @property
    def failures(self) -> list[UrlVerdict]:
        return [v for v in self.verdicts if not v.ok]

    def passes(self, min_article_share: float = 1.0) -> bool:
        """Every source takes at least this share of its known articles, and no URL known
        not to be an article is taken as one."""
        for tally in self.by_source.values():
            share = tally.article_share
            if share is not None and share < min_article_share:
                return False
        return not any(v.expected != "article" for v in self.failures)

    def as_dict(self) -> dict:
        return {
            "urls": len(self.verdicts),
            "failures": len(self.failures),
            "sources": {
                name: {
                    "urls": t.urls,
                    "taken": dict(t.taken),
                    "known_articles": t.expected_articles,
                    "articles_taken": t.articles_taken,
                    "article_share": (
                        round(t.article_share, 4) if t.article_share is not None else None
                    ),
                }
                for name, t in sorted(self.by_source.items())
            },
            "failed_urls": [
                {"url": v.url, "source": v.source, "expected": v.expected, "taken_as": v.taken_as}
                for v in self.failures[:200]
            ],
        }


def classify(registry: dict[str, Source], url: str) -> tuple[str | None, str]:
    """(source, taken_as) for one URL: the claiming source with the most specific verdict."""
    best: tuple[int, str, str] | None = None
    for source in registry.values():
        taken = source.classify(url)
        if taken == "off-site":
            continue
        rank = _SPECIFICITY.index(taken)
        if best is None or rank < best[0]:
            best = (rank, source.name, taken)
    return (best[1], best[2]) if best else (None, "none")


def check_urls(registry: dict[str, Source], urls: Iterable[tuple[str, str]]) -> CheckReport:
    """Classify (url, expected) pairs and tally them per source (``(none)`` for unclaimed)."""
    verdicts = []
    by_source: dict[str, SourceTally] = defaultdict(SourceTally)
    for url, expected in urls:
        source, taken = classify(registry, url)
        verdict = UrlVerdict(url, expected, source, taken)
        verdicts.append(verdict)
        tally = by_source[source or "(none)"]
        tally.urls += 1
        tally.taken[taken] += 1
        if expected == "article" and source:
            tally.expected_articles += 1
            tally.articles_taken += taken in TAKEN_AS_ARTICLE
        if not verdict.ok:
            tally.failures.append(verdict)
    return CheckReport(verdicts, dict(by_source))


# -- reading URL lists ------------------------------------------------------------------------
def read_url_list(path: Path) -> Iterator[tuple[str, str]]:
    """A text file: one URL a line, optionally followed by what it is (article, listing,
    not-article, none; default article); blank lines and # comments skipped."""
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url, *rest = line.split(None, 1)
        expected = rest[0].strip() if rest else "article"
        if expected not in EXPECTATIONS:
            raise ValueError(
                f"{path}:{number}: unknown expectation {expected!r} "
                f"(one of {', '.join(EXPECTATIONS)})"
            )
        yield url, expected


def read_jsonl_urls(path: Path, field_name: str = "url") -> Iterator[tuple[str, str]]:
    """The ``field_name`` of each JSON line (lines without one are skipped), as articles."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line).get(field_name)
            except (ValueError, AttributeError):
                raise ValueError(f"{path}:{number}: not a JSON object") from None
            if isinstance(value, str) and value.strip():
                yield value.strip(), "article"


def read_csv_urls(path: Path, column: str) -> Iterator[tuple[str, str]]:
    """The ``column`` of each CSV row, as articles."""
    csv.field_size_limit(1 << 30)  # article bodies sit in the same rows
    with open(path, encoding="utf-8", newline="") as rows:
        reader = csv.DictReader(rows)
        if column not in (reader.fieldnames or []):
            raise ValueError(
                f"{path}: no column {column!r} (columns: {', '.join(reader.fieldnames or [])})"
            )
        for row in reader:
            value = (row.get(column) or "").strip()
            if value:
                yield value, "article"
