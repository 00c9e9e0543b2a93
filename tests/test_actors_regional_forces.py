"""Unnamed police and soldiers in Somaliland, and in Puntland before 2019, are that authority's
forces; the nation's named forces, foreign troops and the rest of Somalia keep their labels."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.regional_forces import regional_authority


def event_labels(pipeline: Any, text: str, published: str) -> list[str]:
    """ACLED labels of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.acled_name or a.name for a in event.actors]


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 2 May 2020, police shot and killed two smugglers in Baligubadle, Somalia.",
                 "2020-05-03", "Police Forces of Somaliland", id="police_woqooyi_galbeed_2020"),
    pytest.param("On 3 March 2017, police arrested ten people in Burao.", "2017-03-04",
                 "Police Forces of Somaliland", id="police_togdheer_2017"),
    pytest.param("On 3 March 2018, soldiers clashed with Al Shabaab fighters near Bossaso.",
                 "2018-03-04", "Military Forces of Puntland", id="soldiers_bari_2018"),
])
def test_unnamed_forces_in_a_de_facto_state_are_its_own(pipeline: Any, text: str,
                                                         published: str, expected: str) -> None:
    labels = event_labels(pipeline, text, published)
    assert any(x.startswith(expected) for x in labels), labels
    assert not any(x.startswith(("Police Forces of Somalia", "Military Forces of Somalia"))
                   for x in labels)


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 3 May 2020, police arrested ten people in Mogadishu.", "2020-05-04",
                 "Police Forces of Somalia", id="mogadishu"),
    pytest.param("On 3 May 2020, Somali police arrested ten people in Hargeisa.", "2020-05-04",
                 "Police Forces of Somalia", id="named_nation"),
    pytest.param("On 3 May 2020, soldiers clashed with Al Shabaab fighters near Bossaso.",
                 "2020-05-04", "Military Forces of Somalia", id="puntland_2020"),
])
def test_national_forces_stay_national(pipeline: Any, text: str, published: str,
                                       expected: str) -> None:
    labels = event_labels(pipeline, text, published)
    assert any(x.startswith(expected) for x in labels), labels


def test_disputed_regions_name_no_authority() -> None:
    assert regional_authority("SO", "Togdheer") == "Somaliland"
    assert regional_authority("SO", "Sool") is None
    assert regional_authority("SO", "Mudug") is None
    assert regional_authority("KE", "Bari") is None


def test_a_mission_contingent_outside_the_mission_area_is_its_own_military(pipeline: Any) -> None:
    labels = event_labels(pipeline, "On 3 May 2020, Ethiopian troops arrested ten people in "
                                    "Borama, Somalia.", "2020-05-04")
    assert any(x.startswith("Military Forces of Ethiopia") for x in labels), labels
    assert not any(x.startswith("AMISOM") for x in labels)


def test_a_mission_contingent_in_its_area_stays_the_missions(pipeline: Any) -> None:
    labels = event_labels(pipeline, "On 3 May 2020, Ethiopian troops arrested ten people in "
                                    "Baidoa, Somalia.", "2020-05-04")
    assert any(x.startswith("AMISOM") for x in labels), labels
