"""Extraction quality on real Indonesian news pages with gold (../shared/data/html/indonesian).

Prints, per page and overall (and for the 20 English-language pages of html/general):
bag-of-words text precision/recall/F, title and date accuracy
of crawler.extraction.extract_article; and for comparison the date accuracy of htmldate
alone (original date, extensive search off and on) and of trafilatura's own metadata.

    .venv/bin/python benchmarks/extraction_gold.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from htmldate import find_date  # noqa: E402
from trafilatura import bare_extraction  # noqa: E402

from crawler.evaluation import (
    KNOWN_GOLD_ISSUES,
    bag_scores,  # noqa: E402
    load_fundus_pages,
    load_gold_pages,
    score_page,
    summarise,
)


def main() -> None:
    html_dir = REPO.parent / "shared" / "data" / "html" / "indonesian"
    pages = load_gold_pages(html_dir)
    if not pages:
        raise SystemExit(f"no gold pages under {html_dir}")
    started = time.perf_counter()
    scores = [score_page(page) for page in pages]
    elapsed = time.perf_counter() - started
    for s in scores:
        note = f"  [gold: {KNOWN_GOLD_ISSUES[s.name]}]" if s.name in KNOWN_GOLD_ISSUES else ""
        print(
            f"{s.name:30} P={s.precision:.2f} R={s.recall:.2f} F={s.f:.2f} "
            f"title={'ok' if s.title_ok else 'WRONG'} date={s.got_date} ({s.date_source})"
            f" {'ok' if s.date_ok else 'gold ' + s.gold_date}{note}"
        )
    print("extract_article:", summarise(scores), f"{len(pages) / elapsed:.1f} pages/s")

    for extensive in (False, True):
        hits = sum(
            find_date(p.html, original_date=True, extensive_search=extensive) == p.date
            for p in pages
        )
        print(
            f"htmldate alone (original_date, extensive_search={extensive}): "
            f"date accuracy {hits / len(pages):.3f}"
        )
    hits, fs = 0, []
    for page in pages:
        doc = bare_extraction(
            page.html,
            url=page.url,
            favor_precision=True,
            include_comments=False,
            with_metadata=True,
        )
        assert not isinstance(doc, dict)  # as_dict is off: a Document, or None
        # None when trafilatura finds no main text: no date and no text for that page.
        hits += ((doc.date if doc else None) or "")[:10] == page.date
        fs.append(bag_scores((doc.text if doc else None) or "", page.text)[2])
    print(
        f"trafilatura bare_extraction alone: text F {sum(fs) / len(fs):.3f}, "
        f"date accuracy {hits / len(pages):.3f}"
    )
    sample_site_dates()
    general = load_fundus_pages(REPO.parent / "shared" / "data" / "html" / "general")
    if general:
        figures = summarise([score_page(page) for page in general])
        fs = [bag_scores(_trafilatura_text(p.html, p.url), p.text)[2] for p in general]
        print(
            f"English-language pages ({figures['pages']}): extract_article text F "
            f"{figures['text_f']} (P {figures['text_precision']}, R {figures['text_recall']}),"
            f" title accuracy {figures['title_accuracy']}; trafilatura alone text F "
            f"{sum(fs) / len(fs):.3f}"
        )


def sample_site_dates() -> None:
    """Dates on the sample site's layouts, some of which print only "27/07/2023, 12:02 WIB"."""
    from crawler.extraction import extract_article
    from samples.news_site import build_news_site

    base = "http://127.0.0.1:1"
    site = build_news_site()
    bound, articles = site.bind(base), site.manifest(base)["articles"]
    bodies = [(a, bound[a["url"][len(base) :]].body) for a in articles]
    ours = sum(
        (extract_article(body, a["url"]).published or "")[:10] == a["published_date"]
        for a, body in bodies
    )
    print(
        f"sample site ({len(bodies)} pages, 4 layouts): extract_article date accuracy "
        f"{ours / len(bodies):.3f}"
    )
    for extensive in (False, True):
        hits = sum(
            find_date(body, original_date=True, extensive_search=extensive) == a["published_date"]
            for a, body in bodies
        )
        print(f"  htmldate alone (extensive_search={extensive}): {hits / len(bodies):.3f}")


def _trafilatura_text(html: str | bytes, url: str) -> str:
    """trafilatura's main text alone ("" when it finds none)."""
    doc = bare_extraction(html, url=url, favor_precision=True, include_comments=False)
    assert not isinstance(doc, dict)  # as_dict is off
    return (doc.text if doc else None) or ""


if __name__ == "__main__":
    main()
