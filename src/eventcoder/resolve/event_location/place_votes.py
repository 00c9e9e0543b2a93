"""Country evidence from the article's other places, for a name that matched only a place abroad.

One small name ('Maryland', 'Fallujah', 'Mbeya') may match a town or province in another country
while the rest of the text names places of one country ('a major artery of Lagos State', 'South
Darfur's East Jebel Marra'). Places named outright weigh more than actors (armed groups and armies
cross borders) and a province more than a town (province names are rarely shared). A country named
outright is not counted here: it is as often the topic of a side remark ('the arrest in Nigeria')
as the scene, and the event-place rules already weigh it.
"""

from __future__ import annotations

from collections import Counter

from eventcoder.document import Document
from eventcoder.geoparser.gazetteer import OFFICIAL
from eventcoder.geoparser.name_heads import compass_only
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.types import Resolved
from eventcoder.resolve.event_location.country_votes import nationality_armies
from eventcoder.resolve.event_location.place_prior import prior_votes

# A province or district named outright is close to proof of the country; a town, which shares its
# name more often, half of that.
W_ADMIN_PLACE = 1.0
W_TOWN_PLACE = 0.5
# Where no place is the scene, the places named beside it (a route's ends, an origin, a
# destination) weigh as much as an armed group at home (W_ARMED_GROUP + W_EVENT_ACTOR): a route's
# two towns or one province outweigh a group, which crosses borders.
W_BESIDE_SCENE = 2.0


def other_place_votes(places: list[Resolved], choice: Resolved) -> Counter[str]:
    """Votes per country code from the places the text names besides the chosen one (one vote per
    place, however often it is named; countries and places found by the gazetteer alone do not
    vote), and from the training records' coding of the chosen name (``place_prior``)."""
    key, gid = choice.mention.key, choice.place.gid if choice.place else -1
    return prior_votes(key, readings_in(choice), choice.place) + named_place_votes(places, key, gid)


def named_place_votes(places: list[Resolved], key: str = "", gid: int = -1) -> Counter[str]:
    """Votes per country code from the towns and units the text names (one per place, however
    often named; not ``key``'s or ``gid``'s, not countries, not places found by the gazetteer
    alone). Where no place is the event's scene, the places named as a route's ends, an origin or
    a destination still tell the country: 'a vehicle travelling from Garsen to Lamu' is in Kenya."""
    votes: Counter[str] = Counter()
    seen: set[int] = set()
    for r in places:
        p = r.place
        if p is None or not p.cc or (key and r.mention.key == key) or p.gid in (gid, *seen):
            continue
        if p.kind in ("country", "continent") or r.mention.source == "GAZ_STRONG":
            continue
        if compass_only(r.mention.text):
            continue  # 'Zamfara State, North West': a zone's name many countries share
        seen.add(p.gid)
        votes[p.cc] += W_ADMIN_PLACE if p.kind in ("adm1", "adm2") else W_TOWN_PLACE
    return votes


def beside_scene_votes(places: list[Resolved]) -> Counter[str]:
    """Country votes of the places named when none of them is the event's scene (see
    ``named_place_votes``), at the weight of a place named outright beside an armed group."""
    return Counter({cc: W_BESIDE_SCENE * v for cc, v in named_place_votes(places).items()})


def named_population(choice: Resolved) -> int:
    """The chosen place's population when the text spells its own or official name, else 0: a
    near spelling or an alternate one ('Kafe' for Kafue) is as weak a reading as a village's,
    however large the town."""
    place = choice.place
    if place is None or choice.mention.source == "FUZZY":
        return 0
    flags = [s.flag for s in choice.ranked if s.place.gid == place.gid]
    return place.pop if flags and min(flags) <= OFFICIAL else 0


def names_itself(choice: Resolved) -> bool:
    """The text writes the chosen place's own name ('Buram' for Burām), not a form of it without
    its unit word ('Ward' for Ward County) nor a near spelling."""
    return choice.place is not None and norm(choice.mention.text) == norm(choice.place.name)


def readings_in(choice: Resolved) -> set[str]:
    """Countries in which the chosen name has a gazetteer reading ('Leer': DE and SS)."""
    return {s.place.cc for s in choice.ranked if s.place.cc}


_STATE_KINDS = {"state forces", "government"}
_REBEL_KINDS = {"armed group", "militia"}


def home_conflict_countries(document: Document, demonyms: list | None = None) -> set[str]:
    """Countries whose own state forces and one of whose own armed groups the text both names
    ('FARDC' and 'Mai-Mai', 'Tatmadaw' and 'Arakan Army'): an army fighting its country's rebels
    fights at home, while an army alone, or a group alone, also acts abroad."""
    # An army named only by its nationality ('Turkish drones' beside the PKK) may be abroad.
    abroad = nationality_armies(document, demonyms or [])
    known = [a for a in document.actors if a.known and a.country and a.actor_id not in abroad]
    state = {a.country for a in known if a.kind in _STATE_KINDS}
    rebels = {a.country for a in known if a.kind in _REBEL_KINDS}
    return state & rebels
