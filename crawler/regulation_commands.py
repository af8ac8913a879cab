"""`newsintel crawl-regulations` (`newsintel link-regulations` is newsintel/regulations.py).

Regulations are crawled like outlets (registry entries of ``kind: regulation``); news
references to them (type, number, year, found by the NLP enrichment) are then resolved to the
stored regulation documents. Unresolved references are kept and resolve on a later run.
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from corpus import config
from corpus.sources import RegistryError
from corpus.store import CorpusStore
from crawler.commands import (
    AsJson,
    LogLevel,
    MaxPages,
    RegistryFile,
    RegistryVars,
    Resume,
    registry_variables_from,
    report_interruption,
)

console = Console(stderr=True)
out = Console()


def crawl_regulations(
    source: Optional[List[str]] = typer.Option(
        None,
        "--source",
        "-s",
        help="Regulation source name from the registry (repeatable; "
        "default: all regulation sources).",
    ),
    sources: RegistryFile = None,
    var: RegistryVars = None,
    max_pages: MaxPages = None,
    resume: Resume = False,
    log_level: LogLevel = "WARNING",
    as_json: AsJson = False,
) -> None:
    """Crawl regulation databases (listings, detail pages, PDFs) into the store, then link
    the news references to the regulations."""
    from crawler.run import run_crawl  # Scrapy loads only here
    from crawler.spiders.regulations import RegulationSpider

    store_path = config.store_path()
    with CorpusStore(store_path) as store:  # report only this crawl's problems
        last_log_id = store.db.execute("SELECT coalesce(max(id), 0) FROM crawl_log").fetchone()[0]
    with console.status("crawling regulations", spinner="dots") if not as_json else nullcontext():
        try:
            summary = run_crawl(
                store_path=store_path,
                data_dir=config.data_dir(),
                registry=sources,
                sources=list(source or []) or None,
                variables=registry_variables_from(var),
                max_pages=max_pages,
                resume=resume,
                log_level=log_level.upper(),
                spider_cls=RegulationSpider,
            )
        except RegistryError as exc:
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
    with CorpusStore(store_path) as store:
        links = store.link_regulation_refs()
        problems = [
            {"url": e["url"], "outcome": e["outcome"], "error": e["error"]}
            for e in store.crawl_log(limit=500)
            if e["id"] > last_log_id and e["outcome"] in ("error", "skipped")
        ]
    result = {**summary.as_dict(), "links": links, "problems": problems[:50]}
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        report_interruption(summary)
        return
    table = Table(
        title=f"Regulation crawl ({summary.finish_reason}, {summary.elapsed_seconds}s)",
        title_justify="left",
    )
    table.add_column("")
    table.add_column("count", justify="right")
    for label, value in (
        ("pages fetched", summary.pages_fetched),
        ("  not modified (304)", summary.not_modified),
        ("stored: new", summary.new),
        ("stored: updated", summary.updated),
        ("unchanged", summary.unchanged),
        ("skipped (bad PDFs...)", summary.skipped),
        ("errors", summary.errors),
        ("regulations in the store", links["regulations"]),
        ("news references resolved", f"{links['resolved']}/{links['references']}"),
    ):
        table.add_row(label, str(value))
    out.print(table)
    for problem in problems[:20]:
        out.print(f"  {problem['outcome']}: {problem['url']} - {problem['error']}")
    report_interruption(summary)


def register(app: typer.Typer) -> None:
    app.command("crawl-regulations")(crawl_regulations)
