"""What a summary tells after the deed: a claim the report calls a hoax names no perpetrator, a
force that arrests over the attack did not do it, and disputing someone's claim is no denial of
one's own part (sentences written for several countries and decades)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.attribution.stage import attribution_stage
from tests.test_attribution_forms import attribute


def roles(event: Event) -> dict[str, tuple[str, str]]:
    """name → (role, attribution) of every actor of the event."""
    return {a.name: (a.role, a.attribution) for a in event.actors}


def _find(event: Event, name: str) -> tuple[str, str]:
    found = [v for n, v in roles(event).items() if name.lower() in n.lower()]
    assert found, roles(event)
    return found[0]


@pytest.mark.parametrize(("text", "name"), [
    # Turkey: the police call the claim a hoax
    ("Gunmen shot dead a police officer in Van. The Kurdistan Workers' Party claimed "
     "responsibility, but police said the claim was a hoax.", "Kurdistan Workers"),
    # Iraq: the group itself calls the statement a forgery
    ("A car bomb killed nine people in Kirkuk. Al-Qaeda in Iraq claimed responsibility in a "
     "statement posted online. The group later said the statement was a forgery.", "Qaeda"),
    # Colombia 1990s: a false claim
    ("A bomb damaged a bank in Medellin. The National Liberation Army claimed responsibility "
     "in a call to a radio station; authorities said the call was false.",
     "National Liberation Army"),
    # Kenya, modern: "not genuine"
    ("Gunmen attacked a bus near Lamu, killing four passengers. Al-Shabaab claimed "
     "responsibility on a website, but officials said the claim was not genuine.", "Shabaab"),
])
def test_claim_called_a_hoax_names_no_perpetrator(text: str, name: str) -> None:
    event = attribute(text)
    claimants = [a for a in event.actors if a.attribution == "claimed"]
    assert claimants, roles(event)  # the claim is read (whatever the KB calls the claimant) ...
    assert all(a.role != "perpetrator" for a in claimants), roles(event)  # ... and not believed


@pytest.mark.parametrize(("text", "name", "attribution"), [
    # a genuine claim stays, whatever else is false ("false reports of casualties")
    ("Al-Shabaab claimed responsibility for the attack on a base in Baidoa. The army said "
     "reports of heavy losses were false.", "Shabaab", "claimed"),
    # the army dismissing allegations against itself is its own denial
    ("Soldiers shot dead three villagers in Rakhine, residents said. The army dismissed the "
     "allegations as baseless and denied involvement.", "Military Forces of Myanmar", "denied"),
])
def test_true_claims_and_own_denials_stay(text: str, name: str, attribution: str) -> None:
    assert _find(attribute(text), name) == ("perpetrator", attribution)


@pytest.mark.parametrize("text", [
    # Northern Ireland 1990s: police dismiss a caller's claim
    "A bomb exploded outside a courthouse in Omagh. A caller claiming to represent the Real "
    "IRA claimed responsibility, but police dismissed the call as a hoax.",
    # Spain: the interior ministry rejects a claim as a forgery
    "A bomb damaged a railway line near Bilbao. The interior ministry rejected the claim of "
    "responsibility as a forgery.",
])
def test_disputing_a_claim_is_no_own_denial(text: str) -> None:
    event = attribute(text)
    assert not [a for a in event.actors if a.attribution == "denied"], roles(event)


@pytest.mark.parametrize(("text", "force"), [
    # Peru 1980s
    ("Assailants bombed a power station in Ayacucho. Police arrested three members of the "
     "Shining Path in connection with the attack.", "Police Forces of Peru"),
    # India, modern
    ("A bomb exploded at a market in Imphal, killing two people. Police detained two suspects "
     "over the blast.", "Police Forces of India"),
    # Kenya
    ("Gunmen attacked a bus near Mandera, killing four passengers. Police later arrested a "
     "man for the attack.", "Police Forces of Kenya"),
])
def test_force_arresting_over_the_deed_did_not_do_it(text: str, force: str) -> None:
    event = attribute(text)
    assert roles(event).get(force, ("other",))[0] != "perpetrator", roles(event)


def test_arrest_event_keeps_its_force() -> None:
    text = ("Police arrested three members of the Shining Path in Ayacucho in connection with "
            "last week's bombing.")
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    document.events = [Event(id="e1", event_type="Strategic developments",
                             sub_event_type="Arrests", _sentences=[0])]
    attribution_stage(document)
    assert roles(document.events[0])["Police Forces of Peru"][0] == "perpetrator"


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # Israel 2000s: one of two claimants retracts
    ("A suicide bomber killed 21 people outside a nightclub in Tel Aviv. Hamas and Islamic "
     "Jihad both claimed responsibility, although Hamas later retracted its claim.",
     "Islamic Jihad", "Hamas"),
    # Pakistan: the hoax names its claimant
    ("A bomb killed six people at a market in Quetta. Lashkar-e-Jhangvi and Tehrik-i-Taliban "
     "Pakistan claimed responsibility. Police said the claim by Tehrik-i-Taliban Pakistan was "
     "a hoax.", "Lashkar-e-Jhangvi", "Tehrik-i-Taliban Pakistan"),
])
def test_the_claimant_named_as_disowning_loses_only_its_claim(text: str, kept: str,
                                                            dropped: str) -> None:
    event = attribute(text)
    assert _find(event, kept)[0] == "perpetrator"
    assert _find(event, dropped)[0] != "perpetrator"


def test_a_hoax_by_a_maker_we_do_not_know_leaves_the_other_claim() -> None:
    event = attribute("A bomb killed six people at a market in Quetta. Lashkar-e-Jhangvi and "
                      "Jundallah claimed responsibility. Police said the claim by Jundallah was "
                      "a hoax.")
    assert _find(event, "Lashkar-e-Jhangvi")[0] == "perpetrator"
