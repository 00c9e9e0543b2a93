"""Doers of clauses the parse broke: a gerund phrase on the doer read as the clause's subject
("Soldiers manning a checkpoint shot dead two women") and a sentence left with a noun at its root
("Members of the X gang shot dead four drivers", "gang" read as a compound of the verb); the
noun phrase before the subjectless attack verb did the deed (sentences written for several
countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _perpetrators(text: str) -> set[str]:
    events = default_pipeline()(Article(id="t", text=text)).events
    return {a.acled_name or a.name for e in events for a in e.actors if a.role == "perpetrator"}


@pytest.mark.parametrize(("text", "doer"), [
    ("Soldiers manning a checkpoint near Gao shot dead two women on Tuesday.",
     "Military Forces of Mali"),
    ("Police officers manning a roadblock in Kisumu shot dead a motorcyclist on Friday.",
     "Police Forces of Kenya"),
])
def test_gerund_phrase_on_the_doer(text: str, doer: str) -> None:
    perps = _perpetrators(text)
    assert doer in perps and not any(p.startswith("Unidentified") for p in perps), perps


@pytest.mark.parametrize(("text", "doer"), [
    ("Members of the MS-13 gang shot dead four bus drivers in San Salvador on Monday.", "MS-13"),
    ("Members of the Vatos Locos gang set fire to a bus and shot passengers at a terminal in "
     "Choloma, killing seven men.", "Vatos Locos"),
    ("Members of the Gran Grif gang set fire to houses and shot residents in Petite-Riviere "
     "de l'Artibonite on Saturday.", "Gran Grif"),
])
def test_noun_rooted_sentence_names_its_subject(text: str, doer: str) -> None:
    perps = _perpetrators(text)
    assert any(doer in p for p in perps), perps


def test_a_victim_phrase_before_a_passive_is_no_doer() -> None:
    perps = _perpetrators("Members of the Barrio 18 gang shot dead in a prison in San Pedro Sula "
                          "on Monday, police said.")
    assert not any("Barrio 18" in p for p in perps), perps
