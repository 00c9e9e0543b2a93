"""Policewomen and servicewomen are their force; a soldier the text calls off duty beside the
named attackers is their victim, a civilian, even when read as a second doer. Hand-written
sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import labels


@pytest.mark.parametrize(("text", "published", "force"), [
    pytest.param("On 9 February 2021, unknown gunmen shot and wounded a policewoman at a "
                 "checkpoint in Jalalabad, Afghanistan.", "2021-02-10",
                 "Police Forces of Afghanistan", id="afghanistan_policewoman"),
    pytest.param("On 3 July 2019, two policewomen were injured when assailants threw stones at "
                 "their patrol car in Kisumu, Kenya.", "2019-07-04", "Police Forces of Kenya",
                 id="kenya_policewomen"),
    pytest.param("On 21 May 2022, insurgents ambushed a convoy carrying servicewomen near "
                 "Pulwama, India, wounding three of them.", "2022-05-22", "Military Forces of India",
                 id="india_servicewomen"),
])
def test_women_of_the_forces_are_the_force(pipeline: Any, text: str, published: str,
                                           force: str) -> None:
    got = labels(pipeline, text, published)
    assert any(label.startswith(force) for label in got), got


@pytest.mark.parametrize(("text", "published", "country"), [
    pytest.param("On 11 March 2020, Al Shabaab militants shot dead a member of a state security "
                 "agency (assumed off-duty soldier) near a market in Baidoa, Somalia.",
                 "2020-03-12", "Somalia", id="somalia_assumed_off_duty"),
    pytest.param("On 6 September 2021, ISWAP fighters killed an employee of the customs service "
                 "(an off-duty soldier) at a fuel station in Maiduguri, Nigeria.", "2021-09-07",
                 "Nigeria", id="nigeria_off_duty_in_brackets"),
])
def test_off_duty_soldier_beside_named_attackers_is_a_civilian(pipeline: Any, text: str,
                                                               published: str,
                                                               country: str) -> None:
    got = labels(pipeline, text, published)
    assert f"Civilians ({country})" in got, got
    assert not any(label.startswith("Military Forces") for label in got), got
