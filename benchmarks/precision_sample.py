"""Draw a fixed random sample of extracted people and organisations for hand-checking.

    python benchmarks/precision_sample.py --out sample.jsonl          # draw 100 + 100
    python benchmarks/precision_sample.py --score checked.jsonl       # precision of a checked file

The sample comes from detik-1000 articles outside the real gold sets (tests/nlp/real_detik),
one item per line with the article id and every sentence of the article that mentions it, so a
checker who reads only the text can mark it. A checked file is the same lines with
``"correct": true|false`` (and an optional ``"why"``); ``--score`` prints precision per kind
with a 95% Wilson interval.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.gold_sets import gold_ids  # noqa: E402
from corpus.public_sets import DEFAULT_SHARED_DATA, detik_articles  # noqa: E402


def mentions(text: str, names: list[str]) -> list[str]:
    """The sentences naming it as whole words ("UE" is no mention inside "CONTINUE")."""
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    wanted = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in names if n]
    return [s.strip() for s in sentences if any(w.search(s) for w in wanted)][:4]


def draw(size: int, seed: int, shared_data: Path, half: str = "both") -> list[dict]:
    from nlp.extract import extract_documents

    excluded = gold_ids()
    parity = {"even": (0,), "odd": (1,), "both": (0, 1)}[half]
    articles = [
        a for a in detik_articles(shared_data) if a.id not in excluded and a.id % 2 in parity
    ]
    rng = random.Random(seed)
    rng.shuffle(articles)
    pool = articles[:300]
    results = extract_documents(
        [{"title": a.title, "text": a.text, "published": a.published} for a in pool], batch_size=32
    )
    people, orgs = [], []
    for article, result in zip(pool, results):
        body = f"{article.title}\n{article.text}"
        for person in result["people"]:
            people.append(
                {
                    "kind": "person",
                    "detik_id": article.id,
                    "name": person["name"],
                    "role": person.get("role"),
                    "organization": person.get("organization"),
                    "mentions": mentions(body, [person["name"], person["name"].split()[-1]]),
                }
            )
        for org in result["organizations"]:
            surfaces = [org["name"], org.get("acronym"), *(org.get("aliases") or [])]
            orgs.append(
                {
                    "kind": "organization",
                    "detik_id": article.id,
                    "name": org["name"],
                    "acronym": org.get("acronym"),
                    "aliases": org.get("aliases") or [],
                    "mentions": mentions(body, surfaces),
                }
            )
    return rng.sample(people, min(size, len(people))) + rng.sample(orgs, min(size, len(orgs)))


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if not n:
        return 0.0, 1.0
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def score(path: Path) -> None:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    for kind in ("person", "organization"):
        marked = [r for r in rows if r["kind"] == kind and "correct" in r]
        hits = sum(bool(r["correct"]) for r in marked)
        low, high = wilson(hits, len(marked))
        print(
            f"{kind:12s} precision {hits}/{len(marked)} = {hits / max(1, len(marked)):.3f} "
            f"(95% interval {low:.3f}-{high:.3f})"
        )
        for r in marked:
            if not r["correct"]:
                print(f"    wrong: {r['detik_id']} {r['name']!r}: {r.get('why', '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--score", type=Path)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--half",
        choices=("both", "even", "odd"),
        default="both",
        help="even while developing; the reported sample is drawn from both",
    )
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED_DATA)
    args = parser.parse_args()
    if args.score:
        score(args.score)
    elif args.out:
        sample = draw(args.size, args.seed, args.shared_data, args.half)
        args.out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), encoding="utf-8"
        )
        print(f"wrote {len(sample)} items to {args.out}")
    else:
        parser.error("give --out FILE or --score FILE")


if __name__ == "__main__":
    main()
