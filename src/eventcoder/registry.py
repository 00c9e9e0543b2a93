"""Named pipeline stages, registered where they are defined (like spaCy's ``Language.factory``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from eventcoder.document import Document

StageFn = Callable[[Document], None]

_STAGES: dict[str, StageFn] = {}


class UnknownStageError(KeyError):
    """A pipeline names a stage that no module registered."""


def stage(name: str) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the pipeline stage called ``name``."""

    def register(fn: StageFn) -> StageFn:
        _STAGES[name] = fn
        return fn

    return register


def get_stage(name: str, module: str) -> StageFn:
    """Import ``module`` (which registers the stage) and return the stage called ``name``."""
    if name not in _STAGES:
        importlib.import_module(module)
    try:
        return _STAGES[name]
    except KeyError:
        raise UnknownStageError(
            f"Stage {name!r} was not registered by {module}. Did the module forget @stage({name!r})?"
        ) from None
