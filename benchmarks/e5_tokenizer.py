"""The e5 tokenizer before (pure-Python Viterbi) and after (``tokenizers``' Rust Unigram model),
side by side in one run: tokenizer throughput, then passages/s of the int8 engine end to end.

    .venv/bin/python benchmarks/e5_tokenizer.py                    # 2,000 / 120 passages, 6 rounds
    .venv/bin/python benchmarks/e5_tokenizer.py --tokenize 500 --embed 60 --rounds 1

Inputs are what indexing embeds: real Kompas and detik articles cut into passages, title in
front, "passage: " prefix (../shared). End to end runs ``Int8E5.passages`` (tokenise, then the
ONNX encoder on every core) on the same engine with one tokenizer then the other, alternating
for ``--rounds`` rounds (which goes first alternates too), so load from other work on a shared
machine falls on both; each figure is printed with the load average beside it, and the medians
are summed up. Each run also times its tokenising stage alone (its share of the run). Beside
wall-clock passages/s: passages per CPU-second of this process (all its threads), which other
work on the machine moves less.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any, TypeVar

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from search_api.engine import evaluation  # noqa: E402
from search_api.engine.e5 import PASSAGE_PREFIX, QUERY_PREFIX  # noqa: E402
from search_api.engine.e5.embed import Int8E5  # noqa: E402
from search_api.engine.e5.tokenizer import ReferenceUnigramTokenizer, UnigramTokenizer  # noqa: E402
from search_api.engine.passages import split_passages  # noqa: E402

SHARED = REPO.parent / "shared"

T = TypeVar("T")


def _fits(texts: list[str]) -> np.ndarray:
    """The too-long fallback of inputs already filtered to fit the model: never called."""
    raise AssertionError(f"{len(texts)} inputs longer than the model takes")


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"


def resident_mb() -> float:
    """Resident memory of this process now (not the peak)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def real_passages(count: int) -> list[str]:
    """Embedding inputs of real passages, taken evenly from Kompas and detik articles."""
    kompas = list(evaluation.kompas_articles(SHARED))
    detik = list(evaluation.detik_articles(SHARED))
    inputs = []
    for articles in (kompas, detik):
        share = []
        for article in articles[:: max(1, len(articles) // count)]:
            share += [
                p.embedding_input(article["title"])
                for p in split_passages(article["text"])
                if p.embed
            ]
        inputs += share[: count // 2]
    return inputs


def timed(call: Callable[..., T], *args: Any) -> tuple[T, float]:
    started = time.perf_counter()
    result = call(*args)
    return result, time.perf_counter() - started


def cpu_timed(call: Callable[..., T], *args: Any) -> tuple[T, float, float]:
    """(result, wall seconds, CPU seconds of this process)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = call(*args)
    return result, time.perf_counter() - started, time.process_time() - cpu


def tokenize_all(
    tokenizer: UnigramTokenizer | ReferenceUnigramTokenizer, texts: list[str]
) -> list[list[int]]:
    return [tokenizer.token_ids(text) for text in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokenize", type=int, default=2000, help="passages to tokenise")
    parser.add_argument("--embed", type=int, default=120, help="passages to embed end to end")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"{SHARED}/data is absent: this benchmark needs the shared real data")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    print(f"machine: {os.cpu_count()} cores; {load()}")

    engine = Int8E5()
    tokenizers = {
        "before (pure Python)": ReferenceUnigramTokenizer,
        "after (tokenizers, Rust)": UnigramTokenizer,
    }
    built = {}
    for name, kind in tokenizers.items():
        gc.collect()
        resident = resident_mb()
        built[name], seconds = timed(kind, engine.model)
        gc.collect()
        print(
            f"{name}: built in {seconds:.2f}s, {resident_mb() - resident:+.0f} MB resident; "
            f"{load()}"
        )

    texts = [PASSAGE_PREFIX + t for t in real_passages(args.tokenize)]
    chars = sum(map(len, texts))
    print(
        f"\ntokenizer throughput, {len(texts)} real passages ({chars / len(texts):.0f} "
        "characters each):"
    )
    ids = {}
    for name, tokenizer in built.items():
        ids[name], seconds, cpu = cpu_timed(tokenize_all, tokenizer, texts)
        tokens = sum(map(len, ids[name]))
        print(
            f"  {name}: {len(texts) / seconds:,.0f} passages/s, {tokens / seconds:,.0f} "
            f"tokens/s ({len(texts) / cpu:,.0f} per CPU-second); {load()}"
        )
    first, second = ids.values()
    print(f"  same ids on {sum(a == b for a, b in zip(first, second))} of {len(texts)}")
    # query-sized texts: a query's tokens are on every semantic search's path
    queries = [QUERY_PREFIX + " ".join(t.split()[1:13]) for t in texts]
    print(f"query-sized texts (12 words), {len(queries)}:")
    for name, tokenizer in built.items():
        _, seconds = timed(tokenize_all, tokenizer, queries)
        print(f"  {name}: {seconds / len(queries) * 1e6:,.0f} us each; {load()}")

    limit = engine.model.max_positions
    inputs = [
        t for t in real_passages(args.embed) if len(engine.token_ids(t, PASSAGE_PREFIX)) <= limit
    ][: args.embed]
    print(
        f"\nend to end (Int8E5.passages), {len(inputs)} real passages, "
        f"{args.rounds} rounds alternating:"
    )
    engine.passages(inputs[:4], too_long=_fits)  # warm up the session
    rates: dict[str, list[float]] = {name: [] for name in tokenizers}
    per_cpu: dict[str, list[float]] = {name: [] for name in tokenizers}
    shares: dict[str, list[float]] = {name: [] for name in tokenizers}
    for round_ in range(1, args.rounds + 1):
        order = list(built.items()) if round_ % 2 else list(built.items())[::-1]
        for name, tokenizer in order:
            # The engine takes either: the reference has the same token_ids, in pure Python.
            engine.tokenizer = tokenizer  # type: ignore[assignment]
            _, seconds, cpu = cpu_timed(engine.passages, inputs, _fits)
            _, tokenising = timed(tokenize_all, tokenizer, inputs)  # the same stage alone
            rates[name].append(len(inputs) / seconds)
            per_cpu[name].append(len(inputs) / cpu)
            shares[name].append(tokenising / seconds)
            print(
                f"  round {round_}, {name}: {rates[name][-1]:.2f} passages/s "
                f"({per_cpu[name][-1]:.2f} per CPU-second; tokenising ~{shares[name][-1]:.0%} "
                f"of the time); {load()}"
            )
    print(f"\nmedian of {args.rounds} rounds:")
    for name in tokenizers:
        print(
            f"  {name}: {median(rates[name]):.2f} passages/s, {median(per_cpu[name]):.2f} "
            f"per CPU-second, tokenising ~{median(shares[name]):.0%} of the time; {load()}"
        )
    before, after = (median(rates[name]) for name in tokenizers)
    print(f"  end to end {after / before - 1:+.0%}; {load()}")


if __name__ == "__main__":
    main()
