"""Affiliations on the NER sets' officials: is the person found, with the annotated body?

    python benchmarks/affiliation_chains.py                 # every split
    python benchmarks/affiliation_chains.py --misses 40     # development: train/dev misses

Each chain (nlp/ner/chains.py) is one sentence of the public NER sets where a role title, an
ORG span and a PER span say whose body an official speaks for. The sentence is extracted alone
(the pipeline as ``newsintel enrich`` runs it) and scored: the person *found* (an extracted
person with the PER span's name), the *affiliation attached* (that person's organisation is the
ORG span: the same words, or an extracted organisation whose name, acronym or alias is), and the
*role attached* (the person's role shares a word with the title). Test splits are for
measurement; misses are printed for train and dev only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp.extract import extract_documents  # noqa: E402
from nlp.lexicon import normalize_name, org_lexicon  # noqa: E402
from nlp.ner.chains import Chain, chains  # noqa: E402
from nlp.ner.prepare_data import DEFAULT_DATA  # noqa: E402
from nlp.pipeline import load_pipeline  # noqa: E402
from nlp.role_attachment import org_names  # noqa: E402
from nlp.stakeholders import inside, role_words, words  # noqa: E402


def _names_of_body(extraction: dict, name: str | None) -> list[tuple[str, ...]]:
    """The words of every name the person's organisation goes by in the extraction (or in the
    lexicon, for a body known by several names)."""
    if not name:
        return []
    found = [words(name)]
    known = org_lexicon().resolve(name)  # a body only the title implies is no record
    if known:
        found += [words(n) for n in known.surfaces]
    for org in extraction.get("organizations") or []:
        names = org_names(org)
        if any(normalize_name(n) == normalize_name(name) for n in names):
            found += [words(n) for n in names]
    return found


def score(chain: Chain, extraction: dict) -> tuple[bool, bool, bool, dict | None]:
    """(person found, affiliation attached, role attached, the person extracted)."""
    person = next(
        (
            p
            for p in extraction.get("people") or []
            if normalize_name(p["name"]) == normalize_name(chain.person)
        ),
        None,
    )
    if person is None:
        return False, False, False, None
    # the span as written, without its bracketed short form, or the short form alone ("Partai
    # Demokrasi Indonesia Perjuangan (PDI-P)")
    bracket = re.search(r"\(([^()]+)\)", chain.organization)
    wanted = {words(chain.organization), words(re.sub(r"\s*\([^()]*\)", "", chain.organization))}
    if bracket:
        wanted.add(words(bracket.group(1)))
    # the same words, or the annotated span inside a name of the person's body ("Menteri
    # *BUMN*": the Kementerian BUMN)
    names = _names_of_body(extraction, person.get("organization"))
    attached = any(inside(w, n) for w in wanted if w for n in names)
    role = bool(role_words(chain.title) & role_words(person.get("role") or ""))
    return True, attached, role, person


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", type=int, default=0, help="print N train/dev misses")
    args = parser.parse_args()

    found = list(chains(args.data))
    nlp = load_pipeline()
    start = time.perf_counter()
    results = extract_documents([{"title": "", "text": c.text} for c in found], nlp=nlp)
    seconds = time.perf_counter() - start
    print(
        f"load average {os.getloadavg()[0]:.2f}; {len(found)} chains extracted in {seconds:.1f} s"
    )
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for chain, extraction in zip(found, results):
        person_found, attached, role, person = score(chain, extraction)
        part = "test" if chain.split == "test" else "train+dev"
        for key in (part, f"{part} {chain.shape}"):
            row = totals[key]
            row[0] += 1
            row[1] += person_found
            row[2] += attached
            row[3] += role
        if part != "test" and not attached:
            misses.append((chain, person))
    print("splits | chains | person found | affiliation attached | role attached")
    for key in sorted(totals):
        n, people, attachments, roles = totals[key]
        print(f"{key} | {n} | {people / n:.3f} | {attachments / n:.3f} | {roles / n:.3f}")
    for chain, person in misses[: args.misses]:
        got = (person.get("role"), person.get("organization")) if person else "no person"
        print(f"  [{chain.dataset}] {chain.title} | {chain.organization} | {chain.person} -> {got}")
        print(f"      {chain.text[:160]}")


if __name__ == "__main__":
    main()
