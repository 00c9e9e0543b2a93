"""Probe 18: battles, explosions/remote violence and violence against civilians in wire copy
worldwide, 2019-2026.

82 short items (tests/fixtures/generalisation/violence18.jsonl) from 48 countries on every
continent, written for this round in the styles of wire leads with datelines, local-press
paragraphs, army and police statements and ACLED-style notes ("On 14 February 2024, ..."): army
against rebels, rival cartels and gangs, communal militias, border guards of two states; towns
taken and retaken; air and drone strikes by states and by rebels; shelling and rockets; roadside
bombs, car bombs and landmines; grenades; suicide bombers; shootings, massacres, killings of
journalists and activists; abductions and rapes. Tricky wordings on purpose: relative days ("on
Sunday night", "two days after"), approximate and updated tolls ("at least", "has risen to 44",
"dozens"), passives with agents ("killed by suspected ADF rebels"), foreign victims, security
forces as victims, tolls split by side, places "25 km west of Goma" or "on the outskirts of".
Fed as id, text, published and source only; the expected values were written and committed before
the pipeline first ran on them (one later correction: the role "ELN" was written in full as
"ELN: National Liberation Army", since the scorer matches names of three letters only exactly).
Six more items that must not become events (an anniversary, a verdict, a threat, a policy
statement, a military exercise, a commemoration) are below.

First run (main at 0.16.0): VIOLENCE18_FIRST; 2 of the 6 non-events left without an event. The
rules written for its failures are tested on sentences for several countries in
tests/test_probe18_rules.py: "Suspected ELN guerrillas" opening a sentence hedges the doer (COL3);
"armed men seized a Canadian aid worker" is an abduction (HTI2, no event before); "Two days after
gunmen killed a priest ... on Friday, armed men abducted ..." is Sunday's abduction (NGA6); "five
Chinese nationals" killed by a car bomb are Civilians (China) (PAK2); "Israeli positions" name the
Israeli army (ISR1); employees a roadside bomb "struck" are civilians, not strikers (AFG1);
"detonated explosive belts" is a suicide bombing (IRN1); "killing 17 of the insurgents ... Two
soldiers died" counts 19 (NGA1); "retook the presidential palace" regains territory (SDN1); "the
Stockholm suburb of Husby" stays in Sweden (SWE1); "dissidents of the former FARC" are FARC's men
(COL2); drills "simulating strikes" and the toll of "the 1994 genocide, in which ..." are no news.

Still missed: UKR1 ('Zaporizhzhia region' read as a village of 656 people, the event then placed
in Russia by the actors), IND3 (Poonch shelled 'across the Line of Control' placed on the
Pakistani side), BFA1 (Seytenga unknown to the gazetteer: country left null, actors labelled
Niger from 'the border with Niger'), KGZ1 ('reporting two of their guards killed' not counted),
NGA4 ('dozens' read as 24, not 12), SOM3 (the suicide bomber counted among the dead: 26, not 25),
MMR1 and MOZ1 (a town taken after troops withdrew: the pipeline's non-violent transfer of
territory may be right under the codebook), several villages unknown to the gazetteer (Dioura,
Harardhere, Boni, Dinangourou, Besham, Banjska) and ACLED's admin1 spellings (Odesa, Amhara,
Tigray, Banadir, Middle Juba, Damascus, Nabatieh, Bujumbura Mairie, Duhok). Attribution misses are
the scheme's: "claimed" for "AFRICOM said it conducted an airstrike" where the fixture wrote
stated (the key's suspected for "police/the army/residents blamed X", KEN1, COL2, ETH1, became
accused in attr21: a named accuser's blame is an accusation, as in the other fixtures). Non-events still
read as events: a threat to attack (MUC-4 codes threats), a pledge to "resume aerial bombing", and
a commemoration read as a peaceful protest (all three none since probe 19:
tests/test_nonevents19_rules.py).
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

VIOLENCE18 = FIXTURE.parent / "violence18.jsonl"
VIOLENCE18_FIRST = {
    "detected": 0.988, "type_ok": 0.951, "sub_type_ok": 0.939, "date_ok": 0.976,
    "no_invented_ok": 1.0, "precision_ok": 0.988, "fatalities_ok": 0.939, "country_ok": 0.939,
    "admin1_ok": 0.817, "admin1_unit_ok": 0.927, "location_ok": 0.841, "actors": 0.93,
    "perpetrator_ok": 0.952, "attribution_ok": 0.85,
}
# Floors: what the rules of tests/test_probe18_rules.py reach.
VIOLENCE18_FLOORS = {
    **VIOLENCE18_FIRST, "detected": 1.0, "type_ok": 0.976, "sub_type_ok": 0.976, "date_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 0.963, "country_ok": 0.963, "admin1_ok": 0.902,
    "admin1_unit_ok": 0.951, "location_ok": 0.884, "actors": 0.969, "perpetrator_ok": 1.0,
    "attribution_ok": 0.857,
}
# attribution_ok is below its first figure only because more doers are found: COL2's FARC, now
# found, is "accused" by the army where the fixture wrote "suspected".

# (published, source, text) of items that report no event.
NOT_EVENTS = [
    ("2024-04-07", "The New Times", "Rwandans gathered in Kigali on Sunday to mark the 30th "
     "anniversary of the 1994 genocide, in which about 800,000 people were killed in a hundred "
     "days."),
    ("2025-02-27", "Reuters", "A court in The Hague on Thursday sentenced a former militia "
     "commander to 20 years in prison for the massacre of villagers in eastern Congo in 2003."),
    ("2024-09-10", "The Star", "Al-Shabaab threatened in an audio message on Tuesday to attack "
     "Kenyan towns near the Somali border unless Kenya withdraws its troops from Somalia."),
    ("2025-01-24", "El Espectador", "Colombia's defence minister said on Friday the government "
     "would send 5,000 more troops to Cauca to counter armed groups and would resume aerial "
     "bombing of guerrilla camps."),
    ("2024-10-14", "Xinhua", "Chinese warships and aircraft staged live-fire drills around Taiwan "
     "on Monday, simulating strikes on key targets, the Eastern Theater Command said."),
    ("2024-04-02", "Nation", "Families of the victims of the 2015 Garissa University attack laid "
     "wreaths at the campus on Tuesday, nine years after gunmen killed 148 students and staff "
     "there."),
]
NOT_EVENTS_FIRST = 2  # of 6 left without an event on the first run
NOT_EVENTS_FLOOR = 6  # probe 19's rules: threats, pledges, drills and commemorations


@pytest.mark.slow
def test_violence18_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(VIOLENCE18)
    rows = run(lines)
    got = figures(rows)
    print("\nprobe 18, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{VIOLENCE18_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < VIOLENCE18_FLOORS[k]}
    assert not low, f"below the floor: {low}"


def test_violence18_non_events(pipeline: Pipeline) -> None:
    """Anniversaries, verdicts, threats, policies and drills: at least the floor report none."""
    quiet = 0
    for published, source, text in NOT_EVENTS:
        document = pipeline(Article(id="n", text=text, published=published, source=source))
        quiet += primary_event(document) is None
    print(f"\nprobe 18 non-events left without an event: {NOT_EVENTS_FIRST} -> {quiet} of 6")
    assert quiet >= NOT_EVENTS_FLOOR
