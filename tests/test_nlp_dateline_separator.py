"""A wire dateline ends at its separator, whatever comes between the place and it: a day written
first ("KYIV, 11 March (AFP) -"), a MUC-style day and year ("LIMA, 11 MAR 90 (EFE) --").
Nothing before the separator names a group. Hand-written openings from several outlets."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.nlp.dateline_ents import dateline_separator


@pytest.mark.parametrize(("text", "place"), [
    ("KYIV, 11 March (AFP) - Russian drones struck a power plant overnight.", "KYIV"),
    ("LIMA, 11 MAR 90 (EFE) -- [TEXT] GUERRILLAS KILLED FIVE PEASANTS.", "LIMA"),
    ("SAN SALVADOR, 10 MAR 90 (ACAN-EFE) -- [TEXT] URBAN COMMANDOS DYNAMITED TWO TOWERS.",
     "SAN SALVADOR"),
    ("LAGOS, Nigeria (Reuters) - Gunmen killed four people.", "LAGOS"),
    ("NIAMEY, Dec 12 (Reuters) - Soldiers repelled an attack.", "NIAMEY"),
    # case-restored wire copy: the place in title case, with its date and outlet
    ("Lima, 11 Mar 90 (Efe) -- (Text) Guerrillas killed five peasants.", "Lima"),
])
def test_the_dateline_ends_at_its_separator(text: str, place: str) -> None:
    found = dateline_separator(text)
    assert found is not None
    assert text[:found[0]] == place
    assert text[found[1]] in "-:—–"


def test_a_month_in_the_dateline_is_no_group() -> None:
    text = ("LIMA, 11 MAR 90 (EFE) -- [TEXT] SHINING PATH GUERRILLAS KILLED FIVE PEASANTS IN "
            "AYACUCHO DEPARTMENT ON 9 MARCH, MILITARY SOURCES SAID TODAY.")
    names = {a.name for a in extract_document(text, published="1990-03-12").actors}
    assert "Shining Path" in names and "Mar" not in names, names


@pytest.mark.parametrize("text", [
    "Kabul police said on Monday that gunmen killed four people.",
    "Gao, a town on the Niger river, was attacked on Monday - residents said.",
])
def test_a_sentence_opening_with_a_place_has_no_dateline(text: str) -> None:
    assert dateline_separator(text) is None
