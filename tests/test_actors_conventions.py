"""ACLED naming conventions applied to whole events, on hand-written sentences: a nationality
before a force keeps it that nation's abroad, alternatives make one "A and/or B" actor, Mai-Mai
factions are "Mayi Mayi Militia (<faction>)"."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def event_labels(pipeline: Any, text: str, published: str = "2020-05-05") -> list[str]:
    """ACLED labels (or names) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.acled_name or a.name for a in event.actors]


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    pytest.param("On 9 May 2020, Saudi forces raided a port office in Nishtun, Al Mahrah, Yemen.",
                 "Operation Restoring Hope", "Military Forces of Yemen", id="saudi_in_yemen"),
    pytest.param("On 3 May 2020, Moroccan soldiers shot dead a smuggler near Tindouf, Algeria.",
                 "Military Forces of Morocco", "Military Forces of Algeria",
                 id="moroccan_in_algeria"),
    pytest.param("On 2 May 2020, Turkish police officers fired at migrants near Kastanies, "
                 "Greece.", "Police Forces of Turkey", "Police Forces of Greece",
                 id="turkish_in_greece"),
])
def test_nationality_before_a_force_keeps_its_country(pipeline: Any, text: str, expected: str,
                                                      not_expected: str) -> None:
    labels = event_labels(pipeline, text)
    assert any(x.startswith(expected) for x in labels)
    assert not any(x.startswith(not_expected) for x in labels)


def test_force_without_nationality_takes_the_event_country(pipeline: Any) -> None:
    labels = event_labels(pipeline, "On 3 May 2020, soldiers shot dead a smuggler near "
                                    "Tindouf, Algeria.")
    assert any(x.startswith("Military Forces of Algeria") for x in labels)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("On 12 May 2020, presumed JNIM or ISGS militants kidnapped two herders near "
                 "Arbinda, Burkina Faso.",
                 "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater "
                 "Sahara)", id="jnim_or_isgs_burkina"),
    pytest.param("On 4 May 2020, Al Shabaab or ISIS fighters were blamed for a bombing in "
                 "Bosaso, Somalia.", "Al Shabaab and/or Islamic State (Somalia)",
                 id="shabaab_or_is_somalia"),
])
def test_groups_given_as_alternatives_are_one_actor(pipeline: Any, text: str,
                                                    expected: str) -> None:
    assert expected in event_labels(pipeline, text)


def test_groups_joined_by_and_stay_two(pipeline: Any) -> None:
    labels = event_labels(pipeline, "On 4 May 2020, Al Shabaab and ISIS fighters clashed near "
                                    "Qandala, Somalia.")
    assert not any("and/or" in x for x in labels)
    assert "Al Shabaab" in labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mai-Mai Kifuafua fighters attacked an army position near Walikale on Monday.",
                 "Mayi Mayi Militia (Kifuafua)", id="faction_after_mai_mai"),
    pytest.param("On January 3rd, the Mayi Mayi Hapa na pale raided an army post near Kilembwe, "
                 "killing two soldiers.", "Mayi Mayi Militia (Hapa na pale)", id="swahili_faction"),
    pytest.param("On 2 May 2020, Raia Mutomboki-Lukoba fighters looted a health centre near "
                 "Shabunda, Sud-Kivu.", "Mayi Mayi Militia (Raia Mutomboki-Lukoba)",
                 id="raia_mutomboki_sub_faction"),
])
def test_mai_mai_factions(pipeline: Any, text: str, expected: str) -> None:
    assert expected in event_labels(pipeline, text, "2018-01-09")


def test_bare_mai_mai_stays_the_militia(pipeline: Any) -> None:
    assert "Mayi Mayi Militia" in event_labels(
        pipeline, "The Mayi Mayi attacked a police post in Fizi on Monday.", "2018-01-09")


def test_alternatives_take_acled_s_order(pipeline: Any) -> None:
    labels = event_labels(pipeline, "On 1 May 2020, a vehicle struck an IED near Bara, Mali. The "
                                    "device was likely planted by ISGS or JNIM militants.")
    assert ("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
            in labels)


@pytest.mark.parametrize("text", [
    "Movement of forces: On 10 May 2020, a column of tanks arrived in Manbij, Syria.",
    "Movement of forces: On 12 May 2020, fuel tankers arrived at a camp near Al Hazm, Yemen.",
])
def test_a_leading_event_label_names_no_actor(pipeline: Any, text: str) -> None:
    labels = event_labels(pipeline, text)
    assert not any(x.startswith("Military Forces") for x in labels)


def test_splm_io_takes_its_2019_acled_name(pipeline: Any) -> None:
    text = "SPLM-IO forces attacked a government base near Yei, South Sudan, on Monday."
    assert ("SPLM-In Opposition: Sudan People's Liberation Movement-In Opposition"
            in event_labels(pipeline, text, "2020-05-05"))
    assert ("SPLA/M-In Opposition: Sudanese Peoples Liberation Army/Movement-In Opposition"
            in event_labels(pipeline, text, "2018-01-09"))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("On 11 May 2020, a Russian patrol drove through Darbasiyah, Syria.",
                 "Military Forces of Russia", id="russian_patrol_syria"),
    pytest.param("On 9 May 2020, a Turkish drone struck a car of the Asayish near Amuda, "
                 "Syria.", "Military Forces of Turkey", id="turkish_drone_syria"),
    pytest.param("On 3 May 2020, an Iranian convoy was struck near Albukamal, Syria.",
                 "Military Forces of Iran", id="iranian_convoy_syria"),
])
def test_a_nationality_on_an_armed_thing_is_that_nation_s_military(
        pipeline: Any, text: str, expected: str) -> None:
    assert any(x.startswith(expected) for x in event_labels(pipeline, text))


@pytest.mark.parametrize("text", [
    "On 6 May 2020, a police patrol was ambushed by gunmen near Kirkuk, Iraq.",
    "On 6 May 2020, a supply convoy was looted near Goma, Democratic Republic of Congo.",
])
def test_armed_things_without_a_nationality_name_no_foreign_state(pipeline: Any,
                                                                  text: str) -> None:
    labels = event_labels(pipeline, text)
    assert not any(x.startswith(("Military Forces of Russia", "Military Forces of Turkey"))
                   for x in labels)


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("IS claims its fighters repelled a Nigerian army assault in the Lake Chad "
                 "region.", "2018-01-13", "Boko Haram - Wilayat Gharb Ifriqiyyah",
                 id="is_in_nigeria_2018"),
    pytest.param("IS said its fighters ambushed a Malian army patrol near Menaka.",
                 "2020-05-05", "Islamic State (Greater Sahara)", id="is_in_mali_2020"),
])
def test_group_branch_follows_the_event_country(pipeline: Any, text: str, published: str,
                                                expected: str) -> None:
    assert expected in event_labels(pipeline, text, published)
