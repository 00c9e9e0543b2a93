"""Resolve place mentions to gazetteer entries using the article as context.

Each candidate gets a score from a population prior, how the name names it, and support from the
rest of the article: countries and admin1 units that other mentions point to (most of all in the
same sentence: "Sharsha upazila of Jessore district", "Columbia, Mo."), places nearby, and the
publisher's country (weakly). Mentions are resolved twice: first on priors alone, then with the
context that first pass gives. One name keeps one sense per article.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from eventcoder.geoparser.borders import border_country_only
from eventcoder.geoparser.context import before_own_unit
from eventcoder.geoparser.credible import NEARBY_KM, credible, force_country
from eventcoder.geoparser.distance import haversine_km
from eventcoder.geoparser.fuzzy import fuzzy_resolve
from eventcoder.geoparser.gazetteer import (
    ALTERNATE,
    DEMONYM,
    KIND_RANK,
    OFFICIAL,
    Candidate,
    Gazetteer,
    Place,
    get_gazetteer,
)
from eventcoder.geoparser.holders import read_holders_as_units
from eventcoder.geoparser.longer_names import inside_longer_name
from eventcoder.geoparser.names import norm, unit_free_key, unit_named
from eventcoder.geoparser.near_pairs import agree_near_pairs
from eventcoder.geoparser.peoples import doc_people_countries, people_countries
from eventcoder.geoparser.place_cues import owned_by_nationality
from eventcoder.geoparser.recognize import Mention, find_mentions
from eventcoder.geoparser.toponym_prior import W_FLAG, W_POP, alternate_penalty
from eventcoder.geoparser.types import Resolved, Scored
from eventcoder.geoparser.unit_gap import place_unit_gap
from eventcoder.geoparser.unit_pairs import (
    city_first_gap,
    city_part_gap,
    city_possessive_gap,
    in_city_country,
    inside_city_unit,
    neighbouring_pair,
    part_near_city,
    scene_pair,
)
from eventcoder.geoparser.unit_slot import slot_units
from eventcoder.nlp.doc_cache import doc_sents, doc_text, span_tokens

# Score weights (one place to tune them; each is a general cue, not a corpus fix). Population and
# the alternate-spelling penalty are fitted on training lines (toponym_prior, data/weights.yaml).
W_CAPITAL = 0.4
W_KIND = {"continent": 1.0, "country": 1.0, "adm1": 0.5}  # a country's name means the country
W_COUNTRY = 2.0  # times the share of the article's country evidence
W_COUNTRY_ANY = 0.4
W_FORCE_COUNTRY = 0.3  # a country named by its force ('Saudi aircraft'), weaker than a place
W_ADMIN1_DOC = 0.9
W_ADMIN1_NEAR = 2.5
W_NEAR_PLACE = 0.6  # within NEARBY_KM of another place the article names
W_PUBLISHER = 0.3
W_ADMIN_WORD = 1.5
W_SAME_ADMIN1 = 0.4
# A one-country people the text names ('Dinka youths'): no more than the weakest country adjective
# (0.3 + 0.4 * confidence below), as an ethnonym is weaker evidence than a nationality.
W_PEOPLE = 0.3
W_ACTOR = 0.5  # per actor of that country the article names  # "X district" prefers the admin unit called X


def _prune(cands: list[Candidate], admin_word: bool, unit_beside: bool = False
           ) -> list[Candidate]:
    """Drop an admin unit that merely shares its name with a city inside it or with the national
    capital beside it (the city is meant: Edmonton, Lagos, Buenos Aires), unless the text names the unit ('Quetta district') or the city is a small
    part of a large province (Quebec)."""
    if admin_word:
        return cands
    out = []
    for c in cands:
        p = c.place
        # a city named as the unit is: 'Mogilev' is an alternate name of both city and region
        cities = [o.place for o in cands if o.place.kind == "city"
                  and o.flag <= max(OFFICIAL, c.flag if c.flag != DEMONYM else OFFICIAL)]
        if p.kind == "adm2" and any(city.a2 == p.gid or city.a1 == p.gid for city in cities):
            continue
        if p.kind == "adm1" and any(
            (city.a1 == p.gid or (not unit_beside and _capital_beside(city, p)))
            and city.pop >= 0.3 * p.pop
            for city in cities
        ):
            continue
        out.append(c)
    return out or cands


# 'Buenos Aires province', 'the province of Buenos Aires': the text names the unit next to the
# name, outside the mention's span.
_UNIT_AFTER = re.compile(r"\s+(?:province|state|region|department|governorate)\b", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"\b(?:province|state|region|department|governorate)\s+of\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _unit_word_beside(text: str, start: int, end: int) -> bool:
    """True when a unit word stands right after the name or as 'province of' before it."""
    return bool(_UNIT_AFTER.match(text, end) or _UNIT_BEFORE.search(text[max(0, start - 40):start]))


def _capital_beside(city: Place, unit: Place) -> bool:
    """'Buenos Aires', 'Sanaa': the national capital is a unit of its own beside the province of
    its name; written bare, the name is the capital, as for a city inside its namesake unit."""
    return city.fcode == "PPLC" and city.cc == unit.cc


def _town_of_unit(m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """'Valparaiso (Valparaiso)': the name before brackets naming its own unit is the town."""
    if m.admin_word or not before_own_unit(m.doc_text or "", m.end, m.key):
        return cands
    towns = [c for c in cands if c.place.kind == "city"] or cands
    # and the town lies in a unit of that name: 'Valencia (Valencia)' is not Venezuela's Valencia
    inside = [c for c in towns if m.key in {norm(u or "") for u in (c.place.admin1, c.place.admin2)}]
    return inside or towns


def _prior(c: Candidate, admin_word: bool, largest_city: int = 0) -> Scored:
    p = c.place
    s = Scored(p, c.flag, 0.0)
    s.score += W_POP * math.log10(p.pop + 10)
    s.reasons.append(f"population {p.pop:,}")
    # A province outweighs a town of its name ('Borno', 'Santa Cruz'), not a larger city
    # elsewhere: 'Manchester' alone is the English city, not the Jamaican parish.
    if p.kind != "adm1" or admin_word or p.pop >= largest_city:
        s.score += W_KIND.get(p.kind, 0.0)
    if p.fcode == "PPLC":
        s.score += W_CAPITAL
        s.reasons.append("national capital")
    if W_FLAG.get(c.flag):
        s.score += alternate_penalty(c.flag, p.pop, p.kind)
        s.reasons.append("alternate name" if c.flag == ALTERNATE else "official name")
    if admin_word and p.kind in ("adm1", "adm2"):
        s.score += W_ADMIN_WORD
        s.reasons.append("text names an administrative unit")
    return s


class _Context:
    """What the other mentions of the article say: countries, admin1 units, points."""

    def __init__(self, resolved: list[Resolved], publisher_cc: str | None, key: str,
                 actor_countries: Counter[str] | None = None, peoples: frozenset[str] = frozenset()) -> None:
        # Actors tied to a country ("FARDC", "al-Shabaab") are weaker evidence than places.
        self.country_votes: Counter[str] = Counter(
            {cc: W_ACTOR * n for cc, n in (actor_countries or {}).items()}
        )
        for cc in peoples:  # 'Dinka youths from Bor': Bor in South Sudan, not Russia's
            self.country_votes[cc] += W_PEOPLE
        self.admin1_doc: Counter[int] = Counter()
        self.admin1_sent: dict[int, set[int]] = defaultdict(set)
        self.admin2_doc: set[int] = set()
        self.inside: Counter[int] = Counter()
        self.points: list[tuple[float, float]] = []
        self.publisher_cc = publisher_cc
        for r in resolved:
            p = r.place
            # Repeats of the same name are no evidence for its own sense, and names found by the
            # gazetteer alone are too uncertain to steer others.
            if p is None or r.mention.key == key or r.mention.source == "GAZ_STRONG":
                continue
            if _SPONSOR.match((r.mention.doc_text or "")[r.mention.end : r.mention.end + 12]):
                continue  # 'Saudi-led coalition', 'US-backed forces': a sponsor's country
            if force_country(r):
                weight = W_FORCE_COUNTRY  # 'Turkish forces shelled Aziziyeh': forces act abroad
            elif p.kind == "country":
                weight = 1.0  # a country named outright is the firmest evidence
            else:
                weight = 0.3 + 0.4 * r.confidence
            if p.cc:
                self.country_votes[p.cc] += weight
            if p.kind == "adm1":  # a province named outright
                self.admin1_doc[p.gid] += 1
                self.admin1_sent[r.mention.sent].add(p.gid)
            if p.kind == "adm2":
                self.admin2_doc.add(p.gid)
            if p.kind in ("adm2", "city"):  # places that lie inside a province or district
                if p.a1:
                    self.inside[p.a1] += 1
                if p.kind == "city" and p.a2:
                    self.inside[p.a2] += 1
            if p.kind in ("adm2", "city"):
                self.points.append((p.lat, p.lon))
        self.total = sum(self.country_votes.values()) or 1.0


def _score(m: Mention, cands: list[Candidate], ctx: _Context | None) -> list[Scored]:
    scored = []
    largest_city = max((o.place.pop for o in cands if o.place.kind == "city"), default=0)
    for c in cands:
        if c.flag == ALTERNATE and c.place.kind in ("adm1", "adm2") and (
                (m.admin_word and norm(c.place.name) == unit_free_key(m.text))
                or (unit_named(c.place.name, m.text) and not any(
                    o.place.kind == "city" and o.place.a1 == c.place.a1 for o in cands))):
            # 'Putumayo department': the unit's own name with its type word, not a variant spelling
            # (the gazetteer files it under 'Departamento del Putumayo'); 'in Kono' names the
            # unit the gazetteer calls 'Kono District' as surely as a town of that name would,
            # unless a town of that name lies in the unit's province ('Hama' city, Hama District)
            c = Candidate(c.place, OFFICIAL)
        s = _prior(c, m.admin_word, largest_city)
        p = c.place
        # Context counts for less when the name only matches an alternate spelling.
        damp = 0.5 if c.flag == ALTERNATE else 1.0
        if ctx is not None:
            votes = ctx.country_votes.get(p.cc or "", 0.0)
            if votes > 0:
                share = votes / ctx.total
                s.score += damp * (W_COUNTRY * min(share, 1.0) + W_COUNTRY_ANY)
                s.reasons.append(f"article mentions {p.cc} ({share:.0%} of place evidence)")
            if p.kind in ("adm2", "city") and p.a1 and ctx.admin1_doc.get(p.a1, 0) > 0:
                sents = (m.sent - 1, m.sent, m.sent + 1)
                if any(p.a1 in ctx.admin1_sent.get(sn, ()) for sn in sents):
                    s.score += damp * W_ADMIN1_NEAR
                    s.reasons.append(f"its province ({p.admin1}) is named nearby")
                else:
                    s.score += damp * W_ADMIN1_DOC
                    s.reasons.append(f"its province ({p.admin1}) is named in the article")
            if p.kind == "city" and p.a2 and p.a2 in ctx.admin2_doc:
                s.score += damp * W_ADMIN1_DOC
                s.reasons.append(f"its district ({p.admin2}) is named in the article")
            if p.kind in ("adm1", "adm2") and ctx.inside.get(p.gid, 0) > 0:
                s.score += W_ADMIN1_DOC
                s.reasons.append("places inside it are named in the article")
            elif p.kind in ("adm2", "city") and p.a1 and ctx.inside.get(p.a1, 0) > 0:
                s.score += damp * W_SAME_ADMIN1
                s.reasons.append(f"other places in {p.admin1} are named")
            if p.kind in ("adm2", "city") and any(
                haversine_km(p.lat, p.lon, lat, lon) < NEARBY_KM for lat, lon in ctx.points
            ):
                s.score += damp * W_NEAR_PLACE
                s.reasons.append("near another place in the article")
            if ctx.publisher_cc and p.cc == ctx.publisher_cc:
                s.score += W_PUBLISHER
                s.reasons.append("publisher's country")
        scored.append(s)
    scored.sort(key=lambda s: -s.score)
    return scored


def resolve_mentions(mentions: list[Mention], publisher_cc: str | None = None,
                     actor_countries: Counter[str] | None = None,
                     peoples: frozenset[str] | None = None) -> list[Resolved]:
    """Choose a place for every mention, using the others as context (two passes); ``peoples``
    are the countries of the peoples the text names (scanned from the text when not given)."""
    gaz = get_gazetteer()
    pruned = [owned_by_nationality(  # 'Iraqi Kurdistan' is Iraq's
        gaz, border_country_only(m.doc_text, m.start, _town_of_unit(m, _prune(
            m.candidates, m.admin_word, _unit_word_beside(m.doc_text or "", m.start, m.end)))),
        m.doc_text or "", m.start, m.source) for m in mentions]
    if peoples is None:
        peoples = frozenset(people_countries(mentions[0].doc_text or "")) if mentions else frozenset()
    resolved = []
    for idx, m in enumerate(mentions):
        ranked = _score(m, pruned[idx], None)
        resolved.append(Resolved(m, ranked[0].place if ranked else None, ranked))
    for _ in range(2):
        contexts: dict[str, _Context] = {}
        new = []
        for idx, m in enumerate(mentions):
            if m.key not in contexts:
                contexts[m.key] = _Context(resolved, publisher_cc, m.key, actor_countries, peoples)
            ranked = _score(m, pruned[idx], contexts[m.key])
            new.append(Resolved(m, ranked[0].place if ranked else None, ranked))
        resolved = new
    _one_sense(resolved)
    read_holders_as_units(resolved, gaz)
    _contained(resolved)
    agree_near_pairs(resolved)
    _country_brackets(resolved)
    actor_ccs = set(actor_countries or ())
    return [r for r in resolved if r.place is not None and credible(r, resolved, actor_ccs)]


# 'Mara told reporters', 'Sava said': a name that speaks or is spoken of is a person's
_SPONSOR = re.compile(r"-(?:led|backed|funded|sponsored|supported|allied)\b", re.IGNORECASE)
_BETWEEN = place_unit_gap(near=True)


def _contained(resolved: list[Resolved]) -> None:
    """'Rafah, North Sinai', 'Iraga areas of Morobo County', 'Fallujah in South Darfur': a place
    followed by the unit containing it must lie in that unit. Take a candidate that does, else
    drop the place (a local name the gazetteer lacks; the unit then stands for it)."""
    gaz = get_gazetteer()
    text = resolved[0].mention.doc_text if resolved else None
    if not text:
        return
    for i, r in enumerate(resolved[:-1]):
        nxt = resolved[i + 1]
        if r.place is None or nxt.place is None or r.place.kind not in ("city", "adm2", "adm1"):
            continue
        if city_first_gap(r.place, text[r.mention.end : nxt.mention.start]):
            in_city_country(nxt, r)  # 'the Stockholm suburb of Husby': no German Husby
            continue
        if city_possessive_gap(r.place, text[r.mention.end : nxt.mention.start]):
            part_near_city(nxt, r)  # "Aarhus's Gellerup": no Gjellerup by Herning
            continue
        if nxt.place.kind == "city" and nxt.mention.key != r.mention.key and scene_pair(
                text, r, nxt) and city_part_gap(text[r.mention.end : nxt.mention.start]):
            # 'Penha, Rio de Janeiro', 'Victoria, Labuan': a city after a comma stands for its unit
            if not inside_city_unit(r, nxt, gaz):
                in_city_country(r, nxt)
            continue
        if nxt.place.kind not in ("country", "adm1", "adm2") or nxt.mention.key == r.mention.key:
            continue
        if KIND_RANK[nxt.place.kind] > KIND_RANK[r.place.kind]:
            continue
        same_rank = KIND_RANK[nxt.place.kind] == KIND_RANK[r.place.kind]
        between = text[r.mention.end : nxt.mention.start]
        if len(between) > 60 or not _BETWEEN.match(between):
            continue
        if gaz.contains(nxt.place, r.place):
            continue
        if nxt.place.kind == "adm2" and r.place.a1 is not None and r.place.a1 == nxt.place.a1:
            continue  # district lists go stale faster than provinces: same province will do
        inside = [s for s in r.ranked if gaz.contains(nxt.place, s.place)]
        # 'Kabala, Northern' (a unit name several countries share): else the unit of that name (of the same kind) that holds a
        # reading of the place, the place's best reading first
        held = [(s, h) for s in r.ranked for h in nxt.ranked
                if h.place.kind == nxt.place.kind and gaz.contains(h.place, s.place)]
        if inside:
            r.place = inside[0].place
            inside[0].reasons.append(f"lies in {nxt.place.name}, named right after it")
        elif held:
            r.place, nxt.place = held[0][0].place, held[0][1].place
            held[0][1].reasons.append(f"holds {r.place.name}, named right before it")
        elif scene_pair(text, r, nxt) and neighbouring_pair(r, nxt):
            continue  # 'Kingston, St Andrew': the gazetteer files the town under its neighbour
        elif not same_rank:
            r.place = None


def _country_brackets(resolved: list[Resolved]) -> None:
    """'northern Yemen (Al Jawf)': a unit in brackets after a country lies in that country."""
    text = resolved[0].mention.doc_text if resolved else None
    for r, nxt in zip(resolved, resolved[1:], strict=False):
        if not text or r.place is None or nxt.place is None or r.place.kind != "country":
            continue
        if nxt.place.cc == r.place.cc or not re.fullmatch(r"\s*\(\s*",
                                                          text[r.mention.end : nxt.mention.start]):
            continue
        inside = [s for s in nxt.ranked if s.place.cc == r.place.cc]
        if inside:
            nxt.place = inside[0].place
            inside[0].reasons.append(f"in brackets after {r.place.name}")


def _one_sense(resolved: list[Resolved]) -> None:
    """The same name means the same place throughout an article: keep its best-supported sense."""
    best: dict[str, Resolved] = {}
    for r in resolved:
        if r.place is None or r.mention.source == "NORP":
            continue
        cur = best.get(r.mention.key)
        if cur is None or (r.ranked[0].score > cur.ranked[0].score):
            best[r.mention.key] = r
    for r in resolved:
        b = best.get(r.mention.key)
        if b is not None and r.place is not None and b.place is not None and r.mention.source != "NORP":
            if r.place.gid != b.place.gid and any(s.place.gid == b.place.gid for s in r.ranked):
                r.place = b.place


def geoparse_doc(spacy_doc, publisher_cc: str | None = None, gaz: Gazetteer | None = None,
                 actor_countries: Counter[str] | None = None, fuzzy: bool = True) -> list[Resolved]:
    """Find and resolve every place mention in a parsed document."""
    gaz = gaz or get_gazetteer()
    # Mention finding does not depend on the priors, and the actors stage and the geocoder both
    # geoparse the same Doc: find the mentions once per Doc.
    cache = spacy_doc.user_data.setdefault("eventcoder.geo_mentions", {})
    mentions = cache.get(id(gaz))
    if mentions is None:
        mentions = cache[id(gaz)] = find_mentions(spacy_doc, gaz)
    resolved = resolve_mentions(mentions, publisher_cc, actor_countries,
                                doc_people_countries(spacy_doc))
    if fuzzy:
        resolved += fuzzy_resolve(spacy_doc, gaz, mentions, resolved, actor_countries, publisher_cc)
        resolved += slot_units(doc_text(spacy_doc), gaz, mentions, resolved, _sentence_of(spacy_doc))
    resolved.sort(key=lambda r: r.mention.start)
    text = doc_text(spacy_doc)  # 'Tumbun Ndjamena settlements': a village, not Chad's capital
    return [r for r in resolved if not inside_longer_name(text, r.mention.start, r.mention.end, gaz)]


def _sentence_of(spacy_doc) -> dict[int, int]:
    """Sentence index of each token's first character."""
    return {tok.idx: i for i, sent in enumerate(doc_sents(spacy_doc)) for tok in span_tokens(sent)}
