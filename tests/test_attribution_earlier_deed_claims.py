"""A claim of the earlier deed a report times its news by: "The killing came a fortnight after a
bomb, which the X said it had planted, killed two men" names X as the doer of that bomb, not of
the killing the report tells. Sentences written for several countries, mixed case and capitals.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


@pytest.mark.parametrize(("text", "name"), [
    # Northern Ireland
    ("Gunmen shot dead a taxi driver in west Belfast on Friday night, police said. The killing "
     "came a week after a bomb at a pub in Portadown, which the Ulster Freedom Fighters said "
     "they had planted, killed three men.", "Ulster Freedom Fighters"),
    # Nigeria
    ("Gunmen killed eight farmers near Gwoza on Sunday, residents said. The attack came two "
     "weeks after a bomb at a market in Konduga, which Boko Haram said it had planted, killed "
     "14 traders.", "Boko Haram"),
    # India, wire capitals
    ("SRINAGAR, 3 JUN 01 -- MILITANTS SHOT DEAD A SHOPKEEPER IN SOPORE TODAY, POLICE SAID. THE "
     "SHOOTING CAME A DAY AFTER A BLAST AT A BUS STAND, WHICH LASHKAR-E-TAIBA SAID IT HAD "
     "CARRIED OUT, KILLED FOUR PEOPLE.", "Lashkar"),
])
def test_the_earlier_deeds_claimant_is_no_doer_of_the_news(text: str, name: str) -> None:
    perps = perpetrators_of(text)
    assert not any(name.lower() in n.lower() for n in perps), perps
