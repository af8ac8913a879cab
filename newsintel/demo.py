"""`newsintel demo`: the main job on the sample sites, end to end.

Serves the sample news and regulation sites on 127.0.0.1, then runs the stages a user would run
by hand — crawl, crawl-regulations, enrich, link-regulations, index — each as its own
`newsintel` process (a Scrapy crawl owns its process's reactor), and finally serves the API.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import typer
from rich.console import Console

from corpus import config
from newsintel.store_guard import create_store
from samples.server import SampleSiteServer, build_site
from search_api.commands import serve

console = Console(stderr=True)
SAMPLE_REGISTRY = Path(__file__).resolve().parents[1] / "samples" / "sources.yaml"


def pipeline_steps(site_url: str) -> list[tuple[str, list[str]]]:
    """The stages of the main job, as newsintel command lines, in data-flow order."""
    registry = ["--sources", str(SAMPLE_REGISTRY), "--var", f"sample_site={site_url}"]
    return [
        ("crawl the sample news outlets", ["crawl", *registry]),
        ("crawl the sample regulation database", ["crawl-regulations", *registry]),
        ("extract entities, figures and commitments", ["enrich"]),
        ("link news to the regulations they cite", ["link-regulations"]),
        ("index passages for keyword and semantic search", ["index"]),
    ]


def run_step(args: list[str], data_dir: Path) -> None:
    command = [sys.executable, "-m", "newsintel.cli", "--data-dir", str(data_dir), *args]
    result = subprocess.run(command, check=False)
    if result.returncode != 0:
        console.print(
            f"[red]demo: step failed[/] ({result.returncode}): newsintel {' '.join(args)}"
        )
        raise typer.Exit(result.returncode or 1)


def demo(
    port: int = typer.Option(
        8000, "--port", min=0, max=65535, help="Port of the API (0: any free one)."
    ),
    site_port: int = typer.Option(
        0, "--site-port", min=0, max=65535, help="Port of the sample sites (0: any free one)."
    ),
    serve_api: bool = typer.Option(
        True,
        "--serve/--no-serve",
        help="End by serving the API (default) or just build the corpus and exit.",
    ),
) -> None:
    """Serve the sample sites, crawl, enrich, link, index, then serve the search API."""
    data_dir = config.data_dir()
    create_store()  # the demo builds a corpus from nothing: its data dir gets a store
    started = time.monotonic()
    with SampleSiteServer(build_site("all"), port=site_port) as site:
        console.print(f"[bold]sample sites[/] at {site.url}  (data dir: {data_dir})")
        for number, (title, args) in enumerate(pipeline_steps(site.url), start=1):
            console.rule(f"[bold]{number}. {title}[/]  newsintel {args[0]}")
            run_step(args, data_dir)
        console.print(f"[green]corpus ready[/] in {time.monotonic() - started:.0f}s")
    if serve_api:
        console.rule("[bold]6. serve the search API and web page[/]")
        # Every option given: called as a function, Typer's defaults would not be filled in.
        serve(
            host="127.0.0.1",
            port=port,
            backend=None,
            log_level="warning",
            log_format=os.environ.get("NEWSINTEL_LOG_FORMAT", "text"),
            reads_need_key=None,
        )


def register(app: typer.Typer) -> None:
    app.command()(demo)
