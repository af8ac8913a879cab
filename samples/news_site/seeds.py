"""The three real seed articles, read at run time from ``../shared/seeds`` (never copied here).

A seed record in ``articles/`` names the seed file and says where its body starts and ends;
the lines in between are classified the way the outlets lay them out: "Baca Juga:" lines
are inserts, lines that repeat the headline before a caption are image captions, numbered
lines ("1. ...") are subheadings, everything else is a paragraph.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

SHARED_ENV = "NEWSINTEL_SHARED_DIR"
NUMBERED_HEADING = re.compile(r"^\d+\.\s+\S")
BACA_JUGA = re.compile(r"^baca juga\s*:\s*(?P<title>.+)$", re.IGNORECASE)


def shared_dir() -> Path:
    """The repo's sibling ``../shared`` (or $NEWSINTEL_SHARED_DIR)."""
    override = os.environ.get(SHARED_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / ".." / "shared"


def seeds_dir() -> Path:
    return shared_dir() / "seeds"


def _index_of(lines: list[str], prefix: str, start: int, seed: str) -> int:
    for index in range(start, len(lines)):
        if lines[index].strip().startswith(prefix):
            return index
    raise ValueError(f"seed {seed}: no line starts with {prefix!r}")


def classify_body(lines: list[str], title: str) -> list[Any]:
    body: list[Any] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        baca = BACA_JUGA.match(line)
        if baca:
            body.append({"baca_juga": baca.group("title").strip()})
        elif line.startswith(title) and len(line) > len(title):
            body.append({"figure": line[len(title) :].strip()})
        elif NUMBERED_HEADING.match(line):
            body.append({"h2": line})
        else:
            body.append(line)
    return body


def parse_teasers(lines: list[str]) -> list[dict[str, str]]:
    """'title / summary / SECTION | date' triples of a related-stories block."""
    items = [line.strip() for line in lines if line.strip()]
    teasers = []
    for index in range(0, len(items) - 2, 3):
        title, summary, label = items[index : index + 3]
        teasers.append({"title": title, "summary": summary, "label": label})
    return teasers


def load_seed_article(record: dict[str, Any]) -> dict[str, Any] | None:
    """The full article record for a seed reference, or None when ../shared is absent."""
    path = seeds_dir() / f"{record['seed']}.txt"
    if not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    title = lines[0].strip().split(" » ")[-1]  # a breadcrumb "Home » Title" keeps its tail
    start = _index_of(lines, record["body_start"], 1, record["seed"])
    end = _index_of(lines, record["body_end"], start, record["seed"])
    article = {
        key: value
        for key, value in record.items()
        if key
        not in {"seed", "body_start", "body_end", "subtitle_line", "related_after", "related_until"}
    }
    article["title"] = title
    article["body"] = classify_body(lines[start : end + 1], title)
    article["source"] = "seed"
    if "subtitle_line" in record:
        article["subtitle"] = lines[record["subtitle_line"]].strip()
    if "related_after" in record:
        first = _index_of(lines, record["related_after"], end, record["seed"]) + 1
        last = _index_of(lines, record["related_until"], first, record["seed"])
        article["related_noise"] = parse_teasers(lines[first:last])
    return article
