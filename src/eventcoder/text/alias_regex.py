"""Fast twins of the big case-insensitive alias regexes (actor names, country names).

Python's IGNORECASE matching of an alternation of a thousand names tries every name at every
word start, comparing case-folded characters: the costliest part of actor finding. The same
names as a prefix trie with [aA] classes match exactly the same text, several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from eventcoder.text.regex_cache import compile_cached

# The non-ASCII characters that Python's IGNORECASE matching equates with ASCII letters (İ ı ſ K).
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def _fold_key(ch: str) -> str | None:
    """The trie key of a name's character: its lower case, or None if the trie cannot be exact.

    Two characters match the same text under IGNORECASE exactly when their lower cases agree,
    except for a few special foldings (dotless i, long s, Greek letters ...), kept out here.
    """
    low = ch.lower()
    if ch.isascii():
        return low
    code = ord(ch)
    latin = 0xC0 <= code <= 0x24F and code not in (0x130, 0x131, 0x17F)
    uncased = 0x2000 <= code <= 0x206F  # dashes and quotes
    return low if (latin or uncased) and len(low) == 1 else None


def folded_trie_regex(words: list[str], before: str, after: str) -> re.Pattern[str] | None:
    """``before(?:w1|w2|...)after`` under IGNORECASE, longest word first, as a faster regex.

    The compiled :func:`folded_trie_pattern`; None when a word holds a character the trie cannot
    fold.
    """
    pattern = folded_trie_pattern(words, before, after)
    return None if pattern is None else compile_cached(pattern)


def folded_trie_pattern(words: list[str], before: str, after: str) -> str | None:
    """The source of :func:`folded_trie_regex` (a string, so that it can be kept on disk).

    The result is exact for texts without any of ``_ASCII_FOLDS`` (see :func:`pick_regex`):
    ASCII letters become [aA] classes and other letters keep a scoped (?i:) flag; the trie's
    branches never match the same character, and a greedy optional group where a word ends
    tries the longer words first, as a length-sorted alternation does. ``after`` must not
    depend on the IGNORECASE flag. None when a word holds a character the trie cannot fold.
    """
    if not words or "" in words:
        return None
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            key = _fold_key(ch)
            if key is None:
                return None
            node = node.setdefault(key, {})
        node[""] = {}  # a word ends here

    def char(key: str) -> str:
        if key.isascii():
            return f"[{key}{key.upper()}]" if key.isalpha() else re.escape(key)
        return f"(?i:{re.escape(key)})"

    def body(node: dict[str, Any]) -> str:
        # sorted: the branches never match the same character, so their order changes no
        # match, and the same words in any order give the same source (one disk-cache entry)
        branches = [char(key) + body(sub) for key, sub in sorted(node.items()) if key]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alt})?" if "" in node else alt

    return f"{before}(?:{body(trie)}){after}"


def pick_regex(slow: re.Pattern[str] | Callable[[], re.Pattern[str]], fast: re.Pattern[str] | None,
               text: str) -> re.Pattern[str]:
    """The trie twin when it is exact for ``text``, else the IGNORECASE original.

    ``slow`` may be a function that compiles it: a big alternation costs seconds to compile and
    most texts never need it.
    """
    if fast is not None and not _ASCII_FOLDS.search(text):
        return fast
    return slow() if callable(slow) else slow
