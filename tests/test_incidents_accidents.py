"""A death told as an accident ("killed when their helicopter crashed", "died in a road
accident") is no incident; a crash with a hostile cause in its sentence ("after being hit by
rebel fire", "after a mine exploded") stays one (sentences written for Colombia, Peru, Kenya,
Afghanistan and Mali, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.muc import is_violent
from eventcoder.pipeline import default_pipeline


def _violent(text: str) -> list:
    doc = default_pipeline()(Article(id="t", text=text, published="2014-05-03"))
    return [e for e in doc.events if is_violent(e, with_clashes=True)]


@pytest.mark.parametrize("text", [
    # Colombia
    "Two army pilots were killed when their helicopter crashed while trying to land at the air "
    "base near Tumaco on Tuesday, an army spokesman said.",
    # Kenya
    "A police officer was killed on Friday when his patrol car overturned on the road from "
    "Garissa to Dadaab.",
    # Peru, wire capitals
    "LIMA, 3 MAY 14 -- A PERUVIAN AIR FORCE PILOT WAS KILLED TODAY WHEN HIS TRAINING PLANE "
    "CRASHED ON TAKEOFF FROM THE PIURA AIR BASE.",
    # Afghanistan
    "A soldier died in a road accident in Kandahar province on Monday, the defence ministry said.",
])
def test_accidental_death_is_no_incident(text: str) -> None:
    assert not _violent(text)


@pytest.mark.parametrize("text", [
    # Colombia: shot at before the crash
    "Two soldiers were killed when their helicopter crashed after being hit by rebel fire near "
    "Tumaco on Tuesday.",
    # Mali, wire capitals: a mine under the truck
    "GAO, 9 FEB 14 -- FOUR SOLDIERS DIED WHEN THEIR TRUCK OVERTURNED AFTER A MINE EXPLODED "
    "UNDER IT NEAR ANSONGO TODAY.",
])
def test_crash_with_a_hostile_cause_stays(text: str) -> None:
    assert _violent(text)


# One mishap vocabulary for both readings (extract/accidents.py): a crash told by a killing
# participle, a collapse timing a death.
@pytest.mark.parametrize("text", [
    # Uganda: a crash with a killing participle
    "A minibus crashed into a fuel tanker on the Mbale highway on Sunday, killing nine "
    "passengers, traffic police said.",
    # Bangladesh: a collapse timing the deaths
    "Six garment workers died when the roof of a factory collapsed in Gazipur on Wednesday "
    "night, fire officials said.",
    # Bolivia, wire capitals: a capsized boat
    "TRINIDAD, 4 FEB 14 -- AN ARMY PATROL BOAT CAPSIZED ON THE MAMORE RIVER TODAY, KILLING "
    "FIVE SOLDIERS.",
])
def test_mishap_with_participle_or_collapse_is_no_incident(text: str) -> None:
    assert not _violent(text)


@pytest.mark.parametrize("text", [
    # Somalia: an attacker's crash is the attack
    "A suicide bomber crashed his explosives-laden truck into the gate of a military base near "
    "Baidoa on Monday, killing 12 soldiers.",
    # Syria: a collapse after an air strike
    "Seven civilians were killed when a building collapsed after an air strike on the town of "
    "Ariha on Thursday.",
])
def test_mishap_words_in_an_attack_stay_an_incident(text: str) -> None:
    assert _violent(text)
