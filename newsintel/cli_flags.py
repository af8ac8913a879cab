"""One boolean flag added to a command that a wrapper runs (``--create``, ``--no-wait``)."""

from __future__ import annotations

import inspect
import typing
from typing import Any, Callable

import typer


def with_flag(
    wrapper: Callable[..., Any], command: Callable[..., Any], name: str, flag: str, help: str
) -> Callable[..., Any]:
    """``wrapper`` (which takes ``name`` as a keyword) given ``command``'s options plus
    ``flag``: Typer reads the options from the signature, so it is rebuilt, with the
    command's annotations resolved (its Annotated options kept)."""
    signature = inspect.signature(command, eval_str=True)
    option = inspect.Parameter(
        name,
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(False, flag, help=help),
        annotation=bool,
    )
    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), option]
    )
    wrapper.__annotations__ = {**typing.get_type_hints(command, include_extras=True), name: bool}
    return wrapper
