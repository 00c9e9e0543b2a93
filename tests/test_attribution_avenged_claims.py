"""A claim of "that bomb" after a deed told as the one the news avenged ("in retaliation for the
bombing of a shop a week earlier") is a claim of the old deed: its claimant is no perpetrator of
the news; "IS claimed that attack" right after a bombing the report tells stays a claim of it
(sentences written for Northern Ireland, Iraq and Pakistan, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


@pytest.mark.parametrize(("text", "avenged_by"), [
    # Northern Ireland
    ("Loyalist gunmen shot dead four men at a taxi office in north Belfast on Friday. A caller "
     "said the Ulster Volunteer Force had carried out the shooting in retaliation for the "
     "bombing of a pub in Portadown two weeks earlier. The Irish Republican Army said it had "
     "planted that bomb.", "Irish Republican Army"),
    # Iraq, wire capitals
    ("BAGHDAD, 4 JUL 07 -- GUNMEN KILLED 11 WORSHIPPERS AT A SUNNI MOSQUE IN BAQUBA TODAY. A "
     "SHIITE MILITIA SAID ITS MEN HAD ACTED IN REVENGE FOR THE BOMBING OF A SHRINE IN SAMARRA "
     "LAST MONTH. AL QAEDA IN IRAQ HAD SAID IT CARRIED OUT THAT ATTACK.", "Qaeda"),
])
def test_claim_of_the_avenged_deed_is_no_claim_of_the_news(text: str, avenged_by: str) -> None:
    perps = perpetrators_of(text)
    assert not any(avenged_by in n for n in perps), perps


def test_claim_of_a_second_bombing_stays() -> None:
    text = ("A bomb exploded in a market in Peshawar on Sunday, killing 20 people. Less than an "
            "hour earlier, a suicide bomber blew himself up at a police post in another district "
            "of the city, killing six officers. The Islamic State group claimed that attack.")
    perps = perpetrators_of(text)
    assert perps.get("Islamic State") == "claimed", perps
