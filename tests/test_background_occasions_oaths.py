"""A deed done "on several occasions" is a habit the report describes ("On several occasions,
soldiers have raided villages and killed farmers"), and a deed a group has sworn to do is a
threat ("has sworn to kill any journalist"): neither is an incident; one dated deed and a deed
told beside an oath at someone stay news (extract/habitual.py; an oath's infinitive is already
a plan; sentences written for several countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline

FALLBACK = "no clearly reported incident; the most concrete mention is kept"


def violent_news(text: str, published: str) -> list[str]:
    """Triggers of the reported (not historical, not the short-note fallback: a long report
    drops that) violent events the pipeline finds."""
    document = default_pipeline()(Article(id="t", text=text, published=published))
    return [e.trigger or "" for e in document.events if not e.historical
            and e.notes.get("event") != FALLBACK
            and e.event_type in {"Violence against civilians", "Explosions/Remote violence",
                                 "Battles"}]


@pytest.mark.parametrize(("text", "published"), [
    # Myanmar: a habit of the army's, told in a rights report
    ("YANGON - On several occasions, soldiers have raided villages in the Shan hills and killed "
     "farmers accused of helping the rebels, the rights group said in a report on Monday.",
     "2012-03-05"),
    # DR Congo, wire capitals: a militia's habit in a bishop's words
    ("BUNIA, 4 MAY 09 -- ON NUMEROUS OCCASIONS THE MILITIA HAS ABDUCTED TEACHERS AND BURNED "
     "SCHOOLS IN THE DISTRICT, THE BISHOP SAID TODAY.", "2009-05-04"),
    # Uganda: the habit's phrase after the auxiliary
    ("KAMPALA - Rebels have on many occasions attacked camps for displaced people in the north, "
     "the minister told parliament on Tuesday.", "2004-02-10"),
    # Mexico: an oath to kill
    ("CULIACAN - The cartel has sworn to kill any journalist who reports on its business, the "
     "newspaper said in an editorial on Sunday.", "2017-05-21"),
    # Somalia, wire capitals: an oath to bomb
    ("MOGADISHU, 3 JUN 14 -- AL SHABAAB HAS SWORN TO BOMB THE CAPITAL'S HOTELS UNTIL FOREIGN "
     "TROOPS LEAVE THE COUNTRY, A SPOKESMAN SAID.", "2014-06-03"),
    # Pakistan: an oath of revenge
    ("PESHAWAR - The group swore on Friday to avenge its commander by killing policemen across "
     "the province.", "2013-08-10"),
])
def test_habit_and_oath_are_no_incident(text: str, published: str) -> None:
    assert not violent_news(text, published)


@pytest.mark.parametrize(("text", "published"), [
    # Nigeria: one dated deed
    ("KADUNA - Gunmen killed four people in a village near Kaduna on Tuesday, police said.",
     "2018-06-20"),
    # Pakistan: swearing at someone governs no deed
    ("LAHORE - A gunman who swore at the guards shot dead two policemen outside a court in "
     "Lahore on Monday, officials said.", "2015-03-03"),
    # Peru, wire capitals: "on that occasion" is one occasion
    ("LIMA, 8 JUL 92 -- GUERRILLAS ATTACKED A POLICE STATION IN HUANTA YESTERDAY, AND ON THAT "
     "OCCASION TWO POLICEMEN WERE KILLED.", "1992-07-08"),
])
def test_one_deed_stays_news(text: str, published: str) -> None:
    assert violent_news(text, published)
