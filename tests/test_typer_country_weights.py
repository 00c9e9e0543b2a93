"""Training weights by country: a country with many notes does not set the model for the rest."""

from __future__ import annotations

import numpy as np

from eventcoder.typer.features import TypingInput
from eventcoder.typer.train import Example, Settings, country_factors, fit


def _ex(text: str, event_type: str, country: str | None) -> Example:
    return Example(TypingInput(text), event_type, country=country)


def test_country_weight_falls_with_the_square_root_of_its_notes() -> None:
    """100 Kenyan notes weigh 10 together, 4 Malian notes 2: the share falls from 96% to 83%."""
    examples = [_ex("a", "Riots", "Kenya")] * 100 + [_ex("b", "Battles", "Mali")] * 4
    factors = country_factors(examples, 0.5)
    assert np.isclose(factors[:100].sum(), 10.0) and np.isclose(factors[100:].sum(), 2.0)
    assert np.allclose(country_factors(examples, 0.0), 1.0)


def test_a_convention_of_one_big_country_yields_to_many_small_ones() -> None:
    """Kenyan notes code 'clashes' as Riots, notes from eight other countries as Battles: with
    country weights a note from a ninth country leans much less to Kenya's reading."""
    kenyan = [_ex("youths clashed in Kisumu", "Riots", "Kenya")] * 60
    others = [
        _ex(f"fighters clashed in {place}", "Battles", country)
        for place, country in [("Gao", "Mali"), ("Beni", "DRC"), ("Bama", "Nigeria"),
                               ("Afgoye", "Somalia"), ("Wau", "South Sudan"), ("Djibo", "Burkina"),
                               ("Sirte", "Libya"), ("Marib", "Yemen")]
        for _ in range(2)
    ]
    unseen = [TypingInput("men clashed in Bouar")]
    weighted = fit(kenyan + others, Settings(balance=False, l2=1e-3, country_power=0.5))
    plain = fit(kenyan + others, Settings(balance=False, l2=1e-3, country_power=0.0))
    riots_weighted = weighted.predict(unseen)[0]
    riots_plain = plain.predict(unseen)[0]
    assert riots_plain.event_type == "Riots" and riots_plain.probability > 0.7
    assert riots_weighted.event_type == "Battles" or riots_weighted.probability < 0.6
