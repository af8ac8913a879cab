"""`newsintel check [--repair]`: is the data dir whole, and is the index in step with the store?

Three parts, each with its exit-status bit (newsintel/exit_codes.py), summed when several fail:
the store (4: SQLite's own check, schema version), the index (8: files, rows of no document,
every stored document indexed and every indexed one stored) and the data dir's other
databases (16: saved searches, API keys, alerts... every other ``*.sqlite``). Only the index
can be repaired: it is derived from the store. A damaged store is restored from a backup.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from corpus import config
from corpus.integrity import ERROR, OK, WARNING, Finding, database_findings, store_findings
from corpus.locks import data_dir_lock
from corpus.store import CorpusStore
from newsintel import exit_codes
from search_api.commands import BACKEND_OPTION, print_index_stats
from search_api.engine.backends import SearchBackendError, open_backend
from search_api.engine.integrity import index_findings, repair

console = Console(stderr=True)
out = Console()

PART_BITS = {
    "store": exit_codes.CHECK_STORE,
    "index": exit_codes.CHECK_INDEX,
    "databases": exit_codes.CHECK_OTHER_DATABASES,
}


def other_databases(data_dir: Path) -> list[Path]:
    """Every SQLite file of the data dir but the store (saved searches, keys, alerts...):
    found by name, so databases added later are checked without a change here."""
    return sorted(p for p in data_dir.glob("*.sqlite") if p.name != config.STORE_FILE)


def check_data_dir(
    data_dir: Path, backend: Optional[str] = None, full: bool = False, fix: bool = False
) -> list[Finding]:
    """Every finding of the three parts; with ``fix``, the index is repaired first."""
    store_path = data_dir / config.STORE_FILE
    findings = store_findings(store_path, full)
    # Broken foreign keys still leave a store to compare with; unreadable pages do not.
    readable = not any(f.level == ERROR and "foreign keys" not in f.check for f in findings)
    if readable:
        findings += _index_part(data_dir, backend, fix)
    else:
        findings.append(Finding("index", "consistency", WARNING, "not checked: store unreadable"))
    for path in other_databases(data_dir):
        findings += database_findings(path, "databases", full)
    return findings


def _index_part(data_dir: Path, backend: Optional[str], fix: bool) -> list[Finding]:
    try:
        with (
            CorpusStore(data_dir / config.STORE_FILE) as store,
            open_backend(backend, data_dir) as index,
        ):
            findings = index_findings(store, index)
            if fix and any(f.level != OK for f in findings):
                dropped, stats = repair(store, index)
                console.print(f"repair: {dropped} rows of no document dropped")
                print_index_stats(stats)
                findings = index_findings(store, index)
            return findings
    except (SearchBackendError, sqlite3.DatabaseError) as exc:
        return [
            Finding(
                "index",
                "opens",
                ERROR,
                f"{exc}; `newsintel index --rebuild` derives it again from the store",
            )
        ]


def exit_status(findings: list[Finding]) -> int:
    return sum(bit for part, bit in PART_BITS.items() if _failed(findings, part))


def _failed(findings: list[Finding], part: str) -> bool:
    return any(f.part == part and f.level == ERROR for f in findings)


def print_findings(findings: list[Finding]) -> None:
    colours = {OK: "green", WARNING: "yellow", ERROR: "red"}
    table = Table("part", "check", "result", "detail", title_justify="left", show_lines=False)
    for f in findings:
        colour = colours[f.level]
        table.add_row(f.part, escape(f.check), f"[{colour}]{f.level}[/]", escape(f.detail))
    out.print(table)


def check(
    fix: bool = typer.Option(
        False,
        "--repair",
        help="Repair the index: drop rows of no document, index what is missing.",
    ),
    full: bool = typer.Option(
        False, "--full", help="PRAGMA integrity_check (every index entry) instead of quick_check."
    ),
    backend: Optional[str] = BACKEND_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the findings as JSON."),
) -> None:
    """Check the store, the search index against the store, and the other databases of the
    data dir. Exit status: 0 clean; else the sum of 4 (store), 8 (index), 16 (other
    databases)."""
    data_dir = config.data_dir(create=False)
    if fix and data_dir.is_dir():
        with data_dir_lock(data_dir, "check --repair", on_wait=console.print):
            findings = check_data_dir(data_dir, backend, full, fix=True)
    else:
        findings = check_data_dir(data_dir, backend, full, fix=fix)
    status = exit_status(findings)
    if as_json:
        typer.echo(json.dumps({"status": status, "findings": [f.as_dict() for f in findings]}))
    else:
        print_findings(findings)
        out.print("[green]clean[/]" if status == 0 else f"[red]problems found[/] (exit {status})")
    raise typer.Exit(status)


def register(app: typer.Typer) -> None:
    app.command()(check)
