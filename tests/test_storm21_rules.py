"""Crowds that storm, torch or vandalise: a protest whose crowd wrecks property is a violent
demonstration (typer/wrecking_crowd.py), in the present, past and progressive tenses and when
the deed is told in a later sentence by part of the crowd; storming no force met, storming to
voice a demand, burning a symbol, a deed only threatened and the forces' own storming stay as
ACLED codes them. Sentences written here for several countries and outlets."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline

VIOLENT = ("Riots", "Violent demonstration")


@pytest.fixture(scope="module")
def pipeline() -> Any:
    return default_pipeline()


def _typed(pipeline: Any, text: str, published: str) -> tuple[str | None, str | None]:
    document = pipeline(Article(id="t", text=text, published=published))
    assert document.events, text
    event = document.events[0]
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize(("text", "published"), [
    # present tense, two deeds the tagger may read as nouns
    ("Karbala, 3 October: demonstrators angry at the lack of jobs storm and torch the provincial "
     "council offices. Guards pull back.", "2019-10-04"),
    # past tense, a phrasal deed
    ("On 14 March, protesters in Kumasi set fire to the regional office of the ruling party "
     "after the results were announced.", "2016-03-15"),
    ("Hundreds of students broke into the rectorate of the university in Yaounde on 9 May "
     "during a protest over unpaid grants.", "2017-05-10"),
    # progressive
    ("Demonstrators are vandalising shops and bus shelters in central Santiago after a march "
     "against fare rises, witnesses said on 19 October.", "2019-10-20"),
    # the deed in a later sentence, done by part of the crowd
    ("On 6 June thousands marched in Lagos against the fuel price rise. Later some of them "
     "smashed the windows of a bank and ransacked a petrol station.", "2012-06-07"),
    ("On 2/3 several thousand supporters of the opposition rally in Kinshasa. In the afternoon "
     "groups ransack two shops owned by ruling party officials.", "2018-03-03"),
    # an attempt the forces met with tear gas
    ("3 December, Kyiv: Crowds try to storm the presidential administration; riot police fire "
     "tear gas and rubber bullets.", "2013-12-04"),
])
def test_crowd_wrecking_is_a_violent_demonstration(pipeline: Any, text: str,
                                                   published: str) -> None:
    assert _typed(pipeline, text, published) == VIOLENT


@pytest.mark.parametrize(("text", "published"), [
    # threatened, not done
    ("Protesters threatened to storm the parliament in Nairobi on 3 June if the bill passed.",
     "2018-06-04"),
    # a symbol burnt
    ("On 11 April, about 200 teachers torched coffins outside the education ministry in Harare "
     "to protest against their salaries.", "2019-04-12"),
    # storming to voice a demand, no force met it
    ("On 8 July, about 60 farmers stormed the district commissioner's office in Kisii demanding "
     "payment for their maize deliveries.", "2017-07-09"),
    # storming no force met: ACLED's training notes code most such entries as protests
    ("On 12 February, around 150 nurses stormed the health department headquarters in Juba "
     "over four months of unpaid salaries.", "2019-02-13"),
    # looted funds: a grievance, no deed
    ("On 20 May, protesters gathered in Tripoli, Lebanon, demanding the return of looted public "
     "money.", "2020-05-21"),
])
def test_no_crowd_deed_is_no_riot(pipeline: Any, text: str, published: str) -> None:
    assert _typed(pipeline, text, published) != VIOLENT


def test_police_storming_is_no_riot(pipeline: Any) -> None:
    """The forces' storming of a camp is their deed: no violent demonstration."""
    typed = _typed(pipeline, "On 3 June police stormed the sit-in camp of protesters in "
                   "Khartoum and dispersed them with tear gas.", "2019-06-04")
    assert typed != VIOLENT
