"""A group's own voice (issue 14): a named organisation that tells its own men's deed is the
deed's perpetrator with the claim `claimed`, in or out of the knowledge base; a spokesman who
voices the claim is its source (`attributed_by`), never a doer; the speaker's "its forces" are
the speaker's group, not the state's army (sentences written for several countries and outlets).
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor


def _event(pipeline: Any, text: str) -> Event:
    events = pipeline(Article(id="voice", text=text, published="2021-05-10")).events
    assert events, text
    return events[0]


def _perps(event: Event) -> dict[str, EventActor]:
    return {a.acled_name or a.name: a for a in event.actors if a.role == "perpetrator"}


def _names(event: Event) -> set[str]:
    return {a.acled_name or a.name for a in event.actors}


# --- a spokesman announces his group's claim --------------------------------------------------

@pytest.mark.parametrize(("text", "group", "speaker"), [
    ("Taliban spokesman Zabihullah Mujahid said their fighters killed six police officers in "
     "Kunduz.", "Taliban", "Zabihullah Mujahid"),
    ("Al-Shabaab spokesman Ali Dhere said the group's fighters attacked the base in Balad.",
     "Al Shabaab", "Ali Dhere"),
    ("Free Papua Movement spokesman Sebby Sambom said its fighters shot dead two soldiers in "
     "Intan Jaya.", "TPNPB: West Papua National Liberation Army", "Sebby Sambom"),
    # a name the knowledge base lacks, the spokesman's title in apposition
    ("Abu Hamza, a spokesman for the Sons of Sinai Brigade, said its fighters killed four "
     "soldiers near Rafah on Sunday.", "Sons of Sinai Brigade", "Abu Hamza"),
])
def test_a_spokesman_is_the_source_of_his_groups_claim(pipeline: Any, text: str, group: str,
                                                         speaker: str) -> None:
    event = _event(pipeline, text)
    perps = _perps(event)
    assert perps[group].attribution == "claimed", perps
    assert perps[group].attributed_by == speaker
    assert speaker not in _names(event)  # no doer, and no party of the event either


@pytest.mark.parametrize(("text", "group"), [
    ("Taliban fighters killed six police officers in Kunduz on Sunday, said Zabihullah Mujahid, "
     "a spokesman for the group.", "Taliban"),
    ("Houthi forces fired a ballistic missile at Marib city, the group's military spokesman "
     "Yahya Saree said on Twitter.", "Houthis"),
])
def test_the_groups_own_spokesman_telling_its_deed_claims_it(pipeline: Any, text: str,
                                                             group: str) -> None:
    event = _event(pipeline, text)
    assert [a.attribution for a in event.actors if a.name == group] == ["claimed"]


def test_another_bodys_spokesman_telling_the_groups_deed_claims_nothing(pipeline: Any) -> None:
    event = _event(pipeline, "Taliban fighters killed six police officers in Kunduz on Sunday, "
                   "said Tariq Arian, a spokesman for the interior ministry.")
    assert [a.attribution for a in event.actors if a.name == "Taliban"] == ["confirmed"]


@pytest.mark.parametrize(("text", "force", "speaker"), [
    ("Army spokesman Colonel Mohamed Yerima said its troops killed five militants near Bama on "
     "Sunday.", "Military Forces of Nigeria (2015-2023)", "Mohamed Yerima"),
    ("Kenya Defence Forces spokesman Paul Njuguna said its soldiers killed 15 al-Shabaab "
     "fighters in Lamu.", "Military Forces of Kenya (2013-2022)", "Paul Njuguna"),
])
def test_a_state_spokesman_gives_the_force_not_himself(pipeline: Any, text: str, force: str,
                                                       speaker: str) -> None:
    event = _event(pipeline, text)
    assert force in _perps(event)
    assert speaker not in {a.name for a in event.actors}


def test_a_commander_telling_his_own_deed_is_no_spokesman(pipeline: Any) -> None:
    """A commander may have fought himself: only a spokesman's title makes him a voice."""
    event = _event(pipeline, "Rebel commander Jean Bosco Ntaganda said he led the fighters who "
                   "attacked the army post near Rutshuru.")
    assert all(a.attributed_by != "Jean Bosco Ntaganda" or a.name == "Jean Bosco Ntaganda"
               for a in event.actors)


# --- the speaker's possessive names the speaker's group ---------------------------------------

def test_their_forces_are_the_houthis_not_yemens_army(pipeline: Any) -> None:
    event = _event(pipeline, "Houthi spokesman Yahya Saree said their forces fired a ballistic "
                   "missile at Marib city.")
    assert "Military Forces of Yemen (2012-2022)" not in _names(event)
    assert any(a.name == "Houthis" and a.attribution == "claimed" for a in event.actors)


@pytest.mark.parametrize(("text", "state"), [
    ("The United Wa State Army said on Facebook that its soldiers shot dead three drug "
     "smugglers near the Thai border.", "Military Forces of Myanmar (2021-)"),
    ("A spokesman for the Jalisco New Generation Cartel said its gunmen killed four rival gang "
     "members in Zamora.", "Unidentified Armed Group (Mexico)"),
])
def test_a_named_groups_men_are_no_other_party(pipeline: Any, text: str, state: str) -> None:
    assert state not in _perps(_event(pipeline, text))


def test_an_unknown_state_unit_keeps_its_troops(pipeline: Any) -> None:
    """A name the knowledge base lacks may be a state unit: its troops stay the state's."""
    event = _event(pipeline, "The Joint Task Force said its troops killed five militants near "
                   "Bama on Sunday.")
    assert "Military Forces of Nigeria (2015-2023)" in _names(event)


# --- a name out of the knowledge base telling its own men's deed ------------------------------

def test_an_unknown_front_telling_its_fighters_deed_claims_it(pipeline: Any) -> None:
    event = _event(pipeline, "The Front for the Liberation of the Enclave of Cabinda said in a "
                   "statement that its fighters ambushed a patrol near Buco-Zau, killing two "
                   "soldiers.")
    perps = _perps(event)
    front = perps.get("Front for the Liberation of the Enclave of Cabinda")
    assert front is not None and front.attribution == "claimed", perps
    assert not any(n.startswith("Unidentified Armed Group") for n in perps)


def test_an_acronym_alone_telling_its_fighters_deed_claims_it(pipeline: Any) -> None:
    perps = _perps(_event(pipeline, "FLEC said its fighters ambushed a patrol near Buco-Zau on "
                          "Saturday."))
    assert perps.get("FLEC") is not None and perps["FLEC"].attribution == "claimed", perps


@pytest.mark.parametrize("text", [
    # bracketed after the name
    "The Front for the Liberation of the Enclave of Cabinda (FLEC) said its fighters ambushed a "
    "patrol near Buco-Zau on Saturday. FLEC said two soldiers were killed.",
    # in apposition
    "FLEC, the Front for the Liberation of the Enclave of Cabinda, said its fighters ambushed a "
    "patrol near Buco-Zau on Saturday.",
    # the initials alone, in a later sentence
    "The Front for the Liberation of the Enclave of Cabinda said on Saturday its fighters "
    "ambushed a patrol near Buco-Zau. FLEC said two soldiers were killed.",
])
def test_the_acronym_the_text_pairs_with_the_name_is_its_alias(pipeline: Any, text: str) -> None:
    document = pipeline(Article(id="voice", published="2021-05-10", text=text))
    fronts = [a for a in document.actors if "FLEC" in a.name or "Cabinda" in a.name]
    assert [a.name for a in fronts] == ["Front for the Liberation of the Enclave of Cabinda"]
    assert "FLEC" in fronts[0].aliases
    assert fronts[0].acled_name == "FLEC: Front for the Liberation of the Enclave of Cabinda"


def test_initials_of_another_name_stay_apart(pipeline: Any) -> None:
    """Only the initials of the group's own name make an alias."""
    document = pipeline(Article(id="voice", published="2021-05-10", text=(
        "The Front for the Liberation of the Enclave of Cabinda said its fighters ambushed a "
        "patrol near Buco-Zau on Saturday. UNITA condemned the attack.")))
    front = next(a for a in document.actors if "Cabinda" in a.name)
    assert "UNITA" not in front.aliases


@pytest.mark.parametrize(("text", "group"), [
    # Colombia: the clause hangs on the posting of the statement
    ("The Revolutionary Armed Forces of the People said in a statement posted online that its "
     "fighters ambushed an army convoy in Meta, killing four soldiers.",
     "Revolutionary Armed Forces of the People"),
    # DR Congo: a name the knowledge base lacks
    ("The Union of Patriotic Congolese said its men attacked a village near Bunia, killing nine "
     "civilians.", "Union of Patriotic Congolese"),
    # Mali: a video the group released shows its fighters at the deed
    ("A video released by the Jama'at Nusrat al-Islam wal-Muslimin showed its fighters storming "
     "an army camp near Boulkessi.", "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_group_telling_its_mens_deed_claims_it(pipeline: Any, text: str, group: str) -> None:
    perps = _perps(_event(pipeline, text))
    assert group in perps and perps[group].attribution == "claimed", perps


@pytest.mark.parametrize("text", [
    # its men were the victims
    "The Patriotic Union of Wadai said its members were abducted by soldiers near Abeche.",
    # a denial
    "The Front for the Liberation of the Enclave of Cabinda said its fighters did not attack the "
    "patrol near Buco-Zau.",
    # a state body's voice
    "The Interior Ministry said its forces killed three gunmen in Sinai.",
])
def test_no_claim_where_the_clause_tells_none(pipeline: Any, text: str) -> None:
    perps = _perps(_event(pipeline, text))
    assert not any(a.attribution == "claimed" and a.name not in {"Military Forces of Egypt"}
                   and not a.name.startswith("Military Forces") for a in perps.values()), perps
