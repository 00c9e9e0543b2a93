"""A force named by a two-word nationality keeps it when the event lies in another country:
'the Sri Lankan navy' off India, 'South Sudanese troops' in Sudan, 'Sierra Leonean police' in
Liberia (the one-word reading 'Lankan' names no country, so the label used to take the event's)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


@pytest.mark.parametrize(("text", "label"), [
    ("Two Indian fishermen were wounded off Rameswaram on Saturday when the Sri Lankan navy "
     "fired on their trawler, Indian officials said.", "Military Forces of Sri Lanka"),
    ("South Sudanese troops clashed with Sudanese soldiers near Heglig on Tuesday, killing "
     "four, a local official said.", "Military Forces of South Sudan"),
    ("Burkinabe soldiers and Ivorian gendarmes exchanged fire near Doropo in Ivory Coast on "
     "Friday, wounding two, the Ivorian army said.", "Military Forces of Burkina Faso"),
])
def test_two_word_nationality_names_the_force(text: str, label: str) -> None:
    doc = default_pipeline()(Article(id="t", text=text, published="2024-03-10"))
    labels = {a.acled_name or a.name for e in doc.events for a in e.actors}
    assert any(n.startswith(label) for n in labels), labels
