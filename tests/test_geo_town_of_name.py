"""'the town of Ras al Ain': a name of several words after 'the town/city/village of' is a place,
however spaCy tags it (an unfamiliar Arabic name often PERSON), and is looked for among the spelling
variants of the article's countries ('Ras al Ain' is GeoNames' Ra's al 'Ayn). Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "admin1"), [
    pytest.param("Turkish artillery shelled the town of Ras al Ain in north-eastern Syria on "
                 "Sunday, killing two children.", "Al-Hasakeh", id="ras_al_ain"),
    pytest.param("Government aircraft bombed the town of Maarat al Numan on Monday, killing eight "
                 "civilians, Syrian activists said.", "Idleb", id="maarat_al_numan"),
])
def test_town_of_a_several_word_name_is_placed(pipeline: Any, text: str, admin1: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-08-10")))
    assert event is not None and event.location is not None
    assert event.location.precision in ("city", "admin2") and event.location.admin1 == admin1
