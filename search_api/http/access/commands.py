"""`newsintel keys create NAME | list | revoke NAME|ID | rotate-feeds`: the API keys of a data dir
and the secret of its feed tokens."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from corpus import config
from search_api.http.access.keys import KeyProblem, KeyStore

console = Console(stderr=True)
out = Console()

keys_app = typer.Typer(
    help="API keys: who may write (and, with NEWSINTEL_READS_NEED_KEY, read) through the API.",
    no_args_is_help=True,
)


def _keys() -> KeyStore:
    # Keys belong beside a store: on a mistyped --data-dir, say so rather than make a new dir.
    problem = config.missing_store_message()
    if problem:
        console.print(f"[red]error:[/] {escape(problem)}", soft_wrap=True)
        raise typer.Exit(2)
    return KeyStore.of(config.data_dir(create=False))


@keys_app.command("create")
def create(
    name: str = typer.Argument(..., help="Who or what the key is for, e.g. newsroom-bot."),
) -> None:
    """Make a key and print it once: only its hash is kept, so copy it now."""
    keys = _keys()
    try:
        record, key = keys.create(name)
    except KeyProblem as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    finally:
        keys.close()
    console.print(
        f"key {escape(record.name)} (id {record.id}) made; it is shown once, here, on stdout."
        " Send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'. Writes through the API"
        " now need a key.",
        soft_wrap=True,
    )
    print(key)  # alone on stdout, so `KEY=$(newsintel keys create NAME)` works


@keys_app.command("list")
def list_keys(
    all_keys: bool = typer.Option(False, "--all", help="Revoked keys too."),
) -> None:
    """The keys (names, ids, dates; never the keys themselves)."""
    keys = _keys()
    try:
        records = [k for k in keys.list() if all_keys or k.live]
    finally:
        keys.close()
    if not records:
        console.print("no API keys: writes are open to anyone who can reach the server")
        return
    table = Table("id", "name", "created", "revoked")
    for k in records:
        table.add_row(k.id, escape(k.name), k.created_at, k.revoked_at or "")
    out.print(table)


@keys_app.command("revoke")
def revoke(name_or_id: str = typer.Argument(..., metavar="NAME|ID")) -> None:
    """Revoke a key at once: a running server refuses it from its next request."""
    keys = _keys()
    try:
        record = keys.revoke(name_or_id)
    except KeyProblem as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1) from None
    finally:
        keys.close()
    console.print(f"revoked key {escape(record.name)} (id {record.id})")


@keys_app.command("rotate-feeds")
def rotate_feeds() -> None:
    """Replace the secret of the saved searches' feed tokens: every feed URL given so far
    stops working (where reads need a key); each saved search shows its new `feed_token`."""
    keys = _keys()
    try:
        rotated = keys.rotate_feed_secret()
    finally:
        keys.close()
    console.print(
        "feed tokens replaced: feed URLs given so far no longer open their feeds"
        if rotated
        else "no feed token had been given yet; nothing to replace"
    )
