"""Readers for the public data sets in ``../shared/data`` (evaluation, vocabulary, benchmarks).

The data are not copied into the repository (their licences allow evaluation use only): every
reader takes the shared data folder and raises ``FileNotFoundError`` naming what is missing.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ftfy import fix_encoding

DEFAULT_SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DETIK_CSV = Path("news/detik-1000/data_berita.csv")
STAKEHOLDER_GROUPS = ("government", "industry", "society", "experts", "other")


@dataclass(frozen=True)
class DetikArticle:
    """One row of detik-1000: the article and its human stakeholder annotation."""

    id: int
    url: str
    title: str
    text: str
    published: str  # ISO date (the CSV writes month/day/year hh:mm)
    stakeholders: dict[str, list[str]]
    published_at: str  # ISO date and time

    def as_txt(self) -> str:
        """The article as ``newsintel extract`` reads a ``.txt`` file: title, then body."""
        return f"{self.title}\n\n{self.text}\n"


def detik_articles(shared_data: Path = DEFAULT_SHARED_DATA) -> list[DetikArticle]:
    """Every row. About 40 rows hold UTF-8 that was decoded as Latin-1 ("AntÃ³nio Guterres",
    in the annotation too): text, title and annotations are decoded back, so an annotated
    name and the name the extraction reads are the same string."""
    path = Path(shared_data) / DETIK_CSV
    if not path.is_file():
        raise FileNotFoundError(f"detik-1000 is absent: {path}")
    articles = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            stamp = datetime.strptime(row["tanggal"].strip(), "%m/%d/%Y %H:%M")
            entities = json.loads(row["entity"]) if row["entity"].strip() else {}
            articles.append(
                DetikArticle(
                    id=int(row["id"]),
                    url=row["tautan"].strip(),
                    title=fix_encoding(row["judul"].strip()),
                    text=fix_encoding(row["isi_berita"].strip()),
                    published=stamp.date().isoformat(),
                    published_at=stamp.isoformat(),
                    stakeholders={
                        group: [fix_encoding(a) for a in entities.get(group) or []]
                        for group in STAKEHOLDER_GROUPS
                    },
                )
            )
    return articles
