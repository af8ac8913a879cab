"""Recall proxy for figures: how many numbers written in digits does extraction account for?

    python benchmarks/figure_coverage.py [--examples 3] [--top 40] [--limit N]

Reads the EVEN-id detik-1000 articles (the development half; the blind gold articles,
``gold_ids("test*")``, are left out), runs the pipeline with each article's published date, and
for every number written in digits in the analysed text asks:

* covered: its characters lie inside an extracted figure, date or regulation, or it repeats a
  number an extracted figure of that article holds (a headline restating the body is listed once);
* excluded: the annotation convention says it is no figure (tests/nlp/heldout/README.md and
  docs/extraction.md "Figures"): years, clock times ("pukul 10.00", "14.29 WIB", "12:02"), phone
  numbers, list numbers ("1." at a line start), identifiers and ordinals ("Pasal 5", "Nomor 3",
  "ke-4", "RT 05", "KM 45", "Lantai 2"), ages ("(45)", "berusia 45 tahun"), durations ("selama 5
  tahun"), numbers inside a code or name ("COVID-19", "G20", "B-1234"), fractions and codes with a
  slash, sports scores ("2-1"), and numbers of a URL or e-mail address;
* uncovered: everything else. These are grouped by the word after the number (its would-be unit)
  and, separately, by the word before it, and printed with counts and examples.

Coverage = covered / (covered + uncovered). It is a proxy: an uncovered number may rightly be no
figure (a class this script does not know), and a covered one may carry a wrong unit. Numbers
written in words are not counted: the convention leaves them out.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.gold_sets import gold_ids  # noqa: E402
from corpus.public_sets import DEFAULT_SHARED_DATA, detik_articles  # noqa: E402
from indonesian.numbers import find_numbers  # noqa: E402
from nlp import extensions  # noqa: E402
from nlp.extract import analysed_text, clean_title, parse_published  # noqa: E402
from nlp.pipeline import load_pipeline  # noqa: E402

DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,:]\d+)*(?![\w])")
WORD = re.compile(r"[^\W\d_][\w'’/-]*|[%$]")
DURATION = r"(?:tahun|bulan|hari|minggu|pekan|jam|menit|detik|dekade|abad|windu|malam)"
EXCLUSIONS: list[tuple[str, re.Pattern, re.Pattern]] = [
    # (class, pattern over the 40 characters before, pattern over the 40 characters after); the
    # number is excluded when both match (an empty pattern always matches).
    ("clock", re.compile(r"(?:pukul|jam|pkl\.?)\s*$", re.I), re.compile("")),
    ("clock", re.compile(""), re.compile(r"^\s*(?:WIB|WITA|WIT|UTC|GMT)\b")),
    (
        "identifier",
        re.compile(
            r"\b(?:nomor|nomer|no|nmr|pasal|ayat|lantai|lt|kav|kavling|rt|rw|jl|jalan|blok|gedung|"
            r"kode|pos|halaman|hal|tahap|gelombang|angkatan|periode|edisi|volume|vol|seri|versi|bab|"
            r"butir|poin|sila|huruf|angka|urutan|peringkat|ranking|rangking|kelas|golongan|gol|"
            r"level|tipe|model|km|kilometer|desil|sman|smpn|sdn|smkn|sma|smp|sd|smk|mtsn|mts|man|"
            r"upt|upt[ds]|dapil|zona|ring|pintu|gate|loket|ruang|no\.|pleno|sesi|babak|pekan|"
            r"grup|group|kloter|batch|tps|juara|nomor\s+urut|kamar|seksi|sektor|nopol|paragraf|"
            r"lampiran|tahun|thn|gen|generasi|jilid|part|episode|eps?|season|musim|liga|divisi|"
            r"kompi|batalyon|yonif|korem|kodim|kodam|koramil|polsek|lanud|lanal|brigif|"
            r"piala|pilkada|putaran)\.?\s*:?\s*$",
            re.I,
        ),
        re.compile(""),
    ),
    # "Pasal 2 ayat (1)", "3junctoPasal 18" (words glued in the crawl), "desil 1 hingga 4"
    (
        "identifier",
        re.compile(
            r"(?:pasal|ayat|desil|huruf)\s*(?:\d+\w?\s*(?:[-–]|hingga|sampai|dan|atau|s/d)\s*)?\(?$",
            re.I,
        ),
        re.compile(""),
    ),
    ("ordinal", re.compile(r"\bke[-\s]?$", re.I), re.compile("")),
    # a number inside a name: "SMA Negeri 11 Semarang", "PLTU 1 Kalbar", "Bahkan Voli 3"
    # (not a currency, nor a scale word after: "Rp 55 Ribu", "Capai 70 Juta" in a headline)
    (
        "name",
        re.compile(
            r"(?<![.!?:\n]\s)(?<!^)\b(?!(?:Rp|IDR|USD|US|Capai|Mencapai|Sebanyak)\b)[A-Z][\w-]*\s$"
        ),
        re.compile(r"^(?!\s*(?:persen|%|ribu|juta|miliar|triliun|rb|jt|T\b|M\b))", re.I),
    ),
    ("list number", re.compile(r"(?:^|\n)[\s•*-]*$"), re.compile(r"^\s*[.)]\s")),
    (
        "age",
        re.compile(r"\b(?:berusia|usia|umur|berumur|usianya|umurnya)\s*(?:sekitar\s*)?$", re.I),
        re.compile(""),
    ),
    ("age", re.compile(r"[A-Z][\w.]*\s*\($"), re.compile(r"^\)")),
    ("age", re.compile(""), re.compile(r"^\s*(?:tahun|th)\b(?!\s*(?:19|20)\d\d)")),
    ("duration", re.compile(""), re.compile(rf"^\s*{DURATION}\b", re.I)),
    ("code", re.compile(r"[A-Za-z]-?$"), re.compile("")),
    ("code", re.compile(r"[/#@]$"), re.compile("")),
    ("code", re.compile(""), re.compile(r"^(?:/\w|-[A-Za-z]|\.[a-z])")),
    ("score", re.compile(""), re.compile(r"^\s*[-–]\s*\d+\b(?!\s*(?:persen|%|orang|juta|ribu))")),
    ("url", re.compile(r"(?:https?://|www\.)\S*$"), re.compile("")),
]
YEAR = re.compile(r"(?:19|20)\d\d")
PHONE = re.compile(r"^(?:\+?62|0\d{2,3})[\d\s.-]{5,}$")


def _exclusion(text: str, start: int, end: int) -> str | None:
    number = text[start:end]
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if YEAR.fullmatch(number):
        return "year"
    if ":" in number:
        return "clock"
    phone = re.match(r"[\d\s.-]*", text[start : start + 20]).group(0).strip(" .-")  # type: ignore[union-attr]
    phone_word = re.search(r"(?:telp|telepon|hp|wa|whatsapp|fax)\.?\s*:?\s*$", before, re.I)
    if PHONE.match(phone) or phone_word:
        return "phone"
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if (
        re.match(r"\s*1[.)]\s", line)
        and re.match(r"\.\s+[A-Z\"“(]", after)
        and number.isdigit()
        and int(number) < 60
    ):
        return "list number"  # item N of a list the crawl ran into one line ("... 2. Badan")
    for name, left, right in EXCLUSIONS:
        if left.search(before) and right.search(after):
            return name
    return None


def _word_after(text: str, end: int) -> str:
    match = WORD.search(text, end, end + 30)
    if not match or text[end : match.start()].strip(" "):
        gap = text[end : end + 3].strip()
        return f"<{gap[:1]}>" if gap else "<end>"
    word = match.group(0)
    return word if word.isupper() and len(word) > 1 else word.lower()


def _word_before(text: str, start: int) -> str:
    words = WORD.findall(text[max(0, start - 30) : start])
    return words[-1].lower() if words else "<start>"


def classify_numbers(doc: Doc) -> list[tuple[int, int, str]]:
    """Every number in digits of the analysed text with what accounts for it: "figures", "dates",
    "regulations", "repeats" (it repeats an extracted figure), a class the convention excludes
    ("year", "age", ...), or "uncovered"."""
    text = doc.text
    spans = [
        (s.start_char, s.end_char, key)
        for key in ("figures", "dates", "regulations")
        if key in doc.spans
        for s in doc.spans[key]
    ]
    # A number repeating an extracted figure (the headline's "Rp 55 Ribu" for the body's
    # "Rp 55.000", the body saying "58 korban" twice) was merged into that figure: the same
    # value, and in the headline or with the figure's unit (or currency) right after it.
    title_end = text.find("\n")
    units_of: dict[float, set[str]] = defaultdict(set)
    for f in doc._.figures or []:
        for value in (f["value"], f["value_max"]):
            if value is not None and f["unit"] is not None:  # a unitless figure names no unit
                units_of[value].add(f["unit"].lower())
    values = [v for f in doc._.figures or [] for v in (f["value"], f["value_max"]) if v]
    repeats = [
        (m.start, m.end, "repeats")
        for m in find_numbers(text, ranges=True)
        # a headline rounds the body ("Rp 52 T" for Rp 52,01 triliun)
        if m.start < title_end
        and any(abs(m.value - v) <= 0.05 * abs(v) for v in values)
        or any(
            m.start < title_end
            or (m.unit or "").lower() in units
            or any(u in text[m.end : m.end + 40].lower() for u in units)
            for units in (
                units_of.get(m.value, set()),
                units_of.get(m.value_max or m.value, set()),
            )
            if units
        )
    ]
    found = []
    for match in DIGITS.finditer(text):
        start, end = match.span()
        by = next((k for s, e, k in spans + repeats if s < end and start < e), None)
        found.append((start, end, by or _exclusion(text, start, end) or "uncovered"))
    return found


def _write_sample(
    path: Path,
    not_figures: list[dict],
    size: int | None,
    seed: int,
    classified: dict[tuple[int, int, int], str],
) -> None:
    """Write the numbers that are no figure (a random ``size`` of them), or, when ``path`` holds a
    draw already, say what accounts for each of its numbers now (``classified``: every number of
    the articles read, by id and offsets): "figures", "repeats", "uncovered"... or "missing" when
    the number is no longer there (its article left the draw or its offsets moved)."""
    if path.is_file():
        drawn = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
        now = [
            classified.get((item["id"], item["start"], item["end"]), "missing") for item in drawn
        ]
        for item, by in zip(drawn, now):
            print(f"{item['id']} {item['start']} {by}")
        print(
            f"sample: {now.count('figures')} of {len(drawn)} numbers now returned as figures, "
            f"{now.count('repeats')} as repeats of one, {now.count('missing')} missing"
        )
        return
    if size:
        # a draw leaves out the numbers inside an extracted date or regulation (another field)
        pool = [n for n in not_figures if n["by"] not in ("dates", "regulations")]
        drawn_items = random.Random(seed).sample(pool, min(size, len(pool)))
        chosen = sorted(drawn_items, key=lambda n: (n["id"], n["start"]))
    else:
        chosen = not_figures
    with path.open("w", encoding="utf-8") as handle:
        for item in chosen:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(not_figures)} numbers that are no figure written to {path}")


def _write_returned(path: Path, returned: list[dict], size: int, seed: int) -> None:
    """Write a random ``size`` of the extracted figures (a draw to judge right or wrong)."""
    drawn = random.Random(seed).sample(returned, min(size, len(returned)))
    with path.open("w", encoding="utf-8") as handle:
        for item in sorted(drawn, key=lambda f: f["id"]):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} of {len(returned)} extracted figures written to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--dates", action="store_true", help="print numbers covered by dates")
    parser.add_argument(
        "--sample",
        type=Path,
        help="write every number of the body that is no extracted figure, of the even articles in "
        "no gold set, as JSON lines (id, offsets, what accounts for it, the text around it); with "
        "--size, a random draw (--seed) of those not inside an extracted date or regulation; an "
        "existing FILE is re-read and each of its numbers reported with what accounts for it now",
    )
    parser.add_argument(
        "--returned",
        type=Path,
        help="write a random draw (--returned-size, --seed) of the figures extracted from the "
        "even articles in no gold set, as JSON lines (id, value, unit, measure, the sentence), "
        "to judge whether each is a right figure",
    )
    parser.add_argument("--returned-size", type=int, default=100)
    parser.add_argument("--size", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    blind = gold_ids("test*") if args.sample is None and args.returned is None else gold_ids()
    articles = [a for a in detik_articles(args.shared_data) if a.id % 2 == 0 and a.id not in blind]
    articles = articles[: args.limit] if args.limit else articles
    nlp = load_pipeline()
    extensions.register()

    def docs() -> Iterator[Doc]:
        for a in articles:
            title = clean_title(a.title)
            doc = nlp.make_doc(analysed_text(title, a.text))
            doc._.published = parse_published(a.published)
            doc.user_data["title"] = title
            yield doc

    words = sum(len(a.title.split()) + len(a.text.split()) for a in articles)
    started = time.perf_counter()
    counts: Counter = Counter()
    excluded: Counter = Counter()
    covered_by: Counter = Counter()
    by_after: dict[str, list[str]] = defaultdict(list)
    by_before: Counter = Counter()
    not_figures: list[dict] = []
    returned: list[dict] = []
    classified: dict[tuple[int, int, int], str] = {}
    for article, doc in zip(articles, nlp.pipe(docs(), batch_size=32)):
        text = doc.text
        if args.returned is not None:
            returned.extend(
                {"id": article.id}
                | {k: f[k] for k in ("value", "value_max", "unit", "measure")}
                | {"text": f["text"], "sentence": " ".join(f["sentence"].split())}
                for f in doc._.figures or []
            )
        for start, end, by in classify_numbers(doc):
            classified[(article.id, start, end)] = by
            if by not in ("figures", "repeats") and start > text.find("\n"):
                around = text[max(0, start - 80) : end + 50]
                not_figures.append(
                    {"id": article.id, "start": start, "end": end, "by": by, "text": around}
                )
            if by in ("figures", "dates", "regulations", "repeats"):
                counts["covered"] += 1
                covered_by[by] += 1
                if by == "dates" and args.dates:
                    print("date:", " ".join(text[max(0, start - 50) : end + 30].split()))
                continue
            if by != "uncovered":
                excluded[by] += 1
                continue
            counts["uncovered"] += 1
            after = _word_after(text, end)
            line_start = max(text.rfind("\n", 0, start), start - 60) + 1
            snippet = " ".join(text[line_start : end + 40].split())
            by_after[after].append(f"[{article.id}] {snippet}")
            by_before[_word_before(text, start)] += 1
    seconds = time.perf_counter() - started
    load = os.getloadavg()
    if args.sample is not None:
        _write_sample(args.sample, not_figures, args.size, args.seed, classified)
    if args.returned is not None:
        _write_returned(args.returned, returned, args.returned_size, args.seed)

    total = counts["covered"] + counts["uncovered"]
    print(
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {len(articles)} even-id "
        f"articles ({len(blind)} gold ids left out), {words:,} words in {seconds:.1f} s on "
        f"1 process: {words / seconds:,.0f} words/s"
    )
    print(
        f"numbers in digits: {total + sum(excluded.values())}; excluded by convention "
        f"{sum(excluded.values())} ({', '.join(f'{k} {v}' for k, v in excluded.most_common())})"
    )
    print(
        f"coverage: {counts['covered']}/{total} = {counts['covered'] / max(total, 1):.3f} "
        f"(by {', '.join(f'{k} {v}' for k, v in covered_by.most_common())})"
    )
    print(f"\nuncovered by the word after the number (top {args.top}):")
    for after, examples in sorted(by_after.items(), key=lambda kv: -len(kv[1]))[: args.top]:
        print(f"{len(examples):5d}  {after}")
        for example in examples[: args.examples]:
            print(f"         {example}")
    print("\nuncovered by the word before the number:")
    print("  " + ", ".join(f"{w} {n}" for w, n in by_before.most_common(args.top)))


if __name__ == "__main__":
    main()
