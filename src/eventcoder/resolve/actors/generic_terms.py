"""The knowledge base's generic actor terms (gunmen, police, protesters) as a table, a word set
and a regex: mentions.py finds them in a text, named_groups.py keeps them out of the names of
unknown groups ("Kenyan Police" is no group of its own)."""

from __future__ import annotations

import functools
import re

from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.text.alias_regex import folded_trie_regex


@functools.cache
def term_table() -> dict[str, tuple[str, bool]]:
    """lower-case term → (class, strong)."""
    table: dict[str, tuple[str, bool]] = {}
    for cls, groups in actor_kb.terms()["terms"].items():
        for strength in ("strong", "weak"):
            for t in groups.get(strength) or []:
                table.setdefault(t.lower(), (cls, strength == "strong"))
    return table


@functools.cache
def all_term_words() -> frozenset[str]:
    """Every word of the generic terms ('police', 'armed', 'men')."""
    return frozenset(w for t in term_table() for w in t.split())


@functools.cache
def term_regex() -> re.Pattern[str]:
    """The generic terms as one regex, longest first, between non-word characters."""
    words = sorted(term_table(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                      re.IGNORECASE)


@functools.cache
def term_trie() -> re.Pattern[str] | None:
    """``term_regex`` as a faster trie, exact for most texts (see alias_regex)."""
    return folded_trie_regex(list(term_table()), r"(?<![\w-])", r"(?![\w-])")
