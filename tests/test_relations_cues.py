"""Relations between actors from cue phrases and from attributions."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.attribution.stage import attribution_stage
from eventcoder.resolve.relations.stage import relations_stage


def relations_of(text: str, with_event: bool = False) -> set[tuple[str, str, str]]:
    """(source, relation, target) triples the relations stage finds in ``text``."""
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    if with_event:
        n = len(list(document.spacy_doc.sents))
        document.events = [Event(id="e1", event_type="Violence against civilians",
                                 _sentences=list(range(n)))]
        attribution_stage(document)
    relations_stage(document)
    for r in document.relations:
        assert text[r.evidence.start:r.evidence.end] == r.evidence.text
    return {(r.source, r.relation, r.target) for r in document.relations}


@pytest.mark.parametrize("text,triple", [
    ("Investigators say Lashkar-e-Jhangvi wants to get access to IS's rich funding.",
     ("Lashkar-e-Jhangvi", "seeks_support_from", "Islamic State")),
    ("Jamaat-ul-Ahrar, a splinter group of the Pakistani Taliban, claimed the blast.",
     ("Jamaat-ul-Ahrar", "split_from", "Tehrik-i-Taliban Pakistan")),
    ("Boko Haram pledged allegiance to the Islamic State in 2015.",
     ("Boko Haram", "allied_with", "Islamic State")),
    ("Katiba Serma, part of JNIM, is active in the region.",
     ("Jama'at Nasr al-Islam wal Muslimin", "part_of", "Jama'at Nasr al-Islam wal Muslimin")),
    ("The ADF clashed with the FARDC outside Eringeti in the Democratic Republic of Congo.",
     ("Allied Democratic Forces", "fights",
      "Armed Forces of the Democratic Republic of the Congo")),
])
def test_cue_relations(text, triple):
    triples = relations_of(text)
    if triple[0] == triple[2]:
        assert not [t for t in triples if t[0] == t[2]]
    else:
        assert triple in triples


def test_based_in_with_the_group():
    triples = relations_of("An officer who has tracked Lashkar-e-Jhangvi said the group, based in "
                           "Punjab, had sent fighters to Syria.")
    assert ("Lashkar-e-Jhangvi", "based_in", "Punjab") in triples


def test_denied_presence_is_not_operates_in():
    triples = relations_of("Islamabad has officially denied that IS is operating in Pakistan.")
    assert not [t for t in triples if t[1] == "operates_in"]


def test_attack_relations_follow_attribution():
    triples = relations_of("Gunmen killed 45 members of the Ismaili community in Karachi. "
                           "The attack was claimed by IS. Investigators believe the attack may "
                           "have been carried out by Lashkar-e-Jhangvi.", with_event=True)
    assert ("Islamic State", "claimed_attack_on", "Ismaili community") in triples
    assert ("Lashkar-e-Jhangvi", "suspected_of_attack_on", "Ismaili community") in triples
