"""Rebuild a :class:`~eventcoder.document.Document` from its contract JSON (``to_dict()``)."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any

from eventcoder.document import Document


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(value: Any, hint: Any) -> Any:
    """Turn JSON data into the annotated type: dataclasses, optionals and lists of them."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(value, options[0]) if len(options) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return [_convert(v, item) for v in value]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)
    return value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Build dataclass ``cls`` from a dict made by ``Record.to_dict`` (private fields default)."""
    hints = _hints(cls)
    kwargs = {
        f.name: _convert(data[f.name], hints[f.name])
        for f in dataclasses.fields(cls)
        if f.init and not f.name.startswith("_") and f.name in data
    }
    return cls(**kwargs)


def document_from_dict(data: dict[str, Any]) -> Document:
    """The document whose ``to_dict()`` gave ``data``."""
    return from_dict(Document, data)
