"""Capitalised words the gazetteer knows that spaCy did not tag as places ('attacked Oicha',
'Edmonton police'), and the cues before or after a name that make it a place ('in X', 'outskirts
of X', 'Jessore district'). Split from recognize.py, which adds spaCy's own entities and calls
``gazetteer_matches`` last."""

from __future__ import annotations

from eventcoder.geoparser import context as unit_words
from eventcoder.geoparser import name_extent, name_heads, place_cues
from eventcoder.geoparser.context import unit_cue
from eventcoder.geoparser.gazetteer import Gazetteer
from eventcoder.geoparser.holder_compounds import held_place_cue
from eventcoder.geoparser.name_bridges import bridge_step
from eventcoder.geoparser.name_heads import LANDFORMS, VENUE_HEADS, hides_place
from eventcoder.geoparser.names import NON_PLACE
from eventcoder.geoparser.names import capitalised as _capitalised
from eventcoder.geoparser.route_pairs import route_pair_matches
from eventcoder.nlp.doc_cache import doc_text, doc_tokens
from eventcoder.text.words import word_list

# Words before a name that make it a place ("attack in Oicha", "near Beni").
LOCATIVE = {"in", "at", "near", "outside", "from", "to", "into", "around", "across", "towards",
            "toward", "between", "of", "through", "and", "inside", "within", "via", "on", "off"}
STRONG_LOCATIVE = {"in", "at", "near", "outside", "around", "inside", "towards", "toward",
                   "village", "town", "city", "locality", "area"}
_DIRECTIONS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern",
               "western", "upper", "lower", "middle"}

_PLACE_NOUNS = {"periphery", "outskirts", "village", "villages", "town", "towns", "city", "district",
                "streets", "heart", "cercle", "countryside", "environs", "surroundings", "entrance",
                "entrances", "province", "region", "area", "suburb", "locality", "state", "county", "north",
                "south", "east", "west", "centre", "center", "capital", "municipality", "commune",
                "outside", "part", "parts", "vicinity", "territory", "chiefdom", "sector",
                "governorate", "prefecture", "department", "wilaya", "delegation", "zone",
                "division", "neighbourhood", "neighborhood", "township", "camp", "areas",
                "districts", "regions", "provinces", "localities", "suburbs", "territories"}
# Unit nouns read token by token after a name ("Jessore district"). Zone, commune, parish, cercle,
# oblast and sub-county stay out here as before the lists were merged: adding them lengthens
# mentions ("west Arsi zone") and changes output; whether they should join is for a measured change.
_ADMIN_NOUNS = word_list("admin_unit_nouns") - {  # + Indonesia's kabupaten ('Poso regency')
    "zone", "commune", "parish", "sub-county", "subcounty", "rayon", "municipio", "colonia"} | {"regency"}
_SKIP_ENTS = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}
# Head words of organisations and groups named after a place ('Mobile Forces', 'Abala militia').
_ORG_HEADS = {"forces", "force", "brigade", "battalion", "regiment", "corps", "militia"}
_MEMBER_NOUNS = {"members", "member", "militia", "militias", "militiamen", "herdsmen", "herders",
                 "tribesmen", "fighters", "clan", "clansmen"}


def _cue(toks, i: int, j: int, taken) -> bool:
    """A locative word before tokens i..j ('in X', 'outskirts of X'), 'PLACE, X', or a dateline
    opening a sentence ('11/01/18, Beledweyne: ...')."""
    # a dateline list ('2nd June, AM, Jowhar, Balcad, Middle Shabelle: ...')
    if (j > i and toks[j].lower_ in _ADMIN_NOUNS) or place_cues.settlement_after(toks, j):
        return True  # 'Kidal Region', 'Benue State': the name says it is a unit
    if j + 1 < len(toks) and toks[j + 1].text == ":" and i - toks[i].sent.start <= 15 \
            and not (i == j and place_cues.field_label(toks[i].text)):
        return True  # not 'LOCATION: Molo', a field's label
    if place_cues.possessive_place(toks, j, _PLACE_NOUNS):
        return True
    if i == 0:
        return False
    prev = toks[i - 1]
    if unit_cue(toks, i, _PLACE_NOUNS, LOCATIVE):
        return True  # '(Quissanga, Cabo Delgado)', 'municipio de Tierralta', 'in colonia X'
    if prev.lower_ == "of":  # 'outskirts of X'; 'upazila of X' (a lower-case unit noun, not
        return i >= 2 and (toks[i - 2].lower_ in _PLACE_NOUNS  # the 'Department of' an office)
                           or toks[i - 2].text in _ADMIN_NOUNS)
    if prev.lower_ == "the" and i >= 2 and toks[i - 2].lower_ in LOCATIVE - {"and"}:
        return True  # 'in the Qena governorate'
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.lower_ in _ADMIN_NOUNS:
        return True  # 'of Jessore district', 'targeted Sirwah district', 'Maru LGA'
    if prev.lower_ in LOCATIVE or place_cues.assault_object(toks, i) or held_place_cue(toks, i):
        return True
    return unit_words.holder_after_comma(toks, i, taken, _capitalised, STRONG_LOCATIVE)


def gazetteer_matches(spacy_doc, gaz: Gazetteer, sent_of, taken, add) -> None:
    """Capitalised words the gazetteer knows that spaCy did not tag as places: after a locative
    word any known place ('attacked Oicha', even when spaCy took it for a person); elsewhere,
    inside organisation names included ('Edmonton police'), only countries, provinces and large
    cities."""
    toks = doc_tokens(spacy_doc)  # one list per Doc, shared with the other stages
    i = 0
    while i < len(toks):
        tok = toks[i]
        # 'North Sinai', 'South Darfur': a direction word opens a name when one follows it.
        # Lower case too after a locative word ('in northern Bahr el Ghazal'): the unit's name
        # is tried whole first, the bare name after it.
        opens = tok.lower_ in _DIRECTIONS and i + 1 < len(toks) \
            and (tok.text[:1].isupper() or (i > 0 and (toks[i - 1].lower_ in LOCATIVE or toks[i - 1].text == ","))) \
            and _capitalised(toks[i + 1]) and toks[i + 1].lower_ not in _ADMIN_NOUNS \
            and not (i > 0 and toks[i - 1].is_alpha and toks[i - 1].text[:1].isupper()
                     and toks[i - 1].lower_ not in LOCATIVE)
        opens = opens or place_cues.article_opens(toks, i, LOCATIVE - {"and", "of"})
        if not (_capitalised(tok) or opens) or taken[tok.idx] or place_cues.skip(toks, i, _SKIP_ENTS):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and j - i < 4 and toks[j + 1].ent_type_ not in _SKIP_ENTS:
            step = bridge_step(toks, j, _capitalised) or (1 if _capitalised(toks[j + 1]) else 0)
            if not step:
                break
            j += step
        cue = _cue(toks, i, j, taken) or place_cues.unit_brackets_after(gaz, toks, j)
        if not cue and place_cues.in_person_name(toks, i):
            i = j + 1  # a multi-word person name ('Paris Hilton') holds no place
            continue
        if (end := name_extent.landform_of_end(toks, i, _capitalised, LANDFORMS)) is not None:
            name_extent.add_longest(toks, i, end, add, sent_of.get(i, 0))
            i = end + 1  # 'Port of Spain', 'Gulf of Guinea': the whole name, never the country
            continue
        if (tail := name_extent.feature_end(doc_text(spacy_doc), toks[j].idx + len(toks[j]))) and add(
                tok.idx, tail, "GAZ", sent_of.get(i, 0)):
            i = j + 1  # 'Sambisa forest', 'Virunga National Park': a curated physical feature
            continue
        after = toks[j + 1] if j + 1 < len(toks) else None
        if cue and after is not None and after.lower_ in _ADMIN_NOUNS and add(
            toks[i].idx, after.idx + len(after), "GAZ", sent_of.get(i, 0)
        ):
            i = j + 2  # 'Qena governorate': the unit, not a namesake town
            continue
        done = False
        for n in range(j - i + 1, 0, -1):
            for a in range(i, j - n + 2):
                b = a + n - 1
                if toks[a].text == "-" or toks[b].text == "-" or toks[a].is_space:
                    continue
                if a > i and toks[a].lower_ in _DIRECTIONS:
                    continue  # 'Afram Plains South District': 'South' is part of the name
                if a > i and toks[a - 1].lower_ in LANDFORMS:
                    continue  # 'Lake Chad', 'Mount Kenya': the feature, not the country
                nxt = toks[b + 1] if b + 1 < len(toks) else None
                if nxt is not None and (nxt.lower_ in _MEMBER_NOUNS or (
                        nxt.text[:1].isupper() and nxt.lower_ in _ORG_HEADS)):
                    continue  # 'Mobile Forces', 'Kani members': a body's name, not a place
                if nxt is not None and hides_place(nxt, toks[a:b + 1]) \
                        and not place_cues.site_after(toks, b) \
                        and not name_heads.unit_valley(nxt, gaz, spacy_doc[a:b + 1].text):
                    continue  # 'Suez Canal'; but 'the Nuseirat camp' stands at Nuseirat
                span = spacy_doc[a : b + 1]
                if span.text.lower() in NON_PLACE or place_cues.arabic_head(
                        doc_text(spacy_doc), span.start_char, span.end_char):
                    continue
                # After a locative only a whole name counts ('Wadi Egharghar'), or a road's town
                whole = a == i or unit_words.described_unit(gaz, toks, i, a, span.text, _DIRECTIONS)
                if add(span.start_char, span.end_char, _match_source(toks, b, j, cue and whole),
                       sent_of.get(a, 0)):
                    done = True
                    break
            if done:
                break
        i = j + 1
    route_pair_matches(spacy_doc, gaz, sent_of, taken, add)  # 'the Molo-Olenguruone road'


def _match_source(toks, b: int, j: int, cued_whole: bool) -> str:
    """'GAZ' (any town of the name) for a whole name after a locative word or a site's town
    ('the Dikwa-Marte road'); else 'GAZ_STRONG' (large places only), as for a venue's town
    ('Lagos Stadium'): many venues are named for people ('the Rosales Hospital')."""
    site = place_cues.site_after(toks, b)
    venue = b + 1 < len(toks) and toks[b + 1].lower_ in VENUE_HEADS and not site
    return "GAZ" if cued_whole and (b == j or site) and not venue else "GAZ_STRONG"
