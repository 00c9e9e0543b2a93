"""Summary style drops the article before a victim's title ("Members of ETA kidnapped
businessman X"), and spaCy then reads the attack verb as an adjective of the titled name ("the
kidnapped businessman"): the group before the verb is its doer (resolve/attribution/rules.py
``titled_object``, broken_subjects.py ``titled_object_doer``). Summaries 4 (issue #14), texts
written for several countries; a real "the kidnapped journalist X" stays no doer.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, group as the output names it)
NOTES: list[tuple[str, str]] = [
    ("Members of ETA kidnapped businessman Javier Olano outside his office in Bilbao on Monday.",
     "Basque Fatherland"),
    ("Members of Abu Sayyaf kidnapped teacher Rosa Dela Cruz in Jolo on Monday.", "Abu Sayyaf"),
    ("Members of the FARC kidnapped senator Jorge Gechem near Neiva on Monday.",
     "Revolutionary Armed Forces"),
    ("Members of the MRTA kidnapped businessman Raul Hilbck outside his home in Lima on Monday.",
     "Tupac Amaru"),
    ("Members of Hamas abducted soldier David Levi near Hebron on Monday.", "Hamas"),
    ("Members of the Taliban kidnapped journalist Ahmad Wali outside his home in Kandahar on "
     "Monday.", "Taliban"),
    ("Members of al-Shabaab abducted aid worker Anna Keller outside her office in Mandera on "
     "Monday.", "Shabaab"),
    ("Members of the Islamic State kidnapped priest Jacques Murad outside his church in "
     "Qaryatayn on Monday.", "Islamic State"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: roles come from the parse, names from the actor stage."""
    return Pipeline()


@pytest.mark.parametrize(("text", "group"), NOTES)
def test_group_before_titled_victim_is_doer(pipe: Pipeline, text: str, group: str) -> None:
    """The group is the first event's perpetrator, stated."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert events
    assert any(a.role == "perpetrator" and a.attribution == "stated"
               and group.lower() in f"{a.name} {a.acled_name or ''}".lower()
               for a in events[0].actors), [(a.name, a.role) for a in events[0].actors]


def test_kidnapped_journalist_is_no_doer_phrase(pipe: Pipeline) -> None:
    """'The kidnapped journalist X was freed by police': the police are no perpetrator."""
    text = "The kidnapped journalist Ahmad Wali was freed by police in Kandahar on Monday."
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert not any(a.role == "perpetrator" and "Police" in a.name
                   for e in events for a in e.actors)
