"""A place a short report later calls 'the province' or 'the district' is read as that unit
(geoparser/unit_anaphora.py): 'in Bam ... in the province' is Burkina Faso's Bam province, not
Iran's town. Sentences written for these tests (Burkina Faso, Ethiopia, Iran, Kenya), no source."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.gazetteer import Candidate, get_gazetteer
from eventcoder.geoparser.name_heads import opens_place_name
from eventcoder.geoparser.unit_anaphora import unit_back_references


def _country(text: str, trigger: str) -> str | None:
    loc = geocoded_document(text, trigger).events[0].location
    return loc.country_code if loc else None


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # Burkina Faso's Bam province, not the Iranian city of 100,000
    ("Traders in Bam closed their shops and burned tyres, saying the province has been forgotten "
     "by the capital.", "burned", "BF"),
    # Ethiopia's Kaffa zone, not the old name of Feodosia in Crimea
    ("Youths in Kaffa blocked the main road, accusing officials of neglecting the district.",
     "blocked", "ET"),
    # negatives: a country named beside the place decides; a town named with no unit noun stays
    ("Students in Bam, Iran, rallied against tuition fees and said the province needs a university.",
     "rallied", "IR"),
    ("Students in Bam rallied against tuition fees on Sunday outside the university.", "rallied",
     "IR"),
])
def test_place_called_a_province_later_is_the_province(text: str, trigger: str, cc: str) -> None:
    assert _country(text, trigger) == cc


@dataclass
class _M:
    start: int
    end: int
    candidates: list[Candidate] = field(default_factory=list)
    admin_word: bool = False


def _mention(text: str, name: str) -> _M:
    start = text.index(name)
    return _M(start, start + len(name), list(get_gazetteer().lookup(name)))


@pytest.mark.parametrize(("text", "marked"), [
    ("Police fired tear gas in Bam, and the province's governor called for calm.", True),
    ("Police fired tear gas in Bam, and this district has seen three such protests.", True),
    # a unit named after the noun is another unit; 'the state' and 'the region' are too vague
    ("Police fired tear gas in Bam, and the province of Sanmatenga was calm.", False),
    ("Police fired tear gas in Bam, and the province Sanmatenga was calm.", False),
    ("Police fired tear gas in Bam, and the state promised an inquiry.", False),
    ("Police fired tear gas in Bam, and the region stayed tense for days.", False),
])
def test_back_reference_marks_only_the_last_place(text: str, marked: bool) -> None:
    bam = _mention(text, "Bam")
    unit_back_references(text, [bam])
    assert bam.admin_word is marked


def test_back_reference_needs_a_unit_of_that_name() -> None:
    text = "Rioters looted shops in Kenema before the district commissioner arrived; the district was calm."
    kenema = _mention(text, "Kenema")  # the gazetteer holds only the town
    unit_back_references(text, [kenema])
    assert not kenema.admin_word


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # a country's establishment abroad stands in the host country: its nationality is no scene
    ("Gunmen stormed the Turkish Embassy compound in Mogadishu on Monday, killing a guard.",
     "stormed", "SO"),
    ("Protesters burned tyres outside the French embassy in Bamako, demanding that troops leave.",
     "burned", "ML"),
    # the nationality of a force still counts where it acts
    ("Nigerian troops killed six insurgents near Gwoza on Sunday.", "killed", "NG"),
])
def test_establishment_abroad_keeps_the_host_country(text: str, trigger: str, cc: str) -> None:
    assert _country(text, trigger) == cc


@pytest.mark.parametrize(("text", "trigger"), [
    # the scene is a place the gazetteer lacks: unknown, not the establishment's country
    ("Militiamen looted the Japanese Offices beside the harbour on Tuesday.", "looted"),
    ("Gunmen stormed the Turkish Embassy annex in Qasr al-Wardiya on Monday, killing a guard.",
     "stormed"),
])
def test_establishment_abroad_alone_gives_no_country(text: str, trigger: str) -> None:
    assert _country(text, trigger) not in {"JP", "TR"}


@pytest.mark.parametrize(("text", "word", "opens"), [
    ("the Chinese Offices in the port", "Chinese", True),
    ("outside the Kenyan High Commission on Friday", "Kenyan", True),
    ("teachers at the French Institute said", "French", True),
    ("the Turkish Defence Ministry said", "Turkish", False),
    ("Egyptian offices were closed", "Egyptian", False),
])
def test_establishment_abroad_opens_a_name(text: str, word: str, opens: bool) -> None:
    end = text.index(word) + len(word)
    assert opens_place_name(get_gazetteer(), text, end, word) is opens
