"""CSV rows: one per event, ACLED-like columns, unknown values left empty."""

from __future__ import annotations

import csv
import io

from store_docs import karachi_document

from eventcoder.export.rows import CSV_COLUMNS, document_rows, write_csv


def test_rows_follow_acled_columns() -> None:
    """Rows follow ACLED columns."""
    first, second = document_rows(karachi_document())
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


def test_rows_from_dict_equal_rows_from_document() -> None:
    """Rows built from the JSON form of a document equal rows built from the document."""
    document = karachi_document()
    assert document_rows(document.to_dict()) == document_rows(document)


def test_write_csv_round_trip() -> None:
    """Write CSV round trip."""
    out = io.StringIO()
    assert write_csv(document_rows(karachi_document()), out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["fatalities"] == "45"
