"""Suspects arrested later: "police said they had arrested three men in connection with the
bombing and that they belonged to X", "detained two men over the blast who belonged to X" make X
the bombing's suspect (not the arrest's doer, and not the arresting force's). Sentences written
for several countries, mixed case and wire capitals.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _roles(text: str, name: str) -> dict[str, set[tuple[str, str]]]:
    document = default_pipeline()(Article(id="t", text=text))
    out: dict[str, set[tuple[str, str]]] = {}
    for e in document.events:
        for a in e.actors:
            if name.lower() in a.name.lower():
                out.setdefault(e.sub_event_type or "", set()).add((a.role, a.attribution))
    return out


@pytest.mark.parametrize(("text", "name", "deed"), [
    # Kenya: a later paragraph's arrest
    ("A grenade exploded at a bus stop in Mombasa on Friday, wounding eleven people. On Sunday "
     "police said they had arrested three men in connection with the blast and that they "
     "belonged to al Shabaab.", "Shabaab", "Grenade"),
    # Turkey, wire capitals
    ("ISTANBUL, 6 MAR 16 -- A CAR BOMB EXPLODED NEAR A POLICE STATION IN THE CITY YESTERDAY, "
     "KILLING TWO OFFICERS. POLICE SAID TODAY THEY HAD DETAINED FOUR MEN OVER THE BOMBING AND "
     "THAT THEY BELONGED TO THE PKK.", "Kurdistan", "Suicide bomb|Remote explosive/landmine/IED"),
])
def test_the_arrested_mens_group_is_suspected(text: str, name: str, deed: str) -> None:
    roles = _roles(text, name)
    deeds = {k: v for k, v in roles.items() if k in deed.split("|")}
    assert deeds and all(("perpetrator", "suspected") in v for v in deeds.values()), roles
    assert ("perpetrator", "suspected") not in roles.get("Arrests", set()), roles
