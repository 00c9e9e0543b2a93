"""Unnamed aircraft are the means of the party named for the deed: a claim or a statement of who
flew them leaves no second doer (the state's forces the machines were read as), and no accusation
without an accuser. Hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def event_actors(pipeline: Any, text: str, published: str) -> list[Any]:
    """The primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return list(event.actors)


@pytest.mark.parametrize(("text", "published", "doer", "not_doer"), [
    pytest.param("Drones hit a gas plant near Jizan on Friday; the Houthis claimed responsibility.",
                 "2022-03-26", "Supreme Political Council", "Military Forces of Saudi Arabia",
                 id="saudi-houthi-claim-same-sentence"),
    pytest.param("Drones struck a base near Erbil on Wednesday. Kataib Hezbollah claimed "
                 "responsibility for the strike.", "2020-01-09", "Kataib Hezbollah",
                 "Military Forces of Iraq", id="iraq-militia-claim"),
    pytest.param("Jets bombed a camp near Jilib on Monday. The US Africa Command said it carried "
                 "out the strike, killing eight al-Shabaab fighters.", "2019-06-11",
                 "Military Forces of the United States", "Military Forces of Somalia",
                 id="somalia-foreign-force-says-so"),
    pytest.param("Drones hit an oil depot in Novorossiysk overnight; Ukraine's SBU claimed the "
                 "attack.", "2023-08-14", "Security Service of Ukraine", "Military Forces of Russia",
                 id="russia-ukrainian-claim"),
])
def test_claimed_aircraft_are_the_claimants(pipeline: Any, text: str, published: str, doer: str,
                                            not_doer: str) -> None:
    actors = event_actors(pipeline, text, published)
    labels = [(a.acled_name or a.name) for a in actors if a.role == "perpetrator"]
    assert any(doer in label for label in labels), labels
    assert not any(label.startswith(not_doer) for label in labels), labels
    assert not any(a.attribution == "accused" and not a.attributed_by for a in actors)


def test_unclaimed_aircraft_stay_the_state_military(pipeline: Any) -> None:
    actors = event_actors(pipeline, "Warplanes bombed a village near Damboa on Sunday, killing "
                          "five civilians.", "2021-05-04")
    assert any((a.acled_name or "").startswith("Military Forces of Nigeria")
               and a.role == "perpetrator" for a in actors)


def test_a_government_saying_its_jets_struck_keeps_its_military(pipeline: Any) -> None:
    actors = event_actors(pipeline, "Jets struck a convoy near Saraqib on Monday; the Russian "
                          "defence ministry said its aircraft carried out the raid.", "2018-02-20")
    assert any((a.acled_name or "").startswith("Military Forces of Russia")
               and a.role == "perpetrator" for a in actors)


def test_no_relation_from_the_dropped_machines(pipeline: Any) -> None:
    doc = pipeline(Article(id="t", text="Drones hit a pumping station near Yanbu on Friday, "
                           "wounding two workers; the Houthis claimed responsibility.",
                           published="2022-03-26"))
    assert not any(r.source.startswith("Military Forces of Saudi Arabia") for r in doc.relations)

