"""A bracketed acronym right after a group's name is that group's, even when another known group
spells the same letters: "Jaish-e-Mohammed (JeM)" is not Sudan's Justice and Equality Movement
(JEM). Mixed-case acronyms ("JeM", "LeT", "HuJI") are acronyms too. Texts written for several
countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, the group, a group that must not come out)
NOTES: list[tuple[str, str, str | None]] = [
    ("A suicide bomber attacked the assembly in Srinagar on Monday. Jaish-e-Mohammed (JeM) "
     "claimed responsibility.", "Jaish-e-Mohammed", "Justice and Equality Movement"),
    ("Gunmen attacked a police post in Kupwara on Monday. Lashkar-e-Taiba (LeT) claimed "
     "responsibility. Police said LeT fighters fled.", "Lashkar-e-Taiba", None),
    ("Rebels of the Justice and Equality Movement (JEM) attacked an army garrison near Kutum, "
     "North Darfur, on Monday.", "Justice and Equality Movement", "Jaish-e-Mohammed"),
    ("Gunmen of the Islamic State in Greater Sahara (ISGS) attacked a village near Menaka on "
     "Monday. The ISGS later claimed the attack.", "Islamic State in the Greater Sahara", None),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: names come from the actor stage."""
    return Pipeline()


@pytest.mark.parametrize(("text", "group", "not_group"), NOTES)
def test_bracketed_acronym_is_the_named_group(pipe: Pipeline, text: str, group: str,
                                              not_group: str | None) -> None:
    """The group named before the brackets is the doer; the other owner of the letters is not."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    names = [a.name for e in events for a in e.actors if a.role == "perpetrator"]
    assert group in names
    assert not_group not in names
