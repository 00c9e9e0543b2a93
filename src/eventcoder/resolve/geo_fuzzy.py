"""Spelling variants of local place names ('Bossaso' for Bosaso, 'Dayniile' for Daynile).

News and field reports transliterate small places many ways. A place-like name that the
gazetteer does not know exactly is compared, with rapidfuzz, against the names of the countries the
article is about (never the whole world: a close spelling elsewhere is a false friend).
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz, process

from eventcoder.resolve.gazetteer import ALTERNATE, Candidate, Gazetteer
from eventcoder.resolve.geo_names import ADMIN_SUFFIXES, norm
from eventcoder.resolve.geo_recognize import Mention, _capitalised
from eventcoder.resolve.geo_resolve import Resolved, Scored

MIN_RATIO = 88.0
_PLACE_AFTER = {"district", "village", "town", "city", "area", "region", "locality", "province",
                "state", "county", "neighbourhood", "neighborhood", "camp", "lga"}


def unknown_spans(spacy_doc, mentions: list[Mention]) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of place-like names no mention covers: spaCy GPE/LOC entities and
    capitalised words after 'in/at/near' or before 'district/village'."""
    covered = [(m.start, m.end) for m in mentions]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in covered)

    sent_of = {}
    for i, sent in enumerate(spacy_doc.sents):
        for tok in sent:
            sent_of[tok.i] = i
    spans = []
    for ent in spacy_doc.ents:
        if ent.label_ in ("GPE", "LOC") and free(ent.start_char, ent.end_char):
            spans.append((ent.start_char, ent.end_char, sent_of.get(ent.start, 0)))
    toks = list(spacy_doc)
    for i, tok in enumerate(toks):
        if not _capitalised(tok) or not free(tok.idx, tok.idx + len(tok)):
            continue
        nxt = toks[i + 1].lower_ if i + 1 < len(toks) else ""
        prev = toks[i - 1].lower_ if i else ""
        after_prep = prev in ("in", "at", "near", "outside")
        # spaCy often tags an unfamiliar one-word toponym a PERSON ('clashed in Bossaso'); after a
        # locative preposition and followed by no other name word it is still place-like.
        lone_person = tok.ent_type_ == "PERSON" and after_prep and tok.ent_iob_ == "B" and not (
            i + 1 < len(toks) and toks[i + 1].ent_iob_ == "I")
        if tok.ent_type_ not in ("", "GPE", "LOC", "FAC", "NORP") and not lone_person:
            continue
        if nxt in _PLACE_AFTER or after_prep:
            if all(not (s <= tok.idx < e) for s, e, _ in spans):
                spans.append((tok.idx, tok.idx + len(tok), sent_of.get(i, 0)))
    return spans


def fuzzy_resolve(spacy_doc, gaz: Gazetteer, mentions: list[Mention], resolved: list[Resolved],
                  actor_countries: Counter[str] | None = None) -> list[Resolved]:
    """Resolved mentions for unknown names that closely match a place of the article's countries."""
    votes: Counter[str] = Counter(actor_countries or {})
    for r in resolved:
        if r.place is not None and r.place.cc and r.mention.source != "GAZ_STRONG":
            votes[r.place.cc] += 1
    countries = [cc for cc, _ in votes.most_common(2)]
    if not countries:
        return []
    text = spacy_doc.text
    out = []
    for start, end, sent in unknown_spans(spacy_doc, mentions):
        surface = text[start:end]
        key = norm(surface)
        for suffix in ADMIN_SUFFIXES:
            if key.endswith(suffix):
                key = key[: -len(suffix)].strip()
        if len(key) < 5:
            continue
        best = None
        for cc in countries:
            names = gaz.names_in_country(cc)
            hit = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=MIN_RATIO)
            # An exact name was already weighed (and refused) by the recogniser.
            if hit and hit[1] < 100 and hit[0][:1] == key[:1] and (
                best is None or hit[1] > best[1]
            ):
                best = (hit[0], hit[1], names[hit[0]])
        if best is None:
            continue
        places = [p for p in (gaz.get(g) for g in best[2]) if p is not None]
        place = max(places, key=lambda p: (p.kind == "city", p.pop))
        mention = Mention(start, end, surface, norm(surface), "FUZZY",
                          [Candidate(place, ALTERNATE)], False, sent)
        reason = f"spelling close to '{best[0]}' ({best[1]:.0f}%) in {place.cc}"
        out.append(Resolved(mention, place, [Scored(place, ALTERNATE, best[1] / 100, [reason])]))
    return out
