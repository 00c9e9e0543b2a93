"""Rules from the full reports 10 / summaries 10 round (#14), each on sentences written for
several countries: a claim verb its own negation empties ("the group did not claim it", "X never
claimed the killing"), a blame that a relative clause of no claim leaves standing ("police blamed
X, which did not claim the attack"), and "who took office" in a relative clause, which tells of an
office taken, not of a deed (the president who condemned the killing is no doer), and a
suspicion told in a later sentence ("officials said they suspected fighters of the Islamic State in
the Greater Sahara, which has carried out massacres this year"): the name's root is read though
the parse breaks the name, and the record in the relative clause on it is the group's, not the
suspicion's; "dissidents of the former FARC guerrilla", the KB's dissident wing, not the FARC; and an
inquiry that weighs links to a group ("investigators were examining possible links to X"): a suspicion;
"an alliance (a coalition) linked to X" tells kinship, as "a group linked to X" does; a headline
claim of one deed ("Taliban claim deadly bombing in Kandahar") is no record for its dropped article.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _perpetrators(text: str, published: str = "2020-05-01") -> dict[str, str]:
    """name -> attribution of the perpetrators of every event the pipeline finds."""
    document = default_pipeline()(Article(id="t", text=text, published=published))
    return {a.name: a.attribution for e in document.events for a in e.actors
            if a.role == "perpetrator"}


def _found(text: str, name: str) -> dict[str, str]:
    return {n: a for n, a in _perpetrators(text).items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen attacked a village near Kanam in Borno state, Nigeria, on Monday, killing ten "
     "people. Officials attributed the attack to Boko Haram; the group did not claim it.",
     "Boko Haram"),
    ("A car bomb killed four soldiers near Kirkuk on Sunday. The army blamed the Islamic State. "
     "The group has not claimed the bombing.", "Islamic State"),
    ("Gunmen shot dead a judge in Tegucigalpa on Friday. Police said the Mara Salvatrucha gang "
     "never claimed the killing.", "Mara Salvatrucha"),
])
def test_a_negated_claim_verb_is_no_claim(text: str, name: str) -> None:
    assert all(a != "claimed" for a in _found(text, name).values()), _perpetrators(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen attacked a village near Kanam in Borno state, Nigeria, on Monday, killing ten "
     "people. Police blamed Boko Haram, which did not claim the attack.", "Boko Haram"),
    ("A roadside bomb killed three soldiers near Beledweyne on Tuesday. Regional officials "
     "blamed al-Shabaab, which has not claimed the blast.", "Shabaab"),
])
def test_a_blame_stands_beside_a_relative_clause_of_no_claim(text: str, name: str) -> None:
    assert "accused" in _found(text, name).values(), _perpetrators(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The mayor of Tlapa was shot dead on Sunday outside his house, police said. President "
     "Claudia Sheinbaum, who took office on October 1, condemned the killing.", "Sheinbaum"),
    ("Two policemen were shot dead in Peshawar on Monday. Chief Minister Ali Amin Gandapur, who "
     "took the oath of office in March, condemned the attack.", "Gandapur"),
    ("A grenade wounded six traders in a market in Bujumbura on Friday. Mayor Jimmy Hatungimana, "
     "who took office last year, visited the wounded.", "Hatungimana"),
])
def test_who_took_office_is_no_doer(text: str, name: str) -> None:
    assert not _found(text, name), _perpetrators(text)


def test_who_took_a_town_still_tells_a_deed() -> None:
    text = ("Gunmen killed a district chief in Ghazni on Friday. The Taliban, who took the town "
            "of Andar last year, denied involvement.")
    assert _found(text, "Taliban"), _perpetrators(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen kill 30 in raids on villages in northern Burkina Faso\n\nGunmen on motorbikes killed "
     "30 people in two villages near Djibo on Sunday, a local official said. The attackers burned "
     "the market and stole cattle. \"We buried them ourselves,\" a resident said. No group has "
     "claimed the killings. Two security sources said they suspected fighters of the Islamic "
     "State in the Greater Sahara, which has carried out several massacres in the area this year. "
     "The army sent reinforcements to the zone on Monday.", "Greater Sahara"),
    ("Bomb kills five on bus in southern Yemen\n\nA bomb hidden under a seat exploded on a minibus "
     "in Zinjibar on Thursday, killing five passengers, officials said. The driver survived with "
     "burns. Rescue workers took the wounded to a hospital in Aden. No group has claimed "
     "responsibility. Local officials said they suspected militants of al-Qaeda in the Arabian "
     "Peninsula, which has staged many bombings in the province. The governor ordered the road "
     "closed.", "Arabian Peninsula"),
])
def test_a_suspicion_in_a_later_sentence_reaches_the_incident(text: str, name: str) -> None:
    """The name's own root is read when the parse hangs its 'in' phrase on the verb, and a
    relative clause telling the group's record does not make the suspicion a record."""
    assert "suspected" in _found(text, name).values(), _perpetrators(text)


@pytest.mark.parametrize("text", [
    "Two police officers were killed on Wednesday when attackers threw explosives at the police "
    "station in Suarez, Cauca, authorities said. The police commander said the attack had been "
    "carried out by dissidents of the former FARC guerrilla.",
    "A soldier was killed by a landmine near Puerto Asis, Putumayo, on Monday. The army blamed "
    "dissident fighters of the FARC, who did not sign the 2016 peace deal.",
])
def test_dissidents_of_a_group_are_its_dissident_wing(text: str) -> None:
    names = _perpetrators(text)
    assert "FARC dissidents" in names and "FARC" not in names, names


def test_rebels_of_a_group_stay_the_group() -> None:
    text = ("Rebels of the FARC attacked a police post in Toribio, Cauca, on Monday, killing two "
            "officers, the army said.")
    assert "FARC" in _perpetrators(text), _perpetrators(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The mayor of Tlapa was shot dead on Sunday outside his house, police said. Investigators "
     "were examining possible links to the Jalisco New Generation Cartel, prosecutors said.",
     "Jalisco"),
    ("A grenade exploded at a bar in Medellin on Saturday, wounding four people. Police said they "
     "were investigating possible ties with the Clan del Golfo.", "Gulf Clan"),
    ("A bomb exploded outside a bank in Athens early on Tuesday, causing damage but no injuries. "
     "Police were looking into the possible involvement of Revolutionary Struggle.",
     "Revolutionary Struggle"),
])
def test_an_inquiry_into_links_to_a_group_is_a_suspicion(text: str, name: str) -> None:
    assert _found(text, name) == {n: "suspected" for n in _found(text, name)} != {}, \
        _perpetrators(text)


def test_links_ruled_out_name_no_suspect() -> None:
    text = ("A bomb exploded outside a bank in Athens early on Tuesday, causing damage but no "
            "injuries. Police ruled out the involvement of Revolutionary Struggle.")
    assert not _found(text, "Revolutionary Struggle"), _perpetrators(text)


@pytest.mark.parametrize(("text", "claimant", "kin"), [
    ("Gunmen attacked an army post near Boni in central Mali on Monday, killing nine soldiers, the "
     "army said. JNIM, an alliance linked to al-Qaeda, said in a statement that its fighters had "
     "attacked the post. The claim could not be verified. Reinforcements reached the area on "
     "Tuesday.", "Nasr al-Islam", "al-Qaeda"),
    ("A bomb killed six soldiers near Mudiyah in Abyan on Sunday, local officials said. Ansar "
     "al-Sharia, a coalition linked to al-Qaeda in the Arabian Peninsula, said its men had planted "
     "the device. The road was closed to traffic.", "Ansar al-Sharia", "Arabian Peninsula"),
])
def test_the_patron_of_an_alliance_is_no_suspect(text: str, claimant: str, kin: str) -> None:
    """'an alliance / a coalition linked to X' tells the claimant's kin, as 'a group linked to X'."""
    found = _perpetrators(text)
    assert "claimed" in _found(text, claimant).values() and not _found(text, kin), found


@pytest.mark.parametrize(("text", "name"), [
    ("Taliban claim deadly bombing in Kandahar\n\nA car bomb exploded outside a police station "
     "on Monday, killing seven officers, officials said. The governor condemned the attack. "
     "Hospitals appealed for blood.", "Taliban"),
    ("Al-Shabaab claim deadly attack on Somali base\n\nMilitants overran an army base near Bulo "
     "Burde on Friday, killing 11 soldiers, residents said. The army said it had retaken the base. "
     "Reinforcements arrived from Beledweyne.", "Shabaab"),
])
def test_a_headline_claim_of_one_deed_is_no_record(text: str, name: str) -> None:
    """A headline drops the article ('claim deadly bombing'): the singular deed is one incident."""
    assert "claimed" in _found(text, name).values(), _perpetrators(text)


def test_a_habitual_claim_of_deeds_stays_a_record() -> None:
    text = ("Gunmen killed nine soldiers near Kidal in northern Mali on Tuesday, the army said. "
            "JNIM often claims attacks on the army in the area. Troops were deployed.")
    assert not _found(text, "Nasr al-Islam"), _perpetrators(text)
