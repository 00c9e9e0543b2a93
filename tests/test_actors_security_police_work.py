"""Unnamed "security forces" doing police work (arresting, detaining, dispersing) are the
police; fighting, they stay the military. Hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import labels


@pytest.mark.parametrize(("text", "published", "force"), [
    pytest.param("On 12 March 2021, security forces arrested fourteen suspected fuel smugglers at "
                 "a market in Kankan, Guinea.", "2021-03-13", "Police Forces of Guinea",
                 id="guinea_arrested"),
    pytest.param("On 2 June 2020, Zimbabwean security forces detained two journalists at their "
                 "office in Bulawayo and seized their laptops.", "2020-06-03",
                 "Police Forces of Zimbabwe", id="zimbabwe_detained"),
    pytest.param("On 8 October 2019, security forces in Kano, Nigeria, apprehended a man accused "
                 "of selling stolen rifles.", "2019-10-09", "Police Forces of Nigeria",
                 id="nigeria_apprehended"),
    pytest.param("On 15 January 2021, three students were arrested by security forces after a "
                 "march in Khartoum, Sudan.", "2021-01-16", "Police Forces of Sudan",
                 id="sudan_passive"),
])
def test_security_forces_doing_police_work_are_police(pipeline: Any, text: str, published: str,
                                                      force: str) -> None:
    got = labels(pipeline, text, published)
    assert any(label.startswith(force) for label in got), got
    assert not any(label.startswith("Military Forces") for label in got), got


@pytest.mark.parametrize(("text", "published", "force"), [
    pytest.param("On 4 April 2021, security forces killed four militants in a raid near "
                 "Mandera, Kenya.", "2021-04-05", "Military Forces of Kenya", id="kenya_raid"),
    pytest.param("On 19 August 2020, security forces clashed with gunmen near Menaka, Mali, and "
                 "later arrested two suspects.", "2020-08-20", "Military Forces of Mali",
                 id="mali_clash_then_arrest"),
])
def test_security_forces_fighting_stay_the_military(pipeline: Any, text: str, published: str,
                                                    force: str) -> None:
    assert any(label.startswith(force) for label in labels(pipeline, text, published))
