""""Since 19 June night": a time of day after the date is part of the date, so the date still
dates the incident; "since the coup of August 2023" dates the coup, not the incident."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventcoder.extract.dates.eve import dates_a_since_noun


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str],
           date: tuple[int, int]) -> Span:
    """A hand-parsed sentence (as the parser may read it) and its DATE span."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, date[0], date[1], label="DATE")]
    return doc.ents[0]


@pytest.mark.parametrize("part", ["night", "morning", "evening"])
def test_time_of_day_after_the_date_keeps_it(part: str) -> None:
    # "strikers have stayed out since 19 June <part>": <part> heads the date, 'since' the phrase
    span = parsed(["strikers", "stayed", "since", "19", "June", part],
                  [1, 1, 1, 4, 5, 2], ["nsubj", "ROOT", "prep", "nummod", "compound", "pobj"],
                  ["NOUN", "VERB", "ADP", "NUM", "PROPN", "NOUN"], (3, 5))
    assert not dates_a_since_noun(span.root, [span.doc[1]])


def test_event_noun_after_since_takes_the_date() -> None:
    # "arrests since the coup of August 2023": the date dates the coup
    span = parsed(["arrests", "rose", "since", "the", "coup", "of", "August", "2023"],
                  [1, 1, 1, 4, 2, 4, 5, 6],
                  ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "nummod"],
                  ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "NUM"], (6, 8))
    assert dates_a_since_noun(span.root, [span.doc[1]])
