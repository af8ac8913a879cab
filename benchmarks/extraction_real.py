"""Extraction on real coverage: detik-1000 stakeholder recall and role attachment, with speed.

    python benchmarks/extraction_real.py                 # all 1,000 articles, both halves
    python benchmarks/extraction_real.py --half even --misses 40   # development: show misses

Each detik-1000 article carries a human annotation of its stakeholders (nlp/stakeholders.py
says how one counts as found). Articles with an even ``id`` are for development and fitting;
the odd half is for measurement only: the figures are printed for each half apart. The
extraction runs as ``newsintel enrich`` runs it (``--n-process`` forked workers, default one
per CPU) and its words/s (whitespace words of the input) is printed beside the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.gold_sets import gold_ids  # noqa: E402
from corpus.public_sets import DEFAULT_SHARED_DATA, STAKEHOLDER_GROUPS, detik_articles  # noqa: E402
from nlp.ner.distant import fit_ids  # noqa: E402
from nlp.parallel import ExtractionPool, processes_for  # noqa: E402
from nlp.pipeline import load_pipeline  # noqa: E402
from nlp.stakeholders import OUTCOMES, SCORED_GROUPS, StakeholderScore  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED_DATA)
    parser.add_argument("--half", choices=("both", "even", "odd"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each half")
    parser.add_argument("--n-process", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        help="print up to N missed stakeholders and role misses (even half only)",
    )
    parser.add_argument(
        "--save",
        type=Path,
        help="write the extractions of the development articles (even ids outside the blind "
        "gold sets) as JSON lines",
    )
    parser.add_argument(
        "--ner-held-out",
        action="store_true",
        help="even half: only the articles the NER never trained on (nlp/ner/distant.py)",
    )
    args = parser.parse_args()

    articles = detik_articles(args.shared_data)
    halves = {
        "even": [a for a in articles if a.id % 2 == 0],
        "odd": [a for a in articles if a.id % 2],
    }
    if args.ner_held_out:
        trained = set(fit_ids((a.id for a in articles), gold_ids()))
        halves["even"] = [a for a in halves["even"] if a.id not in trained]
    if args.half != "both":
        halves = {args.half: halves[args.half]}
    if args.limit:
        halves = {name: items[: args.limit] for name, items in halves.items()}
    chosen = [a for items in halves.values() for a in items]

    nlp = load_pipeline()
    n_process = processes_for(args.n_process, len(chosen), args.batch_size)
    items = [{"title": a.title, "text": a.text, "published": a.published} for a in chosen]
    words = sum(len(a.title.split()) + len(a.text.split()) for a in chosen)
    start = time.perf_counter()
    with ExtractionPool(nlp, n_process=n_process, batch_size=args.batch_size) as pool:
        results = pool.extract(items)
    seconds = time.perf_counter() - start
    by_id = {a.id: r for a, r in zip(chosen, results)}
    if args.save:
        # Development reads only: the odd half and the blind sets' articles are not written,
        # so that reading changed extractions cannot reach them.
        blind = gold_ids("test*")
        with args.save.open("w", encoding="utf-8") as handle:
            for a in chosen:
                if a.id % 2 or a.id in blind:
                    continue
                handle.write(json.dumps({"id": a.id, **by_id[a.id]}, ensure_ascii=False) + "\n")

    print(
        f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}; "
        f"{len(chosen)} articles, {words:,} words in {seconds:.1f} s on {n_process} process(es): "
        f"{words / seconds:,.0f} words/s; peak RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (parent)"
    )
    header = ["half", "n", *STAKEHOLDER_GROUPS, "recall gov+ind+exp", "with groups"]
    header += ["role attachment", "as written", "affiliation attachment"]
    print(" | ".join(header))
    scores = {}
    for name, group in halves.items():
        score = StakeholderScore()
        for a in group:
            score.add(a.id, a.stakeholders, by_id[a.id], f"{a.title}\n{a.text}")
        scores[name] = score
        cells = [f"{score.recall([g]):.3f} ({score.total.get(g, 0)})" for g in STAKEHOLDER_GROUPS]
        print(
            " | ".join(
                [
                    name,
                    str(len(group)),
                    *cells,
                    f"{score.recall(SCORED_GROUPS):.3f}",
                    f"{score.recall(SCORED_GROUPS, with_groups=True):.3f}",
                    f"{score.role_rate:.3f} ({score.roles_total})",
                    f"{score.role_rate_as_written:.3f}",
                    f"{score.affiliation_rate:.3f} ({score.affiliations_total})",
                ]
            )
        )
    # How much of the gap a reading of the text could still reach: annotations missed though
    # written in the article as whole words, apart from groups (no name by the gold's
    # convention) and from titles or bodies the article never writes.
    print("\nscored annotations by outcome: " + " | ".join(OUTCOMES))
    for name, score in scores.items():
        shares = score.outcome_shares()
        print(f"{name}: " + " | ".join(f"{shares[k]:.3f}" for k in OUTCOMES))
    if args.misses and "even" in scores:
        # The blind gold sets are even-id articles too: their misses stay unseen.
        blind = gold_ids("test*")
        misses = [m for m in scores["even"].misses if m[0] not in blind]
        role_misses = [m for m in scores["even"].role_misses if m[0] not in blind]
        affiliation_misses = [m for m in scores["even"].affiliation_misses if m[0] not in blind]
        print(f"\nmissed stakeholders (even half, {len(blind)} blind gold articles left out):")
        for article_id, kind, annotation in misses[: args.misses]:
            print(f"  {article_id:4d} {kind:10s} {annotation}")
        print("\nroles not attached (even half): annotation -> extracted role")
        for article_id, annotation, role in role_misses[: args.misses]:
            print(f"  {article_id:4d} {annotation} -> {role!r}")
        print("\naffiliations not attached (even half): annotation -> extracted organisation")
        for article_id, annotation, organization in affiliation_misses[: args.misses]:
            print(f"  {article_id:4d} {annotation} -> {organization!r}")


if __name__ == "__main__":
    main()
