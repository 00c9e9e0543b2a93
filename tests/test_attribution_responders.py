"""Those who fire on the attackers answer the attack and are not its doers ("a siege that ended
only when NATO helicopters fired on the attackers", "special forces killed the gunmen"), while
"soldiers killed three militants" still names the soldiers as the doers of that deed (sentences
written for Afghanistan, Somalia, Nigeria and Mali, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


@pytest.mark.parametrize(("text", "responder", "doer"), [
    # Afghanistan
    ("Taliban gunmen stormed a guesthouse in Kabul on Tuesday, killing nine people, in a siege "
     "that ended only when NATO helicopters fired on the attackers on the roof.", "North Atlantic",
     "Taliban"),
    # Somalia
    ("Al Shabaab fighters attacked a hotel in Mogadishu on Sunday, killing 12 guests. Somali "
     "special forces killed the gunmen after a six-hour siege.", "Danab", "Shabaab"),
    # Nigeria, wire capitals
    ("BOKO HARAM FIGHTERS ATTACKED A MARKET IN KONDUGA TODAY, KILLING 14 TRADERS, BEFORE "
     "SOLDIERS OPENED FIRE ON THE ATTACKERS, RESIDENTS SAID.", "Military Forces", "Boko Haram"),
])
def test_who_fires_on_the_attackers_is_no_doer(text: str, responder: str, doer: str) -> None:
    perps = perpetrators_of(text)
    assert any(doer in n for n in perps) and not any(responder in n for n in perps), perps


def test_soldiers_killing_militants_stay_doers() -> None:
    perps = perpetrators_of("Soldiers killed three militants in a raid near Gao on Monday.")
    assert any(n.startswith("Military Forces") for n in perps), perps
