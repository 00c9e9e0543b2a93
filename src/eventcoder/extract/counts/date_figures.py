"""'Around 20 June 2023, gang members ... killing 46': a day of the month is no count of people.

spaCy does not always tag a date ('Around 20 June 2023' at the head of a sentence), and the
count reader then takes 'Around 20' for an approximate number of victims. A number written
right before or after a month's name is the day of that month, whatever the entity tags say.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.phrase import Finding
from eventcoder.text.words import MONTHS


def _month(token: Any) -> bool:
    return token.lower_.rstrip(".") in MONTHS and token.text[:1].isupper()


def is_day_of_month(token: Any) -> bool:
    """The number token is a day beside a month's name ('20 June', 'June 20')."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return bool(token.like_num and token.text.isdigit() and int(token.text) <= 31 and (
        (after is not None and _month(after)) or (before is not None and _month(before))))


def date_figure(doc: Any, finding: Finding) -> bool:
    """The finding's only number is a day of the month, not a count."""
    span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if span is None:
        return False
    numbers = [t for t in span if t.like_num]
    best = finding.quantity.best
    return bool(numbers) and all(is_day_of_month(t) for t in numbers if t.text.isdigit()
                                 and int(t.text) == best) and any(
        t.text.isdigit() and int(t.text) == best for t in numbers)
