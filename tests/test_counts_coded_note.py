"""Fatalities as a coder's note states them, ages that count no one, and tolls listed as
several subjects of one verb.

ACLED notes end with the coding they applied when the report gives no usable count ("Unknown
fatalities coded as 10", "Several fatalities coded as 3") or shares one toll between records
("Fatalities split between 2 events": each record its share, rounded down). The training pool
shows the stated figure is the record's. Notes written for several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: the count stage reads the events and dates before it."""
    return Pipeline()


def _main(pipe: Pipeline, text: str) -> Event:
    events = pipe(Article(id="t", text=text, published="2021-06-07")).events
    assert events
    return events[0]


# (note, fatalities of the main event)
CODED: list[tuple[str, int]] = [
    ("On 14 March 2021, Houthi forces shelled army positions near Sirwah (Marib), killing and "
     "injuring a number of soldiers. Unknown fatalities coded as 10.", 10),
    ("On 2 June 2021, JNIM militants ambushed a Malian army patrol near Boni (Douentza, Mopti), "
     "killing several soldiers. Several fatalities coded as 3.", 3),
    ("On 6 April 2021, clan militias clashed near Beledweyne (Hiraan), leaving 'dozens' dead. "
     "Fatalities coded as 12.", 12),
    ("On 8 May 2021, the Taliban claimed to have killed 5 policemen at a checkpoint in Nad Ali "
     "district, Helmand. Fatalities coded as 0 (the Taliban reported 5).", 0),
    ("On 3 May 2021, GNA drones struck LNA vehicles near Sirte, killing an unspecified number of "
     "fighters. Total fatalities coded to 10.", 10),
    # a toll shared between records: the share the note writes, or the count rounded down
    ("On 9 May 2021, 9 ISWAP fighters were killed in air strikes on camps near Marte and Dikwa "
     "(Borno). Fatalities are split across 3 events (3).", 3),
    ("On 11 July 2021, Tiv and Jukun militias clashed in three villages of Wukari LGA (Taraba). "
     "7 people were killed. Fatalities split between 2 events.", 3),
    ("On 3 March 2021, pro-Houthi forces shelled positions in Hays and Al Khawkhah (Al Hudaydah), "
     "incurring fatalities. Unclear fatalities coded as 10 and spread across two locations.", 5),
    # two different coded figures: which is this record's is unknown, the counted words stand
    ("On 30 April 2021, two air strikes hit Mukayras (Al Bayda); one killed four soldiers. "
     "Fatalities coded as 4 in one event and unknown fatalities coded as 10 in another.", 4),
]


@pytest.mark.parametrize(("text", "deaths"), CODED)
def test_note_coding_statement_gives_the_toll(pipe: Pipeline, text: str, deaths: int) -> None:
    """The figure the note says it coded (or this record's share of it) is the toll."""
    event = _main(pipe, text)
    assert event.fatalities is not None
    assert event.fatalities.best == deaths


def test_coded_convention_is_approximate_with_note_and_evidence(pipe: Pipeline) -> None:
    """A convention figure says so: approximate, a note naming it, evidence on its words."""
    text = CODED[0][0]
    event = _main(pipe, text)
    fat = event.fatalities
    assert fat is not None and fat.approximate and fat.high is None
    assert fat.text == "Unknown fatalities coded as 10"
    assert fat.start is not None and text[fat.start : fat.end] == fat.text
    assert "coded convention" in event.notes["fatalities"]
    assert any(e.field == "fatalities" and e.text == fat.text for e in event.evidence)


def test_news_text_without_coding_statement_keeps_its_count(pipe: Pipeline) -> None:
    """A report that states no coding keeps the counted words, with no convention note."""
    event = _main(pipe, "Gunmen killed 9 villagers in Kwall, Plateau state, on Sunday, police said.")
    assert event.fatalities is not None and event.fatalities.best == 9
    assert "coded" not in event.notes.get("fatalities", "")


AGES: list[tuple[str, int]] = [
    ("On 9 May 2021, police shot dead a 16 year old boy in Nairobi.", 1),
    ("Police in Kisumu killed a 17 years old man during protests on Monday.", 1),
    ("Soldiers shot dead two 15 year old boys at a checkpoint in Tumaco on Sunday.", 2),
    ("Unknown gunmen killed a 6 month old baby and her mother in Jos on Tuesday.", 2),
]


@pytest.mark.parametrize(("text", "deaths"), AGES)
def test_unhyphenated_age_counts_no_one(pipe: Pipeline, text: str, deaths: int) -> None:
    """'a 16 year old boy' is one boy, as '16-year-old' is."""
    event = _main(pipe, text)
    assert event.fatalities is not None and event.fatalities.best == deaths


LISTED: list[tuple[str, int]] = [
    ("Two policemen, three civilians and one attacker were killed when gunmen stormed a "
     "checkpoint in Quetta on Monday.", 6),
    ("On 3 May 2021, 12 Taliban militants and 3 Arbakis were killed, and 11 Taliban were "
     "injured, in Pur Chaman district, Farah.", 15),
    ("On 12 March 2021, 4 soldiers and 6 militants were killed in clashes near Gao.", 10),
    ("On 29 April 2021, 3 local policemen, 2 militia members, and 1 soldier were killed during "
     "an operation in Jurm district, Badakhshan.", 6),
    ("On 2 May 2021, 4 soldiers, 3 policemen, and 2 civilians were killed when militants "
     "attacked a post near Diffa.", 9),
    # an apposition that restates its head adds no one
    ("Three soldiers, a captain and two privates, were killed in an ambush near Beni on "
     "Tuesday.", 3),
    ("Five people, two of them children, were killed when a bomb exploded in a market in "
     "Maiduguri.", 5),
    # a misparse that gives a modifier's noun a subject's relation lists nothing
    ("An off-duty soldier working as a bodyguard was killed and a driver was wounded when a bomb "
     "exploded outside a hotel in Kabul.", 1),
    # a partitive restates the head, it lists no other group
    ("Seven miners, four of them foreigners, were killed when gunmen attacked a gold mine near "
     "Bouake.", 7),
]


@pytest.mark.parametrize(("text", "deaths"), LISTED)
def test_counted_groups_listed_as_subjects_add_up(pipe: Pipeline, text: str, deaths: int) -> None:
    """Each counted group of a list the parse hung on the verb as its own subject is dead too."""
    event = _main(pipe, text)
    assert event.fatalities is not None and event.fatalities.best == deaths


CORPSES: list[tuple[str, int]] = [
    ("On 1 May 2021, the corpses of five suspected militants were discovered near Menaka, "
     "presumably killed in French airstrikes.", 5),
    ("On 1 May 2021, five corpses of suspected militants were discovered near Menaka after "
     "French airstrikes.", 5),
    ("On 3 July 2021, police found the corpses of three men with gunshot wounds in a ditch near "
     "Culiacan.", 3),
]


@pytest.mark.parametrize(("text", "deaths"), CORPSES)
def test_corpses_count_as_bodies_do(pipe: Pipeline, text: str, deaths: int) -> None:
    """'corpses' (which the lemmatiser reads as 'corps') counts the dead as 'bodies' does."""
    event = _main(pipe, text)
    assert event.fatalities is not None and event.fatalities.best == deaths
