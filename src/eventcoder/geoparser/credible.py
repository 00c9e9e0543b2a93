"""Whether a resolved place is credible in its article: names found by the gazetteer alone,
small towns abroad and sites that share a town's name need support from the rest of the text.
(Split from :mod:`eventcoder.geoparser.resolve`, which scores the candidates.)"""

from __future__ import annotations

import re

from eventcoder.geoparser.distance import haversine_km
from eventcoder.geoparser.forces import names_force
from eventcoder.geoparser.gazetteer import ALTERNATE, OFFICIAL
from eventcoder.geoparser.gazetteer_districts import is_common_name
from eventcoder.geoparser.scene_towns import named_town
from eventcoder.geoparser.toponym_prior import LARGE_CITY, LARGE_CITY_RELIEF, large_city
from eventcoder.geoparser.travellers import names_travellers
from eventcoder.geoparser.types import Resolved
from eventcoder.geoparser.unit_gap import place_unit_gap
from eventcoder.text.words import word_list

NEARBY_KM = 150  # a small place backs another's country only this close
_PERSON_AFTER = re.compile(r"^\s*(?:,\s*\d+|said|says|told|tells|added|asked|who|was|is|has|had)\b")


def credible(r: Resolved, resolved: list[Resolved], actor_ccs: set[str]) -> bool:
    """A province or city found by the gazetteer alone ('Lakes', 'Centre') stays only when the
    article names something else in its country: such names are too often ordinary words. So does
    a small town abroad when the article points to another country (an unknown local name that
    happens to match a hamlet elsewhere)."""
    if r.place is None or r.place.kind in ("country", "continent"):
        return True
    if r.mention.source != "GAZ_STRONG":
        alternate = bool(r.ranked) and r.ranked[0].flag == ALTERNATE and r.mention.source != "FUZZY"
        # 'Wajir County' for the province Wajir: the type word adds certainty, it is no variant.
        alternate = alternate and not (r.mention.admin_word and r.place.kind in ("adm1", "adm2"))
        if (r.place.pop >= 50_000 or r.place.kind == "adm1") and not alternate:
            return True
        if alternate and _relieved(r) and not _in_named_country(r, resolved):
            return False  # 'Mansura' in a Raqqa report: Egypt's city only by the large-city relief
        if r.mention.admin_word and r.place.kind == "adm2" and r.ranked[0].flag <= OFFICIAL \
                and not any(_firm_elsewhere(o, r.place.cc) for o in resolved):
            return True  # 'Lau LGA', 'Morobo County': the text itself names the unit it is
        if alternate and r.place.pop >= LARGE_CITY and r.mention.source in ("GPE", "LOC"):
            # spaCy's place and a known spelling of a large city ('al-Hasakeh') or of a populous
            # province ('South Kivu', 'Chechnya'), whatever its kind
            return True
        if alternate and r.place.fcode in ("PPLC", "PPLG") and r.mention.source == "GAZ":
            return True  # a capital's other spelling after a locative ('in Naypyitaw')
        other = [o for o in resolved
                 if o.place is not None and o.mention.key != r.mention.key and o.place.cc
                 and not weak_match(o) and not force_country(o) and not _inside_name(o)
                 and not (o.mention.source == "NORP" and named_town(r)
                          and names_travellers(o.mention.doc_text or "", o.mention.end))]
        others = {o.place.cc for o in other}
        backing = {o.place.cc for o in other if _supports(o, r)}
        if _names_site(r) and others - {r.place.cc} and r.place.cc not in actor_ccs:
            return False  # 'Lakeside market' in a Cotabato report: a site, not a US town
        # With no other place named, the actors' and publisher's countries are the context; but
        # a town spaCy reads as a place under its own name is no stray namesake: armed groups
        # fight abroad ('PKK members killed in Sinjar'), and people travel ('a Syrian refugee
        # stabbed six people in Annecy'): a nationality does not outweigh such a town either.
        return (not others and (not actor_ccs or named_town(r))) or r.place.cc in backing \
            or r.place.cc in actor_ccs
    if r.mention.key in {o.mention.key for o in resolved if o.mention.source != "GAZ_STRONG"}:
        return True
    if r.place.kind in ("adm1", "adm2") and r.ranked[0].flag <= OFFICIAL and _unit_of_place_before(
            r, resolved):
        return True  # 'Puli Alam city, Logar': a province written as the holder of a place
    if r.place.kind == "adm1" and r.place.cc in actor_ccs and r.ranked[0].flag <= OFFICIAL:
        return True  # a province by its full name in the country the actors come from
    if _lone_province(r, resolved):
        return True  # 'the Benue chapter', 'entering Bekaa': a province's own name, no English word
    if r.place.kind == "city" and (r.place.pop >= 1_000_000 or all(
        o.place is None or o.mention.key == r.mention.key for o in resolved
    )):
        return True  # a major city, or the only place the text names
    return any(
        o.place is not None and o.place.cc == r.place.cc and o.mention.key != r.mention.key
        and o.mention.source != "GAZ_STRONG"
        for o in resolved
    )


_SITE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(word_list('site_nouns')))})\b", re.IGNORECASE)


def _names_site(r: Resolved) -> bool:
    """The name is followed by a site noun ('Lakeside market', 'the Pearl Beach hotel')."""
    return bool(_SITE_AFTER.match((r.mention.doc_text or "")[r.mention.end : r.mention.end + 20]))


def _supports(o: Resolved, r: Resolved) -> bool:
    """Whether another place lends its country to a small town: a country, a province or a large
    city does; another small place only nearby, since two stray namesakes abroad ('Pearl Beach'
    and 'Lido beach' in a Mogadishu report, 800 km apart in the US) would vouch for each other."""
    assert o.place is not None and r.place is not None
    if o.place.kind in ("country", "adm1") or o.place.pop >= 50_000:
        return True
    return haversine_km(o.place.lat, o.place.lon, r.place.lat, r.place.lon) < NEARBY_KM


# the rest of a name the gazetteer matched in part ('Puli Alam' as 'Puli') may come first
_UNIT_AFTER_PLACE = place_unit_gap(name_rest=2)


def _unit_of_place_before(r: Resolved, resolved: list[Resolved]) -> bool:
    """Whether a unit follows another place the text names ('Puli Alam city, Logar')."""
    text = r.mention.doc_text or ""
    return any(o is not r and o.mention.end < r.mention.start <= o.mention.end + 30
               and _UNIT_AFTER_PLACE.match(text[o.mention.end : r.mention.start])
               for o in resolved)


def _firm_elsewhere(o: Resolved, cc: str | None) -> bool:
    """A country, province or large city of another country: firm evidence the article is there."""
    p = o.place
    return p is not None and p.cc != cc and (p.kind in ("country", "adm1") or p.pop >= 100_000)


def _lone_province(r: Resolved, resolved: list[Resolved]) -> bool:
    """A province by its own name that is no English word, no person ('Mara told reporters'), no
    part of a hyphenated name ('Anti-Balaka'), in an article naming no other country's place."""
    text = r.mention.doc_text or ""
    return r.place is not None and r.place.kind == "adm1" and r.ranked[0].flag <= OFFICIAL \
        and not is_common_name(r.mention.key) and text[r.mention.start - 1 : r.mention.start] != "-" \
        and not _PERSON_AFTER.match(text[r.mention.end : r.mention.end + 12]) \
        and not any(o.place is not None and o.place.cc != r.place.cc and not weak_match(o)
                    and not force_country(o) for o in resolved)


def _inside_name(r: Resolved) -> bool:
    """A town's name read inside a run of capitalised words ('Aung San Suu Kyi', 'Lagos
    Stadium') that is not itself large enough to stand alone: it backs no country."""
    assert r.place is not None
    return r.mention.source == "GAZ_STRONG" and r.place.kind == "city" and r.place.pop < 1_000_000


def force_country(r: Resolved) -> bool:
    """A country named by its force or side ('Turkish drones', 'pro-Turkey factions'): such
    forces fight abroad, so the name says nothing of where the article's other places lie."""
    return r.place is not None and r.place.kind == "country" and names_force(
        r.mention.doc_text or "", r.mention.start, r.mention.end)


def weak_match(r: Resolved) -> bool:
    """A small place found by the gazetteer alone under a variant name ('Dimbi' for Dingbi, Côte
    d'Ivoire): too unsure to count as the article's context."""
    assert r.place is not None
    return (r.mention.source in ("GAZ", "GAZ_STRONG", "FUZZY") and r.place.pop < 50_000
            and r.place.kind == "city" and bool(r.ranked) and r.ranked[0].flag > OFFICIAL)


def _relieved(r: Resolved) -> bool:
    """The top sense is a large city's alternate spelling that wins only thanks to the smaller
    penalty such spellings get (weights.yaml, toponym)."""
    top = r.ranked[0]
    if not large_city(top.place.pop, top.place.kind) or len(r.ranked) < 2:
        return False
    return top.score - r.ranked[1].score < LARGE_CITY_RELIEF


def _in_named_country(r: Resolved, resolved: list[Resolved]) -> bool:
    """The article names no other place, or one in the place's own country."""
    # a nationality or a force is no place: 'Russian missile strikes hit Zaporizhzhia'
    others = {o.place.cc for o in resolved
              if o.place is not None and o.mention.key != r.mention.key and o.place.cc
              and o.mention.source != "NORP" and not force_country(o) and not weak_match(o)}
    return not others or r.place.cc in others

