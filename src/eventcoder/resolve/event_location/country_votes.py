"""The event's country when the text names no place the gazetteer knows: weigh the whole article.

Evidence, strongest first: an armed group's home country ("Al Shabaab" → Somalia, "Boko Haram" →
Nigeria), the publisher's country (a national outlet mostly covers its own country), country
adjectives and national institutions ("Somali police", "Kenya Defence Forces"). A country adjective
on a military force ("Kenyan forces", "Ethiopian troops") is weak: forces deploy abroad.
"""

from __future__ import annotations

import re
from collections import Counter

from eventcoder.document import Actor, Document, Event
from eventcoder.geoparser.currencies import currency_countries
from eventcoder.geoparser.forces import force_follows, names_force
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.leaders import leader_votes, mission_votes
from eventcoder.geoparser.peoples import doc_people_countries, people_countries
from eventcoder.geoparser.publishers import MIN_PUBLISHER_SHARE
from eventcoder.geoparser.travellers import names_travellers
from eventcoder.geoparser.types import Resolved
from eventcoder.geoparser.unit_words import unit_word_countries
from eventcoder.resolve.event_location.actor_theatres import theatre_votes
from eventcoder.resolve.event_location.unknown_places import unknown_place_names

# A national outlet reports mostly on its own country; an armed group's theatre can cross borders
# (Boko Haram in Cameroon, al-Shabaab in Kenya), so the publisher outweighs a group alone.
W_ARMED_GROUP = 1.5
W_EVENT_ACTOR = 0.4  # extra when the actor takes part in this event
W_PUBLISHER = 2.0
W_COMMUNAL = 0.5  # an ethnic or communal militia ('Fulani militia') spans borders
W_STATE_FORCES = 0.6
W_HOME_FORCES = 1.0
W_GENERIC = 0.2  # a generic actor's country was itself guessed from the text
W_DEMONYM = 1.0
W_FORCE_DEMONYM = 0.3
W_LEADER = 1.0  # a head of state named outright ('President Joseph Kabila')
W_UNIT_WORD = 1.0  # a unit noun of one country's system ('Erer woreda', 'Mapel payam')
W_CURRENCY = 1.0  # a country's own currency ('the naira', 'the Lebanese pound'), like its adjective
W_MISSION = 1.0  # a peace operation with a single host country ('MINUSCA' → Central African Rep.)
# A one-country people ('Konkomba', 'Ijaw'): people travel and live abroad, so a place or a country
# adjective outweighs it, but it names a country where the text names no place.
W_PEOPLE = 0.5
_HOME_KINDS = {"armed group", "political party"}
_COMMUNAL_KINDS = {"militia", "communal group"}
HOME_SERVICE = re.compile(r"\b(?:police|gendarmer\w*|intelligence|national|interior|ministry)\b",
                           re.IGNORECASE)
_STATE_KINDS = {"state forces", "government"}

_MISSION = re.compile(
    r"^[\s-]*(?:[A-Z]{3,}\s+|UN\s+)?(?:[Pp]eacekeep|[Bb]lue\s+[Hh]elmet|AMISOM|ATMIS|MINUSCA|"
    r"MINUSMA|MONUSCO|UNMISS|UNAMID|UNIFIL|MINURSO)"
)


_BASED = re.compile(r"\b([A-Z][\w'’. ]{2,30}?)-based\b")


def based_abroad(text: str) -> set[str]:
    """Countries the text names as some group's base ('the Somalia-based al-Shabaab')."""
    out = set()
    for m in _BASED.finditer(text):
        words = m.group(1).split()
        for k in range(len(words)):  # 'the Somalia-based' → 'Somalia'; 'South Sudan-based'
            hit = next((c.place.cc for c in get_gazetteer().lookup(" ".join(words[k:]))
                        if c.place.kind == "country"), None)
            if hit:
                out.add(hit)
                break
    return out


def namesake_of_other_country(actor: Actor, demonyms: list) -> bool:
    """Every mention of the actor follows another country's adjective ('Ugandan People's Defence
    Force', 'the Kenyan Democratic Party'): the name is shared, the text says whose it is."""
    if not actor.mentions:
        return False
    return all(any(r.place is not None and r.place.cc != actor.country
                   and 0 <= m.start - r.mention.end <= 1 for r in demonyms)
               for m in actor.mentions)


def settled_demonyms(text: str, demonyms: list[Resolved]) -> list[Resolved]:
    """The country adjectives that do not name people by where they come from ('a Syrian refugee
    stabbed six people in Annecy' says who they are, not where the deed was)."""
    return [r for r in demonyms if not names_travellers(text, r.mention.end)]


def force_demonym(text: str, r: Resolved) -> bool:
    """The country adjective names a military force ('Turkish drones', 'Russian and Turkish
    forces', 'Saudi-led coalition'): it says whose force acted, not where."""
    return force_follows(text, r.mention.end)


_FIRST_WORD = re.compile(r"[A-Z][\w'’]+")


def _nationality_word(text: str, start: int, starts: set[int]) -> bool:
    """The mention at ``start`` opens with a country's name or adjective before a force noun: one
    the geoparser resolved as a country adjective (``starts``: 'South Sudanese troops'), or a word
    the gazetteer reads as a country ('Russian soldiers'; before geoparsing, the only reading)."""
    if start in starts:
        return True
    word = _FIRST_WORD.match(text, start)
    return word is not None and names_force(text, start, word.end()) and any(
        c.place.kind == "country" for c in get_gazetteer().lookup(word.group(0)))


def nationality_only(text: str, actor: Actor, starts: set[int] | None = None) -> bool:
    """A state's army named in every mention by its country's adjective and a force noun
    ('Russian soldiers', 'Turkish drones'): such a force deploys abroad, so its country is no
    evidence of the place. Police, gendarmes and national bodies ('Libyan National Army') serve at
    home; a unit's own name ('FARDC soldiers') or a town's adjective ('Misratan forces') is no
    nationality. ``starts``: where the geoparser found a country adjective before a force noun."""
    if actor.kind not in _STATE_KINDS or not actor.mentions or HOME_SERVICE.search(actor.name):
        return False
    return all(_nationality_word(text, m.start, starts or set()) for m in actor.mentions)


def nationality_armies(document: Document, demonyms: list) -> set[str]:
    """Ids of the state forces the text names only by a nationality and a force noun ('Turkish
    drones', 'Rwandan troops'), read with the geoparser's country adjectives."""
    starts = {r.mention.start for r in demonyms if force_demonym(document.text, r)}
    return {a.actor_id for a in document.actors if nationality_only(document.text, a, starts)}


def country_votes(document: Document, event: Event, demonyms: list,
                  publisher: Counter[str] | None, generic: bool = True,
                  forces: bool = True, spelling: bool = True) -> Counter[str]:
    """Votes for the event's country from actors, country adjectives and the publisher
    (``generic=False`` drops generic actors, whose country was guessed from the places;
    ``forces=False`` drops forces named by a nationality, which act abroad as well as at home;
    ``spelling=False`` leaves a group's theatre unmoved by the spelling of unknown places)."""
    votes: Counter[str] = Counter()
    in_event = {ea.actor_id for ea in event.actors if ea.actor_id}
    abroad = based_abroad(document.text)
    foreign_capable = set() if forces else nationality_armies(document, demonyms)
    # The spelling is a tie-breaker among a group's theatre: a publisher outweighs it
    unknown = unknown_place_names(document) if spelling and not publisher else []
    for actor in document.actors:
        if not actor.country or actor.actor_id in foreign_capable:
            continue
        if actor.kind in _HOME_KINDS and actor.country in abroad:
            continue  # 'the Somalia-based group al-Shabaab': the text marks the group as foreign
        if namesake_of_other_country(actor, demonyms):
            continue  # 'Ugandan People's Defence Force': not Myanmar's group of that name
        if actor.known and actor.kind in _HOME_KINDS:
            weight = W_ARMED_GROUP
        elif actor.known and actor.kind in _COMMUNAL_KINDS:
            weight = W_COMMUNAL
        elif actor.known and actor.kind in _STATE_KINDS:
            # Police, gendarmes and intelligence serve at home; armies also deploy abroad.
            weight = W_HOME_FORCES if HOME_SERVICE.search(actor.name) else W_STATE_FORCES
        elif actor.known:
            weight = 0.0  # an international force or mission says nothing of the place
        else:
            weight = W_GENERIC if generic else 0.0
        if actor.known and actor.kind in _HOME_KINDS and actor.actor_id in in_event:
            weight += W_EVENT_ACTOR
        if actor.known and actor.kind in _HOME_KINDS | _COMMUNAL_KINDS:
            # Boko Haram acts in Cameroon too: 'Gouzoudou village' is spelt as Cameroon's are
            votes.update(theatre_votes(actor, weight, unknown))
        else:
            votes[actor.country] += weight
    text = document.text
    seen: set[tuple[int, str]] = set()
    for r in demonyms:
        cc = r.place.cc if r.place is not None else None
        if not cc or (r.mention.start, cc) in seen:
            continue
        seen.add((r.mention.start, cc))
        after = text[r.mention.end : r.mention.end + 40]
        if _MISSION.match(after):
            continue  # 'a Senegalese MINUSCA peacekeeper' serves abroad by definition
        if not force_demonym(text, r):
            votes[cc] += W_DEMONYM
        elif forces:
            votes[cc] += W_FORCE_DEMONYM
    for cc, n in mission_votes(text).items():
        votes[cc] += W_MISSION * n
    for cc, n in leader_votes(text).items():
        votes[cc] += W_LEADER * n
    for cc in unit_word_countries(text):
        votes[cc] += W_UNIT_WORD
    spacy_doc = document.spacy_doc
    for cc in doc_people_countries(spacy_doc) if spacy_doc is not None else people_countries(text):
        votes[cc] += W_PEOPLE
    for cc in currency_countries(text):
        votes[cc] += W_CURRENCY
    votes.update(publisher_part(publisher))
    return votes


def publisher_part(publisher: Counter[str] | None) -> Counter[str]:
    """The publisher's share of the country votes: each country its share of ``W_PUBLISHER``."""
    total = max(1.0, sum((publisher or {}).values()))
    return Counter({cc: W_PUBLISHER * share / total for cc, share in (publisher or {}).items()})


def hint_within_text(publisher: Counter[str] | None, text_votes: Counter[str]) -> Counter[str]:
    """The publisher's votes, those no larger than a once-seen outlet's (``MIN_PUBLISHER_SHARE``)
    kept only for countries the text itself supports: one training line ('Menastream' once in
    Niger) is a hint that chooses among the text's countries, not evidence against a country
    adjective ('Tunisian military'); where the text supports none, the hint stands alone."""
    supported = {cc for cc, v in text_votes.items() if v > 0}
    if not publisher or not supported:
        return publisher or Counter()
    return Counter({cc: v for cc, v in publisher.items()
                    if v > MIN_PUBLISHER_SHARE or cc in supported})


def placeless_country(document: Document, event: Event, demonyms: list,
                      publisher: Counter[str] | None, around: Counter[str] | None = None) -> str | None:
    """The country of an event whose text names no known place, None with a note when only forces
    named by nationality point to it and another country's forces appear too ('Russian military
    police stopped an American patrol'): forces meeting abroad do not say where. ``around``: votes
    of the places the text names that are not the scene (a route's ends, an origin)."""
    around = around or Counter()
    publisher = hint_within_text(publisher, country_votes(document, event, demonyms, None,
                                                          generic=False) + around)
    cc = best_country(country_votes(document, event, demonyms, publisher, generic=False) + around)
    if cc is None or around.get(cc, 0.0) > 0 or country_votes(
            document, event, demonyms, publisher, generic=False, forces=False).get(cc, 0.0) > 0:
        return cc
    # 'Rwandan soldiers' filed as the Rwandan force in Mozambique are one force, not two
    own = {m.start for a in document.actors if a.country == cc for m in a.mentions}
    others = sorted({r.place.cc for r in demonyms if r.place is not None
                     and r.mention.start not in own and force_demonym(document.text, r)} - {cc})
    if not others:
        return cc
    event.notes["location"] = (f"the text names no place the gazetteer knows, only forces of {cc} "
                               f"and {', '.join(others)}; forces act abroad, so their "
                               "nationality does not say where")
    return None


def placeless_note(document: Document, event: Event, demonyms: list,
                   publisher: Counter[str] | None, cc: str,
                   around: Counter[str] | None = None) -> str:
    """Why an event whose text names no known place was put in ``cc``."""
    own = country_votes(document, event, demonyms, None, generic=False)
    if (around or {}).get(cc, 0.0) > 0:
        return ("the text names no place as the event's scene; country from the places it names "
                "otherwise (a route's ends, an origin or destination), its actors and adjectives")
    note = ("the text names no place the gazetteer knows; country from the article's actors, "
            "peoples, country adjectives, currencies and publisher" if any(v > 0 for v in own.values())
            else "the text names no place the gazetteer knows; country from the publisher alone")
    unknown = unknown_place_names(document) if not publisher else []
    if unknown and best_country(country_votes(document, event, demonyms, publisher, generic=False,
                                              spelling=False)) != cc:
        note += (f"; {', '.join(repr(n) for n in unknown)} spelt as {cc}'s places are, among the "
                 "countries where the named group acts")
    return note


# Seats of national government: a protest 'outside the Ministry of Finance' or 'at Parliament'
# happens in the capital when the text names no other place.
_SEAT = re.compile(
    r"\b(?:Ministry\s+of|Ministry|Ministries|Parliament|National\s+Assembly|Presiden(?:tial\s+"
    r"Palace|cy\s+of\s+the\s+Republic)|State\s+House|Prime\s+Minister'?s\s+Office|"
    r"Supreme\s+(?:Administrative\s+|Federal\s+)?Court|Constitutional\s+Court|Senate|"
    r"Council\s+of\s+Ministers)\b"
)


def seat_of_government(text: str) -> str | None:
    """The seat-of-government institution a text names ('Ministry of Finance'), if any."""
    m = _SEAT.search(text)
    return m.group(0) if m else None


def best_country(votes: Counter[str]) -> str | None:
    """The country with the most votes, None on a tie or when there is no evidence."""
    ranked = [(cc, v) for cc, v in votes.most_common(2) if v > 0]
    if not ranked:
        return None
    if len(ranked) > 1 and abs(ranked[0][1] - ranked[1][1]) < 1e-9:
        return None
    return ranked[0][0]


# The evidence a foreign place must be outvoted by: a national publisher, an armed group at home or
# a country adjective on a local institution, not a generic actor's guess.
MIN_OUTVOTE = 1.0
# A place this large is far likelier to be itself than an unknown village's namesake: a country
# adjective alone ('Libyan authorities', 'Congolese nationals') names people, not the scene.
LARGE_PLACE_POP = 50_000
# A city of a million is news wherever the outlet usually reports from: the publisher's country
# alone ('Interfax' on Almaty, a New York paper's Afghan coverage) does not move it.
CITY_OF_MILLIONS_POP = 1_000_000


def firm_text_countries(document: Document) -> set[str]:
    """Countries of the known political parties the article names: parties contest elections and
    rally at home, unlike armed groups, which cross borders; and of the unit nouns it uses
    ('Mapel payam'): a text that counts in a country's own units is about that country."""
    return {a.country for a in document.actors
            if a.known and a.kind == "political party" and a.country} | unit_word_countries(
        document.text)


def outvoted_country(place_cc: str | None, key: str, places: list, demonyms: list,
                     votes: Counter[str], publisher: Counter[str], gid: int = -1,
                     parties: set[str] | None = None, place_votes: Counter[str] | None = None,
                     readings: set[str] | None = None, population: int = 0,
                     text: str = "", own_name: bool = False) -> str | None:
    """The country the article points to when the chosen place lies in a country nothing else in
    the text supports ('Barcelona, Ward 40' in a Cape Town paper about ANC members), else None.
    ``place_votes`` are the countries of the text's other places, ``readings`` the countries where
    the chosen name also names a place, ``population`` the chosen place's; ``text`` is the
    article, in which a country adjective on a force ('Turkish drones') supports no country;
    ``own_name``: the text writes the place's own name ('Buram'), not a short form ('Ward' for
    Ward County)."""
    votes = votes + (place_votes or Counter())
    if not place_cc or votes.get(place_cc, 0.0) > 0:
        return None
    if any(r.place is not None and r.place.cc == place_cc and r.mention.key != key
           and r.place.gid != gid for r in [*places, *demonyms]):
        return None  # the text names that country or another of its places: the place stands
    # ('Kamalu' and 'Kamalu village' are one place, not two pieces of evidence)
    cc = best_country(votes)
    if cc is None or cc == place_cc or votes[cc] < MIN_OUTVOTE:
        return None
    # Armed groups alone cross borders (al-Shabaab in Mandera): a publisher, a country adjective or
    # a political party of that country must be among the evidence.
    # Another place of that country named outright, or a reading of the name itself there
    # ('Leer' is also a town of South Sudan), needs no further support.
    firm = bool(publisher.get(cc)) or cc in (parties or ()) or bool((place_votes or {}).get(cc)) \
        or cc in (readings or ())
    if not firm and not any(r.place is not None and r.place.cc == cc for r in demonyms
                            if not force_demonym(text, r)):
        return None
    if not firm and population >= LARGE_PLACE_POP:
        return None  # 'Congolese nationals marched ... in Cape Town': an adjective names people
    text_support = cc in (parties or ()) or bool((place_votes or {}).get(cc)) \
        or cc in (readings or ()) or any(r.place is not None and r.place.cc == cc for r in demonyms)
    if not text_support and population >= CITY_OF_MILLIONS_POP:
        return None  # only the outlet's usual country speaks against a city of millions
    if own_name and not text_support and votes[cc] - publisher_part(publisher)[cc] <= 1e-9 \
            and population >= LARGE_PLACE_POP:
        # Nothing in the text but the outlet's usual country (no reading of the name there either:
        # 'Berlin' is also a South African village): a town this large named outright ('peace
        # agreement in Buram' in a South Sudanese outlet) is news across the border
        return None
    return cc
