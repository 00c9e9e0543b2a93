"""Rules of the cause24 round, each tested on sentences written here for several countries, with
negatives.

- A deed a crowd gathers over or is angered by ("gathered outside the station over the rape of a
  girl", "angered by the death of a man in custody") is the crowd's grievance
  (extract/events/named_deeds.py): told only so, it is a record known only as the protest's topic,
  never the primary event, and takes none of the protest's dead, nor keeps the protest from the
  toll told after it (extract/counts/stage.py). Told in the report's own voice, it stays an event.
- Past the lead of a long report, a deed told once in the past perfect passive ("had been targeted
  in air strikes") with no day, place or victims in its own clause is background
  (extract/events/passing.py).
- All-capitals wire copy is restored to the casing mixed-case copy uses for its dateline: the place
  in capitals and a capital after the separator (nlp/truecase.py), so both read the same.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.nlp.truecase import restore_case


def _document(pipeline: Any, text: str, published: str) -> Any:
    return pipeline(Article(id="t", text=text, published=published))


# --- (1) a grievance named as the crowd's cause ----------------------------------------------

@pytest.mark.parametrize(("text", "published", "dead"), [
    ("Kisumu, 4 March: hundreds of students gathered outside the county police headquarters over "
     "the alleged rape of a schoolgirl by an officer; police fired live rounds into the crowd, "
     "killing 3 protesters.", "2023-03-05", 3),
    ("Cochabamba, 12 August: residents gathered at the main square over the killing of a "
     "farmers' leader; riot police charged the crowd and shot two demonstrators dead.",
     "2019-08-13", 2),
    ("Rawalpindi, 9 May: traders, angered by the death of a shopkeeper in police custody, "
     "blocked the main bazaar road and burnt tyres; police opened fire, killing 4 of them.",
     "2021-05-10", 4),
])
def test_grievance_named_as_cause_takes_no_toll(pipeline: Any, text: str, published: str,
                                                dead: int) -> None:
    document = _document(pipeline, text, published)
    event = primary_event(document)
    assert event is not None and event.event_type in {"Protests", "Riots"}
    assert event.fatalities is not None and event.fatalities.best == dead
    others = [e for e in document.events if e.event_type not in {"Protests", "Riots"}]
    assert all(e.fatalities is None for e in others), others


def test_toll_told_after_a_grievance_goes_to_the_protest(pipeline: Any) -> None:
    text = ("Mandalay, 3 July: monks and students gathered outside the township court over the "
            "torture of a novice in detention; soldiers opened fire on the crowd. A medical team "
            "said at least 9 people were killed.")
    document = _document(pipeline, text, "2021-07-04")
    event = primary_event(document)
    assert event is not None and event.event_type == "Protests"
    assert event.fatalities is not None and event.fatalities.best == 9


def test_grievance_also_told_as_its_own_incident_stays(pipeline: Any) -> None:
    text = ("Gunmen on a motorbike shot dead a radio journalist outside his home in San Pedro Sula "
            "on Sunday night, police said. On Tuesday, about 300 reporters gathered outside the "
            "attorney general's office in Tegucigalpa over the killing, demanding an inquiry.")
    document = _document(pipeline, text, "2022-05-04")
    types = {e.event_type for e in document.events}
    assert "Violence against civilians" in types and "Protests" in types, types


# --- (2) a past perfect passive deed in a report about something else -------------------------

_PROFILE = (
    "Who are the Ansar al-Wadi fighters the army says have moved into the Sahel border zone?\n\n"
    "The group, which residents say first appeared around 2019, recruits among young herders on "
    "both sides of the frontier. Its leaders preach a strict reading of Islamic law. Village chiefs "
    "say the men collect a tax on cattle and settle disputes over grazing land. Researchers say "
    "the group trades fuel and motorbikes across the border. {deed} Local officials say many "
    "families have moved to the regional capital. The government has promised to recruit more "
    "local guards. Aid groups say schools in the area have been closed for two years."
)


def test_pluperfect_passive_background_is_no_event(pipeline: Any) -> None:
    deed = ("The defence ministry said last week that several of the group's hideouts had been "
            "hit in air strikes.")
    document = _document(pipeline, _PROFILE.format(deed=deed), "2024-02-10")
    assert not any(e.event_type == "Explosions/Remote violence" for e in document.events)


def test_pluperfect_passive_with_own_day_and_victims_stays(pipeline: Any) -> None:
    deed = ("The defence ministry said that one of the group's camps near Menaka had been hit in "
            "an air strike on 6 February, killing 14 fighters.")
    document = _document(pipeline, _PROFILE.format(deed=deed), "2024-02-10")
    assert any(e.event_type == "Explosions/Remote violence" for e in document.events)


# --- (3) all-capitals wire copy reads its dateline as mixed-case copy does --------------------

@pytest.mark.parametrize(("caps", "start"), [
    ("LIMA, OCT 13 (AP) - A PERUVIAN JUDGE ON FRIDAY ORDERED THE RELEASE OF TWO FORMER MAYORS.",
     "LIMA, Oct 13 (AP) - A Peruvian judge"),
    ("NAIROBI, MAY 2 (REUTERS) - THE KENYAN PARLIAMENT ON TUESDAY PASSED A NEW BUDGET.",
     "NAIROBI, May 2 (Reuters) - The Kenyan parliament"),
    ("MANILA - A COURT IN THE PHILIPPINE CAPITAL ON MONDAY ACQUITTED A FORMER SENATOR.",
     "MANILA - A court"),
])
def test_caps_dateline_keeps_mixed_case_form(caps: str, start: str) -> None:
    restored = restore_case(caps)
    assert len(restored) == len(caps)
    assert restored.startswith(start), restored


def test_caps_without_dateline_unchanged_by_rule() -> None:
    restored = restore_case("A BOMB EXPLODED IN A MARKET IN KANDAHAR ON MONDAY, POLICE SAID.")
    assert restored.startswith("A bomb exploded in a market in Kandahar")


def test_caps_copy_reads_like_mixed_case(pipeline: Any) -> None:
    mixed = (
        "QUITO, Nov 8 (AP) - An Ecuadorean court on Thursday sentenced a former army colonel to "
        "twelve years in prison for his part in the disappearance of two students in 1988.\n\n"
        "The judges said the colonel had ordered the students held at a barracks outside the "
        "capital, where they were last seen alive. The colonel, now 74, denied the charges.\n\n"
        "The students' families, who have campaigned for decades, embraced outside the court. "
        "\"We waited thirty-five years for this day,\" said the sister of one of them.\n\n"
        "A truth commission concluded in 2010 that security forces committed hundreds of abuses "
        "between 1984 and 2008, and that most cases never reached a court.")
    got = []
    for text in (mixed, mixed.upper()):
        document = _document(pipeline, text, "2023-11-09")
        got.append(sorted((e.event_type or "", e.date.start or "") for e in document.events))
    assert got[0] == got[1]
