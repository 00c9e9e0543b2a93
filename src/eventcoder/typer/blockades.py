"""A road blockade without violence is a protest under ACLED's codebook of 2019.

The codebook of 2019 keeps a crowd that only blocks a road or sits in apart from a violent
demonstration: it is a riot only when the crowd engages in violence or destruction. The trigger rules
read "blocked the road" as a riot deed, and the typer learnt that from the many pre-2019 records
coded so. acled_train.jsonl holds both conventions: of the notes where a crowd blocks or
barricades a road and no violent word appears, those published from 2019 are Protests 60 times
against one Riots, those of 2015-2018 Riots 80 times against 18 Protests; burnt tyres with a
blockade are Riots 11 times in 11 (all years). So only events dated from 2019 are retyped, and only when the
event's own sentences name no violent deed.
"""

from __future__ import annotations

import re

from eventcoder.document import Document, Event
from eventcoder.nlp.doc_cache import sentences_text
from eventcoder.typer.crowd_types import VIOLENT_DEMO

NEW_CONVENTION_SINCE = "2019-01-01"
_BLOCKADE = re.compile(r"\b(?:block(?:ed|ing|s|ade[sd]?)?|barricad\w*|sit-?ins?|sat\s+down)\b",
                       re.IGNORECASE)
# any violence or destruction by anyone in the event's sentences keeps the riot reading
_VIOLENT = re.compile(
    r"\b(?:ston(?:es|ed|ing)|rocks|projectiles?|burn(?:ed|t|ing|s)?|tyres?|tires|torch(?:ed|ing)|"
    r"fire|ablaze|alight|loot(?:ed|ing|ers)?|vandali[sz]\w*|destroy(?:ed|ing)|damag(?:ed|ing|e)|"
    r"clash(?:ed|es|ing)?|machetes?|clubs|riot(?:s|ed|ing|ous|ers)?|violen(?:t|ce)|bombs?|"
    r"molotov|pelt(?:ed|ing)|smash(?:ed|ing)|shatter(?:ed|ing)|attack(?:ed|ing|s)?|injur\w*|"
    r"wound\w*|kill\w*|dead|died|shot|fir(?:ed|ing)|threw|throw\w*|hurl\w*|beat(?:en|ing)?|"
    r"fight\w*|mob)\b",
    re.IGNORECASE,
)
# The police's means of clearing a crowd are an intervention, not the crowd's violence: "fired
# tear gas to clear them" leaves a peaceful blockade a protest (with intervention).
_POLICE_MEANS = re.compile(
    r"\bfir(?:ed|ing|es)\s+(?:\w+\s+){0,2}?(?:tear\s*-?gas|teargas|rubber\s+bullets?|"
    r"water\s+cannons?|warning\s+shots|(?:shots|rounds)\s+in(?:to)?\s+the\s+air|stun\s+grenades?)",
    re.IGNORECASE,
)
# "fired his defence minister", "sacked the police chief": a dismissal, no shot ('fired' followed
# by an office, with no preposition of aim such as 'at' or 'on' between them).
_DISMISSAL = re.compile(
    r"\b(?:fir(?:ed|ing|es)|sack(?:ed|ing|s)?)\s+"
    r"(?:(?!at\b|on\b|upon\b|into\b|in\b|toward)[\w-]+\s+){0,3}?"
    r"(?:minister|chief|head|director|coach|governor|secretary|adviser|advisor|aide|officials?|"
    r"commander|manager|ceo|deputy|spokes(?:man|woman|person)|judge|prosecutor|ambassador|"
    r"cabinet|government)s?\b",
    re.IGNORECASE,
)
_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear\s*-?gas|water\s+cannons?|rubber\s+bullets?|arrest\w*|detain\w*|"
    r"carried\s+(?:\w+\s+){0,3}away|removed|cleared|evicted)\b",
    re.IGNORECASE,
)


def retype_peaceful_blockade(document: Document, event: Event, published: str | None) -> None:
    """Retype a riot that is only a road blockade, dated from 2019, as a protest."""
    if (event.event_type, event.sub_event_type) != VIOLENT_DEMO:
        return
    day = (event.date.start or "")[:10] or published
    if not day or day < NEW_CONVENTION_SINCE or document.spacy_doc is None:
        return
    text = sentences_text(document.spacy_doc, event._sentences)
    calm = _DISMISSAL.sub(" ", _POLICE_MEANS.sub(" ", text))
    if not _BLOCKADE.search(text) or _VIOLENT.search(calm):
        return
    event.event_type = "Protests"
    event.sub_event_type = ("Protest with intervention" if _INTERVENTION.search(text)
                            else "Peaceful protest")
    event.notes["event_type"] = ("a road blockade with no violent deed, dated from 2019: a protest "
                                 "under ACLED's 2019 codebook")
