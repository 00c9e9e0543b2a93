"""Lazy package exports: a package names its public API without importing its modules up front.

Eager re-exports in ``__init__`` would import a whole package whenever one small module of it is
needed (``python -m eventcoder.geoparser.gazetteer_build`` would import spaCy helpers first) and
would tie packages into import cycles. :func:`lazy_exports` imports a name's module on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, exports: dict[str, str]) -> tuple[list[str], Callable[[str], Any]]:
    """``(__all__, __getattr__)`` for ``package`` given public name → submodule (relative name)."""

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{exports[name]}"), name)

    return sorted(exports), __getattr__
