"""The lemma repair after spaCy's lemmatiser: verbs it misreads get their own lemma back."""

from __future__ import annotations

import pytest

from eventcoder.nlp.model import load_nlp


@pytest.mark.parametrize(("sentence", "form", "lemma"), [
    ("Opposition youths staged a sit-in outside the governor's office in Kisumu.", "staged", "stage"),
    ("Farmers are staging a march on the ministry in Lilongwe.", "staging", "stage"),
    ("The rebel front has waged a guerrilla war in Cabo Delgado since 2017.", "waged", "wage"),
    ("Unknown attackers machinegunned a minibus on the road to Bobo-Dioulasso.", "machinegunned",
     "machinegun"),
    ("Riot police teargassed traders in the central market of Kampala.", "teargassed", "teargas"),
    ("Militiamen raped two women fetching water near Kalehe.", "raped", "rape"),
    ("Soldiers are accused of raping detainees at a barracks in Juba.", "raping", "rape"),
    ("Snipers sniped at families crossing the bridge in Taiz.", "sniped", "snipe"),
    ("Militiamen maimed dozens of villagers in raids across Ituri.", "maimed", "maim"),
])
def test_misread_verbs_get_their_lemma(sentence: str, form: str, lemma: str) -> None:
    token = next(t for t in load_nlp()(sentence) if t.lower_ == form)
    assert token.lemma_ == lemma


def test_nouns_keep_their_lemma() -> None:
    doc = load_nlp()("The hunters shot a stag near Nakuru while nurses protested over unpaid wages.")
    assert {t.lower_: t.lemma_ for t in doc}["stag"] == "stag"
    assert {t.lower_: t.lemma_ for t in doc}["wages"] == "wage"



@pytest.mark.parametrize(("text", "country"), [
    ("Armed men raped three women in a village outside Bangassou on Saturday, a local rights group "
     "said.", "Central African Republic"),
    ("Gunmen raped two schoolgirls near Maiduguri on Friday, police said.", "Nigeria"),
    ("Members of a militia raped at least five women in Jonglei state last week, the UN said.",
     "South Sudan"),
])
def test_the_doer_of_a_rape_is_its_perpetrator(text: str, country: str) -> None:
    """'raped' read as 'rap' left the doers as bystanders: the act is an attack."""
    from eventcoder import extract_document
    from eventcoder.eval.acled import primary_event

    event = primary_event(extract_document(text, published="2024-05-20"))
    assert event is not None and event.sub_event_type == "Sexual violence"
    assert any(a.role == "perpetrator" for a in event.actors), [(a.name, a.role) for a in event.actors]
