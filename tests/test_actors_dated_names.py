"""ACLED's date-dependent actor names: ruling periods of state forces, de facto authorities,
forces named by their loyalty, front lines, implied victims and gendarmeries."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.datafiles import load_data
from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.labels import dated_acled_name
from eventcoder.resolve.actors.periods import dated_state_label, period_at, state_label


def event_of(pipeline, text: str, published: str) -> Event:
    document = pipeline(Article(id="t", text=text, published=published))
    event = primary_event(document)
    assert event is not None
    return event


def labels(event: Event) -> set[str]:
    return {a.acled_name or a.name for a in event.actors}


# --- ruling periods --------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "day", "expected"), [
    ("Police Forces of Kenya", "2010-06-01", "Police Forces of Kenya (2002-2013)"),
    ("Police Forces of Kenya", "2016-06-01", "Police Forces of Kenya (2013-2022)"),
    ("Military Forces of Nigeria", "2016-07-01", "Military Forces of Nigeria (2015-2023)"),
    ("Military Forces of Nigeria", "2012-07-01", "Military Forces of Nigeria (2010-2015)"),
    ("Military Forces of Democratic Republic of Congo", "2018-01-10",
     "Military Forces of Democratic Republic of Congo (2001-)"),
    ("Military Forces of Democratic Republic of Congo (2001-)", "2020-05-01",
     "Military Forces of the Democratic Republic of Congo (2019-)"),
    ("Government of Ukraine", "2020-05-01", "Government of Ukraine (2019-)"),
    ("Military Forces of Libya", "2020-05-01",
     "Military Forces of Libya (2016-2021) Government of National Accord"),
])
def test_state_labels_take_the_period_of_the_event_date(label: str, day: str, expected: str):
    assert dated_state_label(label, day) == expected


def test_labels_without_a_known_period_are_kept():
    assert dated_state_label("Military Forces of Kenya", "1950-01-01") == "Military Forces of Kenya"
    assert dated_state_label("Civilians (Kenya)", "2020-01-01") == "Civilians (Kenya)"
    assert dated_state_label("Military Forces of Kenya", None) == "Military Forces of Kenya"
    # a unit the knowledge base names keeps its own bracket
    unit = "Military Forces of Cameroon (1982-) Rapid Intervention Battalion"
    assert dated_state_label(unit, "2020-01-01") == unit


def test_period_boundaries_are_exclusive_at_the_end():
    assert period_at("KE", "2013-04-08").years == "2002-2013"
    assert period_at("KE", "2013-04-09").years == "2013-2022"
    assert state_label("Military Forces", "US", "2016-01-01") == \
        "Military Forces of the United States (2009-2017)"


def test_period_file_is_ordered_sourced_and_without_overlaps():
    periods = load_data("state_periods.yaml")["periods"]
    assert len(periods) >= 60
    for code, rows in periods.items():
        last_until: dt.date | None = None
        for row in rows:
            assert row["source"].startswith("Wikipedia"), code
            assert isinstance(row["since"], dt.date), code
            if row.get("until"):
                assert row["until"] > row["since"], code
            if last_until is not None:
                assert row["since"] >= last_until, code
            last_until = row.get("until")
        assert rows[-1].get("until") is None or code in {"LY"}, code


# --- de facto authorities and dated names ----------------------------------------------------

def test_houthi_forces_are_the_supreme_political_council_after_july_2016(pipeline):
    text = "Houthi forces shelled a market in Taiz on Sunday, killing three civilians."
    assert "Military Forces of Yemen (2016-) Supreme Political Council" in labels(
        event_of(pipeline, text, "2020-05-04"))
    assert not any("Supreme Political Council" in n
                   for n in labels(event_of(pipeline, text, "2015-06-08")))


def test_de_facto_authority_takes_the_arm_the_mention_names():
    assert dated_acled_name("Houthis", "Ansar Allah", "2019-03-01", "Houthi police") == \
        "Police Forces of Yemen (2016-) Supreme Political Council"


def test_saudi_led_coalition_is_operation_restoring_hope_in_yemen_only():
    assert dated_acled_name("Saudi-led coalition", "Military Forces of Saudi Arabia",
                            "2019-02-01", None, "YE") == "Operation Restoring Hope"
    assert dated_acled_name("Saudi-led coalition", "Military Forces of Saudi Arabia",
                            "2019-02-01", None, "SA") == "Military Forces of Saudi Arabia (2015-)"
    assert dated_acled_name("Saudi-led coalition", "Military Forces of Saudi Arabia",
                            "2015-04-01", None, "YE") == "Operation Decisive Storm"


def test_haftar_forces_are_a_faction_only_once_the_rivalry_is_declared():
    assert dated_acled_name("Libyan National Army", "Military Forces of Libya (2014-)",
                            "2016-07-01") == "Military Forces of Libya (2014-)"
    assert dated_acled_name("Libyan National Army", "Military Forces of Libya (2014-)",
                            "2019-07-01") == "Military Forces of Libya (2014-) Haftar Faction"


# --- forces named by their loyalty -----------------------------------------------------------

def test_pro_x_forces_are_x_forces(pipeline):
    ev = event_of(pipeline, "On 2 May 2020, pro-Houthi forces fired rockets at pro-Hadi fighters "
                  "near Qataba, Ad Dali, Yemen.", "2020-05-03")
    got = labels(ev)
    assert "Military Forces of Yemen (2016-) Supreme Political Council" in got
    assert "Military Forces of Yemen (2012-2022)" in got


def test_anti_x_forces_are_not_x(pipeline):
    ev = event_of(pipeline, "On 3 March 2021, anti-Taliban fighters ambushed a convoy near "
                  "Kunduz, Afghanistan.", "2021-03-04")
    assert "Taliban" not in labels(ev)


# --- front lines ---------------------------------------------------------------------------

def test_unattributed_fire_on_the_donbas_front_is_between_both_sides(pipeline):
    ev = event_of(pipeline, "On 8 May 2020, the OSCE SMM recorded 22 explosions of undetermined "
                  "origin near Svitlodarsk, Donetsk region, Ukraine.", "2020-05-09")
    assert {"Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya"} \
        <= labels(ev)


def test_front_sides_not_added_after_the_period_or_when_a_party_is_named(pipeline):
    text = ("On 8 May 2020, Ukrainian forces shelled positions along the contact line near "
            "Horlivka, Donetsk region, Ukraine.")
    assert "NAF: United Armed Forces of Novorossiya" not in labels(
        event_of(pipeline, text, "2020-05-09"))
    late = event_of(pipeline, "On 8 May 2023, explosions were heard along the front line near "
                    "Bakhmut, Donetsk region, Ukraine.", "2023-05-09")
    assert "NAF: United Armed Forces of Novorossiya" not in labels(late)


# --- implied victims and gendarmeries --------------------------------------------------------

def test_lynching_victim_is_a_civilian(pipeline):
    ev = event_of(pipeline, "On 1 May 2020, a crowd beat a man accused of stealing a goat in "
                  "Kisumu, Kenya.", "2020-05-02")
    assert "Civilians (Kenya)" in labels(ev)


def test_gendarmes_are_the_gendarmerie_branch_of_their_country():
    assert dated_acled_name("Police Forces of Cameroon", "Police Forces of Cameroon",
                            "2020-05-01", "gendarmes") == \
        "Military Forces of Cameroon (1982-) Gendarmerie"
    assert dated_acled_name("Police Forces of Mali", "Police Forces of Mali", "2018-01-05",
                            "the gendarmerie") == "Police Forces of Mali (2013-2020) Gendarmerie"


# --- nationality + force wording -----------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Somali soldiers killed two Al Shabaab fighters near Afgoye on Monday.", "2020-05-05",
     "Military Forces of Somalia (2017-2022)"),
    ("Ethiopian police fired on protesters in Ambo on Monday.", "2016-07-12",
     "Police Forces of Ethiopia (1995-2018)"),
    ("Nigerian troops repelled an attack on Monguno, Borno State, on Monday.", "2012-05-08",
     "Military Forces of Nigeria (2010-2015)"),
    ("Burundian AMISOM troops clashed with Al Shabaab in Middle Shabelle on Monday.",
     "2020-05-05", "AMISOM: African Union Mission in Somalia (2007-) (Burundi)"),
])
def test_nationality_and_force_name_that_country_s_forces(pipeline, text, published, expected):
    assert expected in labels(event_of(pipeline, text, published))


def test_the_noun_after_an_authority_names_its_arm(pipeline):
    ev = event_of(pipeline, "On 6 May 2020, Houthi security forces detained 14 traders in "
                  "Dhamar, Yemen.", "2020-05-07")
    assert "Police Forces of Yemen (2016-) Supreme Political Council" in labels(ev)
    ev = event_of(pipeline, "On 6 May 2020, Houthis attacked police stations in Taiz, Yemen.",
                  "2020-05-07")
    assert "Military Forces of Yemen (2016-) Supreme Political Council" in labels(ev)


def test_fire_by_an_unknown_party_is_an_unidentified_armed_group(pipeline):
    ev = event_of(pipeline, "On 9 May 2020, mortar rounds fired by an unknown party landed in "
                  "Ain Zara (Tripoli), Libya, damaging two houses.", "2020-05-10")
    assert "Unidentified Armed Group (Libya)" in labels(ev)


def test_pro_x_and_affiliated_forces(pipeline):
    ev = event_of(pipeline, "On 30 April 2020, pro-Hadi and affiliated gunmen shot at a "
                  "minibus near Al Mukha, Taizz, Yemen, wounding the driver.", "2020-05-01")
    assert "Military Forces of Yemen (2012-2022)" in labels(ev)


def test_saiqa_are_the_armys_special_forces_until_haftars_forces_are_a_faction():
    assert dated_acled_name("Saiqa Forces", "Military Forces of Libya (2014-) Haftar Faction - "
                            "Saiqa Forces", "2016-06-24") \
        == "Military Forces of Libya (2014-) Special Forces"
    assert dated_acled_name("Saiqa Forces", "Military Forces of Libya (2014-) Haftar Faction - "
                            "Saiqa Forces", "2020-05-04") \
        == "Military Forces of Libya (2014-) Haftar Faction - Saiqa Forces"
