"""CSV rows: one per event, ACLED-like columns, unknown values left empty."""

from __future__ import annotations

import csv
import io

from eventcoder.document import (
    Article,
    Count,
    DateInfo,
    Document,
    Event,
    EventActor,
    Location,
)
from eventcoder.export.rows import CSV_COLUMNS, document_rows, write_csv


def _document() -> Document:
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=DateInfo(start="2015-05-13", end="2015-05-13", precision="day"),
        location=Location(
            name="Karachi",
            admin1="Sindh",
            country="Pakistan",
            lat=24.86,
            lon=67.01,
            precision="city",
        ),
        fatalities=Count(low=45, best=45, high=45, approximate=False, text="killing 45"),
        actors=[
            EventActor(name="Ismaili community", role="target"),
            EventActor(
                name="Islamic State",
                acled_name="Islamic State (Pakistan)",
                role="perpetrator",
                attribution="claimed",
            ),
        ],
    )
    unknown = Event(id="e2", event_type="Battles", notes={"date": "no date in the text"})
    article = Article(id="a1", text="...", publisher="Kashmir Observer")
    return Document(article=article, events=[event, unknown])


def test_rows_follow_acled_columns():
    first, second = document_rows(_document())
    assert first["event_id"] == "e1" and first["article_id"] == "a1"
    assert first["event_date"] == "2015-05-13"
    assert first["actor1"] == "Islamic State (Pakistan)"
    assert first["actor2"] == "Ismaili community"
    assert (first["country"], first["admin1"], first["location"]) == (
        "Pakistan",
        "Sindh",
        "Karachi",
    )
    assert (first["latitude"], first["longitude"], first["geo_precision"]) == (24.86, 67.01, "city")
    assert first["fatalities"] == 45
    assert first["source"] == "Kashmir Observer"
    assert second["fatalities"] == "" and second["event_date"] == ""
    assert second["notes"] == "date: no date in the text"


def test_rows_from_dict_equal_rows_from_document():
    document = _document()
    assert document_rows(document.to_dict()) == document_rows(document)


def test_write_csv_round_trip():
    out = io.StringIO()
    assert write_csv(document_rows(_document()), out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["fatalities"] == "45"
