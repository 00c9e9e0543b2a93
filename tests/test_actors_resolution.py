"""Actor finding and alias resolution on hand-written sentences, and the knowledge base itself."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.stage import actors_stage


def actors_of(text: str) -> Document:
    """Run the actors stage alone on ``text``."""
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    return document


def by_mention(document: Document, mention: str):
    """The actor one of whose mentions is written ``mention``."""
    for a in document.actors:
        if any(m.text == mention for m in a.mentions):
            return a
    raise AssertionError(f"no actor mentioned as {mention!r}: {[a.name for a in document.actors]}")


def test_kb_has_200_sourced_entries():
    entries = actor_kb.entries()
    assert len(entries) >= 200
    for e in entries:
        assert e.source and e.acled and e.kind, e.name
    assert len({e.id for e in entries}) == len(entries)


@pytest.mark.parametrize("alias", ["IS", "ISIS", "ISIL", "Daesh", "Islamic State"])
def test_islamic_state_aliases(alias):
    assert actor_kb.lookup(alias).name == "Islamic State"


@pytest.mark.parametrize("alias,name", [
    ("TTP", "Tehrik-i-Taliban Pakistan"), ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
    ("al-Shabaab", "Al-Shabaab"), ("Al Shabab", "Al-Shabaab"), ("JAS", "Boko Haram"),
    ("FARDC", "Armed Forces of the Democratic Republic of the Congo"),
])
def test_known_aliases(alias, name):
    assert actor_kb.lookup(alias).name == name


def test_fardc_gets_acled_label():
    doc = actors_of("The FARDC shelled ADF hideouts near Mbau, North Kivu, on Thursday.")
    assert by_mention(doc, "FARDC").acled_name.startswith(
        "Military Forces of Democratic Republic of Congo")
    assert by_mention(doc, "ADF").acled_name == "ADF: Allied Democratic Forces"


def test_one_actor_for_all_is_names():
    doc = actors_of("The Islamic State (IS) group claimed the attack. ISIS fighters fled. "
                    "IS said it would strike again.")
    actor = by_mention(doc, "ISIS")
    assert {m.text for m in actor.mentions} >= {"Islamic State", "ISIS", "IS"}
    assert len([a for a in doc.actors if a.name == "Islamic State"]) == 1


def test_acronym_defined_in_text_for_unknown_group():
    doc = actors_of("Fighters of the Kivu Liberation Front (KLF) attacked Bunia. "
                    "The KLF later withdrew.")
    actor = by_mention(doc, "KLF")
    assert actor.name == "Kivu Liberation Front"
    assert not actor.known
    assert "Kivu Liberation Front (KLF)" in actor.aliases


def test_spelling_variant_resolves_with_fuzzy_match():
    assert actor_kb.fuzzy_lookup("Lashkar-e-Jhangwi").name == "Lashkar-e-Jhangvi"
    assert actor_kb.fuzzy_lookup("Lashkar-e-Islami Front") is None


def test_taliban_alone_stays_taliban():
    doc = actors_of("Pakistan has been wracked by al Qaeda and Taliban linked violence.")
    assert by_mention(doc, "Taliban").name == "Taliban"


def test_weak_alias_needs_its_country():
    # "ADF" in Cameroon is not the Congolese Allied Democratic Forces
    assert actor_kb.lookup("ADF", "CM").name == "Ambazonian separatists"
    assert actor_kb.lookup("ADF", "CD").name == "Allied Democratic Forces"
    assert actor_kb.lookup("ADF", "FR") is None


@pytest.mark.parametrize("text,mention,label", [
    ("Gunmen killed five farmers in Zamfara, Nigeria.", "Gunmen",
     "Unidentified Armed Group (Nigeria)"),
    ("Kenyan police arrested three suspects in Garissa.", "Kenyan police", "Police Forces of Kenya"),
    ("Malian soldiers were ambushed near Hombori.", "Malian soldiers", "Military Forces of Mali"),
    ("Zambian soldiers were ambushed near the border.", "soldiers", "Military Forces of Zambia"),
    ("Police in Kano, Nigeria, arrested three men.", "Police", "Police Forces of Nigeria"),
    ("Protesters marched in Khartoum, Sudan, against bread prices.", "Protesters",
     "Protesters (Sudan)"),
    ("Rioters burned tyres in Sfax, Tunisia.", "Rioters", "Rioters (Tunisia)"),
    ("Al Shabaab fighters abducted 12 villagers near Bosaso in Somalia.", "villagers",
     "Civilians (Somalia)"),
])
def test_generic_actors_take_the_country(text, mention, label):
    assert by_mention(actors_of(text), mention).acled_name.startswith(label)


def test_unidentified_militants_are_not_added_beside_a_named_group():
    doc = actors_of("Boko Haram attacked Dalori. The militants burned houses.")
    assert not [a for a in doc.actors if (a.acled_name or "").startswith("Unidentified")]


def test_capital_stands_for_government():
    doc = actors_of("Islamabad has officially denied that IS is operating in Pakistan.")
    actor = by_mention(doc, "Islamabad")
    assert (actor.name, actor.kind) == ("Government of Pakistan", "government")


def test_communities_and_titled_persons():
    doc = actors_of("Security analyst Amir Rana said attacks on Shias and Ismailis are rising.")
    assert by_mention(doc, "Shias").kind == "communal group"
    assert by_mention(doc, "Ismailis").name == "Ismaili community"
    assert by_mention(doc, "Amir Rana").kind == "person (analyst)"


def test_mentions_are_offsets_into_the_text():
    text = "Gunmen stormed a bus in Karachi. The slaughter was claimed by IS."
    doc = actors_of(text)
    assert doc.actors and all(a.mentions for a in doc.actors)
    for a in doc.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text
