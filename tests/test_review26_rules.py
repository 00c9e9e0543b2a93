"""fix26: the defects the review of the merged round 26 found, each on sentences of several
countries (the reviewer's probes adapted, plus our own).

- An inquiry weighs a tie as a suspicion only when the tie is hedged ('possible links',
  'alleged involvement') or investigators weigh it; 'the summit examined the role of the army in
  securing the border' lays nothing on the army.
- 'Fighters of X who took part in the raid' did the raid: taking part is a deed.
- 'Of Fulani origin' after armed men keeps their militia; only one unarmed person ('a trader of
  Fulani origin') makes the people's name no side.
- Words that tell when ('Since January', 'Last Friday', 'Early Monday') are no part of a
  communal militia's name.
- '1,500 km' is fifteen hundred kilometres: a comma before exactly three digits groups thousands.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.near_pairs import tie_km
from eventcoder.pipeline import default_pipeline


def _primary(text: str) -> Event | None:
    return primary_event(default_pipeline()(Article(id="r", text=text, published="2021-06-10")))


def _roles(event: Event | None) -> dict[str, tuple[str, str | None]]:
    if event is None:
        return {}
    return {(a.acled_name or a.name): (a.role, a.attribution) for a in event.actors}


@pytest.mark.parametrize(("text", "label"), [
    ("Gunmen killed nine people at a market in Beni on Sunday. Separately, the regional summit "
     "examined the role of the Ugandan army in securing the border.",
     "Military Forces of Uganda (1986-)"),
    ("Bandits killed six traders near Gusau on Friday. At a conference in Abuja, scholars "
     "reviewed the role of the Nigerian army in past peace operations.",
     "Military Forces of Nigeria (2015-2023)"),
])
def test_role_reviewed_is_no_suspicion(text: str, label: str) -> None:
    roles = _roles(_primary(text))
    assert roles.get(label, ("", None))[0] != "perpetrator"


@pytest.mark.parametrize(("text", "label"), [
    ("A bomb killed four soldiers in Gao on Monday. Police are looking into the possible "
     "involvement of JNIM, officials said.", "JNIM: Group for Support of Islam and Muslims"),
    ("A roadside bomb killed three policemen in Mandera on Tuesday. Investigators were examining "
     "possible links to al Shabaab.", "Al Shabaab"),
])
def test_hedged_tie_under_inquiry_is_suspicion(text: str, label: str) -> None:
    assert _roles(_primary(text))[label] == ("perpetrator", "suspected")


@pytest.mark.parametrize(("text", "label"), [
    ("Gunmen killed 14 villagers in Kidal on Sunday. Fighters of JNIM who took part in the raid "
     "fled on motorbikes, residents said.", "JNIM: Group for Support of Islam and Muslims"),
    ("Militants stormed an army post in Mocimboa da Praia on Friday, killing five soldiers. "
     "Members of al Shabaab who took part in the assault escaped into the bush, police said.",
     "Al Shabaab"),
])
def test_took_part_is_a_deed(text: str, label: str) -> None:
    assert _roles(_primary(text))[label][0] == "perpetrator"


@pytest.mark.parametrize("text", [
    "Gunmen of Fulani origin killed seven farmers in Benue on Tuesday, police said.",
    "Armed men from the Fulani ethnic group attacked a village in Plateau on Monday, killing "
    "four people.",
    "Attackers of Fulani descent burnt houses in Zamfara on Friday, officials said.",
])
def test_armed_men_of_a_people_keep_militia(text: str) -> None:
    assert "Fulani Ethnic Militia (Nigeria)" in _roles(_primary(text))


def test_one_trader_of_a_people_is_no_militia() -> None:
    text = "Unknown gunmen killed a trader of Fulani origin in Kaduna on Monday, police said."
    assert "Fulani Ethnic Militia (Nigeria)" not in _roles(_primary(text))


@pytest.mark.parametrize(("text", "word", "people"), [
    ("Since January Misseriya militia killed 30 people in Abyei, officials said.", "January",
     "Misseriya"),
    ("Last Friday Tiv youths attacked a village in Benue, killing four people.", "Friday", "Tiv"),
    ("Early Monday Murle youths raided cattle camps in Jonglei, killing six herders.", "Monday",
     "Murle"),
])
def test_time_words_not_in_militia_name(text: str, word: str, people: str) -> None:
    names = list(_roles(_primary(text)))
    assert not any(word in n for n in names)
    assert any(n.startswith(people) for n in names)


@pytest.mark.parametrize(("between", "least"), [
    (", some 1,500 km from ", 1000.0),
    (", 12,000 miles from ", 10000.0),
])
def test_thousands_separator_distance(between: str, least: float) -> None:
    km = tie_km(between)
    assert km is not None and km > least


def test_decimal_distance_stays_small() -> None:
    assert tie_km(", 1.5 km from ") == tie_km(", 1,5 km from ") == tie_km(", 2 km from ")
