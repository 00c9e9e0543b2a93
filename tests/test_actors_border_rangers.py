"""State forces known by a unit's own name: Thailand's paramilitary rangers, Panama's border service.

The Thahan Phran (Thai rangers) are the Royal Thai Army's paramilitary force and Panama's
SENAFRONT (National Border Service) is part of its Public Force: ACLED codes their acts as the
state's forces. Park or forest rangers are no soldiers, and Pakistan's Rangers keep their own
label. Sentences written for several provinces and outlets' wordings.
"""

from __future__ import annotations

import pytest
from actor_labels import labels

from eventcoder.pipeline import Pipeline

# (text, an ACLED label the event must carry, without the ruling period)
NOTES: list[tuple[str, str]] = [
    ("Thai rangers shot dead two suspected insurgents in Narathiwat province on 3 May 2023.",
     "Military Forces of Thailand"),
    ("Paramilitary rangers exchanged fire with insurgents in Pattani province, Thailand, on 3 "
     "May 2023.", "Military Forces of Thailand"),
    ("SENAFRONT agents clashed with armed smugglers near Jaque, Darien, on 3 May 2023.",
     "Police Forces of Panama"),
    ("Members of Panama's National Border Service clashed with drug traffickers near Puerto "
     "Obaldia on 4 May 2023.", "Police Forces of Panama"),
    ("Pakistani Rangers killed two militants in Karachi on 3 May 2023.",
     "Military Forces of Pakistan"),
]

NOT_SOLDIERS = [
    "Poachers shot dead two park rangers in Khao Yai National Park, Thailand, on 3 May 2023.",
]



@pytest.mark.parametrize(("text", "label"), NOTES)
def test_unit_names_are_state_forces(pipeline: Pipeline, text: str, label: str) -> None:
    """The unit's name gives the state's forces label."""
    found = labels(pipeline, text, "2023-06-01")
    assert any(x.startswith(label) for x in found), (text, found)


@pytest.mark.parametrize("text", NOT_SOLDIERS)
def test_park_rangers_are_no_soldiers(pipeline: Pipeline, text: str) -> None:
    """Rangers of a park are not Thailand's military."""
    assert not any(x.startswith("Military Forces") for x in labels(pipeline, text, "2023-06-01")), text
