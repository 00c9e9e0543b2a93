"""Rules from the full reports 6 round (#14), each on sentences written for several countries:
the furniture of modern outlets (a regional dateline in title case with a spaced dash, a live
blog's time stamps), denials the blamed group makes in its own words ("denied that the group had
fired", "denied the accusation", "has nothing to do with"), and tolls updated or stated beside
the incident.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _events(text: str, published: str = "2025-03-12") -> list:
    return default_pipeline()(Article(id="t", text=text, published=published)).events


def _names(text: str, published: str = "2025-03-12") -> list[str]:
    return [a.name for e in _events(text, published) for a in e.actors]


@pytest.mark.parametrize("text", [
    "Addis Abeba - Gunmen on Tuesday stopped a bus near Gondar and abducted 23 passengers, "
    "relatives said.",
    "Kinshasa - Unidentified assailants on Monday shot dead a local chief in Kasai province, "
    "officials said.",
    "Ciudad Juarez - Armed men on Sunday killed six people at a drug rehabilitation centre, "
    "prosecutors said.",
])
def test_a_titled_dateline_with_a_spaced_dash_names_no_group(text: str) -> None:
    names = _names(text)
    assert names and not any(n.endswith("-") or n in {"Addis Abeba", "Kinshasa", "Ciudad Juarez"}
                             for n in names), names


@pytest.mark.parametrize(("text", "published"), [
    ("Fighting news\n\n10:02 GMT - Gunmen killed five people in a village near Kidal on Tuesday, "
     "a local official said.", "2025-02-12"),
    ("Live updates\n\n06:40 UTC - Russian drones struck an apartment block in Odesa overnight, "
     "killing three people, the governor said.", "2025-06-03"),
    ("Live: Gaza\n\n9:15 p.m. EST - An air strike killed seven people in a house in Khan Younis, "
     "medics said.", "2024-01-20"),
])
def test_a_live_blogs_time_stamp_is_no_actor(text: str, published: str) -> None:
    names = _names(text, published)
    assert names and not any(z in n for n in names for z in ("GMT", "UTC", "EST")), names
