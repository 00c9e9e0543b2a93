"""The toponym prior fitted on training lines: an alternate spelling of a large city is a real
transliteration and outweighs a village of that official name; a village named with its country
still wins, and a province's short name gets no such relief."""

from __future__ import annotations

import pytest

from eventcoder.geoparser import toponym_prior as prior
from eventcoder.geoparser.gazetteer import ALTERNATE, OFFICIAL
from eventcoder.geoparser.resolve import geoparse_doc
from eventcoder.geoparser.toponym_prior import alternate_penalty
from eventcoder.nlp.model import load_nlp
from eventcoder.weights import weights


def _place(text: str, name: str) -> tuple[str | None, str | None]:
    """(country code, admin1) the geoparser gives the mention ``name`` in ``text``."""
    for r in geoparse_doc(load_nlp()(text)):
        if r.mention.text == name and r.place is not None:
            return r.place.cc, r.place.admin1
    return None, None


def test_weights_come_from_the_fitted_table() -> None:
    w = weights("toponym")
    assert prior.W_POP == w["population"]
    assert prior.W_FLAG[ALTERNATE] == w["alternate"]
    # alternate spellings of villages cost more than those of large cities
    assert w["alternate"] < w["alternate_large_city"] <= 0.0


def test_alternate_penalty_depends_on_size_and_kind() -> None:
    assert alternate_penalty(ALTERNATE, 1_300_000, "city") == prior.W_ALT_LARGE_CITY
    assert alternate_penalty(ALTERNATE, 2_000, "city") == prior.W_FLAG[ALTERNATE]
    # a province's short name is not a transliteration of a city
    assert alternate_penalty(ALTERNATE, 300_000, "adm1") == prior.W_FLAG[ALTERNATE]
    assert alternate_penalty(ALTERNATE, 99_999, "city") == prior.W_FLAG[ALTERNATE]
    assert alternate_penalty(OFFICIAL, 1_300_000, "city") == prior.W_FLAG[OFFICIAL]


@pytest.mark.parametrize(("text", "name", "cc"), [
    # Basrah (Iraq, 1.3M) is 'Basra' only as an alternate name; a Pakistani village officially
    ("Dock workers walked off the job in Basra on Sunday over unpaid wages.", "Basra", "IQ"),
    ("Oil ministry guards exchanged fire with a tribal militia in Basra.", "Basra", "IQ"),
    ("Iraqi police arrested four men after a bombing near a mosque in Basra.", "Basra", "IQ"),
    # other cities best known by a transliteration keep their sense
    ("Al-Shabaab fighters fired mortars at the airport in Kismayo.", "Kismayo", "SO"),
    ("A roadside bomb hit a police van in Peshawar on Wednesday.", "Peshawar", "PK"),
    ("Residents of Benghazi queued for fuel after the clashes.", "Benghazi", "LY"),
    ("Gunmen on motorbikes attacked an army post outside Timbuktu.", "Timbuktu", "ML"),
    ("A suicide attacker rammed a car into a convoy in Kandahar.", "Kandahar", "AF"),
])
def test_large_city_known_by_its_transliteration(text: str, name: str, cc: str) -> None:
    assert _place(text, name)[0] == cc


@pytest.mark.parametrize(("text", "name", "cc"), [
    # the village is meant when the text names its country
    ("Farmers in Basra, a village in Pakistan's Punjab province, blocked the canal road.",
     "Basra", "PK"),
    ("Police in Romania said two men were beaten in Derna, a village in Bihor county.",
     "Derna", "RO"),
])
def test_village_named_with_its_country_still_wins(text: str, name: str, cc: str) -> None:
    assert _place(text, name)[0] == cc


def test_province_short_name_gets_no_relief() -> None:
    # DR Congo's city of Beni, not Bolivia's El Beni department (alternate name 'Beni')
    assert _place("Rebels raided a hospital in Beni on Saturday night.", "Beni")[0] == "CD"


def test_grid_search_finds_the_penalty_that_ranks_gold_first() -> None:
    from eventcoder.fit.toponyms import Cand, grid, top1_rate

    # a large city known by an alternate spelling against a village of that official name
    city = Cand(rest=0.0, log_pop=6.0, alternate=True, large=True, gold=True)
    village = Cand(rest=0.0, log_pop=3.0, alternate=False, large=False, gold=False)
    examples = [[city, village]]
    assert top1_rate(examples, 0.45, -1.5, -2.0) == 0.0
    w_pop, _, alt_large = grid(examples)
    assert top1_rate(examples, w_pop, -1.5, alt_large) == 1.0


@pytest.mark.parametrize(("text", "name", "foreign"), [
    # an alternate spelling of a large foreign city is no place when the article's places all lie
    # in another country: Al Mansurah (Egypt) is listed as 'Mansura', Amman (Jordan) as 'Amani'
    ("Fighters clashed in Mansura in Raqqa countryside, Syria.", "Mansura", "EG"),
    ("Traders from Amani marched to the county offices in Nairobi, Kenya.", "Amani", "JO"),
])
def test_foreign_large_city_alternate_needs_its_country(text: str, name: str, foreign: str) -> None:
    assert _place(text, name)[0] != foreign


def test_large_city_alternate_kept_beside_its_own_country() -> None:
    assert _place("Iraqi troops and militias fought in Basra and Baghdad.", "Basra")[0] == "IQ"
