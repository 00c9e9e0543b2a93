"""parse_quantity reads every count form of the output contract's table."""

from __future__ import annotations

import pytest

from eventcoder.extract.counts.numbers import Quantity, number_value, parse_quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45", (45, 45, 45, False)),
        ("forty-five", (45, 45, 45, False)),
        ("Forty five", (45, 45, 45, False)),
        ("1,200", (1200, 1200, 1200, False)),
        ("a dozen", (12, 12, None, True)),
        ("dozens", (24, 24, None, True)),
        ("scores", (40, 40, None, True)),
        ("hundreds", (200, 200, None, True)),
        ("several", (3, 3, None, True)),
        ("three dozen", (36, 36, None, True)),
        ("at least 12", (12, 12, None, True)),
        ("more than 30", (30, 30, None, True)),
        ("over 30", (30, 30, None, True)),
        ("at least twelve", (12, 12, None, True)),
        ("nearly 200", (None, 200, 200, True)),
        ("almost 200", (None, 200, 200, True)),
        ("nearly two hundred", (None, 200, 200, True)),
        ("up to 15", (None, 15, 15, True)),
        ("about 50", (None, 50, None, True)),
        ("around fifty", (None, 50, None, True)),
        ("some 30", (None, 30, None, True)),
        ("between 10 and 15", (10, 10, 15, True)),
        ("10 to 15", (10, 10, 15, True)),
        ("10-15", (10, 10, 15, True)),
        ("two or three", (2, 2, 3, True)),
        ("a", (1, 1, 1, False)),
        ("an", (1, 1, 1, False)),
        ("one", (1, 1, 1, False)),
        ("20+", (20, 20, None, True)),
    ],
)
def test_parse_quantity_reads_the_contract_table(text: str, expected: tuple) -> None:
    """parse_quantity reads each row of the spec's count table."""
    assert parse_quantity(text) == Quantity(*expected)


def test_coordinated_groups_are_added() -> None:
    """Coordinated groups are added."""
    assert parse_quantity("two policemen and a civilian") == Quantity(3, 3, 3, False)
    assert parse_quantity("three soldiers, two policemen and a civilian") == Quantity(
        6, 6, 6, False
    )


def test_vague_conjunct_makes_the_sum_approximate() -> None:
    """Vague conjunct makes the sum approximate."""
    q = parse_quantity("a soldier and several civilians")
    assert q is not None and q.best == 4 and q.approximate and q.high is None


def test_leading_number_of_a_noun_phrase() -> None:
    """Leading number of a noun phrase."""
    q = parse_quantity("45 members of the Ismaili community")
    assert q == Quantity(45, 45, 45, False)
    assert parse_quantity("four highly educated suspects") == Quantity(4, 4, 4, False)


@pytest.mark.parametrize("text", ["killed", "", "the police", "many"])
def test_no_number_gives_none(text: str) -> None:
    """No number gives none."""
    assert parse_quantity(text) is None


def test_number_value_rejects_non_numbers() -> None:
    """number_value reads written numbers and rejects words that are not numbers."""
    assert number_value("twenty-one") == 21
    assert number_value("2 million") == 2_000_000
    assert number_value("and") is None
    assert number_value("police") is None
