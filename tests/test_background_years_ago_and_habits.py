"""Background told in a sentence of news, as newsrooms write it: a crime a verdict is for, dated
"decades ago" ("sentenced ... for his role in the massacre of 30 farmers more than two decades
ago"); the dead of a deed "twenty years ago" in a reduced relative clause before the sentence's
verb ("relatives of the 21 people killed by a bomb in Enniskillen thirty years ago gathered on
Sunday"), which the parse hangs on the main verb; and a group's deeds told as a habit ("as the
group's attacks often are") name no doer of the news. The news itself stays news (sentences
written for several countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline
from tests.test_attribution_report_doers import perpetrators_of
from tests.test_background_tried_and_years_ago import violent_news


@pytest.mark.parametrize(("text", "published"), [
    # Peru: a verdict for a massacre "more than two decades ago"
    ("LIMA - A court on Tuesday sentenced a former rebel commander to 30 years in prison for "
     "his role in the massacre of 30 farmers in a highland village more than two decades ago.",
     "2009-03-11"),
    # Guatemala, wire capitals: "thirty years ago"
    ("GUATEMALA CITY, 4 FEB 12 -- A COURT YESTERDAY SENTENCED A FORMER PATROL CHIEF TO 40 YEARS "
     "FOR THE KILLING OF 12 PEASANTS IN A MOUNTAIN VILLAGE THIRTY YEARS AGO.", "2012-02-04"),
    # Northern Ireland: the dead of a bombing "thirty years ago" before the main verb
    ("ENNISKILLEN - Relatives of the 12 people killed by a bomb at the war memorial thirty years "
     "ago gathered in the town on Sunday to remember the dead.", "2017-11-13"),
    # Indonesia: "twenty years ago" after a reduced relative
    ("DENPASAR, Indonesia, Oct 12 - Survivors of the 202 people killed by bombs at two nightclubs "
     "twenty years ago laid flowers at the memorial on Wednesday.", "2022-10-13"),
])
def test_a_deed_years_back_is_background(text: str, published: str) -> None:
    assert violent_news(text, published) == [], violent_news(text, published)


@pytest.mark.parametrize(("text", "published"), [
    # the news in the same sentence as a years-ago measure stays news
    ("Gunmen killed five farmers near Ayacucho on Tuesday, two decades after a massacre in the "
     "same valley.", "2004-06-02"),
])
def test_news_beside_an_old_deed_stays_news(text: str, published: str) -> None:
    assert violent_news(text, published), violent_news(text, published)


def _named(perps: dict[str, str], name: str) -> bool:
    return any(name.lower() in n.lower() for n in perps)


@pytest.mark.parametrize(("text", "name"), [
    # Northern Ireland: a comparison with the group's habit
    ("A firebomb gutted a furniture shop in Newry on Saturday night. Police said the shop had "
     "not been warned, as the Real IRA's attacks on businesses usually are.", "Real IRA"),
    # Philippines, wire capitals
    ("DAVAO, 3 MAR 96 -- A BOMB EXPLODED AT A BUS TERMINAL TODAY, WOUNDING SIX. NO WARNING WAS "
     "GIVEN, AS THE NEW PEOPLE'S ARMY'S ATTACKS ON BUSES USUALLY ARE.", "New People"),
])
def test_a_groups_habit_names_no_doer(text: str, name: str) -> None:
    perps = perpetrators_of(text)
    assert not _named(perps, name), perps


def test_a_claim_of_placing_the_bomb() -> None:
    """'X, a small leftist group, said it had placed the bomb' claims it (Spain, France)."""
    for text, name in [
        ("A bomb damaged a car dealership in Pamplona on Monday. On Tuesday a newspaper received "
         "a communique in which Iraultza, a small leftist group, said it had placed the bomb.",
         "Iraultza"),
        ("A bomb exploded outside a tax office in Ajaccio on Friday night. The National "
         "Liberation Front of Corsica said in a statement that it had planted the bomb.",
         "Corsica"),
    ]:
        document = default_pipeline()(Article(id="t", text=text))
        found = {a.attribution for e in document.events for a in e.actors
                 if a.role == "perpetrator" and name.lower() in a.name.lower()}
        assert found == {"claimed"}, (text, found)
