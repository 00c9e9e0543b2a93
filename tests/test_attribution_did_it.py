"""'X did it': the subject of a pro-verb standing for the incident is its doer (sentences
written for several countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import doers, perpetrators_of

DID_IT = [
    # El Salvador: a president's conviction is his accusation
    ("A judge was shot dead in Santa Tecla on Monday. His driver was wounded. The court was "
     "closed. Lawyers protested. The president said: I am convinced the FMLN "
     "did it.", "shot", "Farabundo Marti National Liberation Front",
     "accused"),
    # Ethiopia: what the police say
    ("A bomb exploded at a market in Jijiga on Friday. Four traders died. Stalls burned. The "
     "town was quiet on Saturday. Police said the Ogaden Freedom Front did this.", "exploded",
     "Ogaden Freedom Front", "confirmed"),
]


@pytest.mark.parametrize("text, trigger, name, attribution", DID_IT)
def test_subject_of_did_it_is_doer(text: str, trigger: str, name: str, attribution: str) -> None:
    assert doers(text, trigger).get(name) == attribution


@pytest.mark.parametrize("text, trigger, name, attribution", DID_IT)
def test_subject_of_did_it_in_wire_capitals(text: str, trigger: str, name: str,
                                            attribution: str) -> None:
    found = {n.lower() for n in perpetrators_of(text.upper())}
    assert name.lower() in found, found


def test_did_not_do_it_names_no_doer() -> None:
    text = ("Gunmen killed a trader in Mombasa on Sunday. His shop was looted. Neighbours fled. "
            "The road was closed. The governor said the Coast Liberation Front did not do it.")
    assert not any("Coast Liberation" in n for n in doers(text, "killed"))
