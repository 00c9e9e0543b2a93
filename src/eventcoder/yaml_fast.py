"""YAML parsing with libyaml's C loader when PyYAML has it (about ten times faster at start-up)."""

from __future__ import annotations

from typing import IO, Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """``yaml.safe_load`` through the C loader when available (same safe subset of YAML)."""
    return yaml.load(stream, Loader=_LOADER)  # noqa: S506 - a safe loader class
