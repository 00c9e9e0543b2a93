"""Accent folding: the one way every stage compares names written with or without diacritics."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """``text`` without combining marks after NFKD decomposition ('Côte' → 'Cote'); case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
