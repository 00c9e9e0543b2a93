"""A denial that refers back to the blamed group ("..., which denied involvement", "the group
denied involvement", "but it denied any role") makes that group's attribution `denied`, by
itself (sentences written for several countries and decades; GTD summaries and news copy)."""

from __future__ import annotations

import pytest

from tests.test_attribution_forms import attribute


def perpetrators(text: str) -> dict[str, tuple[str, str | None]]:
    """name → (attribution, attributed_by) of every perpetrator of the sentence's incident."""
    return {a.name: (a.attribution, a.attributed_by) for a in attribute(text).actors
            if a.role == "perpetrator"}


@pytest.mark.parametrize(("text", "name"), [
    # Mozambique 1980s: a relative clause on the accused group
    ("Assailants attacked a village in Zambezia province, killing 40 civilians. The government "
     "attributed the massacre to the Mozambican National Resistance, which denied involvement.",
     "RENAMO"),
    # Sri Lanka: relative clause, "any role"
    ("A claymore mine killed seven soldiers near Trincomalee. The military blamed the Liberation "
     "Tigers of Tamil Eelam, which denied any role in the attack.",
     "Liberation Tigers of Tamil Eelam"),
    # India (Assam): "the group" after a suspicion, semicolon
    ("Assailants suspected to be members of the United Liberation Front of Asom planted a bomb "
     "in a market in Dibrugarh; the group denied involvement.",
     "United Liberation Front of Asom"),
    # Nigeria, modern mixed case: "the group" in the next sentence
    ("Gunmen killed 12 farmers in Zamfara state on Tuesday. Police blamed Boko Haram for the "
     "killings. The group denied carrying out the attack in a video.", "Boko Haram"),
    # Philippines: "but it denied"
    ("A bomb exploded at a bus terminal in Cotabato City, killing three people. Officials "
     "blamed the Moro Islamic Liberation Front, but it denied any involvement.",
     "Moro Islamic Liberation Front"),
    # Colombia: "the rebels" refer back to the one named group
    ("A car bomb damaged a police station in Cali. Authorities attributed the bombing to the "
     "National Liberation Army. The rebels denied responsibility.",
     "National Liberation Army (Colombia)"),
])
def test_denial_referring_back_marks_the_group(text: str, name: str) -> None:
    perps = perpetrators(text)
    found = {n: v for n, v in perps.items() if name.lower() in n.lower()}
    assert found, perps
    assert all(v[0] == "denied" for v in found.values()), perps


@pytest.mark.parametrize(("text", "name", "attribution"), [
    # someone else's denial: the army denies its own negligence, the accusation stays
    ("Police blamed the Kurdistan Workers' Party for the bombing in Van. The governor, who "
     "denied negligence, resigned.", "Kurdistan Workers' Party", "accused"),
    # a claim is not undone by another party's denial ("the army denied losses")
    ("Al-Shabaab claimed responsibility for the attack on a base in Lower Shabelle. The army "
     "denied losing any soldiers.", "Al-Shabaab", "claimed"),
    # two blamed groups: "the group" names neither for sure
    ("Police blamed the Taliban and the Haqqani network for the bombing in Khost. The group "
     "denied involvement.", "Taliban", "accused"),
])
def test_denial_of_another_or_unclear_leaves_the_blame(text: str, name: str,
                                                      attribution: str) -> None:
    perps = perpetrators(text)
    assert perps.get(name, ("",))[0] == attribution, perps


@pytest.mark.parametrize(("text", "name", "attribution"), [
    # El Salvador: "neither claimed nor denied" is no denial
    ("President Cristiani blamed the Farabundo Marti National Liberation Front for the murder "
     "of the minister. The guerrillas have so far neither claimed nor denied it.",
     "Farabundo Marti National Liberation Front", "accused"),
    # Somalia, modern: "has not denied"
    ("Police blamed Al-Shabaab for the bombing of a hotel in Kismayo. The group has not denied "
     "involvement.", "Al-Shabaab", "accused"),
])
def test_a_denial_not_made_leaves_the_blame(text: str, name: str, attribution: str) -> None:
    perps = perpetrators(text)
    assert perps.get(name, ("",))[0] == attribution, perps
