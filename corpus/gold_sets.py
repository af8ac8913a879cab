"""Which detik-1000 articles the real gold sets (tests/nlp/real_detik/*/) hold.

A set's ids come from its gold files and, while it is still being annotated, from the
``selection.txt`` committed before annotation, so a blind set stays unseen from the start.
"""

from __future__ import annotations

from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "nlp" / "real_detik"


def gold_ids(sets: str = "*") -> set[int]:
    """detik ids of the gold sets whose folder matches ``sets`` ("test*": the blind halves)."""
    ids: set[int] = set()
    for folder in GOLD_DIR.glob(sets):
        ids.update(int(p.name[6:10]) for p in folder.glob("detik_*.gold.json"))
        selection = folder / "selection.txt"
        if selection.is_file():
            ids.update(int(line) for line in selection.read_text().split() if line.isdigit())
    return ids
