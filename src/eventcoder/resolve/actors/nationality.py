"""Nationalities written in two words ("South Sudanese", "Sri Lankan", "North Korean").

A one-word reading of such a nationality names another country ("Sudanese" is Sudan's,
"Korean" no one's): the words before a demonym are read with it first.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.geoparser.countries import code_for_name, demonym_code

_PREV_WORD = re.compile(r"([A-Z][\w'’-]*)\s+$")


def nation_code(words: str) -> str | None:
    """The country a demonym or a country name denotes ("Sri Lankan" → LK), or None."""
    return demonym_code(words) or code_for_name(words)


def token_nation(token: Any) -> str | None:
    """The country a modifier token names, read with the word before it when the two make one
    nationality ("South Sudanese soldiers" → SS, not Sudan's SD)."""
    if token.i > 0 and token.doc[token.i - 1].text[:1].isupper():
        code = nation_code(f"{token.doc[token.i - 1].text} {token.text}")
        if code:
            return code
    return nation_code(token.text)


def inside_longer_nationality(text: str, start: int, surface: str) -> bool:
    """True when the nationality a mention begins with is the tail of another one: "Sudanese
    soldiers" in "South Sudanese soldiers", "Korean troops" in "North Korean troops"."""
    first = surface.split()[0] if surface.split() else ""
    code = nation_code(first) if first else None
    m = _PREV_WORD.search(text[max(0, start - 20):start]) if code else None
    if m is None:
        return False
    other = nation_code(f"{m.group(1)} {first}")
    return bool(other) and other != code


def nation_with_nouns(words: list[str], nouns: set[str]) -> str | None:
    """The country the words left after generic force nouns name ("Sri Lankan army" → LK)."""
    rest = [w for w in words if w.lower() not in nouns and w.lower() not in {"the", "of"}]
    if not rest or len(rest) == len(words):
        return None
    return nation_code(" ".join(rest))
