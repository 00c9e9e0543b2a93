"""A nationality word gives a generic force its country, also when the event is in another one
("Malaysian police ... in southern Thailand"): hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest
from actor_labels import labels

from eventcoder.geoparser.countries import demonym_code
from eventcoder.resolve.actors.hits import group_kind


@pytest.mark.parametrize(("word", "code"), [
    ("Chilean", "CL"), ("Malaysian", "MY"), ("Uzbek", "UZ"), ("Tajik", "TJ"),
    ("Paraguayan", "PY"), ("Costa Rican", "CR"), ("Emirati", "AE"), ("Papua New Guinean", "PG"),
])
def test_nationality_words_name_their_country(word: str, code: str) -> None:
    assert demonym_code(word) == code


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("Gunmen attacked a patrol of Chilean soldiers serving with the UN mission in "
                 "Port-au-Prince, Haiti, on Tuesday, wounding two.", "2021-03-03",
                 "Military Forces of Chile", id="chile_abroad"),
    pytest.param("Uzbek border guards opened fire on Tajik villagers near the border town of "
                 "Isfara on Sunday, killing one.", "2021-03-03", "Military Forces of Uzbekistan",
                 id="uzbek_guards_in_tajikistan"),
    pytest.param("Malaysian police shot dead three suspected smugglers in southern Thailand's "
                 "Songkhla province on Friday.", "2021-03-03", "Police Forces of Malaysia",
                 id="malaysia_abroad"),
])
def test_force_takes_its_nationality(pipeline: Any, text: str, published: str,
                                     expected: str) -> None:
    assert any(name.startswith(expected) for name in labels(pipeline, text, published))


@pytest.mark.parametrize(("name", "kind"), [
    ("Paraguayan People's Army", "armed group"),
    ("Uzbek Liberation Front Army", "armed group"),
    ("Nigerian Army", "state forces"),
    ("Afghan National Police", "state forces"),
    ("Malaysian Border Guard", "state forces"),
])
def test_a_nationality_in_a_name_makes_no_state_force_alone(name: str, kind: str) -> None:
    assert group_kind(name) == kind
