"""Capitalised words that look like a group's name and are not: a place written with its unit
noun in lower case ("Arauca department", "Kech district", "Lamu county": the unit noun of a name
is capitalised in an organisation's, "the Police Department"), and a hedge that opens a clause
after a digest line's colon ("Lamu County, Kenya: Suspected al-Shabaab militants ...", where the
tagger takes the capital for a name's).
"""

from __future__ import annotations

from typing import Any

from eventcoder.text.words import word_list

_UNIT_NOUNS = word_list("admin_unit_nouns")
# Words that describe doers without naming them; written with a capital only to open a clause.
_HEDGES = frozenset({"suspected", "alleged", "presumed", "unidentified", "unknown", "armed",
                     "masked", "purported"})


def place_with_unit(span: Any) -> bool:
    """A name closed by a lower-case administrative unit noun: a place, not a group."""
    last = span[-1]
    return len(span) > 1 and last.text.islower() and last.lower_ in _UNIT_NOUNS


def opening_hedge(span: Any) -> bool:
    """A lone capitalised hedge ("Suspected", "Unidentified") read as a name."""
    return len(span) == 1 and span[0].text.istitle() and span[0].lower_ in _HEDGES


def not_a_name(span: Any) -> bool:
    """Either of the two above."""
    return place_with_unit(span) or opening_hedge(span)
