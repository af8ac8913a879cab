"""Pipeline components, one module each; importing this package registers every factory.

Modules are discovered rather than listed so that a component added by another helper is
registered as soon as its file exists.
"""

from __future__ import annotations

import importlib
import pkgutil

COMPONENT_MODULES = tuple(
    sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
)

for _name in COMPONENT_MODULES:
    importlib.import_module(f"{__name__}.{_name}")
