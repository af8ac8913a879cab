"""`newsintel alerts`: check every saved search, deliver new matches, mind the dead letters.

The logic is ``search_api.alerts``; this module only wires it to the data dir, the search
backend and the terminal. A saved search is made through the API (``POST /saved-searches``).
"""

from __future__ import annotations

import time
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from corpus import config
from search_api.alerts import dead_letters, digests, items
from search_api.alerts.run import Delivering, RunReport, retry_dead_letters, run_alerts
from search_api.alerts.saved_searches import SAVED_SEARCHES_FILE, SavedSearchStore
from search_api.alerts.urls import is_http_url
from search_api.alerts.webhooks import ENV_BACKOFF, ENV_RETRIES, RetryPolicy
from search_api.commands import BACKEND_OPTION, MODEL_OPTION, open_search_backend
from search_api.http.saved_matches import BackendFinder

ENV_WEBHOOK = "NEWSINTEL_ALERTS_WEBHOOK"

out = Console()
err = Console(stderr=True)
alerts_app = typer.Typer(
    no_args_is_help=True,
    help="Saved-search alerts: new matches to feeds and webhooks, spike days, dead letters.",
)

RETRIES_OPTION = typer.Option(
    RetryPolicy.retries, "--retries", envvar=ENV_RETRIES, min=0, help="Retries per webhook POST."
)
BACKOFF_OPTION = typer.Option(
    RetryPolicy.backoff,
    "--backoff",
    envvar=ENV_BACKOFF,
    min=0.0,
    help="Seconds before the first retry; doubles after each.",
)


def _open_saved() -> SavedSearchStore:
    return SavedSearchStore(config.data_dir() / SAVED_SEARCHES_FILE)


@alerts_app.command("run")
def run(
    webhook: Optional[str] = typer.Option(
        None,
        "--webhook",
        envvar=ENV_WEBHOOK,
        help="http(s) URL to POST every saved search's new matches to (JSON), besides each "
        "search's own webhook.",
        show_default=False,
    ),
    digest: bool = typer.Option(
        False,
        "--digest",
        help="Roll every saved search's new matches since the last digest into one message "
        "(one POST to --webhook, one digest entry).",
    ),
    retries: int = RETRIES_OPTION,
    backoff: float = BACKOFF_OPTION,
    backend: Optional[str] = BACKEND_OPTION,
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Check every saved search for documents new since its last check (above the relevance
    floor), add them to its feeds, flag spike days, and POST them to the webhooks.

    Exit status 1 when a delivery failed after its retries (it is in `alerts dead-letter`) or
    a saved search could not be checked (the others still are)."""
    problem = config.missing_store_message()
    if problem:
        err.print(f"[red]error:[/] {escape(problem)}", soft_wrap=True)
        raise typer.Exit(2)
    webhook = webhook or None  # an empty NEWSINTEL_ALERTS_WEBHOOK (compose's default): none
    if webhook is not None and not is_http_url(webhook):
        err.print(f"[red]error:[/] --webhook must be an http(s) URL, not {escape(webhook)!r}")
        raise typer.Exit(2)
    how = Delivering(webhook=webhook, digest=digest, policy=RetryPolicy(retries, backoff))
    started = time.perf_counter()
    with open_search_backend(backend, model) as search_backend:
        saved = _open_saved()
        try:
            report = run_alerts(saved, BackendFinder(search_backend), how)
        finally:
            saved.close()
    _print_run(report, time.perf_counter() - started)
    if report.failed or report.errors:
        raise typer.Exit(1)


def _print_run(report: RunReport, seconds: float) -> None:
    table = Table(title="saved searches checked")
    for column in ("id", "name", "new", "spike"):
        table.add_column(column)
    for found in report.checks:
        spike = found.search.get("spike")
        table.add_row(
            str(found.search["id"]),
            escape(found.search["name"]),
            str(len(found.new)),
            f"{spike['day']}: {spike['count']} (baseline {spike['baseline']:g})" if spike else "",
        )
    out.print(table)
    for delivery in report.deliveries:
        where = escape(delivery.url or "(digest entry only)")
        if delivery.ok:
            out.print(f"[green]delivered[/] {delivery.items} item(s) to {where}")
        else:
            out.print(
                f"[red]failed[/] {delivery.items} item(s) to {where} after "
                f"{delivery.attempts} attempt(s): {escape(delivery.error or '')}; "
                "kept in `newsintel alerts dead-letter`"
            )
    for search_id, error in report.errors:
        out.print(f"[red]saved search {search_id} not checked:[/] {escape(error)}")
    if report.digest_id is not None:
        out.print(f"digest entry {report.digest_id} recorded")
    new = sum(len(c.new) for c in report.checks)
    out.print(
        f"{len(report.checks)} saved searches, {new} new matches, "
        f"{len(report.deliveries) - len(report.failed)} deliveries, "
        f"{len(report.failed)} failed, in {seconds:.1f} s"
    )


@alerts_app.command("list")
def list_alerts() -> None:
    """The saved searches with their alert state: last check, items logged, webhook, spike."""
    saved = _open_saved()
    try:
        table = Table(title="saved searches")
        for column in ("id", "name", "query", "last checked", "items", "webhook", "spike"):
            table.add_column(column)
        for search in saved.list():
            spike = search.get("spike")
            table.add_row(
                str(search["id"]),
                escape(search["name"]),
                escape(search["q"]),
                search["last_checked_at"],
                str(items.count(saved.db, search["id"])),
                escape(search.get("webhook_url") or ""),
                f"{spike['day']}: {spike['count']}" if spike else "",
            )
        out.print(table)
        recent = digests.latest(saved.db, limit=1)
        if recent:
            out.print(f"latest digest: {recent[0]['created_at']} ({recent[0]['total']} items)")
    finally:
        saved.close()


@alerts_app.command("dead-letter")
def dead_letter(
    retry: bool = typer.Option(False, "--retry", help="Send each undelivered payload again."),
    show_all: bool = typer.Option(False, "--all", help="Also list the ones since delivered."),
    retries: int = RETRIES_OPTION,
    backoff: float = BACKOFF_OPTION,
) -> None:
    """Webhook payloads not taken after their retries (kept whole), or `--retry` them.

    Exit status 1 when a retried payload still fails."""
    saved = _open_saved()
    try:
        if retry:
            results = retry_dead_letters(saved, RetryPolicy(retries, backoff))
            for letter, outcome in results:
                state = "[green]delivered[/]" if outcome.ok else "[red]failed again[/]"
                out.print(
                    f"{letter.id}: {state} to {escape(letter.url)}"
                    + ("" if outcome.ok else f": {escape(outcome.error or '')}")
                )
            out.print(f"{sum(o.ok for _, o in results)} of {len(results)} delivered")
            if any(not o.ok for _, o in results):
                raise typer.Exit(1)
            return
        table = Table(title="dead letters")
        for column in ("id", "url", "type", "items", "attempts", "failed at", "error", "delivered"):
            table.add_column(column)
        for letter in dead_letters.listed(saved.db, include_delivered=show_all):
            payload = letter.payload
            count = payload.get("total", len(payload.get("items", [])))
            table.add_row(
                str(letter.id),
                escape(letter.url),
                str(payload.get("type", "")),
                str(count),
                str(letter.attempts),
                letter.failed_at,
                escape(letter.error),
                letter.delivered_at or "",
            )
        out.print(table)
    finally:
        saved.close()


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
