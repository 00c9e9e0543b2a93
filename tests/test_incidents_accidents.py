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
