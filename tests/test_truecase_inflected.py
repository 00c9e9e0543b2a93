"""Long words the casing table lacks but English inflects (adverbs in -ly, past participles in
-ed) are restored as words, not names, so that they do not swallow the names around them."""

from __future__ import annotations

import functools

import pytest

from eventcoder.document import Article, Document
from eventcoder.nlp.truecase import restore_case
from eventcoder.pipeline import Pipeline, default_pipeline


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def run(text: str, published: str) -> Document:
    """The whole pipeline on ``text``."""
    return _pipeline()(Article(id="t", text=text, published=published))


def test_inflected_unknown_words_are_lower_case_and_names_stay() -> None:
    text = restore_case("MOHAMMED AHMED AND KIMBERLY BROWNING WERE KILLED IN MOGADISHU BY MASKED "
                        "GUNMEN WHO REPEATEDLY MACHINEGUNNED THE CAR.")
    assert "machinegunned" in text and "Mohammed Ahmed" in text and "Kimberly" in text
    assert "Mogadishu" in text


@pytest.mark.parametrize(("text", "published", "group"), [
    ("IN SAN MIGUEL, FMLN GUERRILLAS COLDBLOODEDLY MURDERED A BUS DRIVER ON THE COASTAL ROAD "
     "ON MONDAY.", "1989-11-20", "Farabundo Marti"),
    ("IN MAIDUGURI, BOKO HARAM FIGHTERS COLDBLOODEDLY MURDERED TWO TRADERS AT THE MARKET ON "
     "MONDAY.", "2018-01-17", "Boko Haram"),
])
def test_an_unknown_adverb_leaves_the_doer_readable(text: str, published: str, group: str) -> None:
    doc = run(text, published)
    perps = {a.name for e in doc.events for a in e.actors if a.role == "perpetrator"}
    assert any(group in name for name in perps), perps
