"""Articles of the sample news site, kept as data (``articles/*.json``).

A body is a list of blocks: a plain string is a paragraph; ``{"h2": ...}`` a subheading;
``{"figure": caption, "credit": ...}`` an image with its caption (noise);
``{"baca_juga": article id or title}`` a "Baca juga" insert (noise).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from samples.news_site.seeds import load_seed_article

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"


@dataclass
class Article:
    id: str
    outlet: str
    title: str
    published: datetime
    author: str
    section: str
    body: list[Any]
    slug: str
    subtitle: str = ""
    tags: list[str] = field(default_factory=list)
    special: list[str] = field(default_factory=list)
    modified: datetime | None = None
    related_noise: list[dict[str, str]] = field(default_factory=list)  # unrelated story teasers
    syndicate_of: str | None = None
    source: str = "sample"  # "seed" for the three real articles from ../shared/seeds
    number: int = 0  # numeric id some outlets put in URLs
    cites: list[str] = field(default_factory=list)  # hand-labelled: "Permenaker 2/2022", ...

    @property
    def paragraphs(self) -> list[str]:
        return [block for block in self.body if isinstance(block, str)]

    @property
    def headings(self) -> list[str]:
        return [block["h2"] for block in self.body if isinstance(block, dict) and "h2" in block]

    @property
    def text_blocks(self) -> list[str]:
        """Headings and paragraphs in page order: what a clean extraction should keep."""
        blocks = []
        for block in self.body:
            if isinstance(block, str):
                blocks.append(block)
            elif "h2" in block:
                blocks.append(block["h2"])
        return blocks

    @property
    def last_modified(self) -> datetime:
        return self.modified or self.published


def slugify(title: str, max_words: int = 12) -> str:
    cleaned = "".join(ch.lower() if ch.isalnum() else " " for ch in title)
    return "-".join(cleaned.split()[:max_words])


def stable_number(article_id: str) -> int:
    """A numeric id for URLs that does not move when other articles come or go."""
    return 700000 + int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 100000


def _from_record(record: dict[str, Any], number: int) -> Article:
    known = {
        "id",
        "outlet",
        "title",
        "published",
        "author",
        "section",
        "body",
        "subtitle",
        "tags",
        "special",
        "modified",
        "related_noise",
        "syndicate_of",
        "source",
        "slug",
        "number",
        "cites",
    }
    unknown = set(record) - known
    if unknown:
        raise ValueError(f"article {record.get('id')}: unknown fields {sorted(unknown)}")
    return Article(
        id=record["id"],
        outlet=record["outlet"],
        title=record["title"],
        published=datetime.fromisoformat(record["published"]),
        modified=datetime.fromisoformat(record["modified"]) if record.get("modified") else None,
        author=record.get("author", "Redaksi"),
        section=record.get("section", "Ekonomi"),
        body=record["body"],
        slug=record.get("slug") or slugify(record["title"]),
        subtitle=record.get("subtitle", ""),
        tags=record.get("tags", []),
        special=record.get("special", []),
        related_noise=record.get("related_noise", []),
        syndicate_of=record.get("syndicate_of"),
        source=record.get("source", "sample"),
        number=record.get("number", number),
        cites=record.get("cites", []),
    )


def load_articles(directory: Path = ARTICLES_DIR) -> list[Article]:
    """All articles, oldest first; seed articles only where ../shared/seeds is present."""
    records: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if "seed" in record:
            record = load_seed_article(record)
            if record is None:
                continue
        records.append(record)

    by_id = {record["id"]: record for record in records}
    for record in records:
        original = record.get("syndicate_of")
        if original:  # syndicated word for word: same title and body, another outlet
            source = by_id[original]
            record.setdefault("title", source["title"])
            record.setdefault("body", source["body"])
            record.setdefault("cites", source.get("cites", []))
    articles = [_from_record(record, stable_number(record["id"])) for record in records]
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate article ids in samples/news_site/articles")
    return sorted(articles, key=lambda a: (a.published, a.id))
