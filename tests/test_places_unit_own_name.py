"""A unit the gazetteer names with its unit word ('Mahabo District', 'Sarangani Province') is
called by its bare name in the text ('in Mahabo') as surely as by its full one: that is its own
name, not a variant spelling, and it outranks a town elsewhere that only carries the bare name
among its alternate spellings."""

from __future__ import annotations

from eventcoder.geoparser.gazetteer import ALTERNATE, Candidate, get_gazetteer
from eventcoder.geoparser.resolve import geoparse_doc
from eventcoder.nlp.model import load_nlp


def _resolved(text: str, name: str):
    found = [r for r in geoparse_doc(load_nlp()(text)) if r.mention.text == name and r.place]
    assert found, f"{name} not resolved"
    return found[0]


def test_bare_unit_name_is_the_unit_not_an_alternate_town() -> None:
    r = _resolved("Armed men kidnapped a teacher and her son in Mahabo on Sunday.", "Mahabo")
    assert r.place.name == "Mahabo District" and r.place.cc == "MG"


def test_unit_candidates_with_their_unit_word_are_own_names() -> None:
    # every unit whose gazetteer name is '<bare name> District' carries the bare name as its key
    gaz = get_gazetteer()
    units = [c for c in gaz.lookup("Mahabo") if c.place.kind == "adm2"]
    assert units and all(isinstance(c, Candidate) for c in units)
    assert any(c.flag == ALTERNATE for c in units)  # the build files it as a variant spelling


def test_a_primary_town_name_still_beats_a_unit_named_after_it() -> None:
    # 'Kisumu' is a city by its primary name and the county that carries its name holds it
    r = _resolved("Police dispersed traders protesting in Kisumu on Monday.", "Kisumu")
    assert r.place.cc == "KE" and r.place.kind == "city"


def test_a_settlement_word_is_no_unit_word() -> None:
    # 'George Town' (Cayman Islands) is a town's name: 'George' is South Africa's town of that name
    r = _resolved("Two men were set alight for stealing a phone in George, Western Cape, on "
                  "Friday.", "George")
    assert r.place.cc == "ZA"
