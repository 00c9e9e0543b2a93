"""A nationality on a fired munition names that nation's military as the doer: "Russian shells
struck a school", "Thai artillery shells hit a village", "Ukrainian rockets struck a market"
(sentences written for several countries); a maker's mark ("Iranian-made rockets fired by the
Houthis") names no doer, and the strike is a shelling, never a labour strike."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _events(text: str) -> list:
    return default_pipeline()(Article(id="t", text=text)).events


@pytest.mark.parametrize(("text", "label"), [
    ("Russian shells struck a school in Kharkiv on Tuesday.", "Military Forces of Russia"),
    ("Thai artillery shells struck a village in Narathiwat on Monday, wounding three people.",
     "Military Forces of Thailand"),
    ("Ukrainian rockets struck a market in Donetsk on Saturday.", "Military Forces of Ukraine"),
    ("Israeli tank shells hit a house in Rafah on Sunday, killing three people.",
     "Military Forces of Israel"),
    ("Azerbaijani mortars hit a farm near Martuni overnight, wounding a shepherd.",
     "Military Forces of Azerbaijan"),
])
def test_national_munition_names_its_army(text: str, label: str) -> None:
    events = _events(text)
    assert events and events[0].event_type == "Explosions/Remote violence", events
    perps = {a.acled_name for a in events[0].actors if a.role == "perpetrator"}
    assert label in perps, perps


def test_a_makers_mark_is_no_doer() -> None:
    events = _events("Iranian-made rockets fired by the Houthis hit an airport in Jizan on Monday.")
    perps = {a.acled_name for e in events for a in e.actors if a.role == "perpetrator"}
    assert "Military Forces of Iran" not in perps, perps


@pytest.mark.parametrize(("text", "label"), [
    # a country's possessive on its forces' means: "Ukraine's air defences", "Russia's drones"
    ("A rocket that wounded a farmer outside Hrubieszow on Thursday was probably launched by "
     "Ukraine's air defences, Polish officials said.", "Military Forces of Ukraine"),
    ("A rocket that killed a farmer near Kiryat Shmona was most likely fired by Lebanon's army, "
     "Israeli officials said.", "Military Forces of Lebanon"),
])
def test_a_countrys_forces_suspected_by_possessive(text: str, label: str) -> None:
    events = _events(text)
    perps = {a.acled_name: a.attribution for e in events for a in e.actors
             if a.role == "perpetrator"}
    assert perps.get(label) == "suspected", perps


def test_a_defence_minister_is_no_force() -> None:
    events = _events("The Ukrainian defence minister said Russian forces shelled Kherson on "
                     "Monday.")
    perps = {a.acled_name for e in events for a in e.actors if a.role == "perpetrator"}
    assert perps == {"Military Forces of Russia"}, perps
