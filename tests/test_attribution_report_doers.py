"""Who did it, read across a whole report: editors' bracketed insertions, doers named in other
sentences than the incident's trigger, state forces and self-styled groups as perpetrators, and
the statements that must not make anyone a perpetrator (sentences written for several
countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline, for_parsing


def perpetrators_of(text: str) -> dict[str, str]:
    """name → attribution of every perpetrator of any event the whole pipeline finds."""
    document = default_pipeline()(Article(id="t", text=text))
    return {a.name: a.attribution for e in document.events for a in e.actors
            if a.role == "perpetrator"}


def test_bracketed_insertion_is_read_inside_its_sentence() -> None:
    text = ("The defence minister has blamed FMLN [Farabundo Marti National Liberation "
            "Front] rebels for the killing of a provincial judge in Ahuachapan last week.")
    assert len(for_parsing(text)) == len(text)
    perps = perpetrators_of(text)
    assert perps.get("Farabundo Marti National Liberation Front") == "accused", perps


def test_bracketed_insertion_in_wire_capitals() -> None:
    text = ("KABUL, 3 MAR 09 -- [TEXT] THE GOVERNOR BLAMED HIZB-I ISLAMI [ISLAMIC PARTY] "
            "FIGHTERS FOR THE AMBUSH OF A POLICE CONVOY NEAR JALALABAD THAT KILLED SIX "
            "POLICEMEN.")
    perps = perpetrators_of(text)
    assert any("Islami" in name and how == "accused" for name, how in perps.items()), perps


def doers(text: str, trigger: str) -> dict[str, str]:
    """Perpetrators of one hand-placed event whose only sentence holds ``trigger``."""
    from eventcoder.resolve.actors.stage import actors_stage
    from eventcoder.resolve.attribution.stage import attribution_stage
    from tests.stage_docs import triggered_document

    document = triggered_document(text, [trigger])
    actors_stage(document)
    attribution_stage(document)
    return {a.name: a.attribution for a in document.events[0].actors if a.role == "perpetrator"}


# Reports of five sentences or more: a shorter note is one incident, read whole.
@pytest.mark.parametrize("text, trigger, name", [
    # Colombia: the doer in a later sentence of its own, told by a company
    ("Two bombs exploded near Puerto Boyaca on Tuesday. Nobody was hurt. Windows were broken "
     "in the town. Traffic was stopped for hours. The Camilo Torres Front destroyed a section "
     "of the pipeline, Ecopetrol announced.", "exploded", "Camilo Torres Front"),
    # Nigeria: the doer named before the incident's sentence
    ("Fighters of the Delta Creek Brigade dynamited a pipeline near Warri overnight. Two "
     "blasts shook the area at dawn, residents said. Oil spilled into the creek. Fishermen "
     "stayed home. Prices rose in the market.", "blasts", "Delta Creek Brigade"),
    # Philippines: the report's one group, by description
    ("The Sierra Madre People's Army signed no truce. A bus was ambushed near Baler on "
     "Friday. Five passengers died. The road was closed. The guerrillas also burned two "
     "trucks.", "ambushed", "Sierra Madre People's Army"),
])
def test_doer_sentence_is_read_for_the_incident(text: str, trigger: str, name: str) -> None:
    assert name in doers(text, trigger)


@pytest.mark.parametrize("text, trigger", [
    # Afghanistan: the police answer the incident
    ("A bomb exploded in a market in Kandahar on Monday. Nine people were killed. Shops were "
     "closed. The governor visited the wounded. Police arrested two suspects near the scene.",
     "exploded"),
    # Iraq: a record of the group
    ("A car bomb exploded in Kirkuk on Monday. Six people died. Shops were closed. The "
     "governor visited the wounded. The Tigris Brigades Front has carried out attacks in the "
     "past.", "exploded"),
    # Nigeria: the army speaks, police find bodies
    ("Gunmen killed seven villagers near Jos on Sunday. Their homes were burned. Relatives "
     "buried the dead. The army said it would investigate. Police found the bodies in a "
     "ditch.", "killed"),
])
def test_no_doer_sentence(text: str, trigger: str) -> None:
    perps = doers(text, trigger)
    assert not [n for n in perps if n.startswith(("Police", "Military", "Tigris"))], perps


@pytest.mark.parametrize("text, name, attribution", [
    # Colombia: "the work of", hedged
    ("A grenade wrecked the shop of a trader near Riosucio. A police spokesman said the blast "
     "was apparently the work of guerrillas of the Sierra Popular Army.", "Sierra Popular Army",
     "suspected"),
    # Iraq: "the work of", told by the police
    ("A car bomb killed nine people in Mosul on Monday. The bombing was the work of the Tigris "
     "Brigades Front, police said.", "Tigris Brigades Front", "confirmed"),
    # Peru: an open question, and the group's record in a relative clause is no record of the act
    ("A bomb went off at a bus depot in Cusco. It was not confirmed whether the blast was "
     "carried out by the Andes Red Front, who have murdered two judges in earlier "
     "raids.", "Andes Red Front", "suspected"),
    # Philippines: the subject of "began bombing"
    ("Today the Sulu Liberation Front began shelling villages near Jolo, killing four "
     "farmers.", "Sulu Liberation Front", "stated"),
])
def test_more_doer_wordings(text: str, name: str, attribution: str) -> None:
    from tests.test_attribution_beyond_kb import perpetrators
    from tests.test_attribution_forms import attribute

    perps = perpetrators(attribute(text))
    assert perps.get(name, (None,))[0] == attribution, perps


@pytest.mark.parametrize("text", [
    "A car bomb killed nine people in Mosul on Monday. The inquiry was the work of the police.",
    "Gunmen killed four farmers near Perquin. The army began an investigation into the killing.",
])
def test_work_and_beginnings_that_name_no_doer(text: str) -> None:
    from tests.test_attribution_beyond_kb import perpetrators
    from tests.test_attribution_forms import attribute

    perps = perpetrators(attribute(text))
    assert not [n for n in perps if n.startswith(("Police", "Military"))], perps


@pytest.mark.parametrize("text, mention, attribution", [
    ("Drug traffickers murdered a judge in Medellin on Friday.", "Drug traffickers", "stated"),
    ("A judge was shot dead in Cali on Friday. Police blamed the drug mafia for the murder.",
     "drug mafia", "accused"),
    ("Death squads killed six peasants in Ahuachapan on Monday.", "Death squads", "stated"),
    ("A trader was found dead in Culiacan. Police said drug cartels had killed him.",
     "drug cartels", "confirmed"),
])
def test_organised_crime_named_by_its_trade(text: str, mention: str, attribution: str) -> None:
    from tests.test_attribution_forms import attribute

    perps = [a for a in attribute(text).actors if a.role == "perpetrator"]
    assert any(a.name.startswith("Unidentified Armed Group") and a.attribution == attribution
               and a.mention == mention for a in perps), perps
