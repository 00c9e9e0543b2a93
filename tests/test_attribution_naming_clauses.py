"""A name a naming clause gives takes the part of the noun it names: "police suspect an Islamist
group that residents call Boko Haram", "officials blamed a militia known as the Mai-Mai Yakutumba"
make the named group the suspect or the accused. Sentences written for several countries, mixed
case and wire capitals.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


@pytest.mark.parametrize(("text", "name", "attributions"), [
    # Nigeria: a name residents use
    ("Gunmen burned a village near Monguno on Monday night, killing nine people. No group has "
     "claimed the raid, but police suspect an Islamist group that residents call Boko Haram.",
     "Boko Haram", {"suspected", "accused"}),
    # Kenya, wire capitals: the same with "locals"
    ("LAMU, 5 JUL 14 -- ATTACKERS KILLED SEVEN PEOPLE IN A VILLAGE NEAR MPEKETONI LAST NIGHT. "
     "POLICE SUSPECT A MILITIA THAT LOCALS CALL AL SHABAAB.", "Shabaab", {"suspected", "accused"}),
    # Philippines: "known as"
    ("A bomb exploded at a bus terminal in Zamboanga on Sunday, wounding eleven people. The "
     "army blamed a kidnap gang known as the Abu Sayyaf.", "Abu Sayyaf", {"suspected", "accused"}),
])
def test_the_named_group_takes_the_nouns_part(text: str, name: str,
                                              attributions: set[str]) -> None:
    perps = perpetrators_of(text)
    found = {n: a for n, a in perps.items() if name.lower() in n.lower()}
    assert found and set(found.values()) <= attributions, perps
