"""The UI's pure logic (counts, URL state, timeline buckets, span checks) run under node."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from eventcoder.web import static_dir
from eventcoder.web.vocabulary_js import render_module

JS = static_dir() / "js"


def run_js(body: str) -> object:
    """Run an ES module snippet with our modules importable; return what it prints as JSON."""
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    script = f"""
import * as util from {json.dumps((JS / "util.js").as_uri())};
import * as state from {json.dumps((JS / "state.js").as_uri())};
import * as timeline from {json.dumps((JS / "timeline.js").as_uri())};
import * as evidence from {json.dumps((JS / "evidence.js").as_uri())};
import * as map from {json.dumps((JS / "map.js").as_uri())};
const out = (() => {{ {body} }})();
console.log(JSON.stringify(out));
"""
    result = subprocess.run(
        [node, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        ({"low": 45, "best": 45, "high": 45, "approximate": False}, "45"),
        ({"low": 12, "best": 12, "high": None, "approximate": True}, "≥12"),
        ({"low": None, "best": 200, "high": 200, "approximate": True}, "≤200"),
        ({"low": None, "best": 50, "high": None, "approximate": True}, "~50"),
        ({"low": 10, "best": 10, "high": 15, "approximate": True}, "10–15"),
        (None, "–"),
    ],
)
def test_counts_read_like_the_contract(count: dict | None, shown: str) -> None:
    """Each row of the spec's count table shows its uncertainty."""
    assert run_js(f"return util.fmtCount({json.dumps(count)});") == shown


def test_filters_round_trip_through_the_url() -> None:
    """Filters written to the hash come back unchanged; defaults stay out of the URL."""
    got = run_js(
        """
const hash = state.exploreHash({country: "Pakistan", start: "2015-05-01", q: "bus attack", bbox: ""},
                               {sort: "-date", offset: 50, limit: 50});
const parsed = state.parseHash(hash);
return {hash, route: parsed.route, filters: state.filtersFrom(parsed.params),
        table: state.tableStateFrom(parsed.params), incident: state.parseHash("#/incident/a%2F1")};
"""
    )
    assert got["hash"] == "#/?start=2015-05-01&country=Pakistan&q=bus+attack&offset=50"
    assert got["route"] == "explore"
    assert got["filters"] == {"start": "2015-05-01", "country": "Pakistan", "q": "bus attack"}
    assert got["table"] == {"sort": "-date", "offset": 50, "limit": 50}
    assert got["incident"]["route"] == "incident" and got["incident"]["id"] == "a/1"


def test_timeline_buckets_days_and_switches_to_weeks() -> None:
    """Short spans are per day (empty days kept); spans over four months are per week."""
    got = run_js(
        """
const rows = [{date: "2015-05-01", event_type: "Battles", n: 2},
              {date: "2015-05-03", event_type: "Riots", n: 1},
              {date: "2015-05-03", event_type: "Battles", n: 1}];
const short = timeline.bucketize(rows);
const long = timeline.bucketize(rows, {start: "2015-01-01", end: "2015-12-31"});
return {unit: short.unit, n: short.buckets.length, third: short.buckets[2].counts,
        longUnit: long.unit, longTotal: long.buckets.reduce((a, b) => a + b.total, 0)};
"""
    )
    assert got == {"unit": "day", "n": 3, "third": {"Riots": 1, "Battles": 1}, "longUnit": "week", "longTotal": 4}


def test_spans_that_do_not_match_the_text_are_refused() -> None:
    """An evidence span is shown only when text[start:end] is its text."""
    got = run_js(
        """
const text = "Gunmen killed 45 people in Karachi.";
const {valid, invalid} = evidence.checkSpans(text, [
  {field: "fatalities", start: 7, end: 16, text: "killed 45"},
  {field: "location", start: 27, end: 34, text: "Karachi"},
  {field: "date", start: 0, end: 6, text: "Monday"},
  {field: "event", start: 30, end: 99, text: "x"}]);
return {valid: valid.map(s => s.field), invalid: invalid.map(s => s.field)};
"""
    )
    assert got == {"valid": ["fatalities", "location"], "invalid": ["date", "event"]}


def test_marker_area_grows_with_fatalities_but_is_capped() -> None:
    """No toll gives a visible dot; big tolls grow sub-linearly and stay on screen."""
    radii = run_js("return [null, 0, 1, 45, 200, 100000].map(map.markerRadius);")
    assert radii[0] == radii[1] > 0
    assert radii[1] < radii[2] < radii[3] < radii[4] <= radii[5] == 40
    assert radii[4] / radii[3] < 200 / 45


def test_ui_vocabularies_are_the_contracts() -> None:
    """The edit menus list exactly the closed vocabularies of eventcoder.vocabulary, in its order
    (the UI's module is generated from it; this fails if util.js goes back to a copy of its own)."""
    from eventcoder import vocabulary

    got = run_js("return {types: util.EVENT_TYPES, subs: util.SUB_EVENT_TYPES, "
                 "gtd: util.GTD_ATTACK_TYPES, weapons: util.WEAPONS, dates: util.DATE_PRECISIONS, "
                 "geo: util.GEO_PRECISIONS, statuses: util.STATUSES};")
    assert got["types"] == list(vocabulary.EVENT_TYPES)
    assert {t: set(s) for t, s in got["subs"].items()} == vocabulary.EVENT_TYPES
    assert got["subs"] == {t: list(s) for t, s in vocabulary.SUB_EVENT_TYPES.items()}
    assert got["gtd"] == list(vocabulary.GTD_ATTACK_TYPES) and set(got["gtd"]) == vocabulary.GTD_ATTACK
    assert got["weapons"] == list(vocabulary.WEAPON_TYPES) and set(got["weapons"]) == vocabulary.WEAPONS
    assert set(got["dates"]) == vocabulary.DATE_PRECISION and set(got["geo"]) == vocabulary.GEO_PRECISION
    assert got["statuses"] == list(vocabulary.STATUSES)


def test_the_ui_module_follows_the_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word added to the contract reaches the generated module without touching any JS."""
    from eventcoder import vocabulary

    monkeypatch.setattr(vocabulary, "WEAPON_TYPES", (*vocabulary.WEAPON_TYPES, "Trebuchet"))
    assert '"Trebuchet"' in render_module()
    assert "Trebuchet" not in (JS / "util.js").read_text(encoding="utf-8")
