"""`newsintel backup DEST` and `newsintel restore SRC`: a data dir copied while in use.

Every SQLite file of the data dir (the store, saved searches, and whatever else is there as
``*.sqlite``: found by name, so a database added later is backed up without a change here)
and the embedded index (``search/``) are copied with SQLite's online backup API: a consistent
snapshot even while the API reads and a crawl writes. The data dir's lock is held meanwhile,
so no `index`/`ingest`/`enrich` changes the index between its database and its vector file.
``manifest.json`` lists each file with its size and sha256; `restore` checks them, copies the
files into an empty (or new) data dir, then runs `newsintel check`.

An Elasticsearch index lives in its cluster, not in the data dir: snapshot it with the
cluster's snapshot API (docs/operations.md).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from corpus import config
from corpus.locks import LOCK_FILE, data_dir_lock
from newsintel import exit_codes
from newsintel.check import check_data_dir, exit_status, print_findings

console = Console(stderr=True)
out = Console()

MANIFEST = "manifest.json"
INDEX_FOLDER = "search"
# Index files besides its database: the vector graph and the log position it reflects
# (rebuilt from the database's passages when absent, so a backup without them still works).
INDEX_FILES = ("vectors.usearch", "vectors.seq")


class BackupError(RuntimeError):
    """A backup or restore that cannot go ahead; the message says why."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def databases_of(data_dir: Path) -> list[Path]:
    """The data dir's SQLite files, relative to it: top-level ``*.sqlite`` and the index's."""
    found = sorted(p.relative_to(data_dir) for p in data_dir.glob("*.sqlite"))
    index_db = data_dir / INDEX_FOLDER / "embedded.sqlite"
    if index_db.is_file():
        found.append(index_db.relative_to(data_dir))
    return found


def copy_database(source: Path, target: Path) -> None:
    """``source`` to ``target`` through SQLite's online backup: one read transaction, so a
    consistent snapshot whatever writes meanwhile. The copy is a plain rollback-journal file
    (no -wal to carry); opening it for writing turns WAL back on."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    partial.replace(target)


def copy_file(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    partial.replace(target)


def make_backup(data_dir: Path, dest: Path) -> dict:
    """Copy the data dir's databases and index files into ``dest`` (new or empty) and write
    the manifest; returns it."""
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty: back up into a new or empty folder")
    if not (data_dir / config.STORE_FILE).is_file():
        raise BackupError(f"no corpus store at {data_dir / config.STORE_FILE}: nothing to back up")
    started = time.perf_counter()
    files = []
    for relative in databases_of(data_dir):
        copy_database(data_dir / relative, dest / relative)
        files.append(relative)
    for name in INDEX_FILES:
        source = data_dir / INDEX_FOLDER / name
        if source.is_file():
            copy_file(source, dest / INDEX_FOLDER / name)
            files.append(source.relative_to(data_dir))
    manifest = {
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "newsintel": config.VERSION,
        "data_dir": data_dir.name,
        "seconds": round(time.perf_counter() - started, 2),
        "files": [
            {
                "path": relative.as_posix(),
                "bytes": (dest / relative).stat().st_size,
                "sha256": sha256_of(dest / relative),
            }
            for relative in files
        ],
    }
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def read_manifest(source: Path) -> dict:
    """The backup's manifest, every file checked against its size and sha256."""
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
    except (OSError, ValueError, KeyError) as exc:
        raise BackupError(f"{source} is not a newsintel backup ({MANIFEST}: {exc})") from None
    for entry in files:
        path = source / entry["path"]
        if not path.is_file():
            raise BackupError(f"the backup lacks {entry['path']}")
        if path.stat().st_size != entry["bytes"] or sha256_of(path) != entry["sha256"]:
            raise BackupError(f"{entry['path']} of the backup differs from its manifest (damaged)")
    return manifest


def restore_files(source: Path, manifest: dict, data_dir: Path, force: bool) -> None:
    """The backup's files into ``data_dir``: refused when it holds anything but the lock
    file, unless ``force``, which replaces its databases and index first."""
    present = [p for p in data_dir.iterdir() if p.name != LOCK_FILE] if data_dir.exists() else []
    if present and not force:
        raise BackupError(
            f"{data_dir} is not empty ({len(present)} entries): restore into a new or empty "
            "data dir, or pass --force to replace its databases and index"
        )
    if force:
        for path in present:
            if path.name.endswith((".sqlite", ".sqlite-wal", ".sqlite-shm")):
                path.unlink()
        shutil.rmtree(data_dir / INDEX_FOLDER, ignore_errors=True)
    for entry in manifest["files"]:
        copy_file(source / entry["path"], data_dir / entry["path"])


def _size(manifest: dict) -> str:
    return f"{sum(f['bytes'] for f in manifest['files']) / 1e6:,.1f} MB"


def backup(
    dest: Path = typer.Argument(..., help="New or empty folder to write the backup into."),
) -> None:
    """Copy every database of the data dir (store, saved searches, any other *.sqlite) and
    the search index into DEST, with a manifest of sizes and sha256; safe while in use."""
    data_dir = config.data_dir(create=False)
    if not data_dir.is_dir():
        console.print(f"[red]error:[/] no data dir at {escape(str(data_dir))}")
        raise typer.Exit(exit_codes.USAGE)
    try:
        with data_dir_lock(data_dir, "backup", on_wait=console.print):
            manifest = make_backup(data_dir, dest.resolve())
    except BackupError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exit_codes.USAGE) from None
    out.print(
        f"backed up {len(manifest['files'])} files ({_size(manifest)}) in "
        f"{manifest['seconds']}s to {dest}",
        soft_wrap=True,
    )
    if not any(f["path"].startswith(INDEX_FOLDER + "/") for f in manifest["files"]):
        out.print("no embedded index in the data dir (Elasticsearch? see docs/operations.md)")


def restore(
    source: Path = typer.Argument(..., exists=True, file_okay=False, help="A backup folder."),
    force: bool = typer.Option(
        False, "--force", help="Replace the databases and index of a data dir that has them."
    ),
) -> None:
    """Restore a backup into the data dir (new or empty, or any with --force), checking every
    file against the manifest first and the restored data dir with `newsintel check` after.
    Exit status: check's (0 clean)."""
    data_dir = config.data_dir()
    started = time.perf_counter()
    try:
        manifest = read_manifest(source)
        with data_dir_lock(data_dir, "restore", on_wait=console.print):
            restore_files(source, manifest, data_dir, force)
    except BackupError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exit_codes.USAGE) from None
    out.print(
        f"restored {len(manifest['files'])} files ({_size(manifest)}, backup of "
        f"{manifest['created']}) in {time.perf_counter() - started:.2f}s; checking",
        soft_wrap=True,
    )
    findings = check_data_dir(data_dir)
    print_findings(findings)
    status = exit_status(findings)
    out.print("[green]clean[/]" if status == 0 else f"[red]problems found[/] (exit {status})")
    raise typer.Exit(status)


def register(app: typer.Typer) -> None:
    app.command()(backup)
    app.command()(restore)
