"""Whoever ends an attack on the attacker himself is no perpetrator of it: "a man stabbed three
people before being shot dead by police", "killing 86 people before police shot him dead" (the
pronoun agrees with the doer, not with the victims). Sentences written for France, the UK,
Nigeria, Germany and Kenya; a "before" clause whose pronoun takes up the victims keeps its
doers."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _roles(text: str) -> dict[str, str]:
    doc = default_pipeline()(Article(id="t", text=text, published="2022-06-10"))
    event = primary_event(doc)
    assert event is not None
    return {a.acled_name or a.name: a.role for a in event.actors}


def _role_of(roles: dict[str, str], prefix: str) -> str | None:
    return next((role for name, role in roles.items() if name.startswith(prefix)), None)


@pytest.mark.parametrize(("text", "responder"), [
    ("A man drove a van into a crowded market in Lyon on Thursday, killing four people before "
     "police shot him dead.", "Police Forces of France"),
    ("A man stabbed three people at a bus stop in Leeds on Sunday before being shot dead by "
     "armed police.", "Police Forces of the United Kingdom"),
    ("A gunman killed five worshippers at a mosque in Kano on Friday before soldiers shot him "
     "dead.", "Military Forces of Nigeria"),
    ("Two attackers hacked a shopkeeper to death in a mall in Mombasa on Saturday until "
     "police killed them in a shootout.", "Police Forces of Kenya"),
])
def test_who_ends_the_attack_is_no_perpetrator(text: str, responder: str) -> None:
    assert _role_of(_roles(text), responder) == "other"


def test_a_before_clause_on_the_victim_keeps_its_doers() -> None:
    roles = _roles("Soldiers detained two traders at a checkpoint near Maiduguri on Monday "
                   "before beating them, witnesses said.")
    assert _role_of(roles, "Military Forces of Nigeria") == "perpetrator"
