"""A named group's theatre, learned by `eventcoder fit theatres`: a group the training records code
in several countries shares its vote among them, so that the publisher decides; Spanish particles
inside unit names and a unit's own name with its type word."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from geo_docs import geocoded_document

from eventcoder.document import Actor
from eventcoder.fit.theatres import count_theatres, is_named_group, write_theatres
from eventcoder.pipeline import for_parsing
from eventcoder.resolve.event_location.actor_theatres import theatre_shares, theatre_votes


def _line(country: str, actors: list[str]) -> dict:
    return {"id": "x", "text": "t", "gold": {"country": country, "actors": actors}}


def test_fit_counts_named_groups_per_country_and_skips_generic_actors(tmp_path: Path) -> None:
    lines = [_line("Nigeria", ["Boko Haram", "Civilians (Nigeria)"]),
             _line("Cameroon", ["Boko Haram", "Military Forces of Cameroon (1982-)"]),
             _line("Cameroon", ["Boko Haram"])]
    table, country_lines = count_theatres(lines)
    assert table == {"Boko Haram": {"CM": 2, "NG": 1}}
    assert country_lines == {"CM": 2, "NG": 1}
    assert not is_named_group("Police Forces of Kenya (2013-)") and is_named_group("ADF")
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    out = tmp_path / "actor_theatres.yaml"
    assert write_theatres([path], out) == {"lines": 3, "actors": 1}
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["actors"] == table


def test_a_group_coded_in_several_countries_shares_its_vote_home_first() -> None:
    boko = Actor(actor_id="a", name="Boko Haram", kind="armed group", country="NG", known=True)
    shares = theatre_shares(boko)
    assert {"NG", "CM"} <= set(shares) and abs(sum(shares.values()) - 1.0) < 1e-9
    votes = theatre_votes(boko, 2.0)
    assert votes["NG"] == max(votes.values()) and 0 < votes["CM"] < 2.0
    # a group the records never saw keeps its whole vote at home
    unseen = Actor(actor_id="b", name="Front Imaginaire du Nord", kind="armed group", country="TD",
                   known=True)
    assert theatre_votes(unseen, 1.5) == {"TD": 1.5}


def test_the_publisher_decides_between_a_cross_border_groups_countries() -> None:
    text = "Boko Haram fighters raided Ngouboua-Kari village overnight, killing two herders."
    actors = [("Boko Haram", "armed group", "NG", True)]
    # alone, a village spelt as Nigeria's are keeps the group at home; one spelt the French way
    # ('Ngouboua-Kari') leans to the French-speaking side of its theatre (spelling.py)
    home = geocoded_document(text.replace("Ngouboua-Kari", "Kwarangwari"), "raided",
                             actors=actors).events[0]
    assert home.location.country_code == "NG"
    alone = geocoded_document(text, "raided", actors=actors).events[0]
    assert alone.location.country_code == "CM"
    # 'Camer.be' is seen once in training, for Cameroon: a hint, now enough against a group that
    # the records also code in Cameroon
    hinted = geocoded_document(text, "raided", source="Camer.be", actors=actors).events[0]
    assert hinted.location.country_code == "CM"


def test_a_spanish_particle_joins_a_units_name() -> None:
    doc = geocoded_document("Troops killed four militants in Lanao del Sur province on Monday.",
                            "killed")
    assert doc.events[0].location.country_code == "PH"
    assert doc.events[0].location.admin1 == "Lanao del Sur" or "Lanao del Sur" in (
        doc.events[0].location.name or "")
    doc = geocoded_document("Gunmen shot dead a community leader in Valle del Cauca.", "shot")
    assert doc.events[0].location.country_code == "CO"


def test_a_units_own_name_with_its_type_word_is_no_variant_spelling() -> None:
    # Colombia's Putumayo department, not Peru's small district of that name
    doc = geocoded_document("Soldiers clashed with FARC dissidents in Putumayo department.",
                            "clashed")
    assert doc.events[0].location.country_code == "CO"


def test_an_ayn_written_as_a_quote_mark_stays_inside_the_name() -> None:
    # copied reports write the ayn as '‘' (or as the cp1252 byte read as Latin-1, '\x91')
    for text in ("Witnesses described the killing of a coffee trader in Yirga ‘Alem on Friday.",
                 "Police shot two prisoners in Yirga \x91Alem on Friday."):
        doc = geocoded_document(for_parsing(text), "killing|shot")
        assert doc.events[0].location.country_code == "ET", text
    # a quoted word after a name is no part of it
    doc = geocoded_document("Protesters in Nairobi ‘Occupied’ the park on Monday.", "Protesters")
    assert [t.text for t in doc.toponyms] == ["Nairobi"]


def test_a_countrys_soil_says_where_a_countrys_name_on_a_soldier_says_whose() -> None:
    doc = geocoded_document("A DRC soldier who crossed onto Rwandan soil on Sunday was shot dead by a patrol.", "shot")
    assert doc.events[0].location.country_code == "RW"
    doc = geocoded_document("A Kenyan fisherman was arrested by police on Ugandan soil.", "arrested")
    assert doc.events[0].location.country_code == "UG"
