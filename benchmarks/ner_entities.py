"""People and organisations of the whole extraction on the public NER sets' sentences.

    python benchmarks/ner_entities.py                # every split
    python benchmarks/ner_entities.py --test-only    # the measurement alone (about 1,200 sentences)
    python benchmarks/ner_entities.py --misses 40    # development: train/dev misses and extras

The cased public NER sets (NER-UI, NER-UGM, NERGrit, idner-news-2k; NERP left out, it is
lower-cased) mark every person (PER), organisation (ORG) and place (LOC) of their sentences by
hand, on other sites and years than detik-1000. Each sentence (nlp/ner/chains.py
``sentences``: once, in the split the NER model saw it in) is extracted alone, as ``newsintel
enrich`` runs the pipeline, and scored per set and pooled:

- *recall*: an annotated PER span is found when an extracted person's name holds its words or
  stands in them ("Luhut" and "Luhut Binsar Pandjaitan" match either way); an ORG span when a
  name, acronym or alias of an extracted organisation does;
- *precision (approximate)*: an extracted person is right when its name matches a PER span the
  same way, an organisation when one of its names matches an ORG span; a wrong one is reported
  by what the annotators made of it (PER, ORG, LOC, or nothing marked). Approximate, because the
  match is by words either way round and because the sets' conventions are not the gold
  contract's: NERGrit marks many places inside names (its ORG spans leave "Jakarta" out of
  "Pemprov DKI Jakarta" as LOC), and clubs, brands and news outlets are ORG there; a body the
  sets leave unmarked counts as wrong here.

Only the test splits measure. The shipped NER model (nlp/ner/model) was trained on these sets'
train splits and chosen on their dev splits, so train/dev figures are optimistic: they are for
development, and ``--misses`` prints their misses only, never the test splits'. The name word
lists (``non_person_words.txt``, ``single_person_names.txt``) were counted on the sets' text,
test splits included, so even the test figures are not wholly independent.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp.extract import extract_documents  # noqa: E402
from nlp.ner.chains import sentences  # noqa: E402
from nlp.ner.prepare_data import DEFAULT_DATA  # noqa: E402
from nlp.pipeline import load_pipeline  # noqa: E402
from nlp.role_attachment import org_names  # noqa: E402
from nlp.stakeholders import inside, words  # noqa: E402

KINDS = (("ORG", "organizations"), ("PER", "people"))


@dataclass
class Scored:
    """One sentence's counts and what it missed or made wrongly."""

    counts: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[str, str]] = field(default_factory=list)  # (label, annotated span)
    extra: list[tuple[str, str, str]] = field(default_factory=list)  # (label, name, marked as)


def _match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name's words stand in the other's: a short form and its full name match."""
    return bool(a and b) and (inside(a, b) or inside(b, a))


def _names(kind: str, item: dict) -> list[tuple[str, ...]]:
    """The words of every name an extracted person or organisation goes by."""
    found = [item["name"]] if kind == "PER" else org_names(item)
    return [w for w in map(words, found) if w]


def score(gold: list[tuple[str, str]], extraction: dict) -> Scored:
    """Recall and precision counts of one sentence; ``gold`` its (label, span text) pairs."""
    result = Scored()
    spans = [(label, words(text)) for label, text in gold]
    for label, key in KINDS:
        made = [_names(label, item) for item in extraction.get(key) or []]
        for (span_label, span), (_, text) in zip(spans, gold):
            if span_label != label:
                continue
            result.counts[f"{label} gold"] += 1
            if any(_match(span, name) for names in made for name in names):
                result.counts[f"{label} found"] += 1
            else:
                result.missed.append((label, text))
        for item, names in zip(extraction.get(key) or [], made):
            result.counts[f"{label} made"] += 1
            marked = [s_label for s_label, span in spans if any(_match(span, n) for n in names)]
            if label in marked:
                result.counts[f"{label} right"] += 1
            else:
                as_what = marked[0] if marked else "unmarked"
                result.counts[f"{label} wrong {as_what}"] += 1
                result.extra.append((label, item["name"], as_what))
    return result


def _ratio(counts: Counter[str], part: str, whole: str) -> str:
    return f"{counts[part] / counts[whole]:.3f}" if counts[whole] else "-"


def _row(name: str, counts: Counter[str]) -> str:
    cells = [name, str(counts["sentences"])]
    for label, _ in KINDS:
        wrong = ", ".join(
            f"{what} {counts[f'{label} wrong {what}']}"
            for what in ("PER", "ORG", "LOC", "unmarked")
            if what != label
        )
        cells += [
            f"{_ratio(counts, f'{label} found', f'{label} gold')} ({counts[f'{label} gold']})",
            f"{_ratio(counts, f'{label} right', f'{label} made')} ({counts[f'{label} made']};"
            f" wrong: {wrong})",
        ]
    return " | ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--test-only", action="store_true", help="extract the test splits only")
    parser.add_argument("--misses", type=int, default=0, help="print N train/dev misses")
    args = parser.parse_args()

    found = [
        (dataset, "test" if split == "test" else "train+dev", doc)
        for dataset, split, doc in sentences(args.data)
        if split == "test" or not args.test_only
    ]
    nlp = load_pipeline()
    start = time.perf_counter()
    results = extract_documents([{"title": "", "text": doc.text} for _, _, doc in found], nlp=nlp)
    seconds = time.perf_counter() - start
    print(
        f"load average {os.getloadavg()[0]:.2f}; {len(found)} sentences extracted in"
        f" {seconds:.1f} s ({len(found) / seconds:.1f} sentences/s); peak RSS"
        f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB"
    )
    totals: dict[tuple[str, str], Counter[str]] = {}
    development: list[tuple[str, str, Scored]] = []
    for (dataset, part, doc), extraction in zip(found, results):
        scored = score([(e.label_, e.text) for e in doc.ents], extraction)
        scored.counts["sentences"] += 1
        for key in ((part, dataset), (part, "pooled")):
            totals.setdefault(key, Counter()).update(scored.counts)
        if part != "test" and (scored.missed or scored.extra):
            development.append((dataset, doc.text, scored))
    print(
        "splits | set | sentences | ORG recall (spans) | ORG precision~ (made; wrong: marked as)"
        " | PER recall (spans) | PER precision~ (made; wrong: marked as)"
    )
    for part in ("test", "train+dev"):
        for (p, dataset), counts in sorted(totals.items(), key=lambda kv: kv[0][1] == "pooled"):
            if p == part:
                print(f"{part} | {_row(dataset, counts)}")
    for dataset, text, scored in development[: args.misses]:
        missed = "; ".join(f"{label} {span}" for label, span in scored.missed)
        extra = "; ".join(f"{label} {name} (marked {what})" for label, name, what in scored.extra)
        print(f"  [{dataset}] missed: {missed or '-'} | extra: {extra or '-'}")
        print(f"      {text[:200]}")


if __name__ == "__main__":
    main()
