"""Defects a read-only review of the 0.23.0 release found, each on sentences written for it.

- 'Acknowledged the attack on its base' confirms a deed, it does not own it: only 'admit' is an
  owning verb, and not when the deed has its own 'by' agent.
- 'Who took part in the funeral' is no deed; 'who took part in the raid' is.
- 'A man of Fulani descent was killed' describes one person: no Fulani militia.
- 'Sauti Sol, a Kenyan band' is no gang.
"""

from __future__ import annotations

import pytest

from tests.test_review26_rules import _primary
from tests.test_review26_rules import _roles as _event_roles


def _roles(text: str) -> dict[str, tuple[str, str | None]]:
    """Label -> (role, attribution) of the primary event, which must exist."""
    event = _primary(text)
    assert event is not None
    return _event_roles(event)


@pytest.mark.parametrize("text", [
    "The Nigerian army acknowledged the attack on its base in Borno, saying four soldiers were "
    "killed.",
    "Ukraine's defence ministry acknowledged the explosion at an ammunition depot in Crimea.",
    "The Ethiopian government acknowledged the killings of civilians in Tigray by Eritrean troops.",
])
def test_acknowledging_a_deed_claims_nothing(text: str) -> None:
    """A force or government confirming a deed is not its claimant."""
    assert not [n for n, (_, attr) in _roles(text).items() if attr == "claimed"]


@pytest.mark.parametrize(("text", "group"), [
    ("Al-Shabaab admits attack on Kenyan base in Lamu that killed eight soldiers.", "Al Shabaab"),
    ("ADF rebels admitted the killing of 12 villagers near Beni in a video posted online.",
     "ADF: Allied Democratic Forces"),
])
def test_admitting_a_deed_is_a_claim(text: str, group: str) -> None:
    """'Admit' with a deed as object owns it."""
    assert _roles(text)[group] == ("perpetrator", "claimed")


def test_taking_part_in_a_funeral_is_no_deed() -> None:
    """The governor who attended a funeral did not do the attack he spoke of."""
    roles = _roles("The governor, who took part in the funeral of the slain villagers in Benue, "
                   "blamed herders for the attack that killed 30.")
    assert all(role != "perpetrator" for n, (role, _) in roles.items() if "Government" in n)


def test_taking_part_in_a_raid_is_the_deed() -> None:
    """A share in the raid makes the group its doer."""
    roles = _roles("Gunmen killed 14 villagers in Kidal on Sunday. Fighters of JNIM who took "
                   "part in the raid fled on motorbikes, residents said.")
    assert roles["JNIM: Group for Support of Islam and Muslims"][0] == "perpetrator"


@pytest.mark.parametrize("text", [
    "A man of Fulani descent was killed by soldiers in Zamfara on Tuesday.",
    "A herder of Fulani origin was shot dead by vigilantes near Lafia.",
])
def test_one_man_of_a_people_makes_no_militia(text: str) -> None:
    """One unarmed person described by origin is a victim, not a militia."""
    assert not [n for n in _roles(text) if "Fulani Ethnic Militia" in n]


def test_gunmen_of_a_people_keep_their_militia() -> None:
    """Armed men of a people are its militia."""
    assert any("Fulani Ethnic Militia" in n for n in _roles(
        "Gunmen of Fulani origin killed seven farmers in Benue on Tuesday, police said."))


def test_a_music_band_is_no_gang() -> None:
    """'A Kenyan band' performs; it is not an armed group."""
    roles = _roles("Sauti Sol, a Kenyan band, performed at a rally in Nairobi where police shot "
                   "two protesters dead.")
    assert "Sauti Sol" not in roles
