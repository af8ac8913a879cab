"""Score ``extract_article`` against real pages with gold extractions (../shared/data/html).

Two sets of Indonesian pages: anpandu (``gold.json``: url, title, date in ms, content) and
fundus-mediaindonesia (gzip pages with fundus gold JSON). Text is scored as a bag of words
(token precision/recall/F against the gold content), dates on the calendar day in WIB.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from crawler import page_meta
from crawler.extraction import extract_article, parse_html

WIB = timezone(timedelta(hours=7))
# Pages whose gold is not an article text (noted when scoring; see KNOWN_GOLD_ISSUES).
KNOWN_GOLD_ISSUES = {
    "liputan6-singlepage3.html": "photo gallery: the gold 'content' is one image caption "
    "repeated five times; captions are noise by design",
    "MediaIndonesia_2025_10_22": "gold keeps an image caption, two 'Baca juga' inserts and "
    "the 'Cek berita ... Editor' footer, which are noise by design",
}


@dataclass
class GoldPage:
    name: str
    url: str
    html: bytes
    title: str
    date: str  # YYYY-MM-DD (WIB)
    text: str


@dataclass
class PageScore:
    name: str
    precision: float
    recall: float
    f: float
    title_ok: bool
    date_ok: bool
    got_date: str | None
    gold_date: str
    date_source: str | None


def load_gold_pages(html_dir: Path) -> list[GoldPage]:
    """Every gold page under ``html_dir`` (= ../shared/data/html/indonesian)."""
    pages = []
    anpandu = html_dir / "anpandu"
    if (anpandu / "gold.json").is_file():
        for gold in json.loads((anpandu / "gold.json").read_text(encoding="utf-8")):
            day = datetime.fromtimestamp(gold["date"] / 1000, WIB).date().isoformat()
            pages.append(
                GoldPage(
                    Path(gold["fixture"]).name,
                    gold["url"],
                    (anpandu / gold["fixture"]).read_bytes(),
                    gold["title"],
                    day,
                    gold["content"],
                )
            )
    pages.extend(load_fundus_pages(html_dir / "fundus-mediaindonesia"))
    return pages


def load_fundus_pages(folder: Path) -> list[GoldPage]:
    """Pages saved by fundus: NAME.html.gz with NAME.gold.json (and NAME.meta.info or a
    urls.tsv giving the page URL)."""
    urls = {}
    if (folder / "urls.tsv").is_file():
        for line in (folder / "urls.tsv").read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")  # file name, country, URL
            if len(columns) >= 2:
                urls[columns[0].strip()] = columns[-1].strip()
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["V1"]
        meta_path = folder / f"{name}.meta.info"
        if meta_path.is_file():
            url = next(iter(json.loads(meta_path.read_text(encoding="utf-8")).values()))["url"]
        else:
            url = urls.get(name) or urls.get(f"{name}.html.gz") or "https://example.com/"
        text = "\n".join(
            part
            for section in gold["body"]["sections"]
            for part in section["headline"] + section["paragraphs"]
        )
        html = gzip.decompress((folder / f"{name}.html.gz").read_bytes())
        pages.append(
            GoldPage(
                name,
                url,
                html,
                gold.get("title") or "",
                (gold.get("publishing_date") or "")[:10],
                text,
            )
        )
    return pages


def words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def bag_scores(extracted: str, gold: str) -> tuple[float, float, float]:
    got, want = Counter(words(extracted)), Counter(words(gold))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def score_page(page: GoldPage, **options: Any) -> PageScore:
    fields = extract_article(page.html, page.url, **options)
    precision, recall, f = bag_scores(fields.text, page.text)
    got_date = _wib_day(fields.published)
    return PageScore(
        page.name,
        precision,
        recall,
        f,
        words(fields.title) == words(page.title),
        got_date == page.date,
        got_date,
        page.date,
        fields.date_source,
    )


def _wib_day(value: str | None) -> str | None:
    """The calendar day of an ISO date/date-time in Jakarta time (naive = already local)."""
    if not value:
        return None
    if len(value) <= 10:
        return value
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(WIB)
    return moment.date().isoformat()


def summarise(scores: list[PageScore]) -> dict:
    n = len(scores) or 1
    clean = [s for s in scores if s.name not in KNOWN_GOLD_ISSUES] or scores
    return {
        "pages": len(scores),
        "text_f": round(sum(s.f for s in scores) / n, 3),
        "text_precision": round(sum(s.precision for s in scores) / n, 3),
        "text_recall": round(sum(s.recall for s in scores) / n, 3),
        "text_f_without_broken_gold": round(sum(s.f for s in clean) / len(clean), 3),
        "title_accuracy": round(sum(s.title_ok for s in scores) / n, 3),
        "date_accuracy": round(sum(s.date_ok for s in scores) / n, 3),
    }


def title_label_accuracy(pages: list[GoldPage]) -> tuple[int, int]:
    """(right, total) over every meta title of the pages (og:title, twitter:title, <title>)
    once the site's labels are taken off: how well the general rule cleans titles by itself,
    without the on-page headline to fall back on."""
    right = total = 0
    for page in pages:
        tree = parse_html(page.html)
        meta = page_meta.read_meta(tree)
        site = page_meta._site_words(page.url, meta)
        title_node = tree.find(".//title")
        for raw in (
            meta.meta.get("og:title"),
            meta.meta.get("twitter:title"),
            title_node.text_content() if title_node is not None else None,
        ):
            if raw and raw.strip():
                total += 1
                right += words(page_meta.strip_site_name(raw, site)) == words(page.title)
    return right, total
