"""Strict xfail probes of defects this release leaves (closing note of session 26, "Left out").

Each probe states the reading a user should get; it fails today and will pass (and so fail as
XPASS, asking for this mark to go) when the defect is fixed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import eventcoder
from eventcoder.document import Article

SAMPLE = Path(eventcoder.__file__).parent / "samples" / "dakar_protest_teargas.txt"


def _events(pipeline: Any, text: str, published: str) -> list[Any]:
    return pipeline(Article(id="probe", text=text, published=published, source=None)).events


@pytest.mark.xfail(strict=True, reason="'Police fire tear gas at ...' reads the fire verb as "
                   "shooting (its 'at', or 'on Friday'), so the headline and lede make a police "
                   "'Mob violence' beside the demonstration")
def test_the_demo_report_is_one_violent_demonstration(pipeline: Any) -> None:
    events = _events(pipeline, SAMPLE.read_text(encoding="utf-8"), "2024-02-10")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


@pytest.mark.xfail(strict=True, reason="'regime sniper fire' names no army: 'fire' owned by a "
                   "side is read only when something came under it")
def test_regime_sniper_fire_is_the_army(pipeline: Any) -> None:
    events = _events(pipeline, "On 9 March 2020, an opposition fighter was killed by regime "
                     "sniper fire near Atareb in Aleppo countryside.", "2020-03-10")
    assert any("Military Forces of Syria" in (a.acled_name or "") and a.role == "perpetrator"
               for a in events[0].actors)


@pytest.mark.xfail(strict=True, reason="a nationality on 'assaults' names no army unless a "
                   "means (missile, drone) is named, and Pokrovsk resolves to Russia's namesake")
def test_russian_assaults_on_a_ukrainian_front(pipeline: Any) -> None:
    events = _events(pipeline, "Ukrainian troops repelled Russian assaults on the Pokrovsk front "
                     "on Monday, the general staff said.", "2024-09-03")
    event = events[0]
    assert event.location is not None and event.location.country == "Ukraine"
    assert any("Military Forces of Russia" in (a.acled_name or "") for a in event.actors)
