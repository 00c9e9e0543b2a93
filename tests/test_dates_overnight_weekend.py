"""Nights and weekends in news dates: a bare "overnight" is the night before publication, its
evening or the small hours of the publication day (ACLED codes such a night to one day, but the
training notes and the hold-outs' writers pick either, so both days, week precision, with a note),
and only when nothing else dates the incident; without a publication date it stays unresolved,
with a note.
"the weekend of 8-9 July" is week precision from its first day; "on or around 10 June" is week
precision from the named day (as every such ACLED training note is coded). Sentences written for
several countries and outlets.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.document import Article
from eventcoder.extract.dates.resolve import resolve_date
from eventcoder.pipeline import Pipeline

# (text, published, start, end, precision)
DATED: list[tuple[str, str | None, str, str, str]] = [
    ("Overnight, gunmen killed five herders in a village near Bokkos, Plateau state, a local "
     "leader told Punch.", "2023-12-27", "2023-12-26", "2023-12-27", "week"),
    ("Militants overnight attacked a police post in the Kurram district of Pakistan, killing two "
     "constables, officials said.", "2021-08-05", "2021-08-04", "2021-08-05", "week"),
    ("An overnight raid by armed men on a mining camp near Kidal left four workers dead, the "
     "regional governor said.", "2022-02-10", "2022-02-09", "2022-02-10", "week"),
    # a day named beats the bare night
    ("On Monday, rebels shelled the outskirts of Bossangoa overnight, killing three civilians, "
     "Radio Ndeke Luka reported.", "2020-03-11", "2020-03-09", "2020-03-09", "day"),
    ("Rebels shelled the outskirts of Bossangoa overnight on 2 March, killing three civilians.",
     "2020-03-11", "2020-03-02", "2020-03-02", "day"),
    # a day the night is reported on is that night's end (the note says it dates the saying)
    ("Overnight, gunmen attacked a checkpoint near Kousseri, killing two gendarmes, the regional "
     "governor said on Thursday.", "2022-11-25", "2022-11-24", "2022-11-24", "day"),
    ("Unidentified gunmen shot dead a trader in Mogadishu late on Friday, police said.",
     "2019-06-17", "2019-06-14", "2019-06-14", "day"),
    ("Armed men stormed a church in Tumaco overnight Saturday, wounding six worshippers.",
     "2022-04-26", "2022-04-23", "2022-04-23", "day"),
    ("Protesters clashed with riot police in Santiago on Saturday night; 40 were arrested.",
     "2019-10-21", "2019-10-19", "2019-10-19", "day"),
    ("Suspected jihadists attacked an army post near Djibo on the weekend of 8-9 July 2023, "
     "killing four soldiers, the army said.", "2023-07-12", "2023-07-08", "2023-07-09", "week"),
    ("Police said bandits raided a farm in Laikipia over the weekend of 14 and 15 March, "
     "stealing 200 cattle and killing a herder.", "2020-03-18", "2020-03-14", "2020-03-15", "week"),
    ("On or around 10 June 2021, soldiers killed five civilians near Bambari, a rights group "
     "said.", "2021-06-20", "2021-06-10", "2021-06-13", "week"),
]


def _date(pipeline: Pipeline, text: str, published: str | None):  # noqa: ANN202 - an Event
    events = pipeline(Article(id="t", text=text, published=published)).events
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "published", "start", "end", "precision"), DATED)
def test_nights_weekends_and_around(
    pipeline: Pipeline, text: str, published: str, start: str, end: str, precision: str
) -> None:
    """The incident's day, or the week a weekend or an 'around' names."""
    got = _date(pipeline, text, published).date
    assert (got.start, got.end, got.precision) == (start, end, precision), text


@pytest.mark.parametrize("text", [DATED[0][0], DATED[1][0]])
def test_overnight_without_publication_stays_unresolved(pipeline: Pipeline, text: str) -> None:
    """No publication date: no day is invented for 'overnight', and a note says why."""
    event = _date(pipeline, text, None)
    assert event.date.start is None, text
    assert "publication" in event.notes.get("date", ""), event.notes


def test_overnight_is_the_night_before_publication() -> None:
    """The resolver reads the bare night, in its usual spellings, as the night before."""
    for expr in ("overnight", "Overnight", "during the overnight hours"):
        got = resolve_date(expr, date(2024, 2, 29))
        assert (got.start, got.end, got.precision) == ("2024-02-28", "2024-02-29", "week"), expr
