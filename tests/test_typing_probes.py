"""Sub-event types on reports from regions the training notes do not cover.

Short reports written for South and South-East Asia and Latin America (Myanmar, India, Pakistan,
Afghanistan, the Philippines, Indonesia, Thailand, Bangladesh, Cambodia, Colombia, Mexico,
Honduras, Peru, Chile, Ecuador), one or more per sub-event type, each with the type and sub-event
type the ACLED codebook gives it. "Battles|Explosions/Remote violence" accepts either type.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

PROBES: list[tuple[str, str, str]] = [
    ('Pakistani troops shelled Indian army posts along the Line of Control in Poonch on 3 May '
     '2021, the Indian army said.',
     'Battles|Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('On 14 June 2021, Myanmar military artillery fire hit the village of Mindat in Chin state, '
     'destroying several homes.',
     'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('A US drone strike killed two suspected militants in North Waziristan on 9 March 2020.',
     'Explosions/Remote violence', 'Air/drone strike'),
    ('Myanmar air force jets bombed a KIA position near Laiza in Kachin state on 2 April 2021.',
     'Explosions/Remote violence', 'Air/drone strike'),
    ('On 5 July 2021, unidentified men hurled a grenade at a police post in Srinagar, wounding '
     'two policemen.',
     'Explosions/Remote violence', 'Grenade'),
    ('A suicide bomber blew himself up outside a mosque in Quetta on 8 January 2021, killing six'
     ' worshippers.',
     'Explosions/Remote violence', 'Suicide bomb'),
    ('An improvised explosive device went off beside a military truck in Sulu province on 12 '
     'August 2021, injuring three soldiers.',
     'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('Gunmen abducted a rancher from his farm in Tamaulipas state on 20 March 2021.',
     'Violence against civilians', 'Abduction/forced disappearance'),
    ('On 4 May 2021, two soldiers raped a woman in a village in Rakhine state, her family said.',
     'Violence against civilians', 'Sexual violence'),
    ('Suspected gang members shot dead a bus driver in San Pedro Sula, Honduras, on 17 February '
     '2021.',
     'Violence against civilians', 'Attack'),
    ('Colombian army troops clashed with ELN guerrillas in rural Arauca on 11 May 2021; two '
     'rebels died.',
     'Battles', 'Armed clash'),
    ("Philippine troops recaptured the town of Marawi's last districts from Maute fighters on 16"
     ' October 2017.',
     'Battles', 'Government regains territory'),
    ('Taliban fighters seized control of the district centre of Dand-e-Ghori in Baghlan on 2 '
     'June 2021 after government forces withdrew.',
     'Strategic developments', 'Non-violent transfer of territory'),
    ('Taliban fighters captured the district centre of Jalrez in Wardak on 5 June 2021 after two'
     ' days of heavy fighting with Afghan security forces.',
     'Battles', 'Non-state actor overtakes territory'),
    ('Afghan commandos retook the district of Dawlat Abad in Faryab from the Taliban on 8 July '
     '2021 after fierce clashes.',
     'Battles', 'Government regains territory'),
    ('On 5 March 2021, Indian troops fired mortar rounds at militants hiding in a village in '
     'Kupwara.',
     'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('A Thai ranger was wounded when a roadside bomb exploded as his patrol passed in Narathiwat'
     ' on 3 March 2021.',
     'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('Unknown attackers threw a grenade into a bar in Tijuana on 12 April 2021, injuring four '
     'customers.',
     'Explosions/Remote violence', 'Grenade'),
    ('On 17 July 2021, Indonesian police arrested five suspected JAD militants in Makassar.',
     'Strategic developments', 'Arrests'),
    ('Rioters looted supermarkets and set fire to a police station in Santiago on 18 October '
     '2019.',
     'Riots', 'Violent demonstration'),
    ('Hundreds of farmers blocked a highway near Lahore on 4 March 2021 to protest wheat prices;'
     ' police fired tear gas to clear them.',
     'Protests', 'Protest with intervention'),
    ('Members of the Gulf Clan shot dead a social leader in Tumaco, Narino, on 9 February 2021.',
     'Violence against civilians', 'Attack'),
    ('Maoist rebels abducted two engineers from a road construction site in Bijapur, '
     'Chhattisgarh, on 1 March 2021.',
     'Violence against civilians', 'Abduction/forced disappearance'),
    ('On 2 April 2021, Karen National Union fighters overran a Myanmar army outpost on the '
     'Salween river after a gun battle.',
     'Battles', 'Non-state actor overtakes territory'),
    ('The ELN announced a unilateral ceasefire for the presidential elections on 10 May 2022.',
     'Strategic developments', 'Agreement'),
    ('Police in Quito defused a bomb left outside a bank on 2 March 2021.',
     'Strategic developments', 'Disrupted weapons use'),
    ('On 6 March 2021, hundreds of garment workers marched peacefully in Dhaka to demand unpaid '
     'wages.',
     'Protests', 'Peaceful protest'),
    ('Police dispersed a sit-in by teachers outside the education ministry in Tegucigalpa with '
     'tear gas on 3 June 2021.',
     'Protests', 'Protest with intervention'),
    ('Security forces opened fire on unarmed protesters in Mandalay on 3 March 2021, killing '
     'eight of them.',
     'Protests', 'Excessive force against protesters'),
    ('Protesters threw stones at police and set fire to a bus in Lima on 14 November 2020.',
     'Riots', 'Violent demonstration'),
    ('A mob lynched a man accused of theft in a village in Assam on 9 June 2021.',
     'Riots', 'Mob violence'),
    ('Police arrested 12 opposition activists in Phnom Penh on 20 February 2021.',
     'Strategic developments', 'Arrests'),
    ('Gang members looted shops and warehouses in Cali on 30 April 2021; no one was hurt.',
     'Strategic developments', 'Looting/property destruction'),
    ('Soldiers defused a landmine planted on a road near Cotabato City on 7 September 2021.',
     'Strategic developments', 'Disrupted weapons use'),
    ("The New People's Army announced on 4 April 2021 that it had formed a new command in Samar "
     'province.',
     'Strategic developments', 'Change to group/activity'),
    ('The Arakan Army established a new headquarters in Paletwa township on 10 January 2021.',
     'Strategic developments', 'Headquarters or base established'),
    ('Police seized 40 rifles and a cache of ammunition from a house in Sinaloa on 2 February '
     '2021.',
     'Strategic developments', 'Disrupted weapons use'),
    ('Government forces and the MILF signed a ceasefire agreement in Cotabato on 3 March 2021.',
     'Strategic developments', 'Agreement'),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events, typing and dates (the date-bound codebook conventions run with the dates)."""
    return Pipeline(stages=("events", "typing", "dates"))


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), PROBES)
def test_probe_sub_event_type(pipe: Pipeline, text: str, event_type: str,
                              sub_event_type: str) -> None:
    """The main event gets the codebook's type and sub-event type."""
    events = pipe(Article(id="p", text=text, published="2021-06-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    assert event.event_type in event_type.split("|"), (text, event.event_type)
    assert event.sub_event_type == sub_event_type, (text, event.sub_event_type)
