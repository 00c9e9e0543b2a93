"""Doers named through the people who did the act, claims and accusations weighed by who makes
them, and groups described by their trade (sentences written for several countries and
outlets, mixed case and all-capitals wire copy)."""

from __future__ import annotations

import functools

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.pipeline import Pipeline, default_pipeline
from tests.test_attribution_forms import attribute


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def run(text: str) -> Document:
    """The whole pipeline on ``text`` (all-capitals copy is case-restored first)."""
    return _pipeline()(Article(id="t", text=text, published="2024-03-04"))


def named_perpetrators(*events: Event) -> dict[str, tuple[str, str | None]]:
    """name and mention → (attribution, attributed_by) of every perpetrator of the events."""
    out: dict[str, tuple[str, str | None]] = {}
    for event in events:
        for a in event.actors:
            if a.role == "perpetrator":
                for key in (a.name, a.mention):
                    if key:
                        out[key] = (a.attribution, a.attributed_by)
    return out


def _find(perps: dict[str, tuple[str, str | None]], name: str) -> tuple[str, str | None]:
    found = [n for n in perps if name.lower() in n.lower()]
    assert found, perps
    return perps[found[0]]


@pytest.mark.parametrize("text, name, attribution", [
    ("Gunmen believed to be from the Allied Democratic Forces killed nine villagers near Beni "
     "on Tuesday.", "Allied Democratic Forces", "suspected"),
    ("Attackers, thought to be members of the Taliban, stormed a checkpoint in Helmand on "
     "Sunday and killed six policemen.", "Taliban", "suspected"),
    ("Three men who are suspected to be from the New People's Army shot a village chief in "
     "Samar on Friday.", "New People's Army", "suspected"),
    ("Hitmen paid by the Sinaloa Cartel killed a police chief in Culiacan on Monday.",
     "Sinaloa Cartel", "stated"),
    ("A car bomb exploded outside the security headquarters in Bogota, killing four. The "
     "Medellin Cartel planned the attack, a police spokesman said.", "Medell", "confirmed"),
    ("A bomb killed six people at a bus station in Kano. The attack was ordered by a Boko "
     "Haram commander, police said.", "Boko Haram", "confirmed"),
    ("The prosecutor implicated two colonels and seven members of the armed forces in "
     "the killing of three nuns in Santa Tecla.", "Military Forces", "accused"),
    ("Two policemen were shot dead in Kandahar on Monday by the Haqqani Network's gunmen, "
     "officials said.", "Haqqani", "confirmed"),
    ("The army claimed that the mayor of Gao was killed by Katiba Macina fighters on Sunday.",
     "Jama'at Nasr al-Islam wal Muslimin", "accused"),
    ("The Taliban said Taliban fighters killed six policemen in an attack on a checkpoint in "
     "Kunduz on Sunday.", "Taliban", "claimed"),
    ("A right-wing death squad shot dead two trade unionists in Medellin on Friday.",
     "right-wing death squad", "stated"),
    ("A trade union organiser was shot on 9 June in Quetzaltenango, apparently by extreme "
     "rightist groups.", "extreme rightist groups", "suspected"),
    ("A bomb wrecked a bank branch in Cali this morning, in a fresh attack attributed to the "
     "drug trafficking rings based in the valley.", "drug trafficking rings", "suspected"),
    ("A grenade went off at the town hall of Zacatecoluca on Monday. It is presumed that the "
     "blast was the work of urban commandos of the Farabundo Marti National Liberation Front.",
     "Farabundo Marti National Liberation Front", "suspected"),
    ("A car bomb killed a judge in Lima on Friday. It could have been the Shining Path, the "
     "minister said.", "Shining Path", "suspected"),
])
def test_linked_doers(text: str, name: str, attribution: str) -> None:
    assert _find(named_perpetrators(attribute(text)), name)[0] == attribution


@pytest.mark.parametrize("text, name, attribution", [
    ("AREQUIPA, 12 NOV 90 (EFE) -- A BOMB WENT OFF TONIGHT AT A BAKERY IN YANAHUARA. GUERRILLAS "
     "OF THE RED DAWN REVOLUTIONARY MOVEMENT HAVE CLAIMED CREDIT FOR THE BLAST IN LEAFLETS "
     "LEFT AT THE SCENE, POLICE SAID.", "Red Dawn Revolutionary Movement", "claimed"),
    ("LA CEIBA, 19 OCT 90 -- THE MORAZAN POPULAR LIBERATION MOVEMENT CLAIMED RESPONSIBILITY "
     "TODAY FOR BLOWING UP A FUEL DEPOT IN CHOLUTECA.",
     "Morazan Popular Liberation Movement", "claimed"),
    ("POPAYAN, 21 AUG 90 -- GUNMEN BELIEVED TO BE FROM THE RICARDO FRANCO FRONT SHOT A "
     "PROSECUTOR IN POPAYAN LAST NIGHT.", "Ricardo Franco Front", "suspected"),
    ("CUCUTA, 14 OCT 90 -- A CARGO TRUCK WAS BLOWN UP BY DRUG TRAFFICKING GANGS WHILE IT WAS "
     "PARKED AT THE BUS TERMINAL OF CUCUTA LAST NIGHT.", "DRUG TRAFFICKING GANGS", "stated"),
    ("SANTA ANA, 3 APR 90 -- THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] TONIGHT "
     "CLAIMED IT SHOT DOWN A SPOTTER PLANE AND SHELLED A GARRISON IN CABANAS.",
     "Farabundo Marti National Liberation Front", "claimed"),
    ("CLANDESTINE, 22 FEB 90 (RADIO FARABUNDO MARTI) -- THE FARABUNDO MARTI NATIONAL "
     "LIBERATION FRONT [FMLN] ANNOUNCES THAT ITS UNITS RAIDED ARMY OUTPOSTS ALONG THE "
     "PANAMERICAN HIGHWAY.", "Farabundo Marti National Liberation Front", "claimed"),
    ("SAN MIGUEL, 9 JUN 90 -- [COMMUNIQUE] [FARABUNDO MARTI NATIONAL LIBERATION FRONT] "
     "[TEXT] ON 8 JUNE OUR URBAN COMMANDOS RAIDED THE TREASURY POLICE BARRACKS IN SAN "
     "MIGUEL, KILLING THREE AGENTS.", "Farabundo Marti National Liberation Front", "claimed"),
])
def test_wire_copy(text: str, name: str, attribution: str) -> None:
    assert _find(named_perpetrators(*run(text).events), name)[0] == attribution


@pytest.mark.parametrize("text, absent", [
    ("The army claimed that the mayor of Gao was killed by Katiba Macina fighters on Sunday.",
     "Military Forces of Mali"),
    ("Men paid by the mayor repaired the road in Huancayo. Shining Path guerrillas attacked a "
     "police post in Huanta on Monday.", "mayor"),
    ("Officials believed to be from the ruling party met the governor in Harare. Gunmen killed "
     "two farmers in Chipinge on Monday.", "ruling party"),
    ("A bomb killed three people at a market in Mogadishu on Saturday. Al-Shabaab has carried "
     "out attacks in the past in the city.", "Al-Shabaab"),
    ("A bomb killed two soldiers in Arauca. The ELN, a leftist group founded in 1964, met "
     "government envoys in Havana on Monday.", "leftist group"),
    ("The project involved engineers of the Nile Company. A bomb killed two people in Juba.",
     "Nile Company"),
])
def test_no_perpetrator(text: str, absent: str) -> None:
    perps = named_perpetrators(attribute(text))
    assert not [n for n in perps if absent.lower() in n.lower()], perps


def test_described_group_is_unidentified_armed_group() -> None:
    event: Event = attribute("Drug trafficking gangs blew up a lorry at the bus terminal of "
                             "Cucuta, Colombia, on Sunday.")
    gang = [a for a in event.actors if a.mention and "gangs" in a.mention]
    assert gang and gang[0].acled_name == "Unidentified Armed Group (Colombia)"
    assert gang[0].role == "perpetrator"


def test_guerrilla_commandos_are_not_the_army() -> None:
    event = attribute("Urban guerrilla commandos dynamited a water main in Santa Ana on Friday, "
                      "cutting supplies to the eastern districts.")
    assert not [a for a in event.actors if a.name.startswith("Military Forces")], event.actors


def test_charged_with_a_death() -> None:
    event = attribute("Two journalists were shot dead in Soyapango on Saturday. Eight soldiers "
                      "have been charged with the death of the journalists.")
    army = [a for a in event.actors if a.name.startswith("Military Forces")]
    assert army and (army[0].role, army[0].attribution) == ("perpetrator", "accused")
