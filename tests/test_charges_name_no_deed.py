"""A deed noun that names a charge ("rioting charges", "charges of looting") tells no deed of the
day: no event from it, and none from the typer's reading of the note; the charged deed, where
told, and an arrest over it keep their events."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article


def _events(pipeline: Any, text: str, published: str) -> list[Any]:
    return pipeline(Article(id="charge", text=text, published=published, source=None)).events


@pytest.mark.parametrize(("text", "published"), [
    ("Rioting charges against 12 students were dropped by a court in Dhaka on Monday.",
     "2020-09-01"),
    ("Charges of rioting against 40 miners were withdrawn in Rustenburg on Thursday.",
     "2019-05-10"),
    ("Prosecutors in Lima on Tuesday brought kidnapping charges against four police officers.",
     "2022-03-02"),
    ("A court in Nairobi on Monday heard charges of looting against 30 traders.", "2021-07-13"),
])
def test_a_charge_is_no_deed(pipeline: Any, text: str, published: str) -> None:
    assert _events(pipeline, text, published) == []


@pytest.mark.parametrize(("text", "published", "event_type"), [
    ("Gunmen kidnapped a priest in Enugu on Sunday; police said kidnapping charges would follow.",
     "2020-08-31", "Violence against civilians"),
    ("Rioting broke out in Mombasa on Monday after the vote; police fired tear gas.",
     "2017-08-15", "Riots"),
    ("Police in Kano arrested five men on Friday on charges of kidnapping a businessman.",
     "2021-02-06", "Strategic developments"),
])
def test_the_deed_told_beside_a_charge_stays(pipeline: Any, text: str, published: str,
                                           event_type: str) -> None:
    events = _events(pipeline, text, published)
    assert events and events[0].event_type == event_type
