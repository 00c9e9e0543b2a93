"""Two happenings set against each other in one sentence ("..., while government helicopters
dropped barrel bombs on Aleppo") are two events, and a claim in the main clause is read for the
main clause's event only (issue #14, full reports 2). Sentences written for this test (Syria,
Nigeria, Somalia, DR Congo, Kenya), mixed case and capitals."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline

VIOLENT = {"Violence against civilians", "Explosions/Remote violence", "Battles"}

SYRIA = ("A car bomb killed at least 12 people at a checkpoint in Homs on Sunday, and the Nusra "
         "Front said it was behind the attack, while government helicopters dropped barrel bombs "
         "on a rebel-held neighbourhood of Aleppo, killing nine civilians, activists said.")
NIGERIA = ("Gunmen killed a farmer in Kaduna while bandits abducted six travellers on the road to "
           "Abuja, police said on Sunday.")
SOMALIA = ("Al Shabaab said it carried out a mortar attack on the presidential palace in Mogadishu "
           "on Friday, whereas a roadside bomb that killed three soldiers in Baidoa went "
           "unclaimed.")


@pytest.fixture(scope="module")
def pipeline():
    """The whole pipeline (the claim is read by the attribution stage)."""
    return default_pipeline()


def _violent(pipeline, text: str, published: str):
    doc = pipeline(Article(id="c", text=text, published=published))
    return [e for e in doc.events if e.event_type in VIOLENT and not e.historical]


@pytest.mark.parametrize(("text", "published", "claimant"), [
    (SYRIA, "2013-11-04", "Al-Nusra Front"), (SYRIA.upper(), "2013-11-04", "Al-Nusra Front"),
    (SOMALIA, "2014-07-05", "Al-Shabaab"),
])
def test_contrasted_deeds_are_two_events_and_the_claim_stays_with_its_own(
        pipeline, text, published, claimant):
    events = _violent(pipeline, text, published)
    assert len(events) == 2
    claimed = [e for e in events if any(a.name == claimant and a.role == "perpetrator"
                                        for a in e.actors)]
    assert len(claimed) == 1


@pytest.mark.parametrize("text", [NIGERIA, NIGERIA.upper()])
def test_contrasted_deeds_by_different_doers(pipeline, text):
    assert len(_violent(pipeline, text, "2021-03-08")) == 2


@pytest.mark.parametrize("text", [
    "Soldiers shot dead three rebels in Beni on Monday while they were attacking an army post.",
    "Police shot dead two robbers in Nairobi while they were attacking a shop owner on Tuesday.",
])
def test_while_doing_the_deed_is_one_event(pipeline, text):
    assert len(_violent(pipeline, text, "2019-06-11")) == 1


@pytest.mark.parametrize("text", [
    "Three people were reportedly killed in a protest, while two others were said to be badly "
    "hurt when opposition youths (Orange Democratic Movement) and the police clashed in Kisumu.",
    "One man was shot dead in a demonstration, while several more were said to be injured when "
    "traders and municipal police clashed in Harare.",
])
def test_more_victims_in_a_while_clause_are_the_same_happening(pipeline, text: str) -> None:
    """"..., while three others were wounded when X and the police clashed": more victims of the
    same happening, told with its doers, are no second event, and the doers stay with it."""
    doc = pipeline(Article(id="c", text=text, published="2016-12-15"))
    violent = [e for e in doc.events if not e.historical and e.event_type != "Strategic developments"]
    assert len(violent) == 1, [(e.event_type, [a.name for a in e.actors]) for e in violent]
    assert any(a.role == "perpetrator" and not a.name.startswith("Unidentified")
               for a in violent[0].actors), [(a.name, a.role) for a in violent[0].actors]
