"""One dateline pattern serves the entity cutter (the place, up to the separator) and the
geoparser (the place with its country or region). A dateline is "CITY, Month Day (Agency) -",
"CITY (Agency) -", "CITY, Country -" or, in older wire copy, "CITY (COUNTRY), DAY MON YY
(AGENCY) --"; a name hyphenated to a word ("ANC-aligned marchers") is none. Openings written for
these tests, several countries and agencies."""

from __future__ import annotations

import pytest

from eventcoder.nlp.dateline_ents import dateline_place, dateline_separator


@pytest.mark.parametrize(("text", "where", "place"), [
    ("KISUMU, Kenya (AFP) - Riot police fired tear gas at traders on Monday.", "KISUMU, Kenya",
     "KISUMU"),
    ("MOSUL, Iraq, Nov 2 (Reuters) - A roadside bomb hit an army truck.", "MOSUL, Iraq", "MOSUL"),
    ("GOMA, 3 MAY 99 -- [TEXT] REBELS SHELLED THE AIRPORT AT DAWN.", "GOMA", "GOMA"),
    ("CUSCO (PERU), 14 FEB 91 (ANDINA) -- [TEXT] A BOMB DAMAGED A POWER PYLON.", "CUSCO (PERU)",
     "CUSCO"),
    ("TRIPOLI, 4 JUN 95 (LIBYAN JAMAHIRIYA BROADCASTING CORP) -- [TEXT] GUNMEN FIRED ON A PATROL.",
     "TRIPOLI", "TRIPOLI"),
    ("DHAKA, June 5 (UNB) - Two activists were hacked to death in a market.", "DHAKA", "DHAKA"),
    ("BAGHDAD (INA) -- A car bomb killed four people near a checkpoint.", "BAGHDAD", "BAGHDAD"),
    ("RABAT (Map) -- Police arrested three men over a foiled plot.", "RABAT", "RABAT"),
])
def test_both_readers_take_the_same_dateline(text: str, where: str, place: str) -> None:
    found = dateline_place(text)
    assert found is not None and found.group(1) == where, text
    sep = dateline_separator(text)
    assert sep is not None and text[:sep[0]] == place, text


def test_a_body_line_is_no_dateline_when_the_first_line_is_one() -> None:
    """The dateline is the opening line's; a wrapped body line ending in a dash is none."""
    text = ("CARTAGENA, 2 OCT 91 -- [TEXT] THE NAVY SAID TODAY THAT SMUGGLERS\nOPENED FIRE ON A "
            "COAST GUARD - BOAT NEAR THE BAY.")
    found = dateline_place(text)
    assert found is not None and found.group(1) == "CARTAGENA"


@pytest.mark.parametrize("text", [
    "ANC-aligned marchers blocked the main road into Polokwane on Tuesday.",
    "PKK-linked fighters ambushed a patrol near Cukurca, the ministry said.",
    "UN-backed forces retook the port town after two days of fighting.",
])
def test_a_hyphenated_name_is_no_dateline(text: str) -> None:
    assert dateline_place(text) is None and dateline_separator(text) is None
