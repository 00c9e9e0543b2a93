"""Harm done to a captive in a prison, a cell or custody is its keeper's when the text names no
doer: hand-written sentences from several countries, and attacks on prisons or police stations,
whose doers are not their keepers."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors.custodians import label_custodians
from tests.actor_labels import primary_roles


@pytest.mark.parametrize(("text", "published", "keeper"), [
    pytest.param("On 14 July 2020, a detainee from Daraa died under torture in a regime prison "
                 "near Damascus, a monitoring group said.", "2020-07-16",
                 "Military Forces of Syria (2000-2024) Prison Guards", id="regime_prison_syria"),
    pytest.param("On 9 March 2021, a detainee died in police custody in Nairobi, Kenya, his "
                 "family said.", "2021-03-10", "Police Forces of Kenya (2013-2022)",
                 id="police_custody_kenya"),
    pytest.param("Two opposition activists held in Banjul, the Gambia, were allegedly tortured "
                 "in jail after their arrest, their lawyer said on 3 June 2016.", "2016-06-04",
                 "Police Forces of Gambia (1994-2017) Prison Guards", id="jail_gambia"),
])
def test_keeper_of_the_place_is_the_doer(pipeline: Any, text: str, published: str,
                                         keeper: str) -> None:
    roles = primary_roles(pipeline, text, published)
    assert roles.get(keeper) == "perpetrator"
    assert not any(label.startswith("Unidentified Armed Group") for label in roles)


@pytest.mark.parametrize("text", [
    pytest.param("On 9 March 2021, gunmen attacked a prison in Kogi, Nigeria, and freed 200 "
                 "inmates.", id="prison_attacked_nigeria"),
    pytest.param("On 9 March 2021, two officers were killed in an attack at a police station in "
                 "Zamfara, Nigeria.", id="station_attacked_nigeria"),
])
def test_attacks_on_prisons_keep_their_doers(pipeline: Any, text: str) -> None:
    roles = primary_roles(pipeline, text, "2021-03-10")
    assert roles.get("Unidentified Armed Group (Nigeria)") == "perpetrator"


def test_a_named_doer_is_kept() -> None:
    event = Event(id="e1", event_type="Violence against civilians", actors=[
        EventActor(name="Unidentified Armed Group (Kenya)",
                   acled_name="Unidentified Armed Group (Kenya)", role="perpetrator",
                   mention="gunmen", start=0, end=6)])
    label_custodians("Gunmen shot a man who died in police custody.", event, "2021-03-10")
    assert event.actors[0].acled_name == "Unidentified Armed Group (Kenya)"
