"""Spelling variants of local place names ('Bossaso' for Bosaso, 'Dayniile' for Daynile).

News and field reports transliterate small places many ways. A place-like name that the
gazetteer does not know exactly is compared, with rapidfuzz, against the names of the countries the
article is about (never the whole world: a close spelling elsewhere is a false friend).
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz, process

from eventcoder.geoparser import place_cues
from eventcoder.geoparser.forces import names_force
from eventcoder.geoparser.fuzzy_world import MIN_POP as WORLD_MIN_POP
from eventcoder.geoparser.fuzzy_world import world_fuzzy
from eventcoder.geoparser.gazetteer import Gazetteer
from eventcoder.geoparser.glued_names import glued_resolve
from eventcoder.geoparser.leaders import leader_votes, mission_votes
from eventcoder.geoparser.names import capitalised as _capitalised
from eventcoder.geoparser.names import norm, person_word, unit_free_key
from eventcoder.geoparser.recognize import Mention
from eventcoder.geoparser.types import Resolved, near_spelling
from eventcoder.geoparser.unit_pairs import stray_parts
from eventcoder.geoparser.variants import variant_place
from eventcoder.nlp.doc_cache import doc_ents, doc_sents, doc_text, doc_tokens, span_tokens

MIN_RATIO = 88.0
LONG_MIN_RATIO = 85.0
_PLACE_AFTER = {"district", "village", "town", "city", "area", "region", "locality", "province",
                "state", "county", "neighbourhood", "neighborhood", "camp", "lga"}


def unknown_spans(spacy_doc, mentions: list[Mention]) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of place-like names no mention covers: spaCy GPE/LOC entities and
    capitalised words after 'in/at/near' or before 'district/village'."""
    covered = [(m.start, m.end) for m in mentions]
    text = doc_text(spacy_doc)
    # 'Fumio Kishida ...; Kishida was unhurt': the surname of a person the article names in full
    # is the person again, however close a place's spelling ('Kishiwada')
    surnames = {t.text for e in doc_ents(spacy_doc) if e.label_ == "PERSON" and len(e) > 1
                for t in e[1:]}

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in covered) \
            and not person_word(text[s:e], text, s, surnames)

    sent_of = {}
    for i, sent in enumerate(doc_sents(spacy_doc)):
        for tok in span_tokens(sent):
            sent_of[tok.i] = i
    spans = []
    for ent in doc_ents(spacy_doc):
        if ent.label_ in ("GPE", "LOC") and free(ent.start_char, ent.end_char):
            spans.append((ent.start_char, ent.end_char, sent_of.get(ent.start, 0)))
    toks = doc_tokens(spacy_doc)  # one list per Doc, shared with the other stages
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not _capitalised(tok) or not free(tok.idx, tok.idx + len(tok)) \
                or place_cues.hyphen_fragment(toks, i):
            i += 1
            continue
        j = _name_end(toks, i)
        nxt = toks[j + 1].lower_ if j + 1 < len(toks) else ""
        prev = toks[i - 1].lower_ if i else ""
        after_prep = prev in ("in", "at", "near", "outside") or (
            prev == "of" and i >= 2 and toks[i - 2].lower_ in _PEOPLE_OF) or (
            prev in ("of", "from") and place_cues.distance_reference(doc_text(spacy_doc), tok.idx)) or (
            # a dateline opening a note: '12/03/19, Jowhar: Two civilians hurt'
            nxt == ":" and prev == "," and i - tok.sent.start <= 8)
        # spaCy often tags an unfamiliar one-word toponym a PERSON or ORG ('clashed in Bossaso');
        # after a locative preposition and followed by no other name word it is still place-like.
        ends_entity = not (j + 1 < len(toks) and toks[j + 1].ent_iob_ == "I")
        lone_name = tok.ent_type_ in ("PERSON", "ORG") and after_prep and tok.ent_iob_ == "B" \
            and ends_entity and (j == i or (prev in ("in", "near") and nxt not in ("'s", "’s")))
        # 'in the Tajoura area', 'raided Kolo village': a place noun after the lone name says
        # what it is, whatever spaCy tagged it
        lone_name = lone_name or (tok.ent_type_ in ("PERSON", "ORG") and tok.ent_iob_ == "B"
                                  and ends_entity and j == i and nxt in _PLACE_AFTER)
        # 'the Security Directorate of Gharbiya': spaCy tags the unit inside the body's name ORG;
        # 'the town of Ras al Ain': an unfamiliar town of several words it tags PERSON
        seat_of = prev == "of" and i >= 2 and toks[i - 2].lower_ in _SEAT_OF | _SETTLEMENTS \
            and ends_entity
        after_prep = after_prep or seat_of
        # 'Inhabitants from Sakiet Sidi Yousef': a name a place noun opens is a place's
        opened = j > i and tok.lower_ in place_cues.NAME_OPENERS
        if tok.ent_type_ not in ("", "GPE", "LOC", "FAC", "NORP") and not lone_name \
                and not seat_of and not opened:
            i = j + 1
            continue
        if (nxt in _PLACE_AFTER or after_prep or opened) and all(not (s <= tok.idx < e) for s, e, _ in spans):
            end = toks[j].idx + len(toks[j])
            if free(tok.idx, end):
                spans.append((tok.idx, end, sent_of.get(i, 0)))
        i = j + 1
    return spans


# A unit noun right after a name: 'Helmandd province', 'Diyallah governorate'.
_UNIT_AFTER = re.compile(r"[ \t]+(?:province|governorate|region|state|district|wilaya|oblast|"
                         r"county|department|prefecture)\b", re.IGNORECASE)

# 'Medjez El Beb', 'Bir el Bey': capitalised words joined by the particles of Arabic names.
# Narrower than name_bridges.PARTICLES on purpose: a misspelt name is sought over few words, and
# Romance particles ('de', 'la') would stretch it across a phrase; 'ould' and 'ag' join Sahel names.
_NAME_PARTICLES = {"el", "al", "ben", "bou", "bin", "ould", "ag"}
# Bodies and offices named after the unit they serve: 'Directorate of X', 'Governor of X'.
_SEAT_OF = {"directorate", "governorate", "governor", "municipality", "prefecture", "wilaya",
            "province", "court", "council", "mayor", "police"}
_SETTLEMENTS = {"town", "city", "village"}
_PEOPLE_OF = {"residents", "inhabitants", "people", "streets"} | _SETTLEMENTS


def _name_end(toks, i: int) -> int:
    """Index of the last token of a multi-word name starting at i."""
    j = i
    # spaCy splits 'Sakiet Sidi Yousef' into a nationality and a person: a place noun opening the
    # name holds its words together whatever their labels
    opened = toks[i].lower_ in place_cues.NAME_OPENERS
    while j + 1 < len(toks) and j - i < 3 and (
        _capitalised(toks[j + 1]) and (opened or toks[j + 1].ent_type_ in ("", toks[i].ent_type_))
        or (toks[j + 1].lower_ in _NAME_PARTICLES and j + 2 < len(toks)
            and _capitalised(toks[j + 2]))
    ):
        j += 1
    return j


def fuzzy_resolve(spacy_doc, gaz: Gazetteer, mentions: list[Mention], resolved: list[Resolved],
                  actor_countries: Counter[str] | None = None,
                  publisher_cc: str | None = None) -> list[Resolved]:
    """Resolved mentions for unknown names that closely match a place of the article's countries."""
    text = doc_text(spacy_doc)
    # 'in Lubumbashiafter a dispute': a place glued to the next word by a typo
    glued, spans = glued_resolve(gaz, text, unknown_spans(spacy_doc, mentions))
    if not spans:
        return glued
    votes: Counter[str] = Counter(actor_countries or {})
    if publisher_cc:  # a national outlet writes mostly about its own country
        votes[publisher_cc] += 1
    # a mission serving one host country ('AMISOM') and a head of state also name the country
    votes.update(mission_votes(text))
    votes.update(leader_votes(text))
    forces: Counter[str] = Counter()
    for r in resolved:
        if r.place is not None and r.place.cc and r.mention.source != "GAZ_STRONG":
            # 'Turkish drones struck Kharakoy': a force's country is searched only when nothing
            # else names one, since forces fight abroad
            force = r.place.kind == "country" and names_force(text, r.mention.start, r.mention.end)
            (forces if force else votes)[r.place.cc] += 1
    countries = [cc for cc, _ in (votes or forces).most_common(2)]
    if not countries:
        # nothing points to a country: the world's large places first; a country they give is
        # where the other names are looked for ('Dharoor, 159 km south of Bossaso'), and only
        # with none are the world's smaller towns searched
        large, spans = _variants(gaz, text, spans, [], towns=False)
        large += world_fuzzy(gaz, text, spans)
        spans = [s for s in spans if all(r.mention.start != s[0] for r in large)]
        found = Counter(r.place.cc for r in large if r.place is not None and r.place.cc)
        countries = [cc for cc, _ in found.most_common(2)]
        if not countries:
            return glued + large + _variants(gaz, text, spans, [])[0]
        glued = glued + large
    # "Copenhagen's Norrebro": no Norre Broby on Funen
    return glued + stray_parts(_near_in_countries(gaz, text, spans, countries), resolved, text)


def _near_in_countries(gaz: Gazetteer, text: str, spans: list[tuple[int, int, int]],
                       countries: list[str]) -> list[Resolved]:
    """Resolved mentions for unknown names that are a variant or a near spelling of a place of
    the given countries (or, for a misspelt unit with its unit noun, of the world's units)."""
    # a regular transliteration variant ('Daqahliya' for Dakahlia) before any near spelling
    out, spans = _variants(gaz, text, spans, countries)
    for start, end, sent in spans:
        surface = text[start:end]
        key = unit_free_key(surface)
        if len(key) < 5:
            continue
        # one letter changed in a name of seven or more ('Meknassi', 'Meknassy') is still close
        cutoff = MIN_RATIO if len(key) < 7 else LONG_MIN_RATIO
        best = None
        for cc in countries:
            # Only names with the same first letter (variants keep it), compared without word
            # breaks, which vary as much as letters do ('Lasanod', 'Las Anod').
            names = gaz.names_in_country_from(cc, key[:1])
            joined = _joined_names(gaz, cc, key[:1])
            hit = process.extractOne(key.replace(" ", ""), joined.keys(), scorer=fuzz.ratio,
                                     score_cutoff=cutoff)
            if hit is None:
                continue
            name = joined[hit[0]]
            # An exact name was already weighed (and refused) by the recogniser.
            if name != key and (best is None or hit[1] > best[1]):
                best = (name, hit[1], names[name])
        if best is None:
            # 'Nawa district, Helmandd province': a misspelt unit written with its unit noun is looked
            # for among the world's provinces and districts, whatever the article's countries
            if unit_free_key(surface) != norm(surface) or _UNIT_AFTER.match(text, end):
                out.extend(world_fuzzy(gaz, text, [(start, end, sent)], units_only=True))
            continue
        places = [p for p in (gaz.get(g) for g in best[2]) if p is not None]
        place = max(places, key=lambda p: (p.kind == "city", p.pop))
        reason = f"spelling close to '{best[0]}' ({best[1]:.0f}%) in {place.cc}"
        out.append(near_spelling((start, end, sent), surface, place, best[1] / 100, reason))
    return out


def _variants(gaz: Gazetteer, text: str, spans: list[tuple[int, int, int]], countries: list[str],
              towns: bool = True) -> tuple[list[Resolved], list[tuple[int, int, int]]]:
    """Resolved mentions for spans that are a transliteration variant of a place, and the rest."""
    out, rest = [], []
    for start, end, sent in spans:
        surface = text[start:end]
        place = variant_place(gaz, unit_free_key(surface), countries, WORLD_MIN_POP, surface,
                              towns=towns)
        if place is None:
            rest.append((start, end, sent))
            continue
        reason = f"a transliteration of '{place.name}' in {place.cc}"
        out.append(near_spelling((start, end, sent), surface, place, 0.95, reason))
    return out, rest


_JOINED: dict[tuple[int, str, str], dict[str, str]] = {}


def _joined_names(gaz: Gazetteer, cc: str, initial: str) -> dict[str, str]:
    """A country's name keys with one first letter, without spaces, mapped back to the keys."""
    cache_key = (id(gaz), cc, initial)
    if cache_key not in _JOINED:
        _JOINED[cache_key] = {
            k.replace(" ", ""): k for k in gaz.names_in_country_from(cc, initial)}
    return _JOINED[cache_key]
