"""NLP command: `newsintel enrich` (extraction, then near-duplicate clusters)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.markup import escape

from corpus.progress import progress_bar
from corpus.store import CorpusStore
from nlp.dedup import count_clustered, update_clusters

if TYPE_CHECKING:  # spaCy loads only when a command needs it
    from nlp.enrich import EnrichSummary

console = Console(stderr=True)  # progress and errors
out = Console()  # results


def enrich_with_progress(
    store: CorpusStore,
    use_ner: bool = True,
    batch_size: int = 64,
    limit: Optional[int] = None,
    n_process: Optional[int] = None,
) -> EnrichSummary:
    """Extraction of every document that needs it, then the near-duplicate clusters, with a
    progress bar on stderr; prints what it did and returns the extraction summary."""
    # Lazy: spaCy and the pipeline take 2-5 s to import; `newsintel --help` should not wait.
    from nlp.enrich import enrich_store
    from nlp.parallel import WorkerDied
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline(use_ner=use_ner)
    with progress_bar("enrich", console, rate=True) as (progress, task):

        def report(done: int, total: int, words_per_second: float) -> None:
            progress.update(
                task, completed=done, total=total, rate=f"{words_per_second:,.0f} words/s"
            )

        try:
            summary = enrich_store(
                store,
                nlp,
                batch_size=batch_size,
                limit=limit,
                on_progress=report,
                n_process=n_process,
            )
        except WorkerDied as exc:
            # Every round saved before the death is in the store: a rerun goes on from there.
            progress.stop()
            console.print(f"[red]enrich stopped:[/] {escape(str(exc))}.")
            console.print(
                "Rounds saved before it are kept; run `newsintel enrich` again to go on"
                " (`--n-process 1` runs without workers)."
            )
            raise typer.Exit(1) from exc
    clusters = update_clusters(store)
    out.print(
        f"enriched {summary.enriched} documents ({summary.words:,} words, "
        f"{summary.words_per_second:,.0f} words/s), pipeline {summary.version}; "
        f"{summary.failed} failed"
    )
    out.print(f"{count_clustered(clusters)} documents in near-duplicate clusters")
    for doc_id, error in summary.errors[:20]:
        console.print(f"[red]extraction failed[/] {escape(doc_id)}: {escape(error)}")
    return summary


def enrich(
    batch_size: int = typer.Option(
        64, "--batch-size", min=1, help="Documents per nlp.pipe batch and per store transaction."
    ),
    limit: Optional[int] = typer.Option(
        None, "--limit", min=1, help="Stop after this many documents."
    ),
    no_ner: bool = typer.Option(False, "--no-ner", help="Rules only."),
    n_process: Optional[int] = typer.Option(
        None,
        "--n-process",
        min=1,
        help="Worker processes [default: one per CPU, fewer for small jobs].",
    ),
) -> None:
    """Extract every document whose text or pipeline version changed, then update clusters.

    Clusters group near-duplicates (syndicated copies of one story); documents go in batches.

    Records go to the store's queryable tables (organizations, people, figures, ...).
    """
    with CorpusStore.open_default() as store:
        summary = enrich_with_progress(
            store, use_ner=not no_ner, batch_size=batch_size, limit=limit, n_process=n_process
        )
    if summary.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("enrich")(enrich)
