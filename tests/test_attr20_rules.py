"""Attribution voices (attr20 round): whose words say who did it, on sentences written for
several countries and outlets. "According to the army" and a sentence-final ", the junta said"
(which the parse hangs as a joined verb) make the account the speaker's, not the report's; an
official's account becomes an accusation when the report says no one has claimed the deed or
that the named group has not spoken of it; "according to witnesses" stays the report's voice.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _primary(text: str, published: str = "2024-03-10") -> Event:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=published)))
    assert event is not None
    return event


def _perpetrators(text: str) -> dict[str, str]:
    return {a.name: a.attribution for a in _primary(text).actors if a.role == "perpetrator"}


def _attribution_of(text: str, group: str) -> tuple[str | None, dict[str, str]]:
    """The attribution of the perpetrator whose name holds ``group``, and all perpetrators."""
    found = _perpetrators(text)
    return next((v for k, v in found.items() if group.lower() in k.lower()), None), found


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen from the Arakan Army fired on a navy boat near Sittwe on Tuesday, killing four "
     "sailors, according to the Myanmar military.", "Arakan Army"),
    ("Fighters of the National Liberation Army attacked a police station in Arauca on Sunday "
     "night and killed two officers, according to a statement from the Colombian army.",
     "National Liberation Army"),
    ("Militants of Jamaat-ul-Ahrar stormed a checkpoint in Mohmand on Friday and killed three "
     "policemen, according to the district police officer.", "Jamaat-ul-Ahrar"),
])
def test_according_to_a_body_is_its_account(text: str, group: str) -> None:
    got, found = _attribution_of(text, group)
    assert got == "confirmed", found


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants ambushed a convoy near Baidoa on Monday and killed six soldiers, "
    "according to witnesses.",
    "Al-Shabaab militants stormed a hotel in Kismayo on Saturday and killed nine guests, "
    "according to a press release.",
])
def test_according_to_witnesses_stays_the_reports_voice(text: str) -> None:
    assert _perpetrators(text).get("Al-Shabaab") == "stated", _perpetrators(text)


@pytest.mark.parametrize(("text", "group"), [
    ("Five soldiers were killed when fighters of the Kachin Independence Army attacked an "
     "outpost near Bhamo, the junta said in a statement. The KIA did not respond to requests "
     "for comment.", "Kachin Independence Army"),
    ("Rebels of the Allied Democratic Forces raided a village in Beni territory overnight and "
     "killed 12 people, according to the regional governor. The ADF has not commented on the "
     "killings.", "Allied Democratic Forces"),
    ("Two gendarmes died on Wednesday when members of the PKK opened fire on their vehicle "
     "near Sirnak, the governor's office said.\n\nThe funerals were held on Thursday in Ankara "
     "and Konya. Schools in the district stayed open. The interior minister travelled to the "
     "province. Farmers said they feared for the harvest. Shops closed early in the evening."
     "\n\nThere was no claim of responsibility.",
     "Kurdistan Workers' Party"),
])
def test_an_unclaimed_account_is_an_accusation(text: str, group: str) -> None:
    got, found = _attribution_of(text, group)
    assert got == "accused", found


def test_a_no_claim_of_another_deed_leaves_the_account() -> None:
    text = ("Two gendarmes died on Wednesday when members of the PKK opened fire on their "
            "vehicle near Sirnak, the governor's office said.\n\nThe funerals were held on "
            "Thursday in Ankara and Konya. Schools in the district stayed open.\n\nIn 2016 a car "
            "bomb killed eleven people in the town. No group claimed that attack.")
    found = _perpetrators(text)
    assert found.get("Kurdistan Workers' Party") == "confirmed", found


@pytest.mark.parametrize("text", [
    "A military jet bombed a market in Kani township in Sagaing Region on Friday, killing six "
    "people, resistance fighters said. The junta did not respond to requests for comment.",
    "Russian missiles struck an apartment block in Dnipro on Tuesday night, killing five people, "
    "according to the regional governor. The Russian defence ministry has not commented.",
])
def test_a_states_silence_is_no_unclaimed_deed(text: str) -> None:
    found = _perpetrators(text)
    assert found and all(v in {"stated", "confirmed"} for v in found.values()), found
