"""'Chittagong's Hathazari upazila', 'Port-au-Prince's Cite Soleil': a place written as another
town's possession is the scene, and the possessor only situates it. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

POSSESSED = [
    ("Police detained 14 opposition activists in Chittagong's Hathazari upazila on Friday.",
     "detained", "BD", "Hāthazāri"),
    ("Gang clashes left five people dead in Port-au-Prince's Cite Soleil slum on Monday.",
     "clashes", "HT", "Cité Soleil"),
    ("Grenade attack wounded three in Mogadishu's Hodan district on Thursday.", "wounded", "SO",
     "Hodan"),
    ("Police killed a suspect in Medellin's Bello suburb on Friday.", "killed", "CO", "Bello"),
]


@pytest.mark.parametrize(("text", "trigger", "cc", "name"), POSSESSED)
def test_the_possessed_place_is_the_scene(text: str, trigger: str, cc: str, name: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc and loc.name == name, loc



def test_a_namesake_in_another_province_is_not_the_possessed_place() -> None:
    # the gazetteer's 'Dniprovskyi' district is Kyiv's; Kherson's own is not in it
    loc = geocoded_document("A drone hit a tram in Kherson's Dniprovskyi district on Friday.",
                            "hit").events[0].location
    assert loc is not None and loc.admin1 == "Kherson", loc
