"""An actor named through its weapon or unit ("the army's artillery shelled") is the doer;
an owner of a spokesman, a minister or a position is not (sentences written for several
countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline
from tests.test_attribution_report_doers import perpetrators_of

OWNED_MEANS = [
    # Sudan: artillery of the army
    ("The Sudanese army's artillery shelled a neighbourhood in Omdurman on Wednesday, killing "
     "at least 15 civilians, a local resistance committee said.", "Sudan"),
    # Myanmar: the junta's aircraft
    ("The junta's fighter jets bombed a village in Sagaing Region on Tuesday, killing 11 "
     "people, residents said.", "Myanmar"),
    # Colombia: a named group's fighters
    ("The ELN's fighters attacked a police station in Arauca on Sunday, killing two officers, "
     "the army said.", "National Liberation Army"),
    # Yemen: a plural possessor's missiles
    ("The Houthis' missiles hit a residential area in Marib on Saturday, killing four "
     "civilians, local officials said.", "Houthi"),
    # Nigeria: a named group's gunmen
    ("Boko Haram's gunmen stormed a market in Borno State on Friday, killing 20 traders, "
     "residents said.", "Boko Haram"),
    # Kenya: a police unit
    ("Police's riot unit fired tear gas at protesters in Nairobi on Thursday, injuring 12 "
     "people.", "Police"),
]


@pytest.mark.parametrize("text, owner", OWNED_MEANS)
def test_owner_of_weapon_or_unit_is_perpetrator(text: str, owner: str) -> None:
    perps = perpetrators_of(text)
    assert any(owner.lower() in name.lower() for name in perps), perps


@pytest.mark.parametrize("text, owner", OWNED_MEANS[:3])
def test_owner_of_weapon_in_wire_capitals(text: str, owner: str) -> None:
    perps = perpetrators_of(text.upper())
    assert any(owner.lower() in name.lower() for name in perps), perps


def _roles(text: str) -> dict[str, set[str]]:
    document = default_pipeline()(Article(id="t", text=text))
    out: dict[str, set[str]] = {}
    for event in document.events:
        for actor in event.actors:
            out.setdefault(actor.name, set()).add(actor.role)
    return out


@pytest.mark.parametrize("text, owner", [
    # Sudan: a spokesman speaks, he does not fight
    ("The army's spokesman said on Wednesday that the ceasefire in Darfur would hold.", "Sudan"),
    # Ukraine: a minister travels
    ("Russia's defence minister visited troops in Crimea on Tuesday, state media said.",
     "Russia"),
])
def test_owner_of_no_means_of_force_is_no_perpetrator(text: str, owner: str) -> None:
    roles = _roles(text)
    assert not any("perpetrator" in r for r in roles.values()), roles


def test_owner_of_a_hit_position_is_the_target() -> None:
    # Sudan: the army's positions were shelled, the army did not shell
    roles = _roles("Rebels shelled the army's positions near Kadugli on Monday, killing five "
                   "soldiers, residents said.")
    army = [r for name, r in roles.items() if "Military" in name or "Armed Forces" in name]
    assert army and all("perpetrator" not in r for r in army), roles


def _perpetrator_labels(text: str) -> list[str]:
    document = default_pipeline()(Article(id="t", text=text))
    return [a.acled_name or a.name for e in document.events for a in e.actors
            if a.role == "perpetrator"]


@pytest.mark.parametrize("text, country, not_country", [
    # Ukraine: Russia's drones stay Russia's in Odesa
    ("Russia's drones struck an energy facility in Odesa overnight on Monday, injuring three "
     "workers, the governor said.", "Russia", "Ukraine"),
    # Syria: Israel's warplanes near Damascus
    ("Israel's warplanes struck a weapons depot near Damascus on Tuesday, killing four "
     "soldiers, a war monitor said.", "Israel", "Syria"),
])
def test_country_owner_keeps_its_forces_abroad(text: str, country: str, not_country: str) -> None:
    labels = _perpetrator_labels(text)
    assert any(country in label for label in labels), labels
    assert not any(not_country in label for label in labels), labels
    assert not any(not_country in label for label in labels), labels
