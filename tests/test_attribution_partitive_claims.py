"""Claims and suspects a report names through some of a group's men or a foreigner's arrest.

- "The Islamic State group said one of its soldiers carried out the attack": some of the group's
  own men did it, so the group claims it, as with "its fighters carried out the attack";
- "A 28-year-old Australian man was charged with murder": a foreigner held or tried over the deed
  is its suspect, never one of its foreign victims. Sentences written for several countries.
"""

from __future__ import annotations

import pytest
from actor_labels import primary_roles

from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize(("text", "group", "published"), [
    ("A suicide bomber killed 22 people at Manchester Arena on Monday night. The Islamic State "
     "group said one of its soldiers carried out the attack.", "Islamic State", "2017-05-23"),
    ("Gunmen killed six soldiers at a checkpoint near Djibo on Monday. JNIM said two of its "
     "fighters carried out the attack.", "JNIM", "2023-05-16"),
])
def test_some_of_its_men_is_a_claim(pipeline: Pipeline, text: str, group: str,
                                    published: str) -> None:
    """The group that says some of its men did it claims the deed."""
    roles = primary_roles(pipeline, text, published)
    assert any(name.startswith(group) and role == "perpetrator" for name, role in roles.items()), roles


@pytest.mark.parametrize(("text", "published"), [
    ("A gunman opened fire at two mosques in Christchurch during Friday prayers, killing 51 "
     "people. A 28-year-old Australian man was charged with murder.", "2019-03-16"),
    ("Two people were stabbed to death outside a bar in Brussels on Monday. Police arrested a "
     "Tunisian man near the scene.", "2023-10-17"),
])
def test_held_foreigner_is_no_victim(pipeline: Pipeline, text: str, published: str) -> None:
    """No foreign civilians are made victims of the deed from its suspect."""
    roles = primary_roles(pipeline, text, published)
    assert "Civilians (International)" not in roles, roles
