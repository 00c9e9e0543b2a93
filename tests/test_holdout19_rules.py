"""Rules written after the nineteenth hold-out round (ACLED-style notes from Africa, 1997-2015),
each tested on sentences for several countries: the armed groups of those years' wars are known
by their ACLED names (data/actors_past.yaml); a group carries the name of its time (Boko Haram
before its 2015 pledge to the Islamic State, the GSPC before it became al-Qaeda in the Islamic
Maghreb) and a country's troops in Somalia are its own military before it joined the African
Union mission; a day that names a square, a bridge or a movement ('May 13 Square', 'the March 23
Movement') dates nothing; 'riot police' is no deed of the crowd; a place taken by name ('captured
Zwedru', 'drove the Islamists out of Jowhar') changed hands; a force that abandoned its barracks
to a group that entered 'without meeting resistance' gave the place up; and men who broke into a
bank and carried off its cash looted it; heavy weapons two sides 'fought with' make a clash, not
shelling; 'forces loyal to former vice president Riek Machar' are the forces the KB knows as loyal
to him; 'the ministry put the toll at 288' counts 288 dead; and state forces carry the ruling
period of their day before 2007 too ('Military Forces of Sierra Leone (1998-2007)')."""

from __future__ import annotations

import pytest
from test_holdout14_rules import report

from eventcoder.document import Event
from eventcoder.pipeline import Pipeline


def _labels(event: Event) -> set[str]:
    return {a.acled_name or a.name for a in event.actors}


PAST_GROUPS = [
    ("On 4 June 1998, RUF rebels attacked the village of Yiraia near Kabala, burning houses and "
     "killing nine villagers.", "RUF: Revolutionary United Front"),
    ("On 7 June 2003, fighters of Liberians United for Reconciliation and Democracy shelled the "
     "outskirts of Monrovia from the Po River bridge.",
     "LURD: Liberians United for Reconciliation and Democracy"),
    ("On 30 May 2003, MODEL rebels attacked government positions at Buchanan and fought soldiers "
     "for several hours.", "MODEL: Movement for Democracy in Liberia"),
    ("On 10 March 2003, militiamen of the Union of Congolese Patriots clashed with Ugandan troops "
     "on the road between Bunia and Mongbwalu.", "UPC: Union of Congolese Patriots"),
    ("On 21 July 2006, Islamic Courts Union fighters clashed with clan militiamen in Burhakaba, "
     "killing five people.", "ICU: Islamic Courts Union"),
    ("On 18 October 2001, UNITA rebels ambushed a truck convoy on the road between Huambo and "
     "Kuito, killing 12 passengers.", "UNITA: National Union for the Total Independence of Angola"),
    ("On 14 February 1998, AFRC soldiers retreating from the capital burned houses in Lunsar and "
     "killed four civilians.", "AFRC: Armed Forces Revolutionary Council"),
    ("On 23 September 1997, gunmen of the Armed Islamic Group killed more than 80 villagers in "
     "Bentalha, south of Algiers.", "GIA: Armed Islamic Group"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "label"), PAST_GROUPS)
def test_groups_of_past_wars_have_their_acled_names(pipeline: Pipeline, text: str,
                                                    label: str) -> None:
    """The RUF, the LURD, MODEL, the UPC, the ICU, UNITA, the AFRC and the GIA are known groups."""
    assert label in _labels(report(pipeline, text))


NAMES_OF_THEIR_TIME = [
    ("On 14 September 2013, Boko Haram gunmen attacked a wedding party near Konduga, killing 17 "
     "guests.", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("On 20 August 2016, Boko Haram gunmen attacked a wedding party near Konduga, killing 17 "
     "guests.", "Boko Haram - Wilayat Gharb Ifriqiyyah"),
    ("On 8 June 2006, a bomb planted by the Salafist Group for Preaching and Combat (GSPC) killed "
     "three soldiers near Boumerdes.", "GSPC: Salafist Group for Preaching and Combat"),
    ("On 8 June 2008, a bomb planted by al-Qaeda in the Islamic Maghreb killed three soldiers near "
     "Boumerdes.", "AQIM: Al Qaeda in the Islamic Maghreb"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "label"), NAMES_OF_THEIR_TIME)
def test_a_group_carries_the_name_of_its_time(pipeline: Pipeline, text: str, label: str) -> None:
    """Boko Haram before March 2015 and the GSPC before 2007 had other ACLED names."""
    assert label in _labels(report(pipeline, text))


TROOPS_IN_SOMALIA = [
    ("On 24 December 2006, Ethiopian troops attacked Islamic Courts positions at Baidoa with "
     "tanks, killing dozens of fighters.", "Military Forces of Ethiopia"),
    ("On 20 November 2011, Kenyan troops clashed with al-Shabaab fighters near Afmadow, killing "
     "ten militants.", "Military Forces of Kenya"),
    ("On 10 March 2016, Kenyan troops clashed with al-Shabaab fighters near Afmadow, killing ten "
     "militants.", "AMISOM: African Union Mission in Somalia"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "head"), TROOPS_IN_SOMALIA)
def test_troops_in_somalia_join_amisom_only_when_their_country_did(pipeline: Pipeline, text: str,
                                                                   head: str) -> None:
    """Ethiopian troops of 2006 and Kenyan troops of 2011 were their countries' own forces."""
    labels = _labels(report(pipeline, text))
    assert any(label.startswith(head) for label in labels), labels


DAYS_IN_NAMES = [
    ("On 26 January 2009, supporters of the mayor left a rally on the May 13 Square and set fire to "
     "the state radio building in Antananarivo.", "2009-01-26"),
    ("On 12 January 2013, hundreds of unemployed graduates gathered at the 14 January Square in "
     "Sidi Bouzid to demand jobs.", "2013-01-12"),
    ("On 27 July 2012, soldiers fought fighters of the March 23 Movement near Rutshuru, killing "
     "six rebels.", "2012-07-27"),
    ("On 5 October 2013, police fired tear gas at marchers on the 6th of October Bridge in Cairo.",
     "2013-10-05"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "day"), DAYS_IN_NAMES)
def test_a_day_that_names_a_place_dates_nothing(pipeline: Pipeline, text: str, day: str) -> None:
    """'May 13 Square', 'March 23 Movement': the note's opening date stands."""
    assert report(pipeline, text).date.start == day


RIOT_POLICE = [
    ("On 25 January 2011, thousands of demonstrators gathered in Tahrir Square in Cairo demanding "
     "the president's resignation. Riot police fired tear gas to clear the square.", "Egypt"),
    ("On 14 April 2011, hundreds of opposition supporters walked to work in Kampala to protest "
     "fuel prices; riot police dispersed them with tear gas.", "Uganda"),
    ("On 3 March 2015, students marched to the education ministry in Nairobi demanding "
     "bursaries; anti-riot units dispersed them with water cannon.", "Kenya"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), RIOT_POLICE)
def test_riot_police_make_no_rioters(pipeline: Pipeline, text: str, country: str) -> None:
    """A crowd that only marched is 'Protesters', whatever the police sent are called."""
    labels = _labels(report(pipeline, text))
    assert f"Protesters ({country})" in labels and f"Rioters ({country})" not in labels


NAMED_PLACE_TAKEN = [
    ("On 2 April 2003, MODEL rebels captured Zwedru (Grand Gedeh) after two days of fighting with "
     "government forces.", "Non-state actor overtakes territory"),
    ("On 27 December 2006, Ethiopian troops drove fighters of the Islamic Courts Union out of "
     "Jowhar (Middle Shabelle) after a short battle.", "Government regains territory"),
    ("On 23 December 2012, Seleka rebels captured Bambari (Ouaka) after a gun battle with "
     "government soldiers.", "Non-state actor overtakes territory"),
    ("On 26 January 2013, French and Malian troops drove the Islamists out of Gao (Gao) after "
     "brief clashes near the airport.", "Government regains territory"),
    ("On 6 March 2011, fighters of the Forces Nouvelles seized Toulepleu (Montagnes) from troops "
     "loyal to Laurent Gbagbo after two days of fighting.", "Non-state actor overtakes territory"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub_type"), NAMED_PLACE_TAKEN)
def test_a_place_taken_by_name_changed_hands(pipeline: Pipeline, text: str, sub_type: str) -> None:
    """'captured Zwedru', 'drove X out of Jowhar': the named place is the territory."""
    assert report(pipeline, text).sub_event_type == sub_type


def test_a_person_seized_is_still_abducted(pipeline: Pipeline) -> None:
    """'seized Ahmed Yusuf (34)': a bracketed age, not a province: a man carried off."""
    event = report(pipeline, "On 3 June 2013, gunmen seized Ahmed Yusuf (34), a trader, from his "
                             "shop in Maiduguri and drove off with him.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_a_person_captured_is_no_territory(pipeline: Pipeline) -> None:
    """'captured Kony's deputy' takes a man, not a place."""
    event = report(pipeline, "On 13 May 2008, soldiers captured Okot Odhiambo's deputy in a raid "
                             "near Gulu, the army said.")
    assert event.sub_event_type not in ("Non-state actor overtakes territory",
                                        "Government regains territory")


GIVEN_UP = [
    "On 1 April 2012, soldiers abandoned their barracks in Timbuktu overnight, and MNLA rebels "
    "entered the city in the morning without meeting resistance.",
    "On 28 January 2013, al-Shabaab fighters vacated their base in Baidoa before dawn, and "
    "Ethiopian troops moved in without meeting any resistance.",
    "On 3 March 2014, M23 fighters abandoned the town of Bunagana and government troops entered "
    "it later that day; they met no resistance.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", GIVEN_UP)
def test_a_place_abandoned_without_a_fight_is_transferred(pipeline: Pipeline, text: str) -> None:
    """Barracks abandoned and a town entered unopposed: a non-violent transfer of territory."""
    assert report(pipeline, text).sub_event_type == "Non-violent transfer of territory"


BROKEN_INTO = [
    "On 24 September 2003, armed men broke into the central bank branch in Bouake and carried off "
    "sacks of banknotes.",
    "On 9 June 2008, soldiers broke into the food aid warehouse in Malakal and carried off bags of "
    "grain.",
    "On 17 November 2012, gunmen broke into the hospital store in Goma and made off with medicine.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", BROKEN_INTO)
def test_a_place_broken_into_and_stripped_was_looted(pipeline: Pipeline, text: str) -> None:
    """'broke into the bank and carried off its cash': looting, not nothing."""
    assert report(pipeline, text).sub_event_type == "Looting/property destruction"


FOUGHT_WITH_HEAVY_WEAPONS = [
    "On 12 May 2003, Hema and Lendu militiamen battled with mortars and machine guns for control of "
    "Bunia, leaving 45 dead.",
    "On 16 March 1999, Ethiopian and Eritrean troops fought with tanks and artillery near Tsorona.",
    "On 9 November 2013, soldiers and M23 rebels fought with rockets and heavy machine guns on the "
    "hills above Bunagana.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", FOUGHT_WITH_HEAVY_WEAPONS)
def test_heavy_weapons_of_a_fight_make_a_clash(pipeline: Pipeline, text: str) -> None:
    """'fought with tanks and artillery': both sides fought, an armed clash."""
    assert report(pipeline, text).sub_event_type == "Armed clash"


def test_mortars_fired_at_a_base_are_still_shelling(pipeline: Pipeline) -> None:
    """Fire no one is said to answer stays shelling."""
    event = report(pipeline, "On 9 July 2014, rebels fired mortars at the army base in Malakal, "
                             "wounding three soldiers.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


TITLED_LOYALTY = [
    ("On 18 January 2014, government troops recaptured Bor from forces loyal to former vice "
     "president Riek Machar.", "SPLA/M-In Opposition"),
    ("On 2 February 2014, rebels loyal to sacked vice president Riek Machar attacked Malakal, "
     "killing 20 soldiers.", "SPLA/M-In Opposition"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "head"), TITLED_LOYALTY)
def test_forces_loyal_to_a_titled_leader(pipeline: Pipeline, text: str, head: str) -> None:
    """The titles between 'loyal to' and the name do not hide whose forces they are."""
    labels = _labels(report(pipeline, text))
    assert any(label.startswith(head) for label in labels), labels


TOLL_PUT_AT = [
    ("On 14 August 2013, security forces cleared a sit-in in Nasr City, Cairo. The health ministry "
     "put the toll at 288.", 288),
    ("On 7 January 2015, gunmen attacked Baga on the shore of Lake Chad. Local officials put the "
     "death toll at 16.", 16),
    ("On 2 May 2012, soldiers and rebels fought near Mutarule. A local chief put the number of dead "
     "at nine.", 9),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "dead"), TOLL_PUT_AT)
def test_a_toll_put_at_a_figure_counts(pipeline: Pipeline, text: str, dead: int) -> None:
    """'put the toll at 288' states the dead."""
    event = report(pipeline, text)
    assert event.fatalities is not None and event.fatalities.best == dead


EARLY_STATE_PERIODS = [
    ("On 16 May 2000, RUF rebels attacked army positions at Lunsar and soldiers fought them off.",
     "Military Forces of Sierra Leone (1998-2007)"),
    ("On 1 April 2012, Malian soldiers clashed with MNLA rebels near Gao, killing four.",
     "Military Forces of Mali (2012-2013)"),
    ("On 28 September 2009, soldiers opened fire on opposition supporters gathered in a stadium in "
     "Conakry, killing 156.", "Military Forces of Guinea (2008-2010)"),
    ("On 21 July 2003, government troops fought LURD rebels on the bridges of Monrovia.",
     "Military Forces of Liberia (1997-2003)"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "label"), EARLY_STATE_PERIODS)
def test_state_forces_before_2007_carry_their_period(pipeline: Pipeline, text: str,
                                                      label: str) -> None:
    """A ruling period of the early years names the state's forces as ACLED does."""
    assert label in _labels(report(pipeline, text))
