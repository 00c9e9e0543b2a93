"""Group names joined by hyphens and closed by a country ("Tehreek-i-Jihad Pakistan") are one
name outside the knowledge base: the group claims the attack, and the country at its end is no
government speaking (sentences written for Pakistan, Afghanistan and Bangladesh)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


@pytest.mark.parametrize(("text", "group"), [
    ("At least nine policemen were killed when gunmen stormed a checkpoint near Tank on "
     "Thursday. Tehreek-i-Jihad Pakistan claimed responsibility for the attack.",
     "Tehreek-i-Jihad Pakistan"),
    ("A roadside bomb killed three soldiers in Kunar province on Sunday. Jabha-e-Azadi "
     "Afghanistan claimed responsibility for the blast in a message to reporters.",
     "Jabha-e-Azadi Afghanistan"),
    ("Two police officers were hacked to death in Narayanganj on Monday night. "
     "Ansar-ul-Tawhid Bangladesh claimed the killings in a post on its channel.",
     "Ansar-ul-Tawhid Bangladesh"),
    # the Arabic article assimilated ('ash-'), a particle the place names' list shares
    ("Gunmen shot dead four guards at a power station near Baquba on Tuesday. Harakat-ash-Shuruq "
     "Iraq claimed responsibility for the killings in a statement.",
     "Harakat-ash-Shuruq Iraq"),
])
def test_hyphenated_group_with_country_tail_claims(text: str, group: str) -> None:
    doc = default_pipeline()(Article(id="t", text=text, published="2024-05-20"))
    actors = [(a.name, a.role, a.attribution) for e in doc.events for a in e.actors]
    assert (group, "perpetrator", "claimed") in actors, actors
    assert not any(name.startswith("Government of") for name, _, _ in actors), actors
