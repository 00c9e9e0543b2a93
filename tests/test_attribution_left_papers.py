"""A paper the doers left where they struck claims the deed for its signer ("left banners at the
scene signed by the cartel", "a note signed by X was left beside the bodies", "leaflets signed by
X were found at the scene"); a statement a group signs elsewhere claims nothing (sentences written
for several countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


def _found(perps: dict[str, str], name: str) -> dict[str, str]:
    return {n: a for n, a in perps.items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name"), [
    # Mexico: the signature hangs on the place in the parse ("at the scene signed by")
    ("Gunmen ambushed a police patrol near Zitacuaro on Monday, killing five officers, and left "
     "banners at the scene signed by the Jalisco New Generation Cartel.", "Jalisco"),
    # Mexico: a note beside the bodies
    ("The bodies of four men were found on a road outside Culiacan on Sunday. A note signed by "
     "the Sinaloa Cartel was left beside the bodies.", "Sinaloa Cartel"),
    # Thailand: leaflets found at the scene
    ("A bomb exploded at a market in Rueso on Friday, wounding six people. Leaflets signed by "
     "the Barisan Revolusi Nasional were found at the scene.", "Barisan Revolusi Nasional"),
    # Corsica, wire capitals: "left a letter signed by"
    ("AJACCIO, 4 JUN 96 -- A BOMB DESTROYED A TAX OFFICE IN BASTIA LAST NIGHT. THE ATTACKERS "
     "LEFT A LETTER SIGNED BY THE NATIONAL LIBERATION FRONT OF CORSICA.",
     "Corsica"),
])
def test_left_paper_claims_for_its_signer(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and "claimed" in found.values(), perpetrators_of(text)


@pytest.mark.parametrize(("text", "name"), [
    # Turkey: a statement signed later, somewhere else, calling for talks
    ("A bomb exploded outside a police station in Istanbul on Tuesday. Hours later, the "
     "Kurdistan Workers' Party signed a statement calling for talks.", "Kurdistan"),
    # Colombia: a peace accord signed, no paper left at a scene
    ("A bomb damaged a pipeline in Arauca on Monday. The government and the FARC signed a "
     "ceasefire agreement in Havana last year.", "FARC"),
])
def test_signed_elsewhere_claims_nothing(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert "claimed" not in found.values(), found
