"""A dateline is where the report was filed: when the event's own sentences name no place, a
smaller place of the dateline's country that another sentence sets as a scene is the event's
place ('LIMA - two officers were shot dead ... They were ambushed outside Pichari'). A place the
text names only as an origin leaves the event at the dateline."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _places(text: str) -> list[tuple[str | None, str | None]]:
    doc = default_pipeline()(Article(id="t", text=text, published="2022-06-06"))
    return [(e.location.country_code, e.location.name) if e.location else (None, None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "cc", "name"), [
    ("LIMA (EFE) - Two police officers were shot dead on Monday, the Interior Ministry said.\n\n"
     "The officers were ambushed on a road outside Pichari late in the evening.", "PE", "Pichari"),
    ("ABUJA (Reuters) - Gunmen killed eleven worshippers on Sunday, police said.\n\n"
     "The attackers opened fire on a church in the town of Owo during the morning service.",
     "NG", "Owo"),
    ("MANILA (AFP) - Two soldiers were shot dead on Friday, the military said.\n\n"
     "The soldiers were ambushed at a checkpoint outside Maramag shortly before midnight.",
     "PH", "Maramag"),
    ("NAIROBI (AP) - Four police officers were shot dead on Monday, the Interior Ministry said.\n\n"
     "Their patrol came under fire on the highway near Garsen after dark.", "KE", "Garsen"),
])
def test_scene_in_another_sentence_beats_the_dateline(text: str, cc: str, name: str) -> None:
    assert all(p == (cc, name) for p in _places(text))


def test_an_origin_leaves_the_event_at_the_dateline() -> None:
    places = _places("LAGOS (Reuters) - Police shot dead two protesters on Monday, witnesses "
                     "said.\n\nMost of the marchers had travelled from Ibadan overnight.")
    assert places and all(cc == "NG" and name != "Ibadan" for cc, name in places)


@pytest.mark.parametrize(("text", "cc", "admin1"), [
    ("OUAGADOUGOU, June 14 (Reuters) - Gunmen opened fire on worshippers in a village in "
     "Burkina Faso's Est region on Sunday, killing 11 people, local officials said.", "BF", "Est"),
    ("KINSHASA, March 1 (Reuters) - Rebels killed at least 35 people in an overnight raid on a "
     "village in eastern Congo's North Kivu province, a local official said.", "CD", "Nord-Kivu"),
    ("LIMA, 12 May (EFE) - Two soldiers were killed in an ambush by Shining Path remnants in "
     "Peru's Junin region on Thursday, the army said.", "PE", "Junin"),
    ("ISLAMABAD, Oct. 3, 2024 (AP) - A roadside bomb killed four policemen in Pakistan's "
     "Balochistan province on Wednesday, officials said.", "PK", "Balochistan"),
])
def test_dated_agency_dateline_yields_to_the_region_the_body_names(
        text: str, cc: str, admin1: str) -> None:
    """'CITY, Month DD (Agency) -' is a dateline too: the region the lead names is the scene."""
    doc = default_pipeline()(Article(id="t", text=text, published="2024-06-14"))
    assert doc.events and all(
        e.location and e.location.country_code == cc and e.location.admin1 == admin1
        for e in doc.events), [(e.location.admin1, e.location.name) for e in doc.events]


@pytest.mark.parametrize(("text", "cc"), [
    ("NAIROBI, March 3 (Reuters) - Rebels killed at least 20 villagers in an overnight attack in "
     "the east of Democratic Republic of Congo, a local official said on Sunday.", "CD"),
    ("DAKAR, Aug 27 (AFP) - Jihadists killed dozens of people in an attack on a market town in "
     "northern Burkina Faso on Saturday, security sources said.\n\nThe town lies about 40 km "
     "from Djibo, which has been under blockade for two years.", "BF"),
    ("BANGKOK, Jan 5 (Reuters) - Resistance fighters shot down a helicopter in Myanmar on "
     "Thursday, killing four soldiers, a spokesman for the group said.", "MM"),
])
def test_dateline_abroad_places_no_event(text: str, cc: str) -> None:
    """A regional bureau's dateline ('DAKAR' for Burkina Faso) is where the report was filed:
    an event whose sentences name another country is never placed there."""
    doc = default_pipeline()(Article(id="t", text=text, published="2024-06-14"))
    assert doc.events and all(e.location.country_code == cc for e in doc.events), \
        [(e.location.country_code, e.location.name) for e in doc.events]
