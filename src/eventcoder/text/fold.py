"""Accent folding: the one way every stage compares names written with or without diacritics."""

from __future__ import annotations

import functools
import unicodedata


def strip_accents(text: str) -> str:
    """``text`` without combining marks after NFKD decomposition ('Côte' → 'Cote'); case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """Lower-case, accents stripped, trimmed: the key two spellings of a name are compared on
    (memoised: the same words recur)."""
    return strip_accents(text).lower().strip()
