"""Figures and dates on the real gold dev set, and how often the figure's `measure` agrees.

    python benchmarks/figure_measures.py tests/nlp/real_detik/dev [--misses]

Scores figures (value + unit) and dates as `newsintel eval-extract` does, then, for every gold
figure matched by value and unit, compares the predicted `measure` with the gold one (written
blind by the annotators):

* exact: the same snake_case label;
* loose: the labels share a content word ("jumlah_penerima" / "penerima_bansos"), or one is the
  other with a qualifier ("inflasi" / "inflasi_inti"); generic words (jumlah, nilai, total) do
  not count as shared;
* organization / region: agreement where the gold gives one (case and spacing ignored, or one
  name inside the other).

The publication date is handed over as a crawler would (--given-published in eval-extract).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp.evaluate import _close, _figure_unit, compare, load_gold  # noqa: E402
from nlp.extract import extract_documents  # noqa: E402

GENERIC = {"jumlah", "nilai", "total", "angka", "besaran", "porsi", "dana", "target", "proyeksi"}


def _words(label: str | None) -> set[str]:
    return {w for w in (label or "").lower().split("_") if w and w not in GENERIC}


def loose_same(gold: str | None, predicted: str | None) -> bool:
    if not gold or not predicted:
        return False
    return gold == predicted or bool(_words(gold) & _words(predicted))


def _same_name(gold: str | None, predicted: str | None) -> bool:
    if not gold or not predicted:
        return False
    g, p = " ".join(gold.lower().split()), " ".join(predicted.lower().split())
    return g == p or g in p or p in g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument(
        "--misses", action="store_true", help="print figure and date misses and extras"
    )
    parser.add_argument(
        "--measures", action="store_true", help="print every matched figure's measures"
    )
    args = parser.parse_args()

    documents = load_gold(args.directory)
    items = []
    for doc in documents:
        item = doc.item()
        item["published"] = doc.gold.get("published") or item.get("published")
        items.append(item)
    started = time.perf_counter()
    predictions = extract_documents(items)
    elapsed = time.perf_counter() - started
    words = sum(
        len((i.get("title") or "").split()) + len((i.get("text") or "").split()) for i in items
    )

    totals = {f: [0, 0, 0] for f in ("figures", "dates")}
    agree = {
        "matched": 0,
        "exact": 0,
        "loose": 0,
        "with_measure": 0,
        "org_gold": 0,
        "org_same": 0,
        "region_gold": 0,
        "region_same": 0,
        "org_unasked": 0,
        "region_unasked": 0,
        "range_gold": 0,
        "range_same": 0,
    }
    for doc, predicted in zip(documents, predictions):
        name = doc.article_path.name
        results = compare(doc.gold, predicted)
        for field, total in totals.items():
            tp, missed, extra = results[field]
            total[0] += tp
            total[1] += len(extra)
            total[2] += len(missed)
            if args.misses:
                for m in missed:
                    print(f"MISS  {field} {name}: {m}")
                for e in extra:
                    shown = (
                        {k: e.get(k) for k in ("value", "value_max", "unit", "text", "context")}
                        if isinstance(e, dict) and field == "figures"
                        else e
                    )
                    print(f"EXTRA {field} {name}: {shown}")
        left = list(predicted.get("figures") or [])
        for g in doc.gold.get("figures") or []:
            for i, p in enumerate(left):
                if _close(g.get("value"), p.get("value")) and _figure_unit(
                    g.get("unit")
                ) == _figure_unit(p.get("unit")):
                    del left[i]
                    break
            else:
                continue
            agree["matched"] += 1
            agree["with_measure"] += bool(p.get("measure"))
            agree["exact"] += g.get("measure") == p.get("measure")
            agree["loose"] += loose_same(g.get("measure"), p.get("measure"))
            if g.get("organization"):
                agree["org_gold"] += 1
                agree["org_same"] += _same_name(g["organization"], p.get("organization"))
            elif p.get("organization"):
                agree["org_unasked"] += 1
            if g.get("region"):
                agree["region_gold"] += 1
                agree["region_same"] += _same_name(g["region"], p.get("region"))
            elif p.get("region"):
                agree["region_unasked"] += 1
            if g.get("value_max") is not None:
                agree["range_gold"] += 1
                agree["range_same"] += _close(g["value_max"], p.get("value_max"))
            if args.measures:
                print(
                    f"MEASURE {name} {g.get('value')} {g.get('unit')}: gold={g.get('measure')} "
                    f"pred={p.get('measure')} "
                    f"| org {g.get('organization')}/{p.get('organization')} "
                    f"| region {g.get('region')}/{p.get('region')} | {p.get('context')}"
                )

    for field, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{field:8s} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})")
    n = agree["matched"] or 1
    print(
        f"measure on {agree['matched']} matched gold figures: "
        f"given {agree['with_measure'] / n:.3f}, "
        f"exact {agree['exact'] / n:.3f}, loose {agree['loose'] / n:.3f}"
    )
    print(
        f"organization agrees {agree['org_same']}/{agree['org_gold']} "
        f"(and given {agree['org_unasked']} times "
        f"where the gold has none), region {agree['region_same']}/{agree['region_gold']} (given "
        f"{agree['region_unasked']} times where the gold has none), range high end "
        f"{agree['range_same']}/{agree['range_gold']}"
    )
    print(
        f"{words} words in {elapsed:.1f}s on one process "
        f"({words / elapsed:,.0f} words/s, includes loading); "
        f"load average {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
