"""A date hedged by the word before it: 'Around 15 June 2023', 'on or about 3 May'.

spaCy leaves a sentence-opening 'Around' (and often 'about', 'circa') outside its DATE entity,
so the resolver would read a known day. ACLED codes such dates with week precision, and the
resolver widens an 'around ...' expression to the week around the day: the hedge is handed back
to it here.
"""

from __future__ import annotations

from typing import Any

from eventcoder.text.words import WEEKDAYS

HEDGES = {"around", "about", "approximately", "circa", "roughly", "approx."}


def hedged_text(span: Any) -> str:
    """The span's text, with the hedge word before a date (not a time) put back in front."""
    if span.label_ == "TIME" or span.start == 0:
        return span.text
    before = span.doc[span.start - 1]
    # "last Tuesday": spaCy often leaves "last" out of the weekday; it moves the day a week back
    # when written on that weekday, so it goes with the date
    if before.lower_ == "last" and span[0].lower_ in WEEKDAYS:
        return f"last {span.text}"
    if before.lower_ in HEDGES and before.lower_ not in span.text.lower().split()[:1]:
        return f"around {span.text}"
    return span.text
