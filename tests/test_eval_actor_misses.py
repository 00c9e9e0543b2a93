"""Why a gold actor label was missed: causes a rule could fix, and labels the text cannot give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.eval.actor_misses import CAUSES, UNATTAINABLE, miss_cause

# A village no installable gazetteer has: the gold point is real, the name is not in GeoNames.
_VILLAGE = {"country": "Tunisia", "admin1": "Tunis", "location": "Zzyqra", "lat": 36.8,
            "lon": 10.18, "geo_precision": "city"}


@pytest.mark.parametrize(
    ("label", "gold", "text", "found", "country", "cause"),
    [
        # the event has no country and the text names nothing that would give it
        ("Rioters (Tunisia)", _VILLAGE, "Riots broke out in Zzyqra after the new tax.", True,
         None, "no country, text names no known place of it"),
        # ... but here the text names the country: a rule could have found it
        ("Rioters (Tunisia)", _VILLAGE, "Riots broke out in Zzyqra, Tunisia, after the new tax.",
         True, None, "no country, text names its place"),
        ("Civilians (Cameroon)", {"country": "Cameroon"},
         "Boko Haram fighters killed three herders near the border.", True, "Nigeria",
         "wrong country"),
        # a foreign force's label names its own country, not the event's: no country fault
        ("Military Forces of the United States", {"country": "Somalia"},
         "A drone strike hit a militant camp near Jilib.", True, "Somalia",
         "generic label, right country"),
        ("Military Forces of Libya (2016-) Presidential Guard", {"country": "Libya"},
         "Pro-government forces shelled positions in Sirte.", True, "Libya",
         "state unit not in text"),
        ("Military Forces of Libya (2016-) Presidential Guard", {"country": "Libya"},
         "The Presidential Guard shelled positions in Sirte.", True, "Libya",
         "generic label, right country"),
        ("BRSC: Shura Council of Benghazi Revolutionaries", {"country": "Libya"},
         "Militants fired mortars at troops in Derna.", True, "Libya", "named label not in text"),
        ("BRSC: Shura Council of Benghazi Revolutionaries", {"country": "Libya"},
         "BRSC fighters fired mortars at troops in Derna.", True, "Libya", "named label in text"),
        ("Al Shabaab", {"country": "Somalia"}, "Shabaab fighters stormed a hotel.", True,
         "Somalia", "named label in text"),
        ("Protesters (Kenya)", {"country": "Kenya"}, "Traders marched in Nakuru.", False, None,
         "no event"),
    ],
)
def test_miss_cause(label: str, gold: dict, text: str, found: bool, country: str | None,
                    cause: str) -> None:
    assert miss_cause(label, gold, text, found, country, None) == cause


def test_causes_no_rule_can_fix_are_a_subset_of_the_causes() -> None:
    assert UNATTAINABLE < set(CAUSES)


def test_eval_reports_misses_by_cause_and_the_attainable_rate(tmp_path: Path, capsys) -> None:
    line = {
        "id": "a1",
        "text": "Riots broke out in Zzyqra after the new tax; rioters burnt tyres.",
        "published": "2021-05-04",
        "source": None,
        "gold": {"event_type": ["Riots"], "date": "2021-05-03", "date_precision": "day",
                 "fatalities": 0, "actors": ["Rioters (Tunisia)"], **_VILLAGE},
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    out = tmp_path / "figures.json"
    assert main(["eval", str(path), "--json", str(out), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "Actor misses by cause (1;" in printed
    figures = json.loads(out.read_text())
    assert figures["actor_misses"]["no country, text names no known place of it"] == 1
    assert figures["actors"]["rate"] == 0.0
    # the one gold label needs a country the text cannot give: nothing attainable is left
    assert figures["actors_attainable"]["n"] == 0
