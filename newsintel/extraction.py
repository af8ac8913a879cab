"""`newsintel extract` and `newsintel eval-extract`: nlp's extraction on files, where a file
may be a whole web page read by the crawler's extraction (the wiring of two stages)."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

console = Console(stderr=True)  # progress and errors
out = Console()  # results


class Format(str, Enum):
    json = "json"
    table = "table"


def extract(
    path: Path = typer.Argument(
        ...,
        help="Article: .txt (first line is the title) or a whole "
        "HTML page (.html, main text extracted first).",
    ),
    published: Optional[str] = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD (anchors relative dates)."
    ),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json or table."),
    no_ner: bool = typer.Option(False, "--no-ner", help="Rules only, without the statistical NER."),
) -> None:
    """Extract organisations, people, figures, dates, commitments, quotes... from one article."""
    # Lazy: spaCy and the pipeline take 2-5 s to import; `newsintel --help` should not wait.
    from newsintel.articles import read_html
    from nlp.extract import ExtractError, extract_file
    from nlp.pipeline import load_pipeline

    try:
        result = extract_file(
            path, published=published, nlp=load_pipeline(use_ner=not no_ner), read_html=read_html
        )
    except ExtractError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if fmt is Format.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_tables(result)


def _print_tables(result: dict) -> None:
    out.print(f"[bold]{result['title']}[/]  published: {result['published'] or '-'}")
    layouts = {
        "organizations": ("name", "acronym", "kind", "canonical", "aliases"),
        "people": ("name", "role", "organization", "kind"),
        "commitments": ("partner", "kind", "agreement", "signatories", "scope", "date"),
        "figures": ("value", "unit", "kind", "text", "context"),
        "regulations": ("type", "number", "year", "title"),
        "dates": ("text", "value", "kind"),
        "locations": ("name", "kind", "province"),
        "quotes": ("speaker", "text"),
    }
    for key, columns in layouts.items():
        rows = result.get(key) or []
        if not rows:
            continue
        table = Table(*columns, title=f"{key} ({len(rows)})", title_justify="left")
        for row in rows:
            table.add_row(*[_cell(row.get(c) if isinstance(row, dict) else row) for c in columns])
        out.print(table)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def eval_extract(
    directory: Path = typer.Argument(
        ..., help="Folder of *.gold.json files beside their articles (.txt/.html)."
    ),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
    errors: bool = typer.Option(
        False,
        "--errors",
        help="Also list what was missed and what was extracted but is not in the gold files.",
    ),
    no_ner: bool = typer.Option(False, "--no-ner", help="Rules only."),
    given_published: bool = typer.Option(
        False,
        "--given-published",
        help="Give the pipeline each gold file's publication date "
        "(as a crawler would) instead of scoring the date read off the article.",
    ),
) -> None:
    """Score extraction against *.gold.json files: precision, recall, F1 per field.

    Matching rules: docs/extraction.md.
    """
    from newsintel.articles import read_html  # lazy: spaCy, as in extract
    from nlp.evaluate import evaluate
    from nlp.pipeline import load_pipeline

    try:
        scores, details = evaluate(
            directory,
            nlp=load_pipeline(use_ner=not no_ner),
            given_published=given_published,
            read_html=read_html,
        )
    except (FileNotFoundError, ValueError) as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if fmt is Format.json:
        typer.echo(
            json.dumps(
                {"fields": {f: s.as_dict() for f, s in scores.items()}, "documents": details},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = Table(
        "field",
        "precision",
        "recall",
        "F1",
        "tp",
        "fp",
        "fn",
        title=f"Extraction vs gold ({len(details)} documents)",
        title_justify="left",
    )
    for name, s in scores.items():
        colour = "green" if s.f1 >= 0.9 else "yellow" if s.f1 >= 0.7 else "red"
        table.add_row(
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"[{colour}]{s.f1:.3f}[/]",
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    out.print(table)
    if errors:
        for name, s in scores.items():
            for document, item in s.misses:
                out.print(
                    f"[red]missed[/] {name} {document}: {json.dumps(item, ensure_ascii=False)}"
                )
            for document, item in s.extras:
                out.print(
                    f"[yellow]extra[/]  {name} {document}: "
                    f"{json.dumps(item, ensure_ascii=False)[:200]}"
                )


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("eval-extract")(eval_extract)
