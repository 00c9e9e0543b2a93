"""Transliteration variants of place names (geoparser/variants.py): q/k, -iya/-iyah/-ia, the Arabic
article, Somali 'Ceel' for El, French 'ou', doubled letters. A variant is one name spelt another
way, so it is matched exactly after those differences are removed, never as a near spelling."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.variants import skeleton, variant_place


def _place(text: str, trigger: str, source: str | None = None) -> tuple[str | None, str | None]:
    loc = geocoded_document(text, trigger, source).events[0].location
    return (loc.country_code, loc.name) if loc else (None, None)


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # Egypt's governorates, written with q for k and -iya(h) for -ia
    ("Two conscripts were shot dead at a checkpoint in Qalyoubiya on Tuesday night.", "shot", "EG"),
    ("Masked men set fire to a council office in Daqahliyah, residents said.", "set fire", "EG"),
    # Sudan: q for k
    ("Traders staged a sit-in in Qassala over new market fees.", "sit-in", "SD"),
    # Iraq: a final h after a vowel, the joined 'Salahaddin'
    ("A roadside bomb wounded three soldiers in Diyalah province on Friday.", "wounded", "IQ"),
    ("Militants ambushed a patrol in Salahaddin, killing two policemen.", "ambushed", "IQ"),
    # Syria and Tunisia: -iyah and -iyya endings
    ("Gunmen kidnapped a shop owner in Latakiyah last week.", "kidnapped", "SY"),
    ("Unemployed graduates marched in Mahdiyya to demand jobs.", "marched", "TN"),
])
def test_variant_spelling_places_the_event(text: str, trigger: str, cc: str) -> None:
    assert _place(text, trigger)[0] == cc


def test_somali_spelling_prefers_the_somali_reading() -> None:
    # 'Ceel Waaq' is the Somali spelling of El Wak: the Somali district, not the Kenyan town
    text = "Fighting between clan militias was reported in Ceel Waaq on Monday, two men died."
    assert _place(text, "Fighting")[0] == "SO"


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # spaCy tags the unit inside 'the Security Directorate of ...' as part of an ORG
    ("A colonel from the Security Directorate of Gharbiyah escaped a bombing on Sunday.",
     "bombing", "EG"),
    ("Protesters stormed the offices of the Governor of Qassala demanding bread.", "stormed", "SD"),
    ("Relatives of detainees rallied outside the Court of Latakiyah on Thursday.", "rallied", "SY"),
])
def test_a_unit_inside_a_body_name_is_read(text: str, trigger: str, cc: str) -> None:
    assert _place(text, trigger)[0] == cc


def test_skeleton_removes_only_spelling_differences() -> None:
    assert skeleton(norm("Daqahliyah")) == skeleton(norm("Dakahlia"))
    assert skeleton(norm("Al-Qassala")) == skeleton(norm("el Kassala"))
    assert skeleton(norm("Jebel Marrah")) == skeleton(norm("Jebel Marra"))
    # different vowels are different names; doubled vowels count only in Somali spelling
    assert skeleton(norm("Battan")) != skeleton(norm("Bataan"))
    assert skeleton(norm("Meknes")) != skeleton(norm("Maknas"))


def test_no_guess_among_small_places_abroad_without_a_country() -> None:
    gaz = get_gazetteer()
    # a short name's small town (El Battan, 6,000 people) is looked for only in the article's
    # countries; a town of 25,000 whose skeleton one country holds is read worldwide (Naqoura)
    assert variant_place(gaz, norm("Battan"), [], 50_000) is None
    assert variant_place(gaz, norm("Battan"), ["TN"], 50_000).cc == "TN"
    assert variant_place(gaz, norm("Naqurah"), [], 50_000).cc == "LB"
    # the article's countries hold no such place: no reading abroad either
    assert variant_place(gaz, norm("Qassala"), ["KE"], 50_000) is None


def test_names_the_gazetteer_knows_are_unchanged() -> None:
    assert _place("Police dispersed a protest in Alexandria on Monday.", "dispersed")[0] == "EG"
    assert _place("Soldiers clashed with rebels near Kassala town.", "clashed")[0] == "SD"


def test_a_district_spelt_another_way_with_no_country_named() -> None:
    # Ethiopia's zones: 'Welega' for Wellega, written after the village the gazetteer lacks
    text = "Farmers protested against land seizures in Dalecha Gute village, East Welega, on Tuesday."
    assert _place(text, "protested")[0] == "ET"


def test_an_exact_name_is_left_to_the_recogniser() -> None:
    # a name the gazetteer holds as written was weighed (and maybe set aside) by the recogniser:
    # read again as a 'variant' of itself it would undo that choice
    gaz = get_gazetteer()
    assert variant_place(gaz, norm("Kassala"), ["SD"], 50_000) is None
    assert variant_place(gaz, norm("Latakia"), [], 50_000) is None
    assert variant_place(gaz, norm("Latakiyah"), [], 50_000).cc == "SY"


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # spaCy tags the lone name a person; the place noun after it says it is a place
    ("Militiamen set up checkpoints in the Tajoura area and detained four drivers.", "detained",
     "LY"),
    ("Soldiers combed the Qassala area after the ambush on Tuesday.", "ambush", "SD"),
    ("Youths burnt tyres across the Latakiyah district on Monday night.", "burnt", "SY"),
])
def test_a_name_tagged_as_a_person_before_a_place_noun(text: str, trigger: str, cc: str) -> None:
    assert _place(text, trigger)[0] == cc
