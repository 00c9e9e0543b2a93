"""Mentions that tell no incident, from the MUC-4 relevance false positives and full reports 2
(issue #14): deeds counted in cases or per unit of time (a statistic), an act called for (not
done), a bare deed noun a copula files under a class ("kidnapping is an industry"), and a strike
verb whose subject is the violence ("the blast struck the market": no labour strike split off
the bombing). Sentences written for these tests, several countries, mixed case
and capitals."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.extract.not_a_deed import counted_cases, counted_rate
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import Pipeline

VIOLENT = {"Violence against civilians", "Explosions/Remote violence", "Battles"}


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


def _token(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The ombudsman's office in Lima logged 26 cases of assault during September.", "assault"),
    ("Rights groups recorded dozens of cases of torture in Egyptian police stations last year.",
     "torture"),
    ("Monitors counted 112 incidents of kidnapping in Kaduna state since January.", "kidnapping"),
    ("Human rights monitors recorded hundreds of cases of kidnapping in Chechnya.", "kidnapping"),
])
def test_counted_cases(nlp, sentence, word):
    assert counted_cases(_token(nlp, sentence, word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Police figures show that five residents of Caracas have been abducted every day since "
     "January.", "abducted"),
    ("In Guatemala a woman is murdered each day, the UN envoy said.", "murdered"),
    ("The police said that three people are kidnapped every day in the state of Sinaloa.",
     "kidnapped"),
])
def test_counted_rate(nlp, sentence, word):
    assert counted_rate(_token(nlp, sentence, word))


STATS = ("Crime figures for Sinaloa were published on Sunday. The state prosecutor's tables "
         "show that three people have been abducted every day since the spring. Monitors also "
         "recorded 41 cases of assault in Culiacan in September.")


@pytest.mark.parametrize("text", [STATS, STATS.upper()])
def test_statistics_are_no_event(events_pipeline, text):
    events = events_pipeline(Article(id="s", text=text, published="2011-10-02")).events
    assert not [e for e in events if e.event_type in VIOLENT]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The case of the murdered judge shocked Palermo.", "murdered"),
    ("Gunmen kidnapped three engineers in Warri on Monday, and another man was abducted a day "
     "later.", "abducted"),
    ("Unidentified gunmen kidnapped two aid workers in Darfur on Sunday.", "kidnapped"),
])
def test_one_deed_stays(nlp, sentence, word):
    token = _token(nlp, sentence, word)
    assert not counted_cases(token) and not counted_rate(token)


CALL = ("The cleric angered the government by publicly calling for the assassination of the "
        "president. He was deported to Jordan on Friday. His lawyer said he would appeal. The "
        "court will rule next month. He had lived in Britain for ten years. His family remains "
        "in London. He denies any crime.")
VIDEO_CALL = ("Militants on Monday called for the killing of foreign aid workers in Afghanistan "
              "in a video posted online. The Taliban said the video was fake. Officials in Kabul "
              "said security had been tightened.")


@pytest.mark.parametrize("text", [CALL, CALL.upper(), VIDEO_CALL, VIDEO_CALL.upper()])
def test_act_called_for_is_no_event(events_pipeline, text):
    events = events_pipeline(Article(id="c", text=text, published="2009-05-10")).events
    assert not [e for e in events if e.event_type in VIOLENT]


def test_deed_after_a_call_stays(events_pipeline):
    text = "Gunmen shot dead a journalist in Karachi on Tuesday, weeks after a cleric had called " \
           "for his killing."
    events = events_pipeline(Article(id="c", text=text, published="2009-05-10")).events
    assert [e for e in events if e.event_type in VIOLENT]


BLAST = ("A bomb hidden in a handcart exploded in a market in Kirkuk on Tuesday, killing nine "
         "people, police said. The blast struck the market as traders were opening their stalls. "
         "Ambulances took the wounded to hospital.")
BUS = ("A roadside bomb tore through a bus near Quetta on Sunday, killing six passengers. The "
       "explosion hit the bus as it left the depot, officials said.")


@pytest.mark.parametrize("text", [BLAST, BLAST.upper(), BUS, BUS.upper()])
def test_violence_striking_is_no_strike(events_pipeline, text):
    events = events_pipeline(Article(id="b", text=text, published="2016-05-17")).events
    assert not [e for e in events if e.event_type == "Protests"]
    assert len([e for e in events if e.event_type in VIOLENT]) == 1


KIND = ("Kidnapping is one of the most profitable industries in Venezuela, police said on Sunday. "
        "Murder has become a business for the gangs of Port-au-Prince, a UN report said.")


@pytest.mark.parametrize("text", [KIND, KIND.upper()])
def test_deed_filed_under_a_class_is_no_event(events_pipeline, text):
    events = events_pipeline(Article(id="k", text=text, published="2011-10-02")).events
    assert not [e for e in events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    "The kidnapping was the third in Zamfara this month, police said on Sunday.",
    "Kidnapping of the engineers was condemned by the governor of Delta state on Sunday.",
])
def test_one_kidnapping_told_with_a_copula_stays(events_pipeline, text):
    events = events_pipeline(Article(id="k", text=text, published="2011-10-02")).events
    assert [e for e in events if e.event_type in VIOLENT]
