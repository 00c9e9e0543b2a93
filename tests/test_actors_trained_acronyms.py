"""A bare acronym no finder read is the group the training records label with it, in a country
the label was coded in, on hand-written sentences from several countries; elsewhere, or where the
article's country is unknown, it stays unread."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.eval.metrics import norm_actor
from eventcoder.resolve.actors.trained_labels import trained_acronym_hits


def _labels(pipeline: Any, text: str, published: str) -> set[str]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return {norm_actor(n) for a in event.actors for n in (a.acled_name, a.name) if n}


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("The UPLC seized the village of Bulotwa near Lubero on Monday after a brief "
                 "exchange of fire.", "2018-02-05",
                 "UPLC: Union of Patriots for the Liberation of Congo", id="uplc_congo"),
    pytest.param("CNL members and ruling party youths fought with sticks in Muyinga province on "
                 "Sunday, leaving four injured.", "2020-04-20",
                 "CNL: National Congress for Liberation", id="cnl_burundi"),
])
def test_acronym_takes_the_trained_label(pipeline: Any, text: str, published: str,
                                         expected: str) -> None:
    assert norm_actor(expected) in _labels(pipeline, text, published)


@pytest.mark.parametrize(("text", "country", "label"), [
    ("Supporters of the DPP marched through Blantyre.", "MW",
     "DPP: Democratic Progressive Party"),
    ("The NCP said its offices in Kassala were ransacked.", "SD",
     "NCP: National Congress Party"),
    ("An LCP office in Tyre was set on fire overnight.", "LB", "LCP: Lebanese Communist Party"),
])
def test_acronym_in_a_country_of_its_label(text: str, country: str, label: str) -> None:
    assert [h.acled for h in trained_acronym_hits(text, [], country)] == [label]


@pytest.mark.parametrize(("text", "country"), [
    ("The NCP said its offices in Nakuru were ransacked.", "KE"),  # coded in Sudan only
    ("Supporters of the DPP marched through the city.", None),  # no country: no guess
    ("The UN and the ICRC sent aid to Kismayo.", "SO"),  # too short / not coded there
])
def test_acronym_outside_its_label_s_countries_stays_unread(text: str, country: str | None) -> None:
    assert trained_acronym_hits(text, [], country) == []


def test_a_span_another_finder_took_is_not_read_again() -> None:
    text = "The UPLC seized Bulotwa."
    assert trained_acronym_hits(text, [(4, 8)], "CD") == []
