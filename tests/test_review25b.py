"""Defects a read-only review found in the 0.22.0 release, each on sentences written for it.

- A gapped trigger phrase skips a hyphen only inside a number's compound ('15-year'): after a
  word the hyphen's tail may be the phrase's own word ('a cease-fire' is no 'set ... fire').
- 'School', 'Institute', 'Offices' after a nationality name an establishment abroad only when
  no 'of' follows ('the Kenyan School of Law' is at home).
- 'The province' after a name marks it a unit only when the unit's country holds no town of
  that name ('Bam' yes; 'Farah', a town in its own province, no).
"""

from __future__ import annotations

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline

DAY = "2021-06-10"


def _events(text: str) -> list[Event]:
    return default_pipeline()(Article(id="t", text=text, published=DAY)).events


def _primary(text: str) -> Event | None:
    return primary_event(default_pipeline()(Article(id="t", text=text, published=DAY)))


def test_ceasefire_is_no_arson() -> None:
    event = _primary("M23 rebels set terms for a cease-fire near Goma on Monday.")
    assert event is None or event.sub_event_type != "Looting/property destruction"


def test_hyphenated_word_tail_is_no_phrase_word() -> None:
    assert _primary("Rebels set up anti-fire barriers near Goma on Monday.") is None


def test_number_compound_still_skipped() -> None:
    event = _primary("A military court in Harare passed 10-year prison sentences on six "
                     "opposition activists on Tuesday.")
    assert event is not None and event.event_type == "Strategic developments"


def test_home_school_keeps_its_country() -> None:
    event = _primary("Students of the Kenyan School of Law protested over fees on Monday.")
    assert event is not None and event.location.country == "Kenya"


def test_town_in_its_own_province_stays_the_town() -> None:
    events = _events("Police in Herat arrested a man who attacked a mosque in Farah on Monday. "
                     "The province is poor.")
    attack = next(e for e in events if e.event_type == "Violence against civilians")
    assert attack.location.name == "Farah"


def test_unit_read_abroad_still_taken() -> None:
    event = _primary("Primary and secondary teachers in Bam demonstrated on Monday to denounce "
                     "practices in the province that hinder education.")
    assert event is not None and event.location.country == "Burkina Faso"
