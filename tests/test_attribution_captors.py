"""Who releases or still holds a hostage took it; forces that free hostages or release suspects
are no captors; the group written as fighters is the one 'the guerrillas' refer back to
(sentences written for several countries and decades)."""

from __future__ import annotations

import pytest

from tests.test_attribution_beyond_kb import perpetrators
from tests.test_attribution_forms import attribute
from tests.test_attribution_report_doers import perpetrators_of


@pytest.mark.parametrize("text, name", [
    # Colombia, wire capitals: the captors are named only at the release
    ("PASTO, 8 AUG 90 -- TWO GERMAN GEOLOGISTS ABDUCTED SIX WEEKS AGO NEAR TUMACO "
     "WERE SET FREE TONIGHT BY THE RED DAWN BRIGADE GUERRILLAS.", "Red Dawn Brigade"),
    # Mali, mixed case: active release
    ("The Sahel Liberation Front freed two aid workers it had abducted near Gao in March.",
     "Sahel Liberation Front"),
    # Peru: a captor still holding its victim
    ("The Ayacucho Popular Army is still holding the mayor of Huanta, who was kidnapped on "
     "Sunday.", "Ayacucho Popular Army"),
])
def test_captor_is_the_kidnapper(text: str, name: str) -> None:
    perps = perpetrators_of(text) if text.isupper() else perpetrators(attribute(text))
    assert any(name.lower() in n.lower() for n in perps), perps


@pytest.mark.parametrize("text", [
    # Nigeria: troops rescue hostages
    "Nigerian troops freed 20 hostages held by gunmen near Maiduguri on Monday.",
    # Colombia: police release suspects
    "The Colombian police released the two suspects after questioning them about the bombing.",
    # Philippines: a meeting held, not a captive
    "The Moro Islamic Liberation Front held talks with the government in Cotabato on Friday.",
])
def test_no_captor(text: str) -> None:
    perps = perpetrators(attribute(text))
    assert not [n for n in perps if "Police" in n or "Military" in n or "Moro" in n], perps


def test_record_of_releases_is_no_captor() -> None:
    text = ("Two engineers were kidnapped near Cali on Sunday. The Red Dawn Brigade has released "
            "hostages in the past.")
    assert "Red Dawn Brigade" not in perpetrators(attribute(text))


@pytest.mark.parametrize("text, name", [
    # El Salvador: a radio station, a party and one group written as fighters
    ("Radio Venceremos said that Arena leaders met in San Salvador. Fighters of the Morazan "
     "People's Front were seen near the dam last week. On Sunday the guerrillas blew up a "
     "power pylon near Usulutan.", "Morazan"),
    # Somalia: a clan council and a named militant group
    ("The Hawiye Elders Council met in Mogadishu. Jubba Valley Front militants were seen near "
     "Kismayo. On Friday the militants attacked a police post in Afgooye.", "Jubba"),
])
def test_description_refers_to_the_group_written_as_fighters(text: str, name: str) -> None:
    perps = perpetrators(attribute(text))
    assert any(name in n for n in perps), perps


def test_two_groups_written_as_fighters_stay_ambiguous() -> None:
    text = ("Karen National Union guerrillas and Arakan Army rebels met near Myawaddy. On "
            "Monday the rebels attacked an army post.")
    perps = perpetrators(attribute(text))
    assert not [n for n in perps if "Karen" in n or "Arakan" in n], perps


@pytest.mark.parametrize("text, name, attribution", [
    # Colombia: a hedged afterthought agent hung on the subject
    ("One of the surveyors who was abducted near Pereira today, presumably by guerrillas of the "
     "Red Dawn Brigade, was set free that evening.", "Red Dawn Brigade", "suspected"),
    # Burkina Faso: the same, stated
    ("Two teachers who were abducted near Djibo on Monday, by fighters of the Sahel Liberation "
     "Front, were found alive.", "Sahel Liberation Front", "stated"),
])
def test_stray_by_phrase_is_the_agent(text: str, name: str, attribution: str) -> None:
    perps = perpetrators(attribute(text))
    assert perps.get(name, (None,))[0] == attribution, perps


def test_by_phrase_of_a_report_names_no_doer() -> None:
    text = ("A report by the Red Dawn Brigade, released in Lima on Monday, listed the names of "
            "the dead.")
    assert "Red Dawn Brigade" not in perpetrators(attribute(text))


@pytest.mark.parametrize("text, name", [
    # Bolivia, wire capitals: members named through "a group of ... from"
    ("SUCRE, 14 SEP 90 -- A RURAL TEACHER WAS SHOT DEAD LAST NIGHT BY A GROUP OF "
     "GUNMEN FROM THE RED DAWN BRIGADE.", "Red Dawn Brigade"),
    # Peru: a deed organised by a group
    ("The explosion at the port was organized by the Red Dawn Brigade, the police said.",
     "Red Dawn Brigade"),
    # Colombia: a relative clause on the captor
    ("The two engineers carried a message from the Red Dawn Brigade, which held them hostage "
     "for 12 days.", "Red Dawn Brigade"),
])
def test_more_doer_wordings(text: str, name: str) -> None:
    perps = perpetrators_of(text) if text.isupper() else perpetrators(attribute(text))
    assert any(name.lower() in n.lower() for n in perps), perps


def test_meeting_organized_by_a_group_is_no_deed() -> None:
    text = "A meeting of mayors was organized by the Red Dawn Brigade in Cusco on Sunday."
    assert "Red Dawn Brigade" not in perpetrators(attribute(text))


@pytest.mark.parametrize("text, name, doer", [
    # Ecuador/Colombia: the kidnapper told in a relative clause
    ("The Red Dawn Brigade, which kidnapped a Spanish businessman in Quito two months ago, is "
     "demanding a ransom of one million dollars.", "Red Dawn Brigade", True),
    # Niger: a record in the clause is no incident
    ("The Sahel Liberation Front, which has carried out attacks in the past, said on Monday "
     "that a soldier was killed near Diffa.", "Sahel Liberation Front", False),
    # Kenya: the clause tells what befell the group
    ("The Jubba Valley Front, whose camp was attacked by troops on Monday, said five fighters "
     "were killed.", "Jubba Valley Front", False),
])
def test_relative_clause_doer(text: str, name: str, doer: bool) -> None:
    perps = perpetrators(attribute(text))
    assert any(name in n for n in perps) == doer, perps


def test_known_name_wrapped_across_lines_is_found() -> None:
    from eventcoder.resolve.actors.kb import find_known

    text = "AYACUCHO, 28 JAN 90 -- ON 26 JANUARY SHINING\nPATH TERRORISTS MURDERED THREE PEASANTS."
    hits = find_known(text)
    assert [(h.text, text[h.start:h.end]) for h in hits] == [("SHINING\nPATH", "SHINING\nPATH")]
    # a paragraph break ends a name
    hits = find_known("The attack was blamed on the Shining\n\nPath to peace is long.")
    assert not [h for h in hits if "Shining" in h.text], hits
