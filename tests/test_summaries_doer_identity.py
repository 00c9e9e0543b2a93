"""Who the doers were, told after the deed in summary style (summaries 4, issue #14): "The
hijackers were members of X", "The attackers, who were X fighters, fled": X is the doer, in the
report's voice (resolve/attribution/forms.py: "hijacker" among the attacker nouns, and the
relative pronoun of "who were" read as the attackers it refers to). Texts written for several
countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, group as the output names it)
NOTES: list[tuple[str, str]] = [
    ("Two gunmen hijacked a Kuwait Airways airliner after it left Bangkok on Monday and killed a "
     "passenger. The hijackers were members of Hizballah.", "Hezbollah"),
    ("Nine gunmen hijacked a ferry in the port of Trabzon on Monday. The hijackers, who were "
     "pro-Chechen militants, surrendered two days later.", "Chechen"),
    ("Gunmen stormed a school in Yobe on Monday and killed 20 students. The attackers, who were "
     "Boko Haram fighters, fled on motorcycles.", "Boko Haram"),
    ("Two gunmen shot dead a councillor in San Sebastian on Monday. The assailants, who were "
     "members of ETA, escaped on foot.", "Basque Fatherland"),
    ("Armed men hijacked a passenger boat off Basilan on Monday and seized 12 crew members. The "
     "hijackers were Abu Sayyaf militants.", "Abu Sayyaf"),
    ("Four men hijacked a domestic flight after it left Neiva on Monday and forced it to land on "
     "a rural road. The hijackers were members of the FARC.", "Revolutionary Armed Forces"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: roles come from the parse, names from the actor stage."""
    return Pipeline()


@pytest.mark.parametrize(("text", "group"), NOTES)
def test_doers_named_after_the_deed(pipe: Pipeline, text: str, group: str) -> None:
    """The group is the first event's perpetrator, stated."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert events
    assert any(a.role == "perpetrator" and a.attribution == "stated"
               and group.lower() in f"{a.name} {a.acled_name or ''}".lower()
               for a in events[0].actors), [(a.name, a.role) for a in events[0].actors]
