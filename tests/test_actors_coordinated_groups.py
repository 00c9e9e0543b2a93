"""A name coordinated with a known group under a shared group noun is a group of that kind:
"the Los Choneros and Los Lobos gangs", "the Gulf and Sinaloa cartels" (the tagger may read the
second name as a place). Sentences written for several countries."""

from __future__ import annotations

import pytest
from actor_labels import primary_roles

from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize(("text", "second", "published"), [
    ("Gunmen killed three people in Guayaquil on Tuesday. Authorities attributed the violence to "
     "the Los Choneros and Los Lobos gangs.", "Los Lobos", "2024-01-10"),
    ("Gunmen killed five people at a bar in Reynosa on Saturday. Police blamed the Gulf Cartel "
     "and Los Metros factions.", "Los Metros", "2023-05-07"),
])
def test_second_group_of_a_pair(pipeline: Pipeline, text: str, second: str,
                                published: str) -> None:
    """Both groups of the pair are accused of the deed."""
    roles = primary_roles(pipeline, text, published)
    assert any(name.startswith(second) and role == "perpetrator" for name, role in roles.items()), roles
