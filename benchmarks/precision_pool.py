"""The hand-checked precision pool, re-extracted with the current extractor.

    python benchmarks/precision_pool.py            # counts only
    python benchmarks/precision_pool.py --list     # + even-id wrong items still made, right lost
    python benchmarks/precision_pool.py --all      # both halves in the lists (measurement only)

Every judged item of tests/nlp/real_detik/precision_checked*.jsonl counts once (by kind,
article and name; an item drawn by two samples is one item). An item is made when the
extraction of its article (given the page's date) holds a person (kind person) or an
organisation (kind organization) with exactly the item's name. Items judged wrong that are no
longer made, and right items still made, are what a precision change should show; the odd
half's items are for measurement only (``--list`` prints even ids).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.public_sets import DEFAULT_SHARED_DATA, detik_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="even-id items that changed side")
    parser.add_argument("--all", action="store_true", help="both halves in the lists")
    args = parser.parse_args()
    from nlp.extract import extract_documents

    items: dict[tuple[str, int, str], bool] = {}
    for path in sorted((REPO / "tests/nlp/real_detik").glob("precision_checked*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "correct" not in row:
                continue
            items[(row["kind"], int(row["detik_id"]), row["name"])] = bool(row["correct"])
    wanted = {i for _, i, _ in items}
    articles = {a.id: a for a in detik_articles(DEFAULT_SHARED_DATA) if a.id in wanted}
    ids = sorted(articles)
    results = extract_documents(
        [
            {
                "title": articles[i].title,
                "text": articles[i].text,
                "published": articles[i].published,
            }
            for i in ids
        ],
        batch_size=32,
    )
    made: dict[int, dict[str, set[str]]] = {}
    for i, result in zip(ids, results):
        made[i] = {
            "person": {p["name"] for p in result["people"]},
            "organization": {o["name"] for o in result["organizations"]},
        }
    counts = {(k, c): [0, 0] for k in ("person", "organization") for c in (True, False)}
    wrong_made, right_lost = [], []
    for (kind, i, name), correct in sorted(items.items(), key=lambda x: (x[0][1], x[0][2])):
        is_made = i in made and name in made[i][kind]
        counts[(kind, correct)][1] += 1
        if is_made:
            counts[(kind, correct)][0] += 1
        if args.all or i % 2 == 0:
            if is_made and not correct:
                wrong_made.append((kind, i, name))
            if correct and not is_made:
                right_lost.append((kind, i, name))
    load = os.getloadavg()[0]
    print(f"pool: {len(items)} items, {len(ids)} articles (load {load:.2f})")
    for kind in ("person", "organization"):
        w, wn = counts[(kind, False)]
        r, rn = counts[(kind, True)]
        print(f"  {kind:12s} wrong made {w}/{wn}   right made {r}/{rn}")
    w = sum(counts[(k, False)][0] for k in ("person", "organization"))
    wn = sum(counts[(k, False)][1] for k in ("person", "organization"))
    r = sum(counts[(k, True)][0] for k in ("person", "organization"))
    rn = sum(counts[(k, True)][1] for k in ("person", "organization"))
    print(f"  {'all':12s} wrong made {w}/{wn}   right made {r}/{rn}")
    if args.list or args.all:
        print("wrong items still made" + ("" if args.all else " (even ids)") + ":")
        for kind, i, name in wrong_made:
            print(f"    {kind[:3]} {i} {name!r}")
        print("right items not made" + ("" if args.all else " (even ids)") + ":")
        for kind, i, name in right_lost:
            print(f"    {kind[:3]} {i} {name!r}")


if __name__ == "__main__":
    main()
