"""Keep a wire dateline out of the name that follows it.

A report opening "YEREVAN - Police detained 98 people" or "BANDA ACEH - Hundreds of students
stormed ..." is read by spaCy's NER as one organisation across the dash ("YEREVAN - Police",
"BANDA ACEH - Hundreds"): the actors stage then finds an organisation of that name and loses the
police or the crowd. A dateline's dash ends a place written in capitals; nothing named runs
across it. This component, placed after the NER, cuts such an entity at the dash: the capitals
before it are the place (GPE), and what follows stays a name only when it is one in its own right
(a proper noun among several words, "Boko Haram", or an acronym, "M23"), not a sentence's
first common word.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

# A line opening with a place in capitals ("KABUL", "N'DJAMENA", "LAGOS, Nigeria (Reuters)",
# "KYIV, 11 March (AFP)", "LIMA, 11 MAR 90 (EFE) --", "KANO, Nigeria, April 16 -", its country and
# its date each after a comma, or its country in brackets before a comma as MUC's wire copy writes
# it, "EL PARAISO (EL SALVADOR), 19 MAR 89 (ACAN-EFE) --"; a bracket right before the separator
# credits an agency, "AMMAN (Petra) --"), then the dateline's separator and a space: a
# name hyphenated to a word ("SPLA-IO accused", "FORD-Kenya supporters") is no dateline. Only the
# first lines of a report carry a dateline. One pattern serves the entity cutter (the place, group
# "place") and the geoparser (the place with its country or region, group 1 "where"; the credited
# agency, group "credit").
_DATE = r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{2,4})?"
_DATELINE = re.compile(
    r"(?m)^\s*(?P<where>(?P<place>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:\s*\([A-Z][A-Za-z .]{2,30}\)(?=,))?"
    rf"(?:,\s*(?!{_DATE}\b)[A-Z][A-Za-z.' ]{{1,30}}?)?)"
    r"(?:,\s*[A-Z0-9][A-Za-z0-9.' ]{1,30}?){0,2}\s*(?P<credit>\([^)]{1,50}\))?\s*(?P<sep>--|[:—–-])\s"
)
# The same line with its place in title case, as case-restored wire copy reads ("Lima, 11 Mar 90
# (Efe) --"): a place in title case opens many a sentence, so the date and the bracketed
# outlet must both stand before the separator.
_DATELINE_TITLED = re.compile(
    r"(?m)^\s*(?P<place>[A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){0,3}),\s*[A-Z0-9][A-Za-z0-9.' ]{1,30}?"
    r"\s*\([^)]{1,30}\)\s*(?P<sep>--|[:—–-])\s"
)
# The line as agency copy writes it with its month first ("NIAMEY, Dec 12 (Reuters) -"). Kept
# beside _DATELINE for the dates stage alone: it reads the day of filing only where the month
# comes first or no day is given, a narrower question than where the dateline ends.
_DATELINE_MONTH_FIRST = re.compile(
    r"(?m)^\s*(?P<place>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z0-9.' ]{1,30}?){0,2}\s*(?:\([^)]{1,30}\))?\s*(?P<sep>[:—–-])\s"
)
# The line as regional outlets and translated copy write it: the town in title case, then a dash
# with a space either side and a capital ("Bunia - At least 38 people", "Addis Abeba - Gunmen
# stopped", "Port-au-Prince - Heavily armed"). The spaced dash sets it apart from a hyphenated
# name, the capital after it from a headline's "Sudan war - what we know".
_DATELINE_TITLED_DASH = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][\w'’.]+(?:[ -](?:(?:au|de|du|la|le|el|al|en)[ -])?[A-Z][\w'’.]+){0,2})"
    r" (?P<sep>[—–-]) (?=[A-Z])"
)
# The line as rights groups and UN agencies head a press release: the place and the day in
# brackets, then a dash ("(Nairobi, April 2, 2024) - Soldiers executed ...", "(Beirut, 3 May 2024)
# –"): the day is the release's, the place where it was issued.
_DATELINE_RELEASE = re.compile(
    r"(?m)^[ \t]*\((?P<place>[A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){0,2}),\s*[^()\n]{4,25}?\d{4}\)"
    r"\s*(?P<sep>[—–-])\s"
)
# The line as a security tracker's digest heads an entry: the day, a dash, the place with its
# region and country, a colon ("14 Mar 2020 - Beni territory, North Kivu, DR Congo: Suspected ADF
# militants killed ...", "2019-12-23 | Borno, Nigeria: ..."). The place is where it happened.
_DIGEST_HEADER = re.compile(
    r"(?m)^[ \t]*(?P<day>\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    r"|\d{4}-\d{2}-\d{2})\s*[—–|-]\s*"
    r"(?P<place>[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}(?:, [A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}){0,3})"
    r"(?P<sep>:)\s"
)
# The header a coder's note may open with: the place and the day, either way round, then a colon
# ("Al Hoceima, 26 May: hundreds rally ...", "5th December, Chitungwiza: ...", "Basra, 7th
# September:"). The place is where it happened; the tagger, with no sentence around it, often
# reads a place it does not know as a person ("Kolofata, 13 Jan:"). No year is needed: the note's
# date of publication gives it.
_DAY_MONTH = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?"
              r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?")
_NOTE_PLACE = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_NOTE_HEADERS = (
    re.compile(rf"^[ \t]*(?P<day>{_DAY_MONTH}),\s*(?P<place>{_NOTE_PLACE})\s*(?P<sep>:)\s"),
    re.compile(rf"^[ \t]*(?P<place>{_NOTE_PLACE}),\s*(?P<day>{_DAY_MONTH})\s*(?P<sep>:)\s"),
)
_HEAD_CHARS = 400
_HEAD_TOKENS = 120


def digest_header(head: str) -> re.Match[str] | None:
    """A tracker digest's header ("14 Mar 2020 - Beni territory, North Kivu, DR Congo:"), its
    place as group ``place``, or None."""
    return _DIGEST_HEADER.match(head[:_HEAD_CHARS])


def note_header(head: str) -> re.Match[str] | None:
    """A coder's note header ("Al Hoceima, 26 May:"), its place as group ``place`` and its day
    as group ``day``, or None."""
    return next((m for m in (p.match(head[:_HEAD_CHARS]) for p in _NOTE_HEADERS) if m), None)


def titled_dash_dateline(head: str) -> re.Match[str] | None:
    """The dateline of a regional outlet ("Bunia - At least ...") or of a press release
    ("(Nairobi, April 2, 2024) - ..."), its place as group 1, or None."""
    head = head[:_HEAD_CHARS]
    return _DATELINE_TITLED_DASH.search(head) or _DATELINE_RELEASE.search(head)


def dateline_place(text: str) -> re.Match[str] | None:
    """The text's dateline: its place with the country or region after it as group 1 (which the
    geoparser reads), the place alone as group "place", the separator as group "sep"."""
    head = text[:_HEAD_CHARS]
    return _DATELINE.search(head) or _DATELINE_TITLED.search(head) or titled_dash_dateline(head)


def dateline_separator(text: str, *, day_first: bool = True) -> tuple[int, int] | None:
    """(end of the capitalised place, offset of the separator) of a dateline, or None;
    ``day_first=False`` reads only a dateline with its month first or no day."""
    if not day_first:
        head = text[:_HEAD_CHARS]
        match = _DATELINE_MONTH_FIRST.search(head) or _DATELINE_RELEASE.search(head)
    else:
        match = dateline_place(text) or digest_header(text[:_HEAD_CHARS])
    if match is None:
        return None
    return match.end("place"), match.start("sep")


def _is_own_name(span: Span) -> bool:
    """A stretch after the dash that names something by itself ('Boko Haram', 'M23'), not the
    capitalised first word of the sentence ('Police', 'Hundreds')."""
    words = [t for t in span if not t.is_punct]
    if len(words) == 1:
        word = words[0].text
        return any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper())
    return any(t.pos_ == "PROPN" for t in words)


@Language.component("dateline_ents")
def dateline_ents(doc: Doc) -> Doc:
    """Cut an entity that runs across a dateline's separator into the place and what follows."""
    head = doc[:_HEAD_TOKENS].text  # the head only: no join of a long text
    letters = [c for c in head if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return doc  # capitals throughout (wire copy): no dateline stands out from the text
    digest = digest_header(head)
    if digest is not None:
        return _places_in_header(doc, digest.span("day"), digest.span("place"))
    header = note_header(head)
    if header is not None:
        return _places_in_header(doc, header.span("day"), header.span("place"), named=True)
    found = dateline_separator(head)
    if found is None:
        return doc
    place_end, sep = found
    crossing = [e for e in doc.ents if e.start_char < sep < e.end_char]
    if not crossing:
        return _place_in_capitals(doc, place_end)
    ent = crossing[0]
    kept = [e for e in doc.ents if e is not ent and e != ent]
    place = doc.char_span(ent.start_char, place_end, label="GPE", alignment_mode="contract")
    if place is not None and len(place):
        kept.append(place)
    after = [t for t in ent if t.idx > sep]
    if after:
        rest = doc[after[0].i:ent.end]
        if _is_own_name(rest):
            kept.append(Span(doc, rest.start, rest.end, label=ent.label_))
    doc.ents = sorted(kept, key=lambda e: e.start)
    return doc


def _place_in_capitals(doc: Doc, place_end: int) -> Doc:
    """The dateline's place read as an organisation or a person ("ERBIL, Kurdistan Region -")
    is a place: the dateline opens with where the report was filed, nothing else."""
    named = [e for e in doc.ents if e.end_char <= place_end and e.label_ in ("ORG", "PERSON", "NORP")]
    relabelled = [Span(doc, e.start, e.end, label="GPE") if e in named else e for e in doc.ents]
    # "LA PAZ -" read as the place "LA" and a stray "PAZ": the dateline's place is one name
    start = len(doc.text) - len(doc.text.lstrip())
    place = doc.char_span(start, place_end, alignment_mode="contract")
    inside = [e for e in relabelled if e.start_char < place_end]
    if place is not None and len(place) > 1 and inside and all(
            e.end_char <= place_end for e in inside) and (inside[0].start, inside[-1].end) != (
            place.start, place.end):
        relabelled = [Span(doc, place.start, place.end, label="GPE"),
                      *(e for e in relabelled if e.start_char >= place_end)]
    elif not named:
        return doc
    doc.ents = relabelled
    return doc


def _places_in_header(doc: Doc, day: tuple[int, int], place: tuple[int, int],
                      named: bool = False) -> Doc:
    """A digest header's day is one date and its names between the dash and the colon are
    places ("Ouham-Pende, Central African Republic:" read as an organisation and a nationality;
    "23 Dec 2019 - Borno" read as one date across the dash). With ``named``, the header's one
    place the NER left unnamed ("Ouallam, 6 Oct:") is named a place too."""
    kept = []
    for e in doc.ents:
        if e.start_char < day[1] and e.end_char > day[0]:
            if e.start_char < place[0] < e.end_char:  # the date ran on across the dash into the place
                rest = doc.char_span(place[0], min(e.end_char, place[1]), alignment_mode="contract")
                kept += [Span(doc, rest.start, rest.end, label="GPE")] if rest is not None and len(rest) else []
            continue
        inside = place[0] <= e.start_char and e.end_char <= place[1]
        kept.append(Span(doc, e.start, e.end, label="GPE")
                    if inside and e.label_ in ("ORG", "PERSON", "NORP") else e)
    date = doc.char_span(day[0], day[1], label="DATE", alignment_mode="contract")
    if date is not None and len(date):
        kept.append(date)
    whole = doc.char_span(place[0], place[1], label="GPE", alignment_mode="contract")
    if named and whole is not None and len(whole) and not any(
            e.start_char < place[1] and place[0] < e.end_char for e in kept):
        kept.append(whole)
    doc.ents = sorted(kept, key=lambda e: e.start)
    return doc
