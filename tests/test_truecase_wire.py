"""All-capitals wire copy is read as well as mixed case (case restored, offsets unchanged)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.nlp.truecase import is_all_caps, restore_case
from eventcoder.pipeline import default_pipeline

# Reports written for these tests, one per country; each is parsed as written and in capitals.
REPORTS = [
    ("Gunmen of the Farabundo Marti National Liberation Front attacked a police post in "
     "San Miguel, El Salvador, on Monday, killing two officers.", "1990-01-10"),
    ("Suspected Boko Haram fighters abducted 12 women from a village near Maiduguri in Borno "
     "State, Nigeria, on Tuesday, police said.", "2018-01-17"),
    ("A car bomb exploded outside a market in Mogadishu, Somalia, on Saturday, killing five "
     "people. Al-Shabaab claimed responsibility for the attack.", "2020-05-03"),
    ("Shining Path guerrillas set fire to the town hall of Huanta in Ayacucho, Peru, "
     "yesterday.", "1989-06-02"),
]


def _summary(text: str, published: str) -> list[tuple]:
    doc = default_pipeline()(Article(id="t", text=text, published=published))
    out = []
    for e in doc.events:
        if e.historical:
            continue
        actors = sorted((a.name.lower(), a.role) for a in e.actors)
        out.append((e.event_type, e.location.country_code, (e.location.name or "").lower(), actors))
        for ev in e.evidence:
            assert ev.text == text[ev.start:ev.end]
    return sorted(out)


def test_restore_case_keeps_length_and_reads_names() -> None:
    text = ("GUERRILLAS OF THE FMLN ATTACKED A POST IN USULUTAN. THE PERUVIAN ARMY SAID ON 3 MAY "
            "THAT AN M-16 RIFLE WAS SEIZED AT A U.S. AID WAREHOUSE OUTSIDE LIMA.")
    cased = restore_case(text)
    assert len(cased) == len(text) and cased.lower() == text.lower()
    assert cased.startswith("Guerrillas of the FMLN attacked a post in Usulutan. The Peruvian")
    assert "3 May" in cased and "M-16 rifle" in cased and "U.S." in cased and "Lima." in cased


def test_known_names_keep_their_casing_and_verbs_are_not_acronyms() -> None:
    cased = restore_case("GUNMEN OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT SEIZED "
                         "14 BUS PASSENGERS. IT IS NOT CLEAR WHERE THEY WERE TAKEN.")
    assert "Farabundo Marti National Liberation Front" in cased
    assert " is not clear" in cased  # "IS" the verb, not the Islamic State's acronym


def test_mixed_case_text_is_left_alone() -> None:
    text = "Police said ISIS fighters attacked the town of Raqqa on Monday."
    assert not is_all_caps(text) and restore_case(text) == text


@pytest.mark.parametrize(("text", "published"), REPORTS)
def test_upper_case_report_gives_the_same_events(text: str, published: str) -> None:
    mixed = _summary(text, published)
    assert mixed, "the mixed-case report must give an event"
    assert _summary(text.upper(), published) == mixed


def test_headline_above_a_dateline_is_restored_not_kept_in_capitals() -> None:
    """Only the dateline's own place stays in capitals; a headline above it is a sentence."""
    from eventcoder.nlp.truecase import restore_case

    text = ("GUNMEN KILL FIVE POLICEMEN IN NORTHERN PERU\n\nLIMA, OCT 13 (AP) - A COURT IN LIMA "
            "SENTENCED TWO REBELS ON FRIDAY.")
    restored = restore_case(text)
    assert len(restored) == len(text)
    assert restored.startswith("Gunmen kill five policemen")
    assert "\n\nLIMA, Oct 13" in restored
