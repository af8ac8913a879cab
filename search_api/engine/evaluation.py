"""Real articles and retrieval metrics for tests, benchmarks and tuning (not used when serving).

Reads the team's shared data folder (``../shared``): the seed articles, Kompas.com (JSONL) and
detik.com (CSV) news, as ``newsintel ingest`` records (id, url, title, text, published,
outlet). Nothing here is copied into the repository.
"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from corpus.public_sets import detik_articles as public_detik_articles
from corpus.store import CorpusStore, Document
from search_api.engine.backends.base import SearchBackend
from search_api.engine.models import SearchRequest

_FRONT_MATTER_TITLE = re.compile(r'^title:\s*"(.*)"\s*$', re.MULTILINE)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def clean_markdown(text: str) -> str:
    """Markdown body -> plain paragraphs (bold/italics, escapes, headings, links removed)."""
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = text.replace("\\\n", "\n").replace("\\", "")
    text = re.sub(r"\*{1,3}", "", text)
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.MULTILINE)
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())


def kompas_article(record: dict) -> Optional[dict]:
    """One Kompas JSONL record -> an ingest record; the digest appended after '---' is dropped."""
    body = record.get("body_markdown") or ""
    segments = [s for s in re.split(r"^---\s*$", body, flags=re.MULTILINE)]
    title = record.get("title")
    front_title = _FRONT_MATTER_TITLE.search(segments[0]) if segments else None
    if front_title:
        title = title or front_title.group(1)
        segments = segments[1:]
    main = next((s for s in segments if s.strip()), "")
    text = clean_markdown(main)
    if not text:
        return None
    if not title:  # body-only records: the first sentence stands in for the title
        title = re.split(
            r"(?<=[.!?])\s", re.sub(r"^[A-Z ,.]+KOMPAS\.com\s*-+\s*", "", text), maxsplit=1
        )[0][:150]
    return {
        "id": record["id"],
        "url": record.get("url"),
        "title": title.strip(),
        "text": text,
        "published": record.get("url_date") or record.get("archive_folder_date"),
        "outlet": "kompas.com",
    }


def kompas_articles(shared: Path) -> Iterator[dict]:
    for path in sorted((shared / "data/news/kompas-2004").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                article = kompas_article(json.loads(line))
                if article:
                    yield article


def detik_articles(shared: Path) -> Iterator[dict]:
    for article in public_detik_articles(shared / "data"):
        text = "\n\n".join(p.strip() for p in article.text.splitlines() if p.strip())
        if text:
            yield {
                "id": f"detik-{article.id}",
                "url": article.url,
                "title": article.title,
                "text": text,
                "published": article.published_at,
                "outlet": "detik.com",
            }


def seed_articles(shared: Path) -> Iterator[dict]:
    """The seed articles (.txt: first line the title) with outlet and date from their gold."""
    for path in sorted((shared / "seeds").glob("*.txt")):
        gold_path = path.with_suffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        lines = path.read_text(encoding="utf-8").splitlines()
        title = re.sub(r"^Home\s*»\s*", "", lines[0]).strip()
        yield {
            "id": path.stem,
            "url": None,
            "title": title,
            "text": "\n".join(lines[1:]).strip(),
            "published": gold.get("published"),
            "outlet": gold.get("outlet"),
        }


def real_articles(shared: Path) -> Iterator[dict]:
    """Seeds, then Kompas, then detik."""
    yield from seed_articles(shared)
    yield from kompas_articles(shared)
    yield from detik_articles(shared)


@lru_cache(maxsize=2)
def _articles_index(shared: Path) -> dict[str, dict]:
    return {a["id"]: a for a in real_articles(shared)}


def articles_by_id(shared: Path, ids: Iterable[str]) -> list[dict]:
    """Copies of the given articles, in the given order (the real data is read once)."""
    index = _articles_index(shared)
    wanted = list(ids)
    missing = [i for i in wanted if i not in index]
    if missing:
        raise KeyError(f"articles not in {shared}: {missing[:5]}")
    return [dict(index[i]) for i in wanted]


def reciprocal_rank(ranked_ids: Sequence[str], relevant: Iterable[str], cutoff: int = 10) -> float:
    """1/rank of the first relevant id within the cutoff, else 0."""
    relevant = set(relevant)
    for rank, doc_id in enumerate(ranked_ids[:cutoff], start=1):
        if doc_id in relevant:
            return 1.0 / rank
    return 0.0


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def truncate(text: str, max_chars: Optional[int]) -> str:
    """The text cut at the last paragraph end within ``max_chars`` (keeps test corpora small)."""
    if not max_chars or len(text) <= max_chars:
        return text
    cut = text.rfind("\n", 0, max_chars)
    return text[: cut if cut > max_chars // 2 else max_chars].rstrip()


def retrieval_set(path: Path, shared: Path) -> tuple[list[dict], list[dict]]:
    """(articles, queries) of a query-set file: {"corpus": [ids], "max_chars", "queries":
    [{"q", "lang", "relevant": [ids]}]}."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    articles = articles_by_id(shared, spec["corpus"])
    for article in articles:
        article["text"] = truncate(article["text"], spec.get("max_chars"))
    return articles, spec["queries"]


def facqa_set(
    shared: Path, split: str = "valid", limit: Optional[int] = None
) -> tuple[list[dict], list[dict]]:
    """IndoNLU FacQA as a retrieval set: each distinct passage a document, each question a
    query whose relevant document is its passage."""
    import ast

    def detokenise(tokens: list[str]) -> str:
        text = " ".join(tokens)
        return re.sub(r"\s+([.,;:!?)\]])", r"\1", re.sub(r"([(\[])\s+", r"\1", text))

    articles: dict[str, dict] = {}
    queries = []
    path = shared / f"data/qa/{split}_preprocess.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            passage = detokenise(ast.literal_eval(row["passage"]))
            doc_id = articles.setdefault(
                passage,
                {
                    "id": f"facqa-{split}-{len(articles)}",
                    "url": None,
                    "title": None,
                    "text": passage,
                    "published": None,
                    "outlet": "facqa",
                },
            )["id"]
            queries.append(
                {
                    "q": detokenise(ast.literal_eval(row["question"])),
                    "lang": "id",
                    "relevant": [doc_id],
                }
            )
            if limit and len(queries) >= limit:
                break
    return list(articles.values()), queries


def store_articles(store: CorpusStore, articles: Iterable[dict]) -> None:
    """Upsert ingest-shaped records into a corpus store."""
    store.upsert_documents(
        [
            Document(
                id=a["id"],
                url=a.get("url"),
                title=a.get("title"),
                text=a["text"],
                published=a.get("published"),
                source=a.get("outlet"),
            )
            for a in articles
        ]
    )


def score_queries(
    backend: SearchBackend, queries: list[dict], mode: str, limit: int = 10
) -> list[dict]:
    """Each query with its reciprocal rank (MRR@10 input) in one mode, as users get results
    (syndicated copies grouped: whichever copy leads the group is in the relevant set)."""
    scored = []
    for query in queries:
        response = backend.search(SearchRequest(q=query["q"], mode=mode, limit=limit, facets=False))
        ids = [hit.id for hit in response.hits]
        scored.append(
            {**query, "rr": reciprocal_rank(ids, query["relevant"], limit), "ranked": ids}
        )
    return scored


def mrr_by_language(scored: list[dict]) -> dict[str, float]:
    """MRR@10 over all queries and per ``lang``."""
    table = {"all": mean([s["rr"] for s in scored])}
    for lang in sorted({s["lang"] for s in scored}):
        table[lang] = mean([s["rr"] for s in scored if s["lang"] == lang])
    return table
