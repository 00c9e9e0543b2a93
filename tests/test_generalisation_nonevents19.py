"""Probe 19: news that must not become events, and events that look like it.

tests/fixtures/generalisation/nonevents19.jsonl holds 52 short news items that report no event of
political violence (``kind`` "non-event", ``expect.event_type`` empty) and 16 that do (``kind``
"event"), from some 40 countries and outlets, 2021-2025. The first 32 non-events are the
integrator's probe (disasters, threats, drills, verbal clashes, sport, orders, statistics,
commemorations, verdicts, policy and arms news); 20 more were written for this round in the
same kinds for other countries (a typhoon "leaving 21 dead", a landslide "killing at least 30", a
threat "if the bombardment continues", naval drills "firing cruise missiles at mock targets",
congressmen and ministers clashing, a derby won 2-1, a pledge to "stop attacks", a travel
advisory "citing kidnapping", "instructions to bomb churches", a toll "since May", a bridge
reopened "ten years after" its destruction, a commemoration "five years since the mosque
shootings", troops that "will" deploy, a plan to bomb, a summit quarrel, a missile purchase, a
tally "so far this year", an anniversary of an invasion). The 16 events are written to look like
them: an ambush in a sentence about floods, gunmen who "threatened ... and then shot", a clash
of soldiers and rebels, supporters who clashed "with stones and machetes", a shooting at a
football match, a bombing of a parade, an attack on a training camp, a killing on the
anniversary of a massacre, an attack "two years after" another. Expected values were written
before the pipeline ran on them (geo_precision "region": places are not scored here).

First run (main at 0.17.0): 15 of 52 non-events left without an event (none of the 20
written for this round); EVENTS_FIRST per field on the 16 events. After the rules of
tests/test_nonevents19_rules.py: 47 of 52, the events' figures unchanged. Still read as
events: the typer's strategic developments for an EU sanctions package, a cabinet meeting,
armoured vehicles received and a drone export contract (no trigger word; the model alone reads
them), and a sprinter who "beat the world champion" (no word of sport in the sentence).
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

NONEVENTS19 = FIXTURE.parent / "nonevents19.jsonl"
NON_EVENTS_FIRST = 15
NON_EVENTS_FLOOR = 47
EVENTS_FIRST = {
    "detected": 1.0, "type_ok": 1.0, "sub_type_ok": 1.0, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.938, "country_ok": 1.0,
    "admin1_ok": 0.812, "admin1_unit_ok": 0.938, "location_ok": 1.0, "actors": 1.0,
    "perpetrator_ok": 1.0, "attribution_ok": 1.0,
}
# Floors: the events keep every figure of the first run (misses: COD1 and COD2's admin1,
# BFA1 "dozens" read as 24 and Barsalogho's admin1).
EVENTS_FLOORS = dict(EVENTS_FIRST)

@pytest.mark.slow
def test_nonevents19_figures_hold() -> None:
    """Non-events left without an event, and the events' fields; none below its floor."""
    lines = load_fixture(NONEVENTS19)
    rows = run(lines)
    quiet = sum(not r["detected"] for r, line in zip(rows, lines, strict=True)
                if line["kind"] == "non-event")
    loud = [line["id"] for r, line in zip(rows, lines, strict=True)
            if line["kind"] == "non-event" and r["detected"]]
    events = [(r, line) for r, line in zip(rows, lines, strict=True) if line["kind"] == "event"]
    got = figures([r for r, _ in events])
    print(f"\nprobe 19 non-events left without an event: {NON_EVENTS_FIRST} -> {quiet} of "
          f"{sum(line['kind'] == 'non-event' for line in lines)}; still events: {loud}")
    for key, value in got.items():
        print(f"  {key:<16}{EVENTS_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses([r for r, _ in events], [line for _, line in events])))
    assert quiet >= NON_EVENTS_FLOOR
    low = {k: v for k, v in got.items() if v < EVENTS_FLOORS[k]}
    assert not low, f"below the floor: {low}"
