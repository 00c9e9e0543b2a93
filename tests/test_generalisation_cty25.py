"""Fixture cty25: eight short items on how the evidence for an event's country combines.

Written for this round (tests/fixtures/generalisation/cty25.jsonl), expected values committed
before the first run: a large town named outright in another country's outlet (Kassala in a South
Sudanese radio, Kasese in a Congolese one), a country adjective against an outlet seen once in
training in another country ('Tunisian soldiers' in a Moroccan site, 'Egyptian police' in an
Ivorian one), a country named only where an earlier deed happened ('a general strike following the
detention in Nigeria of ...' in a Cameroonian paper, 'after the seizure in Tanzania of boats' in a
Ugandan one), a Kenyan coalition beside a namesake province abroad ('CORD supporters ... through
Nyanza'), and a firm outlet against a force's nationality ('Ugandan soldiers clashed with ADF' in
a Congolese radio). The rules are tested on sentences in tests/test_cty25_rules.py. Country-level
items have no admin1, which the scorer counts as an admin1 miss.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, floors_hold, load_fixture

CTY25 = FIXTURE.parent / "cty25.jsonl"
_SAME = {"detected": 1.0, "type_ok": 1.0, "sub_type_ok": 1.0, "date_ok": 1.0,
         "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 1.0, "admin1_ok": 0.25,
         "admin1_unit_ok": 0.25, "location_ok": 1.0, "perpetrator_ok": 1.0, "attribution_ok": 1.0}
# First measurement: release 0.21.0 (22f6e0c), before the rules of this round.
CTY25_FIRST = {**_SAME, "country_ok": 0.5, "actors": 0.5}
CTY25_FIRST_NO_SOURCE = {**_SAME, "country_ok": 0.5, "actors": 0.571}
# Floors after the rules. Without the source, the strike after a detention abroad (CMR1, UGA2)
# has no evidence of its own country, and COD1's Ugandan soldiers are placed in Uganda.
CTY25_FLOORS = {**_SAME, "country_ok": 1.0, "actors": 0.929}
CTY25_FLOORS_NO_SOURCE = {**_SAME, "country_ok": 0.625, "actors": 0.786}


@pytest.mark.slow
@pytest.mark.parametrize(("drop_source", "first", "floors"), [
    (False, CTY25_FIRST, CTY25_FLOORS),
    (True, CTY25_FIRST_NO_SOURCE, CTY25_FLOORS_NO_SOURCE),
])
def test_cty25_figures_hold(drop_source: bool, first: dict[str, float],
                            floors: dict[str, float]) -> None:
    """First measurement and now, per field, with and without the source; none below its floor."""
    low = floors_hold("cty25", load_fixture(CTY25), drop_source, first, floors)
    assert not low, f"below the floor: {low}"
