"""Armed men tied to a group written after them are that group's men, not an unidentified armed
group beside it; a group word alone ("Cartel") names no group; Brazil's military police are
police (plain police, as ACLED names the states' forces). Hand-written sentences from Mexico, Colombia, Pakistan, Nigeria and Brazil."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.modifiers import owned_by_later_group


def _labels(pipeline: Any, text: str, published: str = "2024-03-02") -> list[str]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.acled_name or a.name for a in event.actors]


@pytest.mark.parametrize(("text", "group"), [
    pytest.param("Gunmen of the Jalisco New Generation Cartel (CJNG) clashed with members of the "
                 "Sinaloa Cartel in Frontera Comalapa, Chiapas, leaving six dead.",
                 "CJNG: Jalisco New Generation Cartel", id="cjng_mexico"),
    pytest.param("Gunmen from the Gulf Cartel shot dead a police officer in Reynosa, Tamaulipas.",
                 "Gulf Cartel", id="gulf_cartel_mexico"),
    pytest.param("A group of armed men believed to be members of the ELN kidnapped a soldier in "
                 "Arauca.", "ELN: National Liberation Army", id="eln_colombia"),
])
def test_the_group_s_men_are_the_group(pipeline: Any, text: str, group: str) -> None:
    labels = _labels(pipeline, text)
    assert group in labels
    assert not any(label.startswith("Unidentified Armed Group") for label in labels)


def test_unnamed_gunmen_stay_unidentified(pipeline: Any) -> None:
    labels = _labels(pipeline, "Unknown gunmen shot dead a teacher in Tumaco, Narino, on "
                               "Saturday, police said.")
    assert "Unidentified Armed Group (Colombia)" in labels


@pytest.mark.parametrize(("text", "noun", "owned"), [
    ("Gunmen of the TTP attacked", "Gunmen", True),
    ("armed men from the Boko Haram faction", "armed men", True),
    # after a doer noun "of" names the victim, not the owner
    ("the attackers of the army post fled", "attackers", False),
])
def test_owned_by_later_group(text: str, noun: str, owned: bool) -> None:
    end = text.index(noun) + len(noun)
    starts = frozenset(i for i in range(len(text)) if text[i:i + 1].isupper() and i > end)
    assert owned_by_later_group(text, noun, end, starts) is owned


def test_a_lone_group_word_is_no_group(pipeline: Any) -> None:
    labels = _labels(pipeline, "Cartel gunmen ambushed a National Guard patrol in Michoacan, "
                               "killing four guardsmen.")
    assert "Cartel" not in labels
    assert "Unidentified Armed Group (Mexico)" in labels


def test_brazil_military_police_are_police(pipeline: Any) -> None:
    labels = _labels(pipeline, "Brazilian military police killed two suspected drug traffickers "
                               "in a raid on a favela in Rio de Janeiro.")
    assert "Police Forces of Brazil (2023-)" in labels
    assert not any(x.startswith("Military Forces of Brazil") for x in labels)


def test_military_police_elsewhere_stay_military(pipeline: Any) -> None:
    labels = _labels(pipeline, "Russian military police detained two men in Manbij on Monday.",
                     "2019-11-05")
    assert not any(x.startswith("Police Forces of Russia") for x in labels)


@pytest.mark.parametrize(("text", "group", "country"), [
    pytest.param("Gunmen believed to be members of the Tren de Aragua gang shot dead two men in "
                 "Santiago, Chile.", "Tren de Aragua", "Chile", id="tren_de_aragua_chile"),
    pytest.param("Haitian police clashed with members of the Viv Ansanm gang coalition in "
                 "Port-au-Prince.", "Viv Ansanm", "Haiti", id="viv_ansanm_haiti"),
    pytest.param("Members of Los Choneros attacked a prison in Guayaquil, killing two guards.",
                 "Los Choneros", "Ecuador", id="choneros_ecuador"),
])
def test_latin_american_gangs_by_name(pipeline: Any, text: str, group: str,
                                      country: str) -> None:
    document = pipeline(Article(id="t", text=text, published="2024-04-02"))
    event = primary_event(document)
    assert event is not None
    assert group in [a.acled_name or a.name for a in event.actors]
    assert event.location.country == country
