"""Draw the next blind gold set of detik-1000 articles (tests/nlp/real_detik/README.md).

    python benchmarks/draw_blind_set.py --seed 2033 --size 24 --out tests/nlp/real_detik/test8

Draws from the even-id articles whose text no gold set holds (detik-1000 repeats a few texts
under two ids) and that no hand-checked precision or figure sample has touched: those
samples' even-id items are fitted on, so an article holding one is not blind. Writes
``selection.txt``, to be committed before annotation and before the round's extractor changes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.gold_sets import GOLD_DIR, gold_ids  # noqa: E402
from corpus.public_sets import DEFAULT_SHARED_DATA, DetikArticle, detik_articles  # noqa: E402

FITTED_SAMPLES = ("precision_checked*.jsonl", "figure_*sample*.jsonl")


def checked_ids(gold_dir: Path = GOLD_DIR) -> set[int]:
    """detik ids that hold an item of a hand-checked sample (precision or figures)."""
    ids: set[int] = set()
    for pattern in FITTED_SAMPLES:
        for path in gold_dir.glob(pattern):
            for line in path.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    item = json.loads(line)
                    ids.add(item.get("detik_id", item.get("id")))
    return ids


def pool(articles: list[DetikArticle], taken: set[int], checked: set[int]) -> list[int]:
    """Even ids outside ``taken`` and ``checked``, one per distinct text, no text a set holds."""
    taken_texts = {a.text.strip() for a in articles if a.id in taken}
    seen: set[str] = set()
    ids = []
    for article in sorted(articles, key=lambda a: a.id):
        text = article.text.strip()
        if article.id % 2 or article.id in taken | checked or text in taken_texts | seen:
            continue
        seen.add(text)
        ids.append(article.id)
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", type=int, default=24)
    parser.add_argument("--out", type=Path, required=True, help="the new set's folder")
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED_DATA)
    parser.add_argument(
        "--allow-checked",
        action="store_true",
        help="draw a development set from articles a hand-checked sample touched too "
        "(since session 45 the samples hold nearly every even-id article left)",
    )
    args = parser.parse_args()

    articles = detik_articles(args.shared_data)
    candidates = pool(articles, gold_ids(), set() if args.allow_checked else checked_ids())
    if len(candidates) < args.size:
        sys.exit(f"only {len(candidates)} articles left to draw from, {args.size} asked")
    chosen = sorted(random.Random(args.seed).sample(candidates, args.size))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "selection.txt").write_text("\n".join(map(str, chosen)) + "\n", encoding="utf-8")
    print(f"{len(chosen)} of {len(candidates)} candidate articles -> {args.out / 'selection.txt'}")


if __name__ == "__main__":
    main()
