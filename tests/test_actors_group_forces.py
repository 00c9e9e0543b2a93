"""Forces a modifier gives to an armed group are not the forces of the state they fight in.

"Rebel forces", "separatist forces", "insurgent forces", "opposition forces" and someone's
proxies ("Russian-backed forces") were read as the state's military because "forces" alone is a
state-force noun. Where the text names no group, they are an unidentified armed group of the
event's country; the state's own forces ("security forces", "pro-government forces",
"government forces") keep their state's label. Sentences written for several countries.
"""

from __future__ import annotations

import pytest
from actor_labels import primary_roles

from eventcoder.pipeline import Pipeline

GROUP_FORCES: list[tuple[str, str, str]] = [
    ("Separatist forces shelled army positions near Avdiivka in Donetsk region on 14 August "
     "2021, wounding one soldier.", "Ukraine", "2021-08-15"),
    ("Rebel forces attacked a military outpost near Kajo Keji in Central Equatoria on 2 March "
     "2019, killing two soldiers.", "South Sudan", "2019-03-03"),
    ("Insurgent forces ambushed a police convoy near Jalalabad, Nangarhar, on 14 May 2023, "
     "killing three officers.", "Afghanistan", "2023-05-15"),
    ("Opposition forces shelled a government checkpoint outside Idlib on 9 June 2019, killing "
     "four soldiers.", "Syria", "2019-06-10"),
]

STATE_FORCES: list[tuple[str, str, str]] = [
    ("Security forces shot dead two suspected militants near Bannu, Khyber Pakhtunkhwa, on 4 May "
     "2023.", "Pakistan", "2023-05-05"),
    ("Government forces shelled villages near Kajo Keji in Central Equatoria on 2 March 2019, "
     "killing five civilians.", "South Sudan", "2019-03-03"),
    ("Pro-government forces shelled residential areas of Taiz on 14 May 2016, killing four "
     "civilians.", "Yemen", "2016-05-15"),
]


@pytest.mark.parametrize(("text", "country", "published"), GROUP_FORCES)
def test_group_forces_are_not_the_state(pipeline: Pipeline, text: str, country: str,
                                        published: str) -> None:
    """The doers are an armed group of the country, never the state's military."""
    roles = primary_roles(pipeline, text, published)
    doers = [name for name, role in roles.items() if role == "perpetrator"]
    assert f"Unidentified Armed Group ({country})" in doers, (text, roles)
    assert not any(name.startswith(f"Military Forces of {country}") for name in doers), roles


@pytest.mark.parametrize(("text", "country", "published"), STATE_FORCES)
def test_state_forces_stay_the_state(pipeline: Pipeline, text: str, country: str,
                                     published: str) -> None:
    """The state's forces keep their state's label."""
    roles = primary_roles(pipeline, text, published)
    doers = [name for name, role in roles.items() if role == "perpetrator"]
    assert any(name.startswith(f"Military Forces of {country}") for name in doers), roles


def test_proxy_forces_are_not_the_state_where_they_fight(pipeline: Pipeline) -> None:
    """Someone's proxies are not the forces of the state whose soldiers they shell."""
    roles = primary_roles(pipeline, "Russian-backed forces shelled Ukrainian positions near "
                          "Avdiivka, Donetsk, on 14 August 2021, wounding one Ukrainian soldier.",
                          "2021-08-15")
    assert roles.get("Military Forces of Ukraine (2019-)") != "perpetrator", roles


@pytest.mark.parametrize(("text", "label", "published"), [
    ("On 12 June 2020, rebel forces shelled the governmental positions outside Marinka, "
     "Donetsk, with mortars.", "Military Forces of Ukraine", "2020-06-12"),
    ("On 9 June 2019, HTS fighters shelled government positions near Kafr Nabudah in Hama, "
     "killing two soldiers.", "Military Forces of Syria", "2019-06-10"),
    ("On 9 March 2021, KIA fighters attacked government positions near Hpakant, Kachin.",
     "Military Forces of Myanmar", "2021-03-10"),
])
def test_government_positions_are_the_army(pipeline: Pipeline, text: str, label: str,
                                           published: str) -> None:
    """The positions a government holds on a front are its army's."""
    roles = primary_roles(pipeline, text, published)
    assert any(name.startswith(label) for name in roles), roles
