"""Where each event happened, chosen among the article's resolved toponyms.

Rules, in order of strength: a toponym in the event's sentences inside a locative phrase ("in/at/
near X") or governed by the trigger; the dateline ("KARACHI:"); the place the article names most.
A toponym is never the event's place when it is a group's base ("based in Punjab"), a destination
("went to Syria"), an origin ("militants from Punjab") or where a speaker was ("told reporters in
Islamabad"). For a place the gazetteer lacks, the smallest named unit holding it stands in."""

from __future__ import annotations

import re

from eventcoder.document import Document, Event
from eventcoder.geoparser.gazetteer import DEMONYM, KIND_RANK, Place, get_gazetteer
from eventcoder.geoparser.name_heads import compass_only
from eventcoder.geoparser.publishers import firm_publisher_votes, publisher_votes
from eventcoder.geoparser.types import Resolved
from eventcoder.nlp.doc_cache import sentences_text
from eventcoder.resolve.event_location import containing_unit, cues, dateline_place, possessed
from eventcoder.resolve.event_location.background_places import yields_to_article
from eventcoder.resolve.event_location.bracket_units import address_of_found_place
from eventcoder.resolve.event_location.city_districts import locate_by_district
from eventcoder.resolve.event_location.country_votes import (
    country_votes,
    firm_text_countries,
    outvoted_country,
    placeless_country,
    placeless_note,
    seat_of_government,
    settled_demonyms,
)
from eventcoder.resolve.event_location.lone_namesake import lone_small_place, relocate_lone
from eventcoder.resolve.event_location.org_places import org_fallback, org_name_around
from eventcoder.resolve.event_location.own_unit import names_own_unit
from eventcoder.resolve.event_location.place_prior import locate_by_prior
from eventcoder.resolve.event_location.place_votes import (
    beside_scene_votes,
    home_conflict_countries,
    named_population,
    names_itself,
    other_place_votes,
    readings_in,
)
from eventcoder.resolve.event_location.records import SOVEREIGN, location_of
from eventcoder.resolve.event_location.seat_metonym import drop_metonyms
from eventcoder.resolve.event_location.shared_features import place_on_shared_feature
from eventcoder.resolve.event_location.toponym_score import (
    EXCLUDE_AFTER,
    EXCLUDE_BEFORE,
    place_features,
    place_score,
)
from eventcoder.resolve.event_location.word_prior import locate_by_words

# '30 km north-east of X', '10kms from X', '(about 80 km west of X)': X is a reference point.
_REFERENCE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?)\b[\s)]*(?:[\w-]+\s+){0,3}?"
    r"(?:of|from)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$",
    re.IGNORECASE,
)
FAR_KM = 80.0  # beyond this a reference town's point misplaces the event by more than we allow


def locate_events(document: Document, resolved: list[Resolved]) -> None:
    """Fill event.location (+ evidence 'location') for every event of the document."""
    if not document.events:
        return
    doc = document.spacy_doc
    sents = list(doc.sents)
    places, demonyms = candidate_places(document, resolved)
    places = drop_metonyms(document, places)  # 'imposed by Beijing' names a state, not the scene
    dateline = next((r for r in places if r.mention.source == "DATELINE"), None)
    # A name inside an organisation's ('the Peshawar Press Club') places an event only as a fallback.
    org_places = [r for r in places if r is not dateline
                  and org_name_around(document, r.mention.start, r.mention.end)]
    places = [r for r in places if not any(r is o for o in org_places)]
    for event in document.events:
        try:
            _locate(document, event, places, sents, dateline, demonyms, org_places)
        except (IndexError, ValueError):  # odd offsets must not sink the article
            event.notes.setdefault("location", "could not be resolved")


def candidate_places(document: Document, resolved: list[Resolved]) -> tuple[list[Resolved],
                                                                            list[Resolved]]:
    """(places that can be an event's place, country adjectives) among the resolved toponyms."""
    places = [r for r in resolved if r.place is not None and (
        not _is_demonym(r) or cues.ON_SOIL.match(document.text[r.mention.end : r.mention.end + 40]))]
    demonyms = [r for r in resolved if r.place is not None and _is_demonym(r)]
    return places, demonyms


def _outvoted(document: Document, event: Event, choice: Resolved, places: list[Resolved],
              demonyms: list[Resolved]) -> bool:
    """Move the event off a namesake abroad: to the unit named after it, a same-name place, or a country."""
    place = choice.place
    if place is None or place.kind in ("country", "continent"):
        return False
    if place_on_shared_feature(document, event, choice, demonyms):  # 'near Lake Chad'
        return True
    if containing_unit.place_in_named_unit(document, event, choice, places):  # 'Puli Alam city, Logar'
        return True
    publisher = firm_publisher_votes(document.article.source, document.article.url,
                                     readings := readings_in(choice))
    if names_own_unit(choice, publisher):
        return False  # 'Kitui county': the text says which unit it means
    demonyms = settled_demonyms(document.text, demonyms)  # not 'a Syrian refugee': an origin
    firm = firm_text_countries(document) | home_conflict_countries(document, demonyms)
    votes = country_votes(document, event, demonyms, publisher, generic=False, forces=False)
    cc = outvoted_country(place.cc, choice.mention.key, places, demonyms, votes, publisher,
                          place.gid, firm, around := other_place_votes(places, choice), readings,
                          named_population(choice), document.text, names_itself(choice))
    if cc is None and lone_small_place(choice, votes + around) and not demonyms:
        return relocate_lone(document, event, choice)  # 'Koya': a village's namesake in Japan
    if (country := get_gazetteer().country(cc) if cc else None) is None:
        return False
    if SOVEREIGN.get(place.cc) == cc:
        return False  # 'Noumea' with 'the French Pacific territory': France's own territory
    m = choice.mention
    same = next((s.place for s in choice.ranked if s.place.cc == cc), None)
    if same is not None:
        event.location = location_of(same, m.text, m.start, m.end)
        event.add_evidence("location", m.start, m.end, document.text)
        event.notes["location"] = (f"'{m.text}' also names a place in {place.cc}, but the article "
                                   f"points to {cc}")
        return True
    inside = next((r for r in places if r.place is not None and r.place.cc == cc
                   and r.place.kind not in ("country", "continent")
                   and not compass_only(r.mention.text)
                   and r.mention.sent in set(event._sentences)), None)
    if inside is not None:  # 'at Maryland, a major artery of Lagos State': the unit it lies in
        im = inside.mention
        event.location = location_of(inside.place, im.text, im.start, im.end)
        event.add_evidence("location", im.start, im.end, document.text)
        event.notes["location"] = (f"'{m.text}' matched only a place in {place.cc}; placed at "
                                   f"{inside.place.name}, which the event's sentences name")
        return True
    if place.fcode in ("PPLC", "PPLG"):
        return False  # a national capital is news abroad too ('sources in Pretoria said')
    event.location = location_of(country)
    event.notes["location"] = (f"'{m.text}' matched only a place in {place.cc}, while the article's "
                               f"publisher, actors and country adjectives point to {cc}; placed at "
                               "country level")
    return True


def _is_demonym(r: Resolved) -> bool:
    return bool(r.ranked) and r.ranked[0].flag == DEMONYM


def _locate(document: Document, event: Event, places: list[Resolved], sents, dateline,
            demonyms: list[Resolved], org_places: list[Resolved] | None = None) -> None:
    text = document.text
    sent_ids = set(event._sentences)
    best: tuple[float, Resolved, str] | None = None
    local: tuple[float, Resolved, str] | None = None
    for r in places:
        if r.mention.sent not in sent_ids or r is dateline or address_of_found_place(text, r, places):
            continue  # the dateline is a fallback (or _refine); a bracket only an address
        score, why = place_score(document, event, r)
        if score is None:
            continue
        if best is None or dateline_place.beats(score, r, best, dateline):
            best = (score, r, why)
        if r.place.kind in ("city", "adm2") and reference_distance(text, r.mention.start) is None and (
            local is None or score > local[0]
        ):
            local = (score, r, why)
    if best is not None and local is not None and local[0] > 0 and best[1].place.kind != "country" \
            and reference_distance(text, best[1].mention.start) is not None:
        best = local  # '30 km north of Beletweyne' is a reference point: the named place wins
    choice: Resolved | None = None
    yielded = None  # a country named only where an earlier deed happened, given up
    note = None  # set only when the place is a fallback, so the record says how it was placed
    if best is not None and best[0] > 0:
        choice = _refine(best[1], places + (org_places or []), sent_ids, document, event)
    elif dateline is not None and (scene := dateline_place.scene_beyond_dateline(
            places, dateline, sent_ids | cues.other_events_sentences(document, event),
            lambda r: place_features(document, event, r), KIND_RANK)):
        choice, note = scene, "the event's sentences name no place; placed at a smaller place the "\
            "report names as a scene in the dateline's country"
    elif dateline is not None and not dateline_place.filed_abroad(places, dateline, sent_ids):
        choice, note = dateline, "the event's sentences name no place; placed at the dateline"
    else:
        choice = _dominant(places, document, event)
        if choice is not None and yields_to_article(document, event, choice, places, demonyms):
            # 'a strike following the arrest in Nigeria of ...' by a Cameroonian outlet
            yielded, choice = choice.mention.text, None
        note = ("the event's sentences name no place; placed at the place the article names "
                "most") if choice else None
    if choice is None and (org_fallback(document, event, org_places or [], sent_ids)
                           or org_fallback(document, event, org_places or [],
                                           set(range(len(sents))))):
        return
    if choice is None:
        if not locate_by_prior(document, event) and not locate_by_district(document, event):
            _place_by_country(document, event, demonyms, places)
        if yielded and event.location is not None:
            event.notes["location"] = (f"'{yielded}' is named only where an earlier deed happened; "
                                       + event.notes.get("location", ""))
        return
    if _outvoted(document, event, choice, places, demonyms):
        return
    place = choice.place
    assert place is not None
    m = choice.mention
    precision = place.precision
    missing = cues.unresolved_place_near(document, event, m)
    far = reference_distance(text, m.start)
    if far is not None and far >= FAR_KM and place.kind == "city":
        # '(about 80 km west of Kandahar)': the event is elsewhere in the same region.
        unit = get_gazetteer().admin1(place)
        if unit is not None:
            event.location = location_of(unit, m.text, m.start, m.end, "admin1")
            event.notes["location"] = (
                f"named only as {far:g} km from {place.name}; placed in its province {unit.name}")
            event.add_evidence("location", m.start, m.end, text)
            return
    if missing:
        event.notes["location"] = (
            f"'{missing}' is not in the gazetteer; placed at the containing {place.precision} "
            f"{place.name}"
        )
    elif note:
        event.notes["location"] = note
    event.location = location_of(place, m.text, m.start, m.end, precision)
    event.add_evidence("location", m.start, m.end, text)


def _place_by_country(document: Document, event: Event, demonyms: list[Resolved],
                      places: list[Resolved]) -> None:
    """Place an event whose text names no usable place at a seat of government or in a country."""
    publisher = publisher_votes(document.article.source, document.article.url)
    # Generic actors took their country from this same evidence: counting them again
    # would let 'civilians (Nigeria)' beside Boko Haram outvote a Cameroonian publisher.
    around = beside_scene_votes(places)  # 'travelling from Garsen to Lamu': in Kenya
    cc = placeless_country(document, event, demonyms, publisher, around)
    country = get_gazetteer().country(cc)
    own = sentences_text(document.spacy_doc, event._sentences)
    seat = seat_of_government(own) if country is not None else None
    capital = get_gazetteer().capital(cc) if seat else None
    if capital is not None:
        event.location = location_of(capital)
        event.notes["location"] = (f"the text names no place; '{seat}' is a seat of national "
                                   "government, placed at the capital of the country the article points to")
        return
    if country is not None:
        event.location = location_of(country)
        event.notes["location"] = placeless_note(document, event, demonyms, publisher, cc, around)
        return
    if "location" in event.notes or not locate_by_words(document, event):  # learned words last
        event.notes.setdefault("location", "the article names no place for this event")


def reference_distance(text: str, start: int) -> float | None:
    """The distance in km when the place at ``start`` follows '<n> km <direction> of', else None."""
    m = _REFERENCE.search(text[max(0, start - 60) : start])
    if m is None:
        return None
    value = float(m.group(1).replace(",", "."))
    unit = text[max(0, start - 60) : start][m.end(1) :].strip().lower()
    return value * 1.609 if unit.startswith("mi") else value


def _refine(choice: Resolved, places: list[Resolved], sent_ids: set[int], document: Document,
            event: Event) -> Resolved:
    """Prefer a more specific place inside the chosen one in the same sentences ('in Sindh, in
    Karachi'; a body's town: 'the Kaduna Polytechnic in Kaduna State'), a named one over the dateline."""
    gaz = get_gazetteer()
    chosen = choice.place
    assert chosen is not None
    if chosen.kind == "city":  # but 'Chittagong's Hathazari upazila' is at Hathazari
        return possessed.possessed_place(document.text, choice, places, sent_ids)
    inner = [
        r for r in places
        if r.mention.sent in sent_ids and r.place is not None
        and KIND_RANK[r.place.kind] > KIND_RANK[chosen.kind] and gaz.contains(chosen, r.place)
        and (r.mention.source == "DATELINE" or place_score(document, event, r)[0] is not None)
    ]
    if inner:
        return max(inner, key=lambda r: (r.mention.source != "DATELINE", KIND_RANK[r.place.kind]))
    return choice


def _dominant(places: list[Resolved], document: Document, event: Event) -> Resolved | None:
    """The most named town or province, else country (one named as the scene first: 'in Mali')."""
    counts: dict[int, list[Resolved]] = {}
    body_ccs = {p.place.cc for p in places if p.mention.source != "DATELINE" and p.place is not None}
    # A dateline counts as a mention when the body names its country: the report was filed at home
    # ('GUATEMALA CITY, 4 FEB 90 --' over a body on Peten); one filed abroad names another land only.
    for r in (p for p in places if p.mention.source != "DATELINE" or p.place.cc in body_ccs):
        if EXCLUDE_BEFORE.search(document.text[max(0, r.mention.start - 60) : r.mention.start]) \
                or EXCLUDE_AFTER.match(document.text[r.mention.end : r.mention.end + 20]) \
                or cues.elsewhere(document, event, r) \
                or (r.place.kind == "country" and cues.topic_country(document, event, r)):
            continue
        counts.setdefault(r.place.gid, []).append(r)
    if not counts:
        return None

    def key(item: tuple[int, list[Resolved]]) -> tuple[bool, bool, bool, int, int, int]:
        place: Place = item[1][0].place  # 'on Rwandan soil' says where, 'a DRC soldier' whose
        return (place.kind not in ("country", "continent"), any(_is_demonym(r) for r in item[1]),
                place.kind == "country" and any(map(cues.named_as_scene, item[1])), len(item[1]),
                KIND_RANK.get(place.kind, 0), -item[1][0].mention.start)

    return max(counts.items(), key=key)[1][0]
