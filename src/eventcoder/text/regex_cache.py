"""Big regexes compiled once per machine instead of once per process.

The actor and country name alternations are thousands of names long; Python spends a third of a
second parsing and assembling them at every start, which a short `eventcoder extract` run pays
in full. The assembled program (the list of opcodes Python's own compiler builds) is kept in
the disk cache (see :mod:`eventcoder.disk_cache`) under the pattern, its flags and the exact
Python build, and handed back to the regex engine: the same program, so the same matches.
Whenever that is not possible (another Python, a changed internal interface) it falls back to
:func:`re.compile`.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from typing import Any

from eventcoder.disk_cache import cached_table

log = logging.getLogger(__name__)

# Patterns shorter than this compile faster than a cache file is read (a 6,000-character
# alternation takes ~20 ms to compile, its cached program ~2 ms to read).
MIN_CACHED_LENGTH = 4_000


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments ``re`` hands the regex engine for ``pattern`` (as re._compiler.compile)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # named opcodes do not pickle
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a long pattern's compiled program cached on disk."""
    flags = int(flags)
    if len(pattern) < MIN_CACHED_LENGTH:
        return re.compile(pattern, flags)
    try:
        import _sre

        digest = hashlib.sha256(pattern.encode("utf-8")).hexdigest()
        key = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{flags}|{digest}"
        program = cached_table(f"regex-{digest[:12]}", key, lambda: _program(pattern, flags))
        return _sre.compile(pattern, *program)
    except Exception:  # any other interpreter or a changed internal: compile as usual
        log.debug("regex program cache unavailable", exc_info=True)
        return re.compile(pattern, flags)
