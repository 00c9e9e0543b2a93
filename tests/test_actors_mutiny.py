"""Soldiers in mutiny are ACLED's "Mutiny of Military Forces of <country>".

"Mutinous troops", or "rebel soldiers" where the text tells of a mutiny or a coup, are the
army's own men risen against their command: ACLED labels them a mutiny of the state's military.
A named rebel group's soldiers, rebel soldiers with no mutiny told, and plain soldiers are not. Sentences written for several countries.
"""

from __future__ import annotations

import pytest
from actor_labels import labels

from eventcoder.pipeline import Pipeline

MUTINIES: list[tuple[str, str]] = [
    ("Rebel soldiers seized the presidential palace in Bangui on 3 May 2023 during a mutiny.",
     "Mutiny of Military Forces of Central African Republic"),
    ("Mutinous soldiers attacked an army barracks in Conakry on 3 May 2023.",
     "Mutiny of Military Forces of Guinea"),
    ("Rebel soldiers clashed with loyalist troops near the airport in Ouagadougou on 3 May 2023 "
     "after a mutiny at a nearby camp.",
     "Mutiny of Military Forces of Burkina Faso"),
    ("Renegade troops fired on their commanders at a camp near Kidal, Mali, on 3 May 2023.",
     "Mutiny of Military Forces of Mali"),
]

NOT_MUTINIES: list[str] = [
    "Soldiers killed two civilians in Gao, Mali, on 3 May 2023.",
    "SPLA-IO rebel soldiers attacked a village in Unity State, South Sudan, on 3 May 2023.",
    # no mutiny or coup told: a rebel army's soldiers, as often written
    "Rebel soldiers ambushed an army convoy in Shan State, Myanmar, on 3 May 2023.",
]



@pytest.mark.parametrize(("text", "label"), MUTINIES)
def test_rebel_soldiers_are_a_mutiny(pipeline: Pipeline, text: str, label: str) -> None:
    """The soldiers' own modifier makes them a mutiny of the state's military."""
    found = labels(pipeline, text, "2023-06-01")
    assert any(x.startswith(label) for x in found), (text, found)


@pytest.mark.parametrize("text", NOT_MUTINIES)
def test_other_soldiers_are_no_mutiny(pipeline: Pipeline, text: str) -> None:
    """Plain soldiers and a named group's soldiers: no mutiny label."""
    assert not any(x.startswith("Mutiny") for x in labels(pipeline, text, "2023-06-01")), text
