"""The progress bar every long command shows on stderr (index, ingest, enrich)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator, Optional

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)


@contextmanager
def progress_bar(
    label: str,
    console: Console,
    total: Optional[float] = None,
    rate: bool = False,
    eta: bool = True,
) -> Iterator[tuple[Progress, TaskID]]:
    """A bar named ``label``: done/total, optionally a ``rate`` text field the caller updates
    and the time remaining. Yields the Progress and its one task."""
    columns: list[ProgressColumn] = [
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
    ]
    if rate:
        columns.append(TextColumn("{task.fields[rate]}"))
    if eta:
        columns.append(TimeRemainingColumn())
    with Progress(*columns, console=console) as progress:
        fields: dict[str, Any] = {"rate": ""} if rate else {}
        yield progress, progress.add_task(label, total=total, **fields)
