"""Probe 17: protests, riots and strategic developments in wire copy worldwide, 2019-2026.

84 short items (tests/fixtures/generalisation/protests17.jsonl) from 73 countries on every
continent, written for this round in the styles of wire leads, local-press paragraphs and
ACLED-style notes ("On 3 May 2024, ..."): peaceful marches, strikes, sit-ins and vigils;
protests broken up with tear gas, water cannon or arrests; live fire on marchers; stone-throwing,
burning, storming and looting crowds; lynchings and communal mobs; arrests of opposition figures;
agreements and ceasefires; territory handed over; bases set up; surrenders; bombs defused and
weapons caches seized. Fed as id, text, published and source only; the expected values were
written and committed before the pipeline first ran on them. Six more items that must not become
events (a call to protest, an expected march, an announced strike, a court ruling on a ban, a
policy statement, a government's pending decision) are below.

First run (main at 0.15.0): no item of the six non-events was left without an event; the
fixture's figures are PROTESTS17_FIRST. The rules written for its failures are tested on
sentences for several countries in tests/test_probe17_rules.py: a crowd's deed wanted,
expected, announced ahead or banned is no deed; 'fired his defence minister' is no violence
that keeps a road blockade a riot (ISR1); a political following or a seat of power keeps a
crowd's wrecking a violent demonstration (KOR1, BRA1); 'recovered a cache of weapons' is
disrupted weapons use (IND3); people arrested while they protest are a protest with intervention
(UGA1, USA2) and a named person arrested amid protests an arrest (VEN1); a city of millions is not
moved abroad by the publisher's usual country alone (KAZ1 'Interfax' on Almaty, USA2 the New York
Times on New York); 'on Thursday, the second day of riots' is dated Thursday (SLB1, ESP1) and a
base 'established' on a day keeps that day (BFA1).

Still missed: PAK1 (supporters storming a corps commander's house read as a battle: 'commander'
is a military word), HKG1 (mass arrests at a siege, read as arrests), RUS1 (mourners detained at
memorials: no protest word), ECU1 (the strike launched the day before makes the event), KGZ1
('seized the government headquarters' read as a peaceful protest), GBR1 and MEX1 (read as mob
violence), MMR1 (the national toll of 38, not Monywa's six), VNM1 (Binh Duong unknown to the
gazetteer), MLI1 and SDN1 (placed where the agreement was signed, abroad). Two expected values
are debatable under the codebook: BLR1 (a protester killed by rubber bullets: the pipeline's
excessive force may be right) and NPL1 (protesters who broke through barricades: its violent
demonstration may be right). The non-events NON4 (a policy statement on rubber bullets 'at
protests') and NON6 (a pending decision on a state of emergency) still give a low-confidence
fallback event: a short item keeps its most concrete mention by design.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

PROTESTS17 = FIXTURE.parent / "protests17.jsonl"
PROTESTS17_FIRST = {
    "detected": 1.0, "type_ok": 0.881, "sub_type_ok": 0.81, "date_ok": 0.963,
    "no_invented_ok": 0.25, "precision_ok": 0.917, "fatalities_ok": 0.988, "country_ok": 0.94,
    "admin1_ok": 0.667, "admin1_unit_ok": 0.845, "location_ok": 0.936, "actors": 0.876,
    "perpetrator_ok": 1.0, "attribution_ok": 1.0,
}
# Floors: what the rules of tests/test_probe17_rules.py reach.
# Since type21 (tests/test_typing21_rules.py): NPL1 is excessive force; GBR1 and MEX1 (rioters throwing bricks or firecrackers at police and soldiers) violent demonstrations.
PROTESTS17_FLOORS = {
    **PROTESTS17_FIRST, "type_ok": 0.952, "sub_type_ok": 0.94, "date_ok": 1.0,
    "precision_ok": 0.952, "country_ok": 0.964, "admin1_ok": 0.69, "admin1_unit_ok": 0.869,
    "location_ok": 0.949, "actors": 0.92,
}

# (published, source, text) of items that report no event.
NOT_EVENTS = [
    ("2024-03-01", "Reuters", "Opposition parties in Malawi called on their supporters to join "
     "nationwide demonstrations next week against rising fuel prices."),
    ("2025-05-05", "BBC News", "Organisers said they expected tens of thousands of people to march "
     "through London on Saturday to demand action on climate change."),
    ("2023-11-07", "The Citizen", "Tanzania's high court on Monday ruled that a ban on opposition "
     "rallies was unconstitutional, in a decision welcomed by rights groups."),
    ("2022-08-02", "Al Jazeera", "Chile's interior minister said the government would increase "
     "police funding and review the use of rubber bullets at protests."),
    ("2026-01-14", "El Pais", "Teachers' unions in Peru announced an indefinite strike starting on "
     "20 January if the government does not raise salaries."),
    ("2021-05-10", "Kyodo", "Japan's government will decide next week whether to extend the state "
     "of emergency in Tokyo, officials said on Monday."),
]
NOT_EVENTS_FIRST = 0  # of 6 left without an event on the first run
NOT_EVENTS_FLOOR = 4


@pytest.mark.slow
def test_protests17_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(PROTESTS17)
    rows = run(lines)
    got = figures(rows)
    print("\nprobe 17, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{PROTESTS17_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < PROTESTS17_FLOORS[k]}
    assert not low, f"below the floor: {low}"


def test_protests17_non_events(pipeline: Pipeline) -> None:
    """Calls, plans, announcements and rulings: at least the floor report no event."""
    quiet = 0
    for published, source, text in NOT_EVENTS:
        document = pipeline(Article(id="n", text=text, published=published, source=source))
        quiet += primary_event(document) is None
    print(f"\nprobe 17 non-events left without an event: {NOT_EVENTS_FIRST} -> {quiet} of 6")
    assert quiet >= NOT_EVENTS_FLOOR
