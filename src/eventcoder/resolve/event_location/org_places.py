"""Places named only inside an organisation's name ('students of Ibadan University', 'the
Peshawar Press Club', 'the Mombasa port workers' union') say where the body is, not where its
members acted: they place an event only when nothing better exists, at city precision, with a note."""

from __future__ import annotations

import re

from eventcoder.geoparser.gazetteer import KIND_RANK, Place, get_gazetteer
from eventcoder.nlp.doc_cache import doc_ents, doc_sents
from eventcoder.resolve.event_location.records import location_of

# Head words of an organisation named after its seat ('Ibadan University', 'Peshawar Press Club',
# 'Mombasa port workers' union', 'Kano Chamber of Commerce').
_ORG_WORDS = (
    r"university|polytechnic|college|school|academy|institute|press\s+club|club|union|"
    r"association|chamber|council|bar|federation|society|syndicate|cooperative|company|"
    r"corporation|bank|hospital|teaching\s+hospital|football\s+club|fc"
)
# Words that may stand between the name and the head: capitalised ones, or a body's members.
_ORG_MIDDLE = (r"(?:[A-Z][\w'’-]*|port|workers['’]?|teachers['’]?|students['’]?|traders['’]?|"
               r"state|city|district|medical|teaching|general|press|bar|football|youth|"
               # the kind of school ('the Ayotzinapa rural teachers' college', 'a technical school')
               r"rural|normal|national|public|technical|training|community)")
ORG_AFTER = re.compile(rf"^(?:\s+{_ORG_MIDDLE}){{0,3}}?\s+(?i:{_ORG_WORDS})\b")
_ORG_HEAD = re.compile(rf"\b(?:{_ORG_WORDS})\b", re.IGNORECASE)
_ORG_LABELS = {"ORG"}  # not FAC: roads, bridges and airports are where events happen
# An authority named after the territory it governs ('the Government of Assam', 'the Chief
# Minister of Punjab'): the territory says whose authority acts, not where (it signs in New Delhi).
_AUTHORITY_OF = re.compile(
    r"\b(?:(?:state\s+|provincial\s+|regional\s+)?government|chief\s+minister|governor|"
    r"prime\s+minister|premier|cabinet|legislative\s+assembly)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)


def org_name_around(document, start: int, end: int) -> str | None:
    """The organisation's name when the place at start..end lies inside one (spaCy's ORG/FAC
    entity, or the name followed within three words by an organisation's head word)."""
    for ent in doc_ents(document.spacy_doc):
        # spaCy's ORG label alone is too loose ('Jos North LGA'): the name must end in a body's word
        if ent.label_ in _ORG_LABELS and ent.start_char <= start and end < ent.end_char and \
                _ORG_HEAD.search(document.text[end : ent.end_char]):
            return ent.text
    m = ORG_AFTER.match(document.text[end : end + 60])
    if m:
        return document.text[start : end + m.end()].strip()
    before = _AUTHORITY_OF.search(document.text[max(0, start - 40) : start])
    if before:
        return document.text[max(0, start - 40) + before.start() : end]
    return None


def org_fallback(document, event, org_places: list, sent_ids: set[int]) -> bool:
    """Place the event at a city or province named only inside an organisation's name, in its
    own sentences first ('students of Ibadan University'), with a note saying so."""
    found = [(r.place, r.mention.text, r.mention.start, r.mention.end,
              org_name_around(document, r.mention.start, r.mention.end) or r.mention.text)
             for r in org_places if r.mention.sent in sent_ids]
    found = found or places_in_org_names(document, sent_ids)
    if not found:
        return False
    place, text, start, end, org = found[0]
    precision = "city" if place.kind == "city" else place.precision
    event.location = location_of(place, text, start, end, precision)
    event.add_evidence("location", start, end, document.text)
    event.notes["location"] = (f"the only place evidence is the organisation name '{org}'; "
                               f"placed at {place.name}, where that body is")
    return True


def places_in_org_names(document, sent_ids: set[int]) -> list[tuple[Place, str, int, int, str]]:
    """Cities and provinces named at the start of organisations' names in the given sentences
    ('Ibadan University' → Ibadan): the place, its text, start, end and the organisation."""
    gaz = get_gazetteer()
    sents = doc_sents(document.spacy_doc)
    out = []
    for ent in doc_ents(document.spacy_doc):
        if ent.label_ not in _ORG_LABELS or not any(
            sents[i].start <= ent.start < sents[i].end for i in sent_ids if i < len(sents)
        ):
            continue
        if not _ORG_HEAD.search(ent.text):
            continue
        words = [t for t in ent if not t.is_punct]
        if words and words[0].lower_ == "the":
            words = words[1:]
        for n in (3, 2, 1):
            if len(words) <= n:
                continue  # the whole name is the organisation's, not a place's
            span = document.spacy_doc[words[0].i : words[n - 1].i + 1]
            if not span.text[:1].isupper():
                break
            found = gaz.lookup(span.text)
            country = next((c.place for c in found if c.place.kind == "country"), None)
            if country is not None:  # 'the South African Broadcasting Corporation': no 'South'
                out.append((country, span.text, span.start_char, span.end_char, ent.text))
                break
            cands = [c.place for c in found if c.place.kind in ("city", "adm1", "adm2")
                     and (c.place.kind != "city" or c.place.pop >= 20_000)]
            if cands:
                best = max(cands, key=lambda p: (p.pop, KIND_RANK[p.kind]))
                out.append((best, span.text, span.start_char, span.end_char, ent.text))
                break
    return out


