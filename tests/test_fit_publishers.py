"""The publisher prior is learned from gold lines: counts per outlet, wires set apart."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from eventcoder.fit.publishers import count_outlets, outlet_keys, prior_table, write_prior


def _line(source: str, country: str) -> dict:
    return {"source": source, "gold": {"country": country}}


LINES = [
    _line("Koha Jone; Albanian Daily News", "Albania"),
    _line("Koha Jone", "Albania"),
    _line("Hromadske; AFP", "Ukraine"),
    _line("AFP", "Kenya"),
    _line("AFP English", "Mali"),
    _line("Daily Nation (Kenya)", "Kenya"),
    _line("Daily Nation (Kenya)", "Somalia"),
]


def test_multi_source_strings_split_into_outlets() -> None:
    assert outlet_keys("Koha Jone; Albanian Daily News") == ["koha jone", "albanian daily news"]
    assert outlet_keys("AFP English, Reuters / AP") == ["afp", "reuters", "ap"]
    assert outlet_keys(None) == []


def test_outlets_count_their_lines_countries_and_wires_get_no_prior() -> None:
    counts = count_outlets(LINES)
    assert counts["koha jone"] == {"AL": 2}
    national, international = prior_table(counts)
    assert international == ["afp"]  # Ukraine, Kenya and Mali: covers the world
    assert national["daily nation kenya"] == {"KE": 1, "SO": 1}  # a neighbour is still national
    assert "afp" not in national


def test_written_table_round_trips(tmp_path: Path) -> None:
    src = tmp_path / "train.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in LINES) + "\n", encoding="utf-8")
    out = tmp_path / "prior.yaml"
    summary = write_prior([src], out)
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert summary == {"lines": 7, "national": 4, "international": 1}
    assert data["outlets"]["hromadske"] == {"UA": 1}
    assert out.read_text(encoding="utf-8").startswith("# Publisher prior learned")
