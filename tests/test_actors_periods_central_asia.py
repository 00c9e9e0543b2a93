"""State forces of Central Asia and Central America with the ruling period of the event date, an
acronym-named group kept in capitals, and Algeria's army under its other English name:
hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest
from actor_labels import labels

from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.periods import dated_state_label
from eventcoder.resolve.actors.phoenix_build import build_entries
from eventcoder.text.casing import casing_of


@pytest.mark.parametrize(("label", "day", "expected"), [
    ("Military Forces of Kyrgyzstan", "2016-04-01", "Military Forces of Kyrgyzstan (2011-2017)"),
    ("Police Forces of Kyrgyzstan", "2010-06-12", "Police Forces of Kyrgyzstan (2010-2011)"),
    ("Military Forces of Uzbekistan", "2005-05-13", "Military Forces of Uzbekistan (1991-2016)"),
    ("Police Forces of Uzbekistan", "2022-07-02", "Police Forces of Uzbekistan (2016-)"),
    ("Military Forces of Turkmenistan", "2015-07-01",
     "Military Forces of Turkmenistan (2006-2022)"),
    ("Military Forces of Honduras", "2019-03-11", "Military Forces of Honduras (2014-2022)"),
    ("Police Forces of Honduras", "2023-05-02", "Police Forces of Honduras (2022-)"),
])
def test_periods(label: str, day: str, expected: str) -> None:
    assert dated_state_label(label, day) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 3 June 2018, police in Andijan, Uzbekistan, beat and detained a blogger "
                 "who had filmed a queue at a bank.", "2018-06-04",
                 "Police Forces of Uzbekistan (2016-)", id="uzbekistan"),
    pytest.param("On 12 September 2014, Kyrgyz police dispersed a rally outside the parliament "
                 "in Bishkek, Kyrgyzstan.", "2014-09-13", "Police Forces of Kyrgyzstan (2011-2017)",
                 id="kyrgyzstan"),
    pytest.param("On 8 February 2020, Honduran soldiers exchanged fire with gang members in "
                 "Choloma, Honduras, killing one.", "2020-02-09",
                 "Military Forces of Honduras (2014-2022)", id="honduras"),
])
def test_state_forces_take_the_period(pipeline: Any, text: str, published: str,
                                      expected: str) -> None:
    assert expected in labels(pipeline, text, published)


def test_algerias_army_by_its_other_english_name(pipeline: Any) -> None:
    found = labels(pipeline, "On 5 October 1997, the National People's Army said it had killed "
                             "nine armed Islamists in a sweep near Blida, Algeria.", "1997-10-06")
    assert "Military Forces of Algeria (1999-)" in found or any(
        name.startswith("Military Forces of Algeria") for name in found)


def test_east_germanys_army_is_not_algerias() -> None:
    # "National People's Army" is also the name of East Germany's army: it needs Algeria
    assert actor_kb.lookup("National People's Army", "DE") is None
    entry = actor_kb.lookup("National People's Army", "DZ")
    assert entry is not None and entry.acled.startswith("Military Forces of Algeria")


@pytest.mark.parametrize(("raw", "name"), [
    ("UNITA_ [AGOREB]", "UNITA"), ("EZLN_ [MEXREB]", "EZLN"), ("JKLF_ [INDSEP]", "JKLF"),
    ("HISBA_ [NGAREB]", "Hisba"), ("TANZIM_ [PSERAD]", "Tanzim"),
    ("KACH_ [ISRRAD]", "Kach"),
])
def test_acronym_names_keep_their_capitals(raw: str, name: str) -> None:
    code = raw.split("[")[1][:6]
    block = {"raw": raw.split(" [")[0], "code": code, "aliases": []}
    entries = build_entries([block], casing_of)
    assert entries and entries[0]["name"] == name


def test_unita_is_labelled_in_capitals(pipeline: Any) -> None:
    found = labels(pipeline, "On 14 November 1998, UNITA rebels shelled the town of Kuito in "
                             "Bie province, Angola.", "1998-11-15")
    # the curated entry (data/actors_past.yaml) writes ACLED's "UNITA: National Union for ..."
    assert any(f.startswith("UNITA") for f in found) and "Unita" not in found
