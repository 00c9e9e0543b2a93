"""Organisations a report introduces by their own name ("the self-styled X", "a group calling
itself X", "a communiqué signed by X", a communiqué's byline), in mixed case and in all-capitals
wire copy, and wordings that name no organisation (sentences written for several countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.nlp.truecase import is_all_caps, restore_case
from eventcoder.resolve.actors.self_named import names_a_body
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.attribution.stage import attribution_stage


def coded(text: str) -> Document:
    """Run actors and attribution over ``text`` (case restored first, as the pipeline does),
    every sentence one incident."""
    if is_all_caps(text):
        text = restore_case(text)
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    n = len(list(document.spacy_doc.sents))
    document.events = [Event(id="e1", event_type="Violence against civilians",
                             _sentences=list(range(n)))]
    attribution_stage(document)
    return document


def perpetrators(document: Document) -> dict[str, str | None]:
    """name → attribution of each perpetrator of the one event."""
    return {a.name: a.attribution for a in document.events[0].actors if a.role == "perpetrator"}


_CLAIMS = [
    ('A bomb damaged a mining company office in Oruro. The self-styled "Zarate Willka Liberation '
     'Armed Forces" said they carried out the blast.',
     "Zarate Willka Liberation Armed Forces"),
    ("A bomb exploded in a bank in Bogota on Monday. The so-called 'Ricardo Franco Front' "
     "claimed responsibility.", "Ricardo Franco Front"),
    ("Gunmen killed the mayor of Ayacucho on Sunday. A group calling itself the Revolutionary "
     "Workers Commando claimed responsibility for the killing.", "Revolutionary Workers Commando"),
    ("A previously unknown group, the Morazanist Patriotic Front, said it planted the bomb that "
     "killed two soldiers in Tegucigalpa.", "Morazanist Patriotic Front"),
    ("Gunmen ambushed a patrol near Gao, killing six soldiers, in a communique signed by the "
     "Macina Liberation Brigade that claimed the attack.", "Macina Liberation Brigade"),
    ("A car bomb killed 12 people in Kirkuk. A group calling itself the Brigades of the Two "
     "Rivers claimed the bombing.", "Brigades of the Two Rivers"),
]


@pytest.mark.parametrize("text, name", _CLAIMS + [(t.upper(), n) for t, n in _CLAIMS[:4]])
def test_self_named_group_claims_the_incident(text: str, name: str) -> None:
    perps = perpetrators(coded(text))
    assert perps.get(name) == "claimed", perps


@pytest.mark.parametrize("text, name, alias", [
    ("[COMMUNIQUE] [ANTICOMMUNIST ACTION ALLIANCE (AAA)] WE REPORT THE EXECUTION OF A TRAITOR "
     "IN TEGUCIGALPA. THE AAA WILL CONTINUE.", "Anticommunist Action Alliance",
     "Anticommunist Action Alliance (AAA)"),
    ("Militants bombed a church in Maiduguri, a statement signed by the Sahel Defenders Front "
     "said.", "Sahel Defenders Front", None),
    ("Gunmen abducted three teachers in Jolo. The self-proclaimed Sulu Freedom Army (SFA) said "
     "it was holding them. The SFA has not made demands.", "Sulu Freedom Army",
     "Sulu Freedom Army (SFA)"),
])
def test_self_named_group_is_an_actor_with_its_acronym(text: str, name: str,
                                                       alias: str | None) -> None:
    actors = {a.name: a for a in coded(text).actors}
    assert name in actors, list(actors)
    assert actors[name].kind == "armed group"
    if alias:
        assert alias in actors[name].aliases
        acronym = alias.split("(")[1].rstrip(")")
        assert len([m for m in actors[name].mentions if m.text == acronym]) >= 1


@pytest.mark.parametrize("text", [
    "The so-called peace process collapsed after gunmen killed two soldiers in Cauca.",
    "A self-styled prophet was arrested after gunmen killed a pastor in Kaduna.",
    "Relatives of the so-called 'disappeared' marched in Lima after soldiers killed a student.",
    "THE SO-CALLED PEACE PROCESS COLLAPSED AFTER GUNMEN KILLED TWO SOLDIERS IN CAUCA.",
    "A SELF-STYLED PROPHET WAS ARRESTED AFTER GUNMEN KILLED A PASTOR IN KADUNA.",
])
def test_self_naming_wording_without_an_organisation(text: str) -> None:
    names = {a.name.lower() for a in coded(text).actors}
    assert not any(w in n for n in names for w in ("peace", "prophet", "disappeared")), names


def test_names_a_body_needs_a_word_for_a_body_of_people() -> None:
    assert names_a_body("Zarate Willka Liberation Armed Forces")
    assert names_a_body("Los Pepes", has_acronym=True)
    assert not names_a_body("peace process")
    assert not names_a_body("mobile armed platforms")


@pytest.mark.parametrize("text, name", [
    ("COMAYAGUA, 3 OCT 90 -- [COMMUNIQUE] [PATRIOTIC VIGILANCE ALLIANCE (PVA)] [TEXT] WE "
     "CLAIM RESPONSIBILITY FOR THE PUNISHMENT OF THE INFORMER RAMON CASTRO IN LA CEIBA.",
     "Patriotic Vigilance Alliance"),
    ("Bamako, 4 May -- [Communique] [Macina Liberation Brigade] We claim responsibility for the "
     "attack on the army post at Sevare.", "Macina Liberation Brigade"),
])
def test_byline_makes_the_communique_the_groups_voice(text: str, name: str) -> None:
    assert perpetrators(coded(text)).get(name) == "claimed"


def test_first_person_outside_a_communique_is_no_group() -> None:
    document = coded("Gunmen killed two policemen in Ayacucho. A priest said we must stay calm.")
    assert all(m.text.lower() != "we" for a in document.actors for m in a.mentions)


def test_byline_of_a_known_group_gives_it_the_communiques_claim() -> None:
    text = ("USULUTAN, 17 AUG 90 -- [COMMUNIQUE] [FARABUNDO MARTI NATIONAL LIBERATION FRONT "
            "GENERAL COMMAND] [TEXT] WE CLAIM RESPONSIBILITY FOR THE AMBUSH OF AN ARMY CONVOY "
            "NEAR JIQUILISCO.")
    assert perpetrators(coded(text)).get("Farabundo Marti National Liberation Front") == "claimed"


@pytest.mark.parametrize("name", ["Lima National Security Command", "Interior Ministry",
                                  "Salvadoran Armed Forces Press Committee"])
def test_a_state_bodys_byline_is_no_group(name: str) -> None:
    assert not names_a_body(name)


def test_description_before_the_quoted_self_given_name() -> None:
    text = ('THE SELF-NAMED EXTREME-RIGHT ACTION SQUAD, THE "ANASTASIO AQUINO ORDER BRIGADE", '
            "CLAIMED THE BURNING OF THE TEACHERS' UNION HALL IN SONSONATE.")
    document = coded(text)
    assert perpetrators(document).get("Anastasio Aquino Order Brigade") == "claimed"
    assert not any("action squad" in a.name.lower() for a in document.actors)
