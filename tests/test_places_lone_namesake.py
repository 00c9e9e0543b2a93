"""A lone small namesake abroad: when a text names one small town and nothing else points to its
country, the training records' coding of the name says where ('Fino' is coded in Mandera, Kenya,
not the Italian village); with no such coding the reading stands."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Gunmen killed two farmers in Koya on Sunday.", "killed", "IQ"),
    ("Bandits ambushed a bus near Fino on Tuesday, wounding four passengers.", "ambushed", "KE"),
    ("Two herders were shot dead in Loka overnight.", "shot", "SS"),
    ("Residents blocked the road in Likia to protest against the killing of a boy.", "blocked",
     "KE"),
])
def test_training_coding_outweighs_a_lone_small_namesake(text: str, trigger: str, cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # no training coding elsewhere: the gazetteer's reading stands
    ("Protesters burned tyres in Koffiefontein over water cuts on Monday.", "burned",
     "ZA"),
    # a country adjective in the text: the outvoting rules decide, not this one
    ("Italian police arrested two men in Fino on Monday.", "arrested", "IT"),
])
def test_a_reading_with_no_coding_elsewhere_or_with_support_stands(text: str, trigger: str,
                                                                   cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc
