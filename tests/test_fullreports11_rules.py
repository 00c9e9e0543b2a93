"""Rules from the full reports 11 / summaries 11 round (#14), each on sentences written for several
countries: a group that "denied the accusation" denies its part as one that "denied involvement"
does; an armed group's own speaker who tells what "the rebels" or "the insurgents" did claims the
deed for his group (a state's spokesman who says the same tells the other side's deed); and "in
the 1990s", "the late 1980s" date a deed by its decade, which the fallback parser read as a day of
the report's week.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.document import Article
from eventcoder.extract.dates.resolve import resolve_date
from eventcoder.pipeline import default_pipeline


def _events(text: str, published: str = "2021-06-16") -> list:
    return default_pipeline()(Article(id="t", text=text, published=published)).events


def _perpetrators(text: str, published: str = "2021-06-16") -> dict[str, str]:
    """name -> attribution of the perpetrators of every event the pipeline finds."""
    return {a.name: a.attribution for e in _events(text, published) for a in e.actors
            if a.role == "perpetrator"}


def _found(text: str, name: str) -> dict[str, str]:
    return {n: a for n, a in _perpetrators(text).items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed 12 villagers near Gimbi on Saturday, officials said. The regional government "
     "accused the Oromo Liberation Army of the killings. The group denied the accusation.",
     "Oromo Liberation Army"),
    ("Militants killed three policemen in Turbat on Friday, and officials accused the Baloch "
     "Liberation Army of the attack. The BLA denied the accusations.", "Liberation Army"),
    ("A bomb killed four farmers near Tame, Arauca, on Monday. The army accused the ELN of "
     "planting it; the guerrilla group rejected the accusation.", "National Liberation Army"),
])
def test_denying_the_accusation_is_a_denial(text: str, name: str) -> None:
    assert _found(text, name) and set(_found(text, name).values()) == {"denied"}, \
        _perpetrators(text)


def test_a_denial_not_made_leaves_the_accusation() -> None:
    text = ("Gunmen killed 12 villagers near Gimbi on Saturday, officials said. The regional "
            "government accused the Oromo Liberation Army of the killings. The group did not deny "
            "the accusation.")
    assert _found(text, "Oromo Liberation Army") == {"Oromo Liberation Army": "accused"}, \
        _perpetrators(text)


@pytest.mark.parametrize(("text", "name"), [
    ("A fire broke out at an oil depot in Jeddah on Friday after it was hit by missiles. Houthi "
     "military spokesman Yahya Saree said in a televised statement that the rebels had fired "
     "missiles at the depot.", "Houthi"),
    ("Gunmen killed ten policemen in Buthidaung on Friday. A spokesman for the Arakan Army said "
     "the insurgents had launched the attacks.", "Arakan Army"),
    ("Gunmen killed six soldiers near Tame on Sunday. A spokesman for the National Liberation "
     "Army said the guerrillas had ambushed the patrol.", "National Liberation Army"),
])
def test_a_groups_speaker_telling_what_the_rebels_did_claims_it(text: str, name: str) -> None:
    assert "claimed" in _found(text, name).values(), _perpetrators(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed ten soldiers in Bunia on Friday. FARDC spokesman Jules Ngongo said the rebels "
    "had launched the attacks.",
    "Gunmen killed ten soldiers near Mopti on Friday. An army spokesman said the jihadists had "
    "launched the attacks.",
])
def test_a_state_speaker_telling_what_the_rebels_did_claims_nothing(text: str) -> None:
    assert "claimed" not in _perpetrators(text).values(), _perpetrators(text)


@pytest.mark.parametrize(("expr", "start", "end"), [
    ("the 1990s", "1990-01-01", "1999-12-31"),
    ("the late 1980s", "1986-01-01", "1989-12-31"),
    ("the early 2000s", "2000-01-01", "2003-12-31"),
    ("the 2010s", "2010-01-01", "2011-08-17"),
])
def test_a_decade_dates_its_years(expr: str, start: str, end: str) -> None:
    info = resolve_date(expr, date(2011, 8, 17))
    assert (info.start, info.end, info.precision) == (start, end, "year")


@pytest.mark.parametrize("text", [
    "Rebels killed dozens of villagers in the area in the 1980s.",
    "Clashes between soldiers and coca growers killed several people in the Chapare in the 1990s.",
    "Bombings by separatists killed hundreds of people across Corsica in the late 1970s.",
])
def test_a_deed_of_a_past_decade_is_not_dated_in_the_news_week(text: str) -> None:
    dates = [e.date.start for e in _events(text) if e.date is not None and e.date.start]
    assert dates and all(d < "2000" for d in dates), dates
