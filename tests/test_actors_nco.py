"""A non-commissioned officer is a soldier: his army, or a civilian when attacked at home.
Hand-written sentences from Colombia, Turkey and Nigeria."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import labels


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("On 4 March 2021, gunmen shot dead a non-commissioned officer at a checkpoint "
                 "near Tumaco, Colombia.", "2021-03-05", "Military Forces of Colombia",
                 id="colombia_checkpoint"),
    pytest.param("On 18 October 2019, two non-commissioned officers were wounded when militants "
                 "ambushed their patrol near Hakkari, Turkey.", "2019-10-19",
                 "Military Forces of Turkey", id="turkey_patrol"),
    pytest.param("On 2 May 2020, bandits killed a non-commissioned officer outside his house in "
                 "Katsina, Nigeria.", "2020-05-03", "Civilians (Nigeria)", id="nigeria_at_home"),
])
def test_nco_is_a_soldier(pipeline: Any, text: str, published: str, label: str) -> None:
    got = labels(pipeline, text, published)
    assert any(g.startswith(label) for g in got), got
