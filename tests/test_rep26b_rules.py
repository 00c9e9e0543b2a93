"""Rules of round rep26b (#14), each on sentences written for several countries: a headline's
present claim verb the parser hung on the deed noun as a compound ("Islamic State claims attack on
army post in Niger") is re-parsed as the verb it is, so the claimant stays the claimant; owning a
named deed ("Al-Shabaab admits attack on Kenyan base") is a claim; claiming an outcome ("Police
claim victory over gang") owns no deed; a KB name the parser reads as a clause ("The Group to
Support Islam and Muslims, an alliance linked to al-Qaeda, claimed ...") stays the claimant; a
group the text names as a gang ("Los Ardillos, a local gang") is a doer of
its own name, KB or not, while places, charities and gang members give none.
"""

from __future__ import annotations

import pytest

from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.named_gangs import named_gang_hits
from tests.test_fullreports10_rules import _found, _perpetrators


@pytest.mark.parametrize(("text", "name"), [
    ("Islamic State claims attack on army post in Niger\n\nGunmen on motorcycles stormed an army "
     "post near Tillaberi on Monday, killing 12 soldiers, the defence ministry said. "
     "Reinforcements were sent to the area.", "Islamic State"),
    ("ISIS claims bombing of Kabul mosque\n\nA bomb tore through a mosque in western Kabul during "
     "Friday prayers, killing at least nine worshippers, police said. Ambulances ferried the "
     "wounded to hospitals.", "Islamic State"),
])
def test_a_headline_claims_hung_on_its_deed_is_a_claim(text: str, name: str) -> None:
    assert "claimed" in _found(text, name).values(), _perpetrators(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Al-Shabaab admits attack on Kenyan base\n\nMilitants overran a military camp near Mandera "
     "on Tuesday, killing eight soldiers, officials said. The camp was later retaken.",
     "Shabaab"),
    ("Gunmen killed seven villagers near Beni in North Kivu on Sunday, local officials said. The "
     "ADF rebels admitted the killing in a video posted online.", "Allied Democratic"),
])
def test_owning_a_named_deed_is_a_claim(text: str, name: str) -> None:
    assert "claimed" in _found(text, name).values(), _perpetrators(text)


def test_not_admitting_a_deed_is_no_claim() -> None:
    text = ("Gunmen killed seven villagers near Beni in North Kivu on Sunday, local officials "
            "said. The ADF rebels did not admit the killing.")
    assert "claimed" not in _found(text, "Allied Democratic").values(), _perpetrators(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Police claim victory over gang in Lagos\n\nGunmen shot dead three traders in a market in "
     "Lagos on Monday, witnesses said. Nobody was arrested.", "Police"),
    ("Gunmen shot dead a councillor in Karachi on Friday, police said. The army claimed success "
     "in its campaign against militants in the province.", "Military"),
])
def test_claiming_an_outcome_owns_no_deed(text: str, name: str) -> None:
    assert "claimed" not in _found(text, name).values(), _perpetrators(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed nine soldiers near Boni in central Mali on Tuesday. The Group to Support Islam "
    "and Muslims, an alliance linked to al-Qaeda, said its fighters had carried out the attack.",
    "Militants attacked a gendarmerie post near Djibo in northern Burkina Faso on Sunday, killing "
    "six gendarmes. The Group to Support Islam and Muslims, the main jihadist alliance in the "
    "Sahel, claimed responsibility in a statement.",
    "Gunmen ambushed a patrol near Torodi in western Niger on Thursday, killing five soldiers. "
    "The Group to Support Islam and Muslims claimed the ambush.",
])
def test_a_name_parsed_as_a_clause_stays_the_claimant(text: str) -> None:
    """'Group to Support ...' read as an infinitive clause still names the group that claims."""
    assert "claimed" in _found(text, "Nasr al-Islam").values(), _perpetrators(text)


def test_a_second_subject_between_commas_is_an_apposition() -> None:
    """The parse mend: of two subjects of one verb, the comma-bounded later one is appositive."""
    doc = load_nlp()("The Group to Support Islam and Muslims, an alliance linked to al-Qaeda, "
                     "claimed the attack.")
    alliance = next(t for t in doc if t.text == "alliance")
    assert alliance.dep_ == "appos" and alliance.head.text == "Group"


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen shot dead five people in a bar in Chilpancingo, Guerrero, on Saturday. Police said "
     "the attack had been carried out by Los Ardillos, a local gang.", "Los Ardillos"),
    ("Gunmen killed three farmers near Tumaco in Narino on Friday. The army blamed Los Contadores, "
     "a drug trafficking gang, for the killings.", "Los Contadores"),
])
def test_a_group_the_text_names_as_a_gang_is_its_own_perpetrator(text: str, name: str) -> None:
    """A name in apposition to 'gang' is a group, KB or not."""
    assert _found(text, name), _perpetrators(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Gunmen shot dead two traders in Acapulco, a city plagued by gangs, on Friday. The group "
     "has carried out attacks in the past.", "Acapulco"),
    ("Gunmen shot dead a priest in Juarez on Sunday. The Red Cross, a humanitarian group, "
     "treated the wounded.", "Red Cross"),
    ("Gunmen killed a bus driver in San Pedro Sula on Monday. Police arrested Carlos Mejia, a gang "
     "member, at the scene.", "Carlos"),
])
def test_no_gang_from_a_place_a_charity_or_a_person(text: str, absent: str) -> None:
    assert not _found(text, absent), _perpetrators(text)


def test_a_gangs_name_runs_on_past_a_misread_joining_word() -> None:
    """'Bonde do Norte, a militia': the name is every capitalised word, 'do' included; a name
    already taken by another actor gives no second hit."""
    doc = load_nlp()("Police suspected Bonde do Norte, a criminal militia, of the killing.")
    assert [h.name for h in named_gang_hits(doc, [], "BR")] == ["Bonde do Norte"]
    start = doc.text.index("Bonde")
    assert not named_gang_hits(doc, [(start, start + 5)], "BR")
