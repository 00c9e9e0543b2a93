"""The prefix-tree twin of the big case-insensitive name regex finds exactly the same matches."""

from __future__ import annotations

import re

import pytest

from eventcoder.resolve.actors.kb import load_kb
from eventcoder.text.alias_regex import folded_trie_regex, pick_regex

BEFORE, AFTER = r"(?<![\w-])", r"(?![\w]|-[A-Za-z]*[A-Z])"
NAMES = ["Al Shabaab", "al-Shabab", "Al Shabaab fighters", "Séléka", "ex-Seleka", "Boko Haram",
         "Boko", "ISWAP", "Islamic State", "Islamic State West Africa Province", "M23", "FARDC"]
TEXTS = [
    "AL SHABAAB fighters attacked; al shabaab denied it and al-Shabab's spokesman spoke.",
    "Ex-Séléka and ex-Seleka elements clashed with the Seleka-Boko group near Bokoland.",
    "The Islamic State West Africa Province (ISWAP), a Boko Haram splinter, and Boko-Haram.",
    "M23 rebels and m23 fighters; FARDCs and the FARDC-led force; islamic statehood.",
]


def _slow(names: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # as actor_kb builds it: the hyphen rule after a name stays case-sensitive
    return re.compile(f"{BEFORE}(?:{alternation})(?![\\w]|(?-i:-[A-Za-z]*[A-Z]))", re.IGNORECASE)


@pytest.mark.parametrize("text", TEXTS)
def test_trie_twin_matches_like_the_alternation(text: str) -> None:
    slow, fast = _slow(NAMES), folded_trie_regex(NAMES, BEFORE, AFTER)
    assert fast is not None
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_whole_knowledge_base_names_agree_on_real_sentences() -> None:
    index = load_kb()
    assert index.ci_regex is not None and index.ci_ascii is not None
    found = 0
    for text in TEXTS:
        fast = [m.span() for m in index.ci_ascii.finditer(text)]
        assert fast == [m.span() for m in index.ci_regex.finditer(text)]
        found += len(fast)
    assert found >= 3  # the sentences do name known groups


def test_texts_with_special_case_folds_use_the_original_pattern() -> None:
    slow, fast = _slow(NAMES), folded_trie_regex(NAMES, BEFORE, AFTER)
    assert pick_regex(slow, fast, "İstanbul police") is slow
    assert pick_regex(slow, fast, "Istanbul police") is fast
