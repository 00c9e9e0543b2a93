"""The reference article (txt and html): actors, aliases, attributions, the denial, sources and
relations listed in shared/fixtures/seed/gold.json are all produced."""

from __future__ import annotations

import json

import pytest

from eventcoder.document import Article, Document
from eventcoder.ingest.article import article_from_input

# gold names → the canonical names this system gives them (the gold compares after aliasing)
ALIASES = {"al-Qaeda": {"al-Qaeda"}, "Pakistani Taliban": {"Tehrik-i-Taliban Pakistan"}}


@pytest.fixture(scope="module", params=["txt", "html"])
def seed(request, pipeline, seed_txt, seed_html) -> Document:
    """The seed article run through the whole pipeline, from the .txt or the .html file."""
    if request.param == "txt":
        article = article_from_input(seed_txt, id="seed-txt")
    else:
        article = article_from_input(seed_html, id="seed-html")
    assert isinstance(article, Article)
    return pipeline(article)


@pytest.fixture(scope="module")
def gold(shared_dir) -> dict:
    """The hand-made gold document."""
    return json.loads((shared_dir / "fixtures/seed/gold.json").read_text(encoding="utf-8"))


def names(gold_name: str) -> set[str]:
    return ALIASES.get(gold_name, {gold_name})


def test_every_gold_actor_with_its_aliases(seed, gold):
    for ga in gold["actors"]:
        found = [a for a in seed.actors if a.name in names(ga["name"])]
        assert found, ga["name"]
        written = {m.text for a in found for m in a.mentions} | {x for a in found for x in a.aliases}
        for alias in ga["aliases_in_text"]:
            assert any(alias in w or w in alias for w in written), (ga["name"], alias, written)


def test_one_actor_for_is_and_taliban_left_unresolved(seed):
    assert len([a for a in seed.actors if a.name == "Islamic State"]) == 1
    assert any(a.name == "Taliban" for a in seed.actors)


def test_attack_attributions_and_denial(seed):
    attack = next(e for e in seed.events if any(a.name == "Ismaili community" and a.role == "target"
                                               for a in e.actors))
    by_name = {a.name: a for a in attack.actors}
    assert (by_name["Islamic State"].attribution, by_name["Islamic State"].attributed_by) == (
        "claimed", "Islamic State")
    lej = by_name["Lashkar-e-Jhangvi"]
    assert (lej.role, lej.attribution, lej.attributed_by) == (
        "perpetrator", "suspected", "investigators")
    assert [d.by for d in attack.denials] == ["Government of Pakistan (Islamabad)"]
    assert "IS is operating in Pakistan" in attack.denials[0].what
    assert "Islamabad has officially denied" in attack.denials[0].evidence.text
    texts = [e.text for e in attack.evidence if e.field == "actors"]
    assert any("swiftly claimed by IS" in t for t in texts)


def test_arrest_announcer_and_quetta_perpetrator(seed):
    announcers = [a for e in seed.events for a in e.actors if a.role == "announcer"]
    assert ("Qaim Ali Shah", "Sindh Chief Minister") in {(a.name, a.title) for a in announcers}
    stated = [a for e in seed.events for a in e.actors
              if a.name == "Lashkar-e-Jhangvi" and a.attribution == "stated"]
    assert stated and stated[0].role == "perpetrator"


def test_gold_relations(seed, gold):
    for gr in gold["relations"]:
        found = [r for r in seed.relations if r.source == gr["source"]
                 and r.target == gr["target"] and r.relation == gr["relation"]
                 and gr["evidence_contains"] in r.evidence.text]
        assert found, gr


def test_gold_sources(seed, gold):
    assert seed.article.wire_agency == "AFP"
    for gs in gold["sources"]:
        src = [s for s in seed.sources if s.speaker == gs["speaker"]]
        assert src, (gs["speaker"], [s.speaker for s in seed.sources])
        s = src[0]
        assert (s.named, s.type) == (gs["named"], gs["type"])
        for key in ("title", "said_to"):
            if key in gs:
                assert getattr(s, key) == gs[key], (gs["speaker"], key)
        for q in gs["quotes_contain"]:
            assert any(q in x.text and x.direct for x in s.quotes), (gs["speaker"], q)
        if gs.get("reported_speech_contains"):
            assert any(gs["reported_speech_contains"] in x.text for x in s.quotes)
        for x in s.quotes:
            assert seed.text[x.start:x.end] == x.text
