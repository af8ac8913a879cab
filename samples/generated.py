"""A large generated news site for the crawl benchmark (>= 2,000 article pages).

Articles are real-ish: bodies come from the Kompas articles in
``../shared/data/news/kompas-2004`` when present (read at run time, never copied), else from
the sample site's own paragraphs. They are spread over the four outlet layouts of the news
site, so the crawler meets the same structures, sitemaps and listings as in its tests.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from samples.news_site.build import OUTLETS, WIB, NewsSiteBuilder
from samples.news_site.model import Article, load_articles, slugify
from samples.news_site.seeds import shared_dir
from samples.site import Site

LISTING_PAGE_SIZE = 20
FRONT_MATTER = re.compile(r"^[a-z_]+:\s", re.MULTILINE)
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
AUTHORS = [
    "Nadia Putri",
    "Yogi Prasetya",
    "Ika Wulandari",
    "Ridwan Siregar",
    "Fikri Ramadhan",
    "Rina Marlina",
    "Herman",
    "Dimas Aryo",
]
SECTIONS = ["Ekonomi", "Bisnis", "Nasional", "Regional", "Jaminan Sosial"]


def kompas_dir() -> Path:
    return shared_dir() / "data" / "news" / "kompas-2004"


def clean_markdown_body(markdown: str) -> list[str]:
    """Paragraphs of a Kompas markdown body: front matter and the appended digest dropped."""
    for segment in re.split(r"\n-{3,}\n", "\n" + markdown + "\n"):
        segment = segment.strip()
        if not segment or FRONT_MATTER.match(segment):
            continue
        paragraphs = []
        for block in re.split(r"\n\s*\n", segment):
            text = MARKDOWN_LINK.sub(r"\1", block).replace("\\\n", " ").replace("\\", "")
            text = re.sub(r"[*_#>]+", "", text).strip()
            text = " ".join(text.split())
            if len(text) > 40 and not text.lower().startswith("baca juga"):
                paragraphs.append(text)
        if len(paragraphs) >= 3:
            return paragraphs
    return []


Story = tuple[str | None, list[str], datetime | None]  # title, paragraphs, publication date


def kompas_stories() -> Iterator[Story]:
    for path in sorted(kompas_dir().glob("articles-*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                paragraphs = clean_markdown_body(record.get("body_markdown") or "")
                if paragraphs:
                    day = record.get("url_date")
                    yield (
                        record.get("title"),
                        paragraphs,
                        (datetime.fromisoformat(day).replace(tzinfo=WIB) if day else None),
                    )


def fallback_stories() -> list[Story]:
    """The sample articles, each text once (the syndicated story has two copies)."""
    stories: dict[tuple[str, ...], Story] = {}
    for a in load_articles():
        if len(a.paragraphs) >= 3:
            stories.setdefault(tuple(a.paragraphs), (a.title, a.paragraphs, a.published))
    return list(stories.values())


@lru_cache(maxsize=1)
def available_stories() -> tuple[Story, ...]:
    """Kompas stories where ../shared is present, else the sample site's own articles."""
    stories = tuple(kompas_stories()) if kompas_dir().is_dir() else ()
    return stories or tuple(fallback_stories())


def title_from(paragraphs: list[str]) -> str:
    """A headline from the lead sentence, dateline removed."""
    lead = re.sub(r"^[A-Z .,]*(?:KOMPAS\.com|Warta Kerja|IDN Times)\s*[-–—]+\s*", "", paragraphs[0])
    words = re.split(r"\.(?:\s|$)", lead)[0].split()
    return " ".join(words[:11]).rstrip(",;:")


def generate_site(n_articles: int = 2000, seed: int = 0) -> Site:
    """A deterministic site of ``n_articles`` article pages over the four outlet layouts."""
    rng = random.Random(seed)
    stories = list(available_stories())
    rng.shuffle(stories)
    outlets = list(OUTLETS)
    start = datetime(2021, 1, 4, 7, 0, tzinfo=WIB)
    articles: list[Article] = []
    for index in range(n_articles):
        title, paragraphs, day = stories[index % len(stories)]
        round_ = index // len(stories)
        paragraphs = list(paragraphs[:14])
        if round_:  # a story reused: reorder its body and date the rerun, so every page differs
            rng.shuffle(paragraphs)
            paragraphs.append(f"Artikel ini diperbarui untuk edisi ke-{round_ + 1}.")
        title = (title or title_from(paragraphs)) + (f" (Bagian {round_ + 1})" if round_ else "")
        body: list = list(paragraphs)
        if len(body) > 3:
            body.insert(2, {"figure": f"Ilustrasi. Foto arsip {index % 97 + 1}/{start.year}."})
        if articles and len(body) > 5:
            body.insert(4, {"baca_juga": articles[rng.randrange(len(articles))].id})
        # The story's own day where known (its text mentions it), a later day for reruns.
        day = (day or start + timedelta(hours=index * 13)) + timedelta(days=round_)
        published = day.replace(hour=rng.randrange(6, 22), minute=rng.randrange(60))
        articles.append(
            Article(
                id=f"gen-{index:05d}",
                outlet=outlets[index % len(outlets)],
                title=title,
                published=published,
                author=rng.choice(AUTHORS),
                section=rng.choice(SECTIONS),
                body=body,
                slug=f"{slugify(title, 9)}-{index}",
                tags=["Ekonomi"],
                number=800000 + index,
            )
        )
    return NewsSiteBuilder(articles, name="generated", page_size=LISTING_PAGE_SIZE).build()
