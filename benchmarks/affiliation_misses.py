"""Affiliation misses on the open dev sets by mechanism, and the invented probes of session 54.

    python benchmarks/affiliation_misses.py            # counts of the hand-labelled dev misses
    python benchmarks/affiliation_misses.py --probes   # runs the invented probe passages

``benchmarks/data/affiliation_misses_s54.tsv`` labels every affiliation miss of dev..dev13 (even
ids only; the codes are explained at its top). ``benchmarks/data/affiliation_probes_s54.json``
holds INVENTED passages (no figure from them is a generalisation figure), each naming a person
and the body the passage gives them; ``--probes`` prints which the extractor attaches.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DATA = Path(__file__).resolve().parent / "data"
LABELS = DATA / "affiliation_misses_s54.tsv"
PROBES = DATA / "affiliation_probes_s54.json"


def labelled_misses(path: Path = LABELS) -> list[dict[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("set\t"):
            continue
        dev_set, detik_id, name, code = line.split("\t")
        if int(detik_id) % 2:
            raise SystemExit(f"odd id {detik_id} in {path}: the odd half is for measurement only")
        rows.append({"set": dev_set, "detik_id": detik_id, "name": name, "code": code})
    return rows


def summary(rows: list[dict[str, str]]) -> list[tuple[str, int, list[str]]]:
    counts = Counter(r["code"] for r in rows)
    sets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sets[r["code"]].add(r["set"])
    order = lambda s: int(s[3:] or 1)  # noqa: E731
    return [(code, n, sorted(sets[code], key=order)) for code, n in counts.most_common()]


def run_probes(path: Path = PROBES) -> tuple[int, int]:
    from nlp.extract import extract_documents

    probes = json.loads(path.read_text(encoding="utf-8"))
    items = [{"title": "Berita", "text": p["text"], "published": "2025-10-01"} for p in probes]
    ok = 0
    for probe, result in zip(probes, extract_documents(items)):
        people = {p["name"]: p.get("organization") for p in result["people"]}
        got = people.get(probe["name"], "<no person>")
        good = got in [probe["org"], *probe.get("also", [])]  # None: no body
        ok += good
        print(f"{'ok ' if good else 'BAD'} {probe['id']:>3} {probe['name']}: {got!r}")
    return ok, len(probes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--probes", action="store_true", help="run the invented probes")
    args = parser.parse_args()
    if args.probes:
        ok, n = run_probes()
        print(f"invented probes: {ok}/{n} attached as the passage gives them")
        return
    rows = labelled_misses()
    print(f"{len(rows)} affiliation misses, dev..dev13")
    for code, n, sets in summary(rows):
        print(f"{code}  {n:>3}  in {len(sets)} sets: {' '.join(sets)}")


if __name__ == "__main__":
    main()
