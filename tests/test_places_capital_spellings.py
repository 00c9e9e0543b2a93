"""A capital written in another spelling after a locative word is the capital ('in Naypyitaw',
'outskirts of Ndjamena'), even when a town's name hides in a person's name in the same sentence
('Aung San Suu Kyi': San is a town in Mali, and such a word inside a run of capitalised words
backs no country)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


@pytest.mark.parametrize(("text", "cc", "name"), [
    ("The military detained State Counsellor Daw Aung San Suu Kyi and President U Win Myint in "
     "pre-dawn raids in Naypyitaw on Monday.", "MM", "Nay Pyi Taw"),
    ("Soldiers arrested aides of Daw Aung San Suu Kyi during raids in Naypyidaw on Tuesday.",
     "MM", "Nay Pyi Taw"),
    ("Rebels clashed with soldiers on the outskirts of Ndjamena on Tuesday, killing four, a "
     "military source said.", "TD", "N'Djamena"),
    ("Police detained dozens of protesters in Nur-Sultan on Wednesday, witnesses said.",
     "KZ", "Astana"),
])
def test_capital_in_another_spelling(text: str, cc: str, name: str) -> None:
    doc = default_pipeline()(Article(id="t", text=text, published="2022-02-01"))
    assert doc.events and all(e.location.country_code == cc and e.location.name == name
                              for e in doc.events), [e.location for e in doc.events]
