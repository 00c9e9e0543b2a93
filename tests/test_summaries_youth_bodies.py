"""A crowd word modifying an organisation's noun ("an ultranationalist youth organization", "the
ruling party's youth league") names the organisation's members, not an unarmed crowd, so their
attack stays an attack, not mob violence (extract/roles.py ``is_crowd``). Summaries 4 (issue
#14), texts written for several countries; angry youths beating a man stay a mob.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

ATTACK = ("Violence against civilians", "Attack")
NOTES = [
    "Members of the Grey Wolves, an ultranationalist youth organization, broke into a student "
    "flat in Ankara on Monday and killed seven students.",
    "Members of the ruling party's youth league attacked a group of opposition activists in "
    "Harare on Monday, injuring six.",
    "Members of the ruling party's youth wing attacked a group of journalists in Colombo on "
    "Monday, injuring four.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: roles and typing."""
    return Pipeline()


@pytest.mark.parametrize("text", NOTES)
def test_youth_organisation_attack_is_no_mob(pipe: Pipeline, text: str) -> None:
    """The first event is an attack on civilians."""
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ATTACK


def test_angry_youths_stay_a_mob(pipe: Pipeline) -> None:
    """Angry youths beating a suspected thief: mob violence."""
    text = "Angry youths beat a suspected thief to death in Lagos on Monday."
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
