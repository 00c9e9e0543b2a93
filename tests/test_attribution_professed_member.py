"""A claim told through a professed membership: "the attacker claimed to be a fighter of X and
said he had bombed the convoy" is X's claim; a membership with no deed told claims nothing
(sentences written for several countries)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


def _found(perps: dict[str, str], name: str) -> dict[str, str]:
    return {n: a for n, a in perps.items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name"), [
    # India: a recording shared on Telegram
    ("On a recording shared on Telegram, the attacker claimed to be a fighter of "
     "Jaish-e-Mohammed and said he had bombed the convoy near Pulwama.", "Jaish"),
    # France, two sentences: "identified himself as a fighter of X"
    ("A gunman shot dead two policemen in Marseille on Sunday. In a video posted online, he "
     "identified himself as a fighter of al-Qaeda in the Islamic Maghreb and said he had killed "
     "them.", "Qaeda"),
    # Kenya: "said he belonged to X and that he had planted the bomb"
    ("A bomb exploded at a bus stop in Garissa on Monday, wounding six people. A suspect held by "
     "police claimed to be a member of al-Shabaab and said he had planted the bomb.", "Shabaab"),
])
def test_professed_member_telling_his_deed_is_a_claim(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and set(found.values()) == {"claimed"}, perpetrators_of(text)


def test_membership_without_a_deed_claims_nothing() -> None:
    text = ("A man who stabbed three people in Hamburg on Friday claimed to be a member of "
            "Hezbollah, police said.")
    assert "claimed" not in _found(perpetrators_of(text), "Hezbollah").values()
