"""Tolls told of an earlier year: a background sentence, not the incident's own count.

A news report often closes with history ("Marawi was destroyed in 2017 during a siege in which
more than 1,100 people died"). When the sentence of a figure names a year, and every year it names
is before the year of the event's date, the figure belongs to that past, whatever its grammar.
So does a figure in a sentence whose every date is a month or a year that ended before the
event's day ("the first attack in Niassa since June, when insurgents killed four people"): a
month, unlike a weekday, names no day of the news. In a sentence that dates the news too, a
toll told in a clause on a deed named with an earlier year ("marked the anniversary of the 1995
massacre, in which 8,000 men were killed", "the 1998 embassy bombing, which killed 213") is that
deed's, and so is one in a relative clause of a sentence that counts years from a deed ("to mark
eleven years since the collapse, ... at the site where 1,100 workers died").
"""

from __future__ import annotations

import re

from eventcoder.document import Document, Event
from eventcoder.extract.background import commemorating
from eventcoder.extract.counts.phrase import Finding
from eventcoder.extract.dates.resolve import parse_published, resolve_date

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_YEAR_PREPS = frozenset({"in", "since", "during", "until", "by"})


def told_of_earlier_year(document: Document, event: Event, finding: Finding) -> bool:
    """The figure's sentence names only years before the event's (a background toll)."""
    if not event.date.start or finding.cue < 0:
        return False
    sentence = document.spacy_doc[finding.cue].sent
    span_start = event.date.span_start
    if span_start is not None and sentence.start_char <= span_start < sentence.end_char:
        # the sentence dates the event itself; the old year is an aside, and so is the toll of
        # the deed it dates ("the 1994 genocide, in which 800,000 people were killed")
        cue = document.spacy_doc[finding.cue]
        return _toll_of_dated_deed(cue, int(event.date.start[:4])) or _toll_commemorated(cue)
    years = [int(y) for e in sentence.ents if e.label_ == "DATE" for y in _YEAR.findall(e.text)]
    # spaCy may tag a bare year as a number: "destroyed in 2017" is still a year
    years += [int(t.text) for t in sentence if _YEAR.fullmatch(t.text)
              and t.dep_ == "pobj" and t.head.lower_ in _YEAR_PREPS]
    if years and max(years) < int(event.date.start[:4]):
        return True
    return _months_before(document, sentence, event.date.start)


def _months_before(document: Document, sentence, event_start: str) -> bool:
    """Every date of the sentence is a month or a year that ended before the event's day."""
    published = parse_published(document.article.published)
    periods = [resolve_date(e.text, published) for e in sentence.ents if e.label_ == "DATE"]
    return bool(periods) and all(
        p.precision in {"month", "year"} and p.end is not None and p.end < event_start
        for p in periods)


def _toll_commemorated(cue) -> bool:
    """ "gathered to mark eleven years since the factory collapse, laying wreaths at the site
    where more than 1,100 workers died": a toll in a relative clause of a sentence that
    commemorates is the old deed's."""
    return any(c.dep_ == "relcl" for c in [cue, *cue.ancestors]) and commemorating(cue.sent)


def _toll_of_dated_deed(cue, event_year: int) -> bool:
    """The figure's verb is a relative clause on a noun that an earlier year modifies."""
    for clause in [cue, *cue.ancestors]:
        if clause.dep_ != "relcl":
            continue
        # the parse may hang the clause on "the anniversary of the 1994 genocide" itself
        nouns = [clause.head, *(o for c in clause.head.children if c.dep_ == "prep"
                                and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
        years = [int(t.text) for n in nouns for t in n.children
                 if t.dep_ in {"nummod", "compound", "amod", "npadvmod"} and _YEAR.fullmatch(t.text)]
        return bool(years) and max(years) < event_year
    return False
