"""The candidate filter on the hand-checked pool: counts by half at given thresholds.

    python benchmarks/candidate_filter_pool.py  # the models' and their rule's thresholds
    python benchmarks/candidate_filter_pool.py --person 0.8 --organization 0.7

Every judged pool item (tests/nlp/real_detik/precision_checked*.jsonl) that the current
extractor makes (kind and exact name, as benchmarks/precision_pool.py) is scored by the filter's
models; per half and kind it prints wrong kept/dropped, right kept/dropped and the precision
they imply, at the thresholds in the model files and at each file's meta.rule_threshold (the
held-out rule's, written before the odd half was measured). Counts only: no item is printed.
The even half is the models' training data (in-sample); the odd half is measurement only.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.public_sets import DEFAULT_SHARED_DATA, detik_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--person", type=float, help="a person threshold to add")
    parser.add_argument("--organization", type=float, help="an organisation threshold to add")
    args = parser.parse_args()
    import json

    from nlp.candidate_features import candidates
    from nlp.candidate_filter_train import unfiltered_docs
    from nlp.components.candidate_filter import MODEL_DIR, load_model

    items: dict[tuple[str, int, str], bool] = {}
    for path in sorted((REPO / "tests/nlp/real_detik").glob("precision_checked*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if "correct" in row:
                    items[(row["kind"], int(row["detik_id"]), row["name"])] = bool(row["correct"])
    wanted = {i for _, i, _ in items}
    articles = {a.id: a for a in detik_articles(DEFAULT_SHARED_DATA) if a.id in wanted}
    ids = sorted(articles)
    docs = unfiltered_docs(
        [
            {
                "title": articles[i].title,
                "text": articles[i].text,
                "published": articles[i].published,
            }
            for i in ids
        ]
    )
    models = {k: load_model(MODEL_DIR / f"{k}.json") for k in ("person", "organization")}
    scored: list[tuple[str, int, bool, float]] = []  # kind, half (0 even), correct, probability
    for i, doc in zip(ids, docs):
        for c in candidates(doc):
            key = (c.kind, i, c.record["name"])
            model = models[c.kind]
            if key in items and model is not None:
                scored.append((c.kind, i % 2, items[key], model.probability(c.features)))
    settings: dict[str, dict[str, float]] = {
        "model files": {k: m.threshold for k, m in models.items() if m},
        "rule": {k: float(m.meta.get("rule_threshold", 0.0)) for k, m in models.items() if m},  # type: ignore[arg-type]
    }
    if args.person is not None or args.organization is not None:
        settings["given"] = {
            "person": args.person or 0.0,
            "organization": args.organization or 0.0,
        }
    print(f"pool items made: {len(scored)} (load {os.getloadavg()[0]:.2f})")
    for label, thresholds in settings.items():
        shown = ", ".join(f"{k} {v:.3f}" for k, v in thresholds.items())
        print(f"{label} ({shown})")
        for half, half_name in ((0, "even (training)"), (1, "odd (measurement)")):
            for kind in ("person", "organization"):
                t = thresholds.get(kind, 0.0)
                rows = [s for s in scored if s[0] == kind and s[1] == half]
                wk = sum(1 for s in rows if not s[2] and s[3] >= t)
                wd = sum(1 for s in rows if not s[2] and s[3] < t)
                rk = sum(1 for s in rows if s[2] and s[3] >= t)
                rd = sum(1 for s in rows if s[2] and s[3] < t)
                before = (rk + rd) / max(rk + rd + wk + wd, 1)
                after = rk / max(rk + wk, 1)
                print(
                    f"  {half_name:18s} {kind:12s} wrong kept {wk} dropped {wd} | right kept "
                    f"{rk} dropped {rd} | precision {before:.3f} -> {after:.3f}"
                )


if __name__ == "__main__":
    main()
