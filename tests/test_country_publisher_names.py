"""An outlet's name written run together ('Mosaiquefm', 'RadioDabanga') is the outlet learned with
spaces; too short a name, or one two outlets share once squashed, is not matched that way."""

from __future__ import annotations

import pytest

from eventcoder.geoparser.publishers import outlet_shares, publisher_country


@pytest.mark.parametrize("written, learned", [
    ("Mosaiquefm", "Mosaique FM"),
    ("MosaiqueFM", "Mosaique FM"),
    ("Shemsfm", "Shems FM"),
    ("RadioDabanga", "Radio Dabanga"),
])
def test_run_together_name_is_the_learned_outlet(written: str, learned: str) -> None:
    assert outlet_shares(learned)
    assert outlet_shares(written) == outlet_shares(learned)
    assert publisher_country(written) == publisher_country(learned)


def test_unknown_run_together_name_points_nowhere() -> None:
    assert outlet_shares("Zzqnewsdaily") == {}
