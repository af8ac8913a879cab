"""`newsintel serve`: the HTTP API and web page over the current data dir."""
from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console

from corpus import config

console = Console()


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 to "
                             "serve other machines)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port (0: any free one)."),
    backend: Optional[str] = typer.Option(None, "--backend", help="Search backend: embedded "
                                          "or elasticsearch (default: NEWSINTEL_SEARCH_BACKEND, "
                                          "else embedded)."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
) -> None:
    """Serve the search API and the web page for the corpus in --data-dir."""
    from search_api.serve import PortUnavailable, serve as run

    data_dir = config.data_dir()

    def announce(url: str) -> None:
        # soft_wrap: the URL stays on one line, whatever the terminal width.
        console.print(f"newsintel API for [bold]{data_dir}[/] at [bold cyan]{url}[/]"
                      f"  (web page: {url}, API docs: {url}docs)", soft_wrap=True)
    try:
        run(data_dir, host=host, port=port, backend=backend, log_level=log_level,
            announce=announce)
    except PortUnavailable as exc:
        console.print(f"[red]error:[/] {exc}; choose another --port")
        raise typer.Exit(2)
    except ValueError as exc:  # unknown backend name
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command()(serve)
