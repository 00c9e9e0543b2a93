"""A name several bodies share worldwide ('NAF', 'SNA') takes the holder that the text's other,
unshared names back; a lone holder that those names all contradict is not forced on the text."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Document
from eventcoder.resolve.actors.kb import lookup, weak_only


def run(pipeline: Any, text: str) -> Document:
    """The pipeline's document for a text with no publisher."""
    return pipeline(Article(id="t", text=text, published="2021-03-04"))


def actor_countries(document: Document) -> dict[str, str | None]:
    """Actor name → country."""
    return {a.name: a.country for a in document.actors}


def test_lookup_takes_the_backed_holder_and_drops_a_contradicted_one() -> None:
    assert weak_only("SNA") and weak_only("NAF")
    assert not weak_only("Boko Haram")
    assert lookup("SNA") is None  # Somalia's and Syria's: nothing to choose by
    assert lookup("SNA", backing={"SO"}).country == "SO"
    assert lookup("SNA", backing={"SY"}).country == "SY"
    assert lookup("NAF", backing={"NG"}).country == "NG"
    assert lookup("NAF", backing={"UA"}).country == "UA"
    assert lookup("NAF", backing={"KE"}) is None  # the text's named actors point elsewhere
    assert lookup("Boko Haram", backing={"KE"}).country == "NG"  # unshared names never drop


@pytest.mark.parametrize(("text", "country", "actor_country"), [
    pytest.param("SNA soldiers repelled an al-Shabaab attack on their base on Tuesday, killing "
                 "four of the militants.", "SO", "SO", id="somalia_sna_with_shabaab"),
    pytest.param("A NAF helicopter crashed while bombing Boko Haram hideouts on Monday; the two "
                 "pilots were killed.", "NG", "NG", id="nigeria_naf_with_boko_haram"),
    pytest.param("Turkish-backed SNA fighters shelled SDF positions on Sunday, killing three "
                 "Syrian Democratic Forces members.", "SY", "SY", id="syria_sna_with_sdf"),
])
def test_shared_acronym_follows_the_text(pipeline: Any, text: str, country: str,
                                         actor_country: str) -> None:
    document = run(pipeline, text)
    acronym = text.split()[1] if text.startswith("A ") else next(
        w for w in text.split() if w in {"SNA", "NAF"})
    holders = [a for a in document.actors if any(m.text == acronym for m in a.mentions)]
    assert holders and all(a.country == actor_country for a in holders), actor_countries(document)
    event = document.events[0]
    assert event.location is not None and event.location.country_code == country


def test_lone_holder_is_not_forced_against_the_text(pipeline: Any) -> None:
    document = run(pipeline, "NAF jets struck Boko Haram camps near the lake on Friday, "
                             "killing dozens of fighters.")
    assert "UA" not in actor_countries(document).values(), actor_countries(document)
