"""'killed when security forces fired on demonstrators in the Chadian capital': the country's
capital is the event's place.

Reports name a capital by the country's adjective ('the Chadian capital', 'the Afghan capital')
and give its name elsewhere, often with other towns ('the streets of N'Djamena and the southern
city of Moundou'). When the sentence that tells the event names no place of its own but 'the
<country adjective> capital', the event is in that country's capital, not in a town the report
names further on.
"""

from __future__ import annotations

import re

from eventcoder.document import Document, Event
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.types import Resolved
from eventcoder.resolve.event_location.records import location_of

# 'the Chadian capital', 'the Afghan capital,'; not 'the capital of X' (X names itself) nor a
# 'capital city of' phrase, nor 'the Chadian capital's' money ('capital flight').
_PHRASE = re.compile(r"\bthe\s+(?P<adj>[A-Z][\w'’-]+)\s+capital\b(?!\s+(?:of|city\s+of|flight))")


def _trigger_sentence(document: Document, event: Event) -> tuple[int, int] | None:
    """Character bounds of the sentence holding the event's first trigger."""
    if not event._mentions or document.spacy_doc is None:
        return None
    first = min(event._mentions)[0]
    span = document.spacy_doc.char_span(first, first + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    return sent.start_char, sent.end_char


def _placed_in(event: Event, lo: int, hi: int) -> bool:
    return any(ev.field == "location" and lo <= ev.start < hi for ev in event.evidence)


def place_at_named_capital(document: Document, resolved: list[Resolved]) -> None:
    """Move an event whose own sentence names only 'the <adjective> capital' to that capital."""
    demonyms = {r.mention.start: r.place for r in resolved
                if r.place is not None and r.place.kind == "country"}
    for event in document.events:
        bounds = _trigger_sentence(document, event)
        if bounds is None or _placed_in(event, *bounds):
            continue
        lo, hi = bounds
        match = _PHRASE.search(document.text, lo, hi)
        country = demonyms.get(match.start("adj")) if match else None
        capital = get_gazetteer().capital(country.cc) if country else None
        if match is None or capital is None:
            continue
        event.location = location_of(capital, match.group(0), match.start(), match.end())
        event.add_evidence("location", match.start(), match.end(), document.text)
        event.notes["location"] = (f"the event's sentence names '{match.group(0)}': placed at "
                                   f"{capital.name}")
