"""The country-name clues compile the slow IGNORECASE alternation only for texts that need it."""

from __future__ import annotations

import pytest

from eventcoder.geoparser import countries
from eventcoder.geoparser.countries import find_country_clues


@pytest.mark.parametrize("text, code", [
    ("Gunmen attacked a convoy in northern Nigeria on Monday, police said.", "NG"),
    ("Protesters clashed with riot police in Bolivia after the vote.", "BO"),
    ("Pakistani troops shelled positions across the border overnight.", "PK"),
])
def test_ascii_text_is_matched_without_the_slow_regex(text: str, code: str) -> None:
    countries._names_regex.cache_clear()
    clues = find_country_clues(text)
    assert code in {c.code for c in clues}
    assert countries._names_regex.cache_info().currsize == 0


def test_a_dotted_capital_i_still_takes_the_exact_regex() -> None:
    # 'İ' folds to 'i' under IGNORECASE, which the trie twin cannot match exactly
    countries._names_regex.cache_clear()
    clues = find_country_clues("Police in İzmir detained two men wanted in Syria.")
    assert "SY" in {c.code for c in clues}
    assert countries._names_regex.cache_info().currsize == 1
