"""Rules of the attr21 round, each on sentences written for several countries: a denying group's
counter-accusation of its enemy leaves the accused a party named, not the doer (while officials'
blame, or a state's own denial with a counter-accusation, stays an accusation)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _primary(text: str, published: str) -> Event:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=published)))
    assert event is not None
    return event


def _role(text: str, published: str, part: str) -> str | None:
    """The role of the first actor of the primary event whose name holds ``part``."""
    return next((a.role for a in _primary(text, published).actors if part in a.name), None)


@pytest.mark.parametrize(("text", "published", "accused"), [
    ("A bomb hidden in a rubbish bin killed six people at a bus station in Kaduna on Monday, "
     "police said. Police blamed Boko Haram for the blast. The group denied any involvement and "
     "accused the army of planting the bomb to justify its campaign in the north.",
     "2013-06-11", "Military Forces"),
    ("Gunmen killed nine farmers in a village near Cotabato on Saturday, and the provincial "
     "police chief blamed the Moro Islamic Liberation Front. The MILF denied the charge. Its "
     "spokesman said the front had nothing to do with the killings and accused the army of "
     "carrying them out to wreck the peace talks.", "2000-03-06", "Military Forces"),
    ("A car bomb exploded outside a market in Diyarbakir on Thursday, killing five people, and "
     "the governor blamed the PKK. The PKK denied carrying out the attack and accused Turkish "
     "security forces of staging it.", "2011-09-23", "Forces of Turkey"),
])
def test_denying_groups_counter_accusation_names_no_doer(text: str, published: str,
                                                          accused: str) -> None:
    """The enemy a denying group accuses is no perpetrator on that word alone."""
    assert _role(text, published, accused) != "perpetrator"


@pytest.mark.parametrize(("text", "published", "accused"), [
    # the officials' own accusation of the group is kept as such
    ("A bomb hidden in a rubbish bin killed six people at a bus station in Kaduna on Monday, "
     "police said. Police blamed Boko Haram for the blast. The group denied any involvement and "
     "accused the army of planting the bomb.", "2013-06-11", "Boko Haram"),
    # a state denying and accusing the rebels: authorities' blame, not an interested denier's
    ("Eleven villagers were shot dead in a village in Ituri on Sunday. The army denied that its "
     "soldiers were involved and accused ADF rebels of the massacre.", "2015-08-10",
     "Allied Democratic Forces"),
])
def test_accusations_outside_a_groups_denial_stay(text: str, published: str, accused: str) -> None:
    """Officials' blame, and a state's denial with a counter-accusation, keep the accused a doer."""
    assert _role(text, published, accused) == "perpetrator"
