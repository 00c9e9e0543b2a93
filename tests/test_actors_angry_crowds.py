"""People the text calls angry are a crowd: the unnamed doer of what they did is their rioters,
not an unidentified armed group. Hand-written sentences from Kenya, Malawi and Nigeria."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import primary_roles


@pytest.mark.parametrize(("text", "crowd"), [
    pytest.param("Angry motorcycle taxi riders in Kisumu set a bus on fire after it ran over and "
                 "killed one of their colleagues.", "Rioters (Kenya)", id="kenya-riders"),
    pytest.param("A man accused of stealing a cow was beaten to death by irate villagers in "
                 "Mzimba on Tuesday.", "Rioters (Malawi)", id="malawi-villagers"),
])
def test_angry_people_are_the_crowd(pipeline: Any, text: str, crowd: str) -> None:
    roles = primary_roles(pipeline, text, "2018-03-01")
    assert roles.get(crowd) == "perpetrator"
    assert not any(label.startswith("Unidentified Armed Group") for label in roles)


def test_gunmen_firing_on_angry_people_stay_gunmen(pipeline: Any) -> None:
    roles = primary_roles(pipeline, "Gunmen opened fire on angry residents who had gathered "
                          "outside the district office in Kaduna.", "2018-03-01")
    assert roles.get("Unidentified Armed Group (Nigeria)") == "perpetrator"
