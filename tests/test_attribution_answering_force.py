"""The force that arrests or shoots an attacker answers the attack and is no doer of it.

"Police arrested a 41-year-old man at the scene" after a shooting, "before police detained him",
"before he was shot dead by a police officer": the police are the attack's responders, not its
perpetrators, while the attacker stays its doer. Arrests at a clash or a riot belong to that
event and are left as they were. Sentences written for several countries.
"""

from __future__ import annotations

import pytest
from actor_labels import primary_roles

from eventcoder.pipeline import Pipeline

ANSWERED: list[tuple[str, str, str]] = [
    ("Former Prime Minister Shinzo Abe was shot dead while giving a campaign speech in Nara on "
     "Friday. Police arrested a 41-year-old man at the scene.", "Police Forces of Japan",
     "2022-07-09"),
    ("A teenager opened fire at a school in Peshawar on Monday, wounding three pupils, before "
     "police detained him.", "Police Forces of Pakistan", "2024-02-06"),
    ("A man killed three people in a knife attack at a festival in Solingen on Friday night. "
     "Police arrested a 26-year-old suspect the next day.", "Police Forces of Germany",
     "2024-08-25"),
    ("A gunman shot dead four people at a shopping centre in Sydney on Saturday before he was "
     "shot dead by a police officer.", "Police Forces of Australia", "2024-08-25"),
    # the police's own account of their arrest is their claim of it, not of the attack
    ("Gunmen killed 15 worshippers at a church in Kaduna on Saturday. Police said on Monday they "
     "had arrested four suspects.", "Police Forces of Nigeria", "2025-06-02"),
]


@pytest.mark.parametrize(("text", "force", "published"), ANSWERED)
def test_answering_force_is_no_perpetrator(pipeline: Pipeline, text: str, force: str,
                                           published: str) -> None:
    """The police are in the record, but not as the attack's doers."""
    roles = primary_roles(pipeline, text, published)
    police = [role for name, role in roles.items() if name.startswith(force)]
    assert police and "perpetrator" not in police, roles
    assert "perpetrator" in roles.values(), roles


def test_arrests_at_a_riot_stay_the_polices(pipeline: Pipeline) -> None:
    """At a riot the police who beat and arrest the rioters are a party to it."""
    roles = primary_roles(pipeline, "Police beat and arrested dozens of rioting traders in "
                          "Harare's central market on 14 January 2022.", "2022-01-15")
    assert any(name.startswith("Police Forces of Zimbabwe") for name in roles), roles


@pytest.mark.parametrize(("text", "doer", "published"), [
    ("A man stabbed six people at a playground in Annecy on Thursday. The attacker was arrested "
     "by police.", "Unidentified Armed Group (France)", "2023-06-09"),
    ("Three men attacked a shopkeeper with swords in Ludhiana on Monday. Police arrested the "
     "attackers on Tuesday.", "Unidentified Armed Group (India)", "2024-03-06"),
])
def test_arrested_attackers_stay_the_doers(pipeline: Pipeline, text: str, doer: str,
                                           published: str) -> None:
    """People named by the attack they did are its doers, even as the arrest's objects."""
    roles = primary_roles(pipeline, text, published)
    assert roles.get(doer) == "perpetrator", roles
