"""Find place names in a parsed text: spaCy's GPE/LOC/NORP entities plus gazetteer matches spaCy missed.

A mention keeps its character span (Python indices into the text), the gazetteer candidates for it,
and why it was taken (``source``), so the resolver and the ``geocode`` command can explain choices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventcoder.geoparser import name_extent, name_heads, place_cues
from eventcoder.geoparser.capital_units import province_of_capital
from eventcoder.geoparser.compass_towns import settlement_readings
from eventcoder.geoparser.context import economic_modifier, in_unit_brackets
from eventcoder.geoparser.ethnonyms import people_modifier
from eventcoder.geoparser.gazetteer import ABBREVIATION, DEMONYM, OFFICIAL, Candidate, Gazetteer
from eventcoder.geoparser.gazetteer_matches import LOCATIVE, gazetteer_matches
from eventcoder.geoparser.holder_compounds import holder_word
from eventcoder.geoparser.leaders import inside_leader_name, leader_name
from eventcoder.geoparser.name_bridges import hyphen_end
from eventcoder.geoparser.name_heads import FEATURE_HEADS, LANDFORMS, quarter_name
from eventcoder.geoparser.names import (
    ADMIN_PREFIXES,
    ADMIN_SUFFIXES,
    NON_PLACE,
    norm,
    person_word,
    repaired,
    trim_span,
)
from eventcoder.geoparser.peoples import people_use
from eventcoder.geoparser.unit_anaphora import unit_back_references
from eventcoder.nlp.dateline_ents import dateline_place
from eventcoder.nlp.doc_cache import (
    doc_ents,
    doc_sents,
    doc_text,
    doc_tokens,
    span_tokens,
    token_at_char,
)
from eventcoder.text.words import words_pattern

PLACE_LABELS = {"GPE", "LOC"}
_ADMIN_WORD = re.compile(rf"\b({words_pattern('admin_unit_nouns')})\b", re.IGNORECASE)

_BARE_POSSESSIVE = re.compile(r" [A-Z]")
_SETTLEMENT_OF = re.compile(r"\b(?:city|town|village|locality)\s+of\s+(?:the\s+)?$",
                            re.IGNORECASE)


@dataclass
class Mention:
    """A stretch of text that may name a place, with its gazetteer candidates."""

    start: int
    end: int
    text: str
    key: str
    source: str  # spaCy label (GPE, LOC, NORP) or GAZ for a gazetteer-only match
    candidates: list[Candidate] = field(default_factory=list)
    admin_word: bool = False  # the text itself says "district", "province" ...
    sent: int = 0
    doc_text: str | None = field(default=None, repr=False)


def candidates_for(gaz: Gazetteer, surface: str) -> tuple[list[Candidate], bool]:
    """Gazetteer candidates for a surface form, trying it without its admin type word too."""
    key = norm(repaired(surface))
    cands = list(gaz.lookup_key(key))
    admin_word = bool(_ADMIN_WORD.search(surface))
    if not cands or admin_word:
        for suffix in ADMIN_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                cands += [c for c in gaz.lookup_key(key[: -len(suffix)].strip())
                          if c.place.kind in ("adm1", "adm2") or not cands]
        for prefix in ADMIN_PREFIXES:
            if key.startswith(prefix):
                cands += [c for c in gaz.lookup_key(key[len(prefix):].strip())
                          if c.place.kind in ("adm1", "adm2")]
    quarter = quarter_name(key) if not cands else None
    if quarter:  # 'Hay Ettadhamen': the quarter is known by its own name, as a town or district
        cands = [c for c in gaz.lookup_key(quarter) if c.place.kind in ("city", "adm2")]
    if "." not in surface:
        cands = [c for c in cands if c.flag != ABBREVIATION]
    cands = province_of_capital(gaz, key, cands) if admin_word else cands  # 'Kursk Oblast'
    seen: set[int] = set()
    out = []
    for c in cands:
        if c.place.gid not in seen:
            seen.add(c.place.gid)
            out.append(c)
    return out, admin_word


def find_mentions(spacy_doc, gaz: Gazetteer) -> list[Mention]:
    """All place mentions in a parsed document, in text order, without overlaps."""
    text = doc_text(spacy_doc)
    sent_of = {tok.i: i for i, sent in enumerate(doc_sents(spacy_doc)) for tok in span_tokens(sent)}
    mentions: list[Mention] = []
    taken = [False] * (len(text) + 1)
    # 'Campbell Paterson' makes every later 'Paterson' the man, not Paterson, New Jersey.
    ents = doc_ents(spacy_doc)  # spaCy rebuilds doc.ents on every access
    surnames = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e[1:]}

    def add(start: int, end: int, source: str, sent: int, whole: bool = False) -> bool:
        start, end = (start, end) if whole else trim_span(text, start, end)  # "St John's" whole
        if end <= start or any(taken[start:end]):
            return False
        surface = text[start:end]
        if source in PLACE_LABELS and not any(ch.isupper() for ch in surface):
            return False  # 'a hill village' tagged GPE: a place's name has a capital letter
        if name_heads.bearing(gaz, text, start, end):
            return False  # '40 km South West of Baidoa', 'the Northern El Peten department'
        if name_heads.neighbourhood_word(text, start, end):
            return False  # 'Hay' of 'Hay al-Jihad' is a word for a quarter, not Hay in Australia
        if economic_modifier(text, end) or holder_word(text, end) or name_heads.street_part(text, end):
            return False  # 'the US dollar rate', 'Turkish-controlled', 'Lagos-based', 'Qingdao East Road'
        if source != "DATELINE" and (person_word(surface, text, start, surnames) or leader_name(surface)
                                   or inside_leader_name(text, start, end)):
            return False  # 'San' of 'Aung San Suu Kyi' is the leader, not San in Mali
        cands, admin_word = candidates_for(gaz, surface)
        # '(Tenenkou, Mopti)' after a place lists the units holding it: Mopti the region
        admin_word = admin_word or in_unit_brackets(text, start)
        if not admin_word and (cands := _people_filter(text, start, end, source, cands)) is None:
            return False  # 'Nuer youths', 'a Hema village': the people, not their namesake place
        if not cands and surface.endswith("s") and (source == "NORP" or _BARE_POSSESSIVE.match(
                text[end : end + 3])):  # 'Algerians' protesting; 'Benghazis Al-Jalaa Hospital',
            cands = [c for c in candidates_for(gaz, surface[:-1])[0]  # its apostrophe lost
                     if (c.flag == DEMONYM if source == "NORP" else c.place.kind in (
                         "country", "adm1") or c.place.pop >= 100_000)]
        if any(c.flag == DEMONYM for c in cands) and _no_nation(spacy_doc, text, start, end):
            return False
        if any(c.flag == DEMONYM for c in cands) and name_heads.opens_place_name(gaz, text, end, surface):
            return False  # 'Spanish Town', 'Dutch Harbor': the first word of a place, no nationality
        if surface.isupper() and len(surface) <= 5 and "." not in surface and source != "DATELINE":
            # 'IS', 'NISA': short capitals are acronyms unless they are a country's ('US', 'UK').
            cands = [c for c in cands if c.place.kind == "country" and c.flag <= OFFICIAL]
        cands = _by_source(cands, source, surface, admin_word)
        if _SETTLEMENT_OF.search(text[max(0, start - 30) : start]):
            # 'the northern city of Mali': a town of that name (the northern one), not the country
            cands = settlement_readings(gaz, text, start, cands)
        if not cands:
            return False
        taken[start:end] = [True] * (end - start)
        mentions.append(Mention(start, end, surface, norm(surface), source, cands, admin_word, sent,
                                text))
        return True

    _add_dateline(spacy_doc, text, sent_of, taken, add)
    for start, end, a, source in name_extent.possessive_names(doc_tokens(spacy_doc), lambda s: [
            c.place.name for c in candidates_for(gaz, s)[0]], LOCATIVE):
        add(start, end, source, sent_of.get(a, 0), whole=True)  # "Cox's Bazar", not 'Cox' in Spain
    for e1, e2 in name_extent.split_pairs(ents, PLACE_LABELS, lambda s: bool(gaz.lookup_key(norm(s)))):
        add(e1.start_char, e2.end_char, e1.label_, sent_of.get(e1.start, 0))  # 'Baja California'
    def known(surface: str) -> bool:
        return bool(candidates_for(gaz, surface)[0])

    for ent in ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ != "NORP":
            if place_cues.unit_brackets_after(gaz, doc_tokens(spacy_doc), ent.end - 1):
                add(ent.start_char, ent.end_char, "GAZ", sent_of.get(ent.start, 0))  # 'Djibo (Sahel)'
            continue
        sent = sent_of.get(ent.start, 0)
        longer = name_extent.particle_end(spacy_doc, ent, known) or hyphen_end(ent, known)
        if (longer and add(ent.start_char, longer, ent.label_, sent)) or add(
                ent.start_char, ent.end_char, ent.label_, sent):
            continue  # 'Bosnia and Herzegovina' is one place; 'Beni and Lubero' two
        parts = name_extent.split_list(text, ent.start_char, ent.end_char)
        for start, end in parts:
            if not add(start, end, ent.label_, sent) and ent.label_ in PLACE_LABELS:
                _add_subspans(text, start, end, ent.label_, sent, add)
    gazetteer_matches(spacy_doc, gaz, sent_of, taken, add)
    # 'in Bam ... practices in the province': Bam province
    return unit_back_references(text, sorted(mentions, key=lambda m: m.start))


def _people_filter(text: str, start: int, end: int, source: str,
                   cands: list[Candidate]) -> list[Candidate] | None:
    """None when a listed people's name stands for the people ('Nuer youths'); without the towns
    when any people's name qualifies its men ('Arab militias': no Arab, Alabama), a province of
    the name kept as the people's homeland ('Kachin rebels')."""
    if people_use(text, start, end):
        return None
    if people_modifier(text, start, end, source == "NORP", any(c.flag == DEMONYM for c in cands)):
        return [c for c in cands if c.place.kind != "city"]
    return cands


def _add_dateline(spacy_doc, text: str, sent_of: dict[int, int], taken: list[bool], add) -> None:
    """The dateline's places ('LAGOS, Nigeria (Reuters) -'), its credited agency marked taken."""
    dl = dateline_place(text)
    if dl:
        credit = name_extent.credit_span(dl.group(0), dl.end(1), len(dl.group(1)))
        name_extent.mark(taken, credit)  # 'AMMAN (Petra) --': the credited agency is no place
        for part_start, part_end in name_extent.split_list(text, dl.start(1), dl.end(1)):
            add(part_start, part_end, "DATELINE", sent_of.get(token_at_char(spacy_doc, part_start), 0))


def _by_source(cands: list[Candidate], source: str, surface: str, admin_word: bool) -> list[Candidate]:
    """The candidates the kind of mention allows: a spaCy LOC a real town, NORP a nationality,
    a gazetteer match no adjective unless a unit word backs it."""
    if source == "LOC":
        cands = [c for c in cands if c.place.kind != "city" or c.place.pop >= 5000]
    if source == "NORP":
        cands = [c for c in cands if c.flag == DEMONYM] or [
            c for c in cands if _strong(c, surface) and c.flag != DEMONYM
        ]
    elif source == "GAZ" and any(c.flag == DEMONYM for c in cands) and not admin_word:
        # 'the Somali Danab forces': an adjective of nationality, not the Somali Region
        cands = [c for c in cands if c.flag == DEMONYM]
    elif source == "GAZ":
        cands = [c for c in cands if c.flag != DEMONYM and c.place.kind != "continent"]
    elif source == "GAZ_STRONG":
        cands = [c for c in cands if _strong(c, surface)]
    else:
        cands = [c for c in cands if c.flag != DEMONYM or source == "GPE"]
    return cands


_LANGUAGE_CUES = {"in", "speak", "speaks", "spoke", "speaking", "fluent", "translated", "into"}


# 'the Serbian Orthodox Church' in Montenegro, 'Greek Orthodox' in Jerusalem, 'the Armenian
# Apostolic Church': an Orthodox church is named after a nation but serves its faithful across
# borders, so the adjective names a denomination, not where the deed was.
_CHURCH = re.compile(r"[ \t]+(?:Orthodox|Apostolic)\b")


def _no_nation(spacy_doc, text: str, start: int, end: int) -> bool:
    """The nationality adjective names a language or a church, not a country."""
    return _is_language(spacy_doc, start, end) or bool(_CHURCH.match(text, end))


def _is_language(spacy_doc, start: int, end: int) -> bool:
    """'shouted in Turkish', 'spoke French': an adjective naming a language, not a place."""
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start == 0:
        return False
    prev = spacy_doc[span.start - 1]
    nxt = spacy_doc[span.end] if span.end < len(spacy_doc) else None
    nxt_noun = nxt is not None and nxt.pos_ in ("NOUN", "PROPN")
    return prev.lower_ in _LANGUAGE_CUES and not nxt_noun and span[0].text.endswith(
        ("ish", "ch", "ese", "ian", "ic", "an")
    ) and not span[0].text[:1].islower()


def _strong(c: Candidate, surface: str) -> bool:
    """A match firm enough to take without spaCy's word: a country or province by its own name or
    adjective, or a large city (names of small places are too often ordinary words)."""
    p = c.place
    if c.flag == DEMONYM:
        return surface[:1].isupper() and not surface.isupper()
    if c.flag > OFFICIAL:
        return False
    return p.kind in ("country", "adm1") or (p.kind == "city" and p.pop >= 100_000)


def _add_subspans(text: str, start: int, end: int, label: str, sent: int, add) -> None:
    """For an entity the gazetteer lacks whole ('Sharsha upazila', 'North Waziristan tribal
    district'), try its trailing and leading word sequences."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    named = [w for w in words if text[w[0]:w[1]].lower() != "the"]  # 'the Gulf of Guinea'
    if named and (text[named[0][0]:named[0][1]].lower() in LANDFORMS
                  or text[words[-1][0]:words[-1][1]].lower().strip(".,") in FEATURE_HEADS):
        return  # 'Lake Chad', 'Suez Canal': a feature named after a place is not that place
    for n in range(len(words) - 1, 0, -1):
        for i in range(0, len(words) - n + 1):
            s, e = words[i][0], words[i + n - 1][1]
            if (text[s:e][:1].isupper() and text[s:e].lower() not in NON_PLACE
                    and not place_cues.arabic_head(text, s, e) and add(s, e, "GAZ_STRONG", sent)):
                return
