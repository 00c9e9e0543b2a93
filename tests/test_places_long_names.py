"""A long name (ten letters or more) one letter off a town of ten thousand people, in a note that
names no country, is that town: long names have few near neighbours even among the world's towns.
A shorter misspelt name stays unknown (its near neighbours are too many to choose from)."""

from __future__ import annotations

from geo_docs import geocoded_document


def _country(text: str, trigger: str) -> str | None:
    loc = geocoded_document(text, trigger).events[0].location
    return loc.country_code if loc else None


def test_a_long_misspelt_town_name_is_that_town() -> None:
    assert _country("Gunmen abducted two traders in Kafin Hausaa on Sunday.", "abducted") == "NG"
    assert _country("Soldiers killed three militants near Bandiagaraa.", "killed") == "ML"
    assert _country("Residents protested in Tchibangaa over power cuts.", "protested") == "GA"
    assert _country("Riots broke out in Menzel Tamime overnight.", "Riots") == "TN"
    # nine letters: too short to tell which of the world's towns is meant
    assert _country("Separatists attacked a gendarmerie post in Bangantee.", "attacked") is None
