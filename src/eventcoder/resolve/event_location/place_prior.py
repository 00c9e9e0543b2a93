"""Places known from the training records' coding (data/place_prior.yaml, `eventcoder fit places`).

Two uses, both only where the text itself gives no better evidence:
- a name the gazetteer knows in several countries ('Rafah': Palestine and Egypt) votes for the
  country in which the training records coded it, when the name has a reading there;
- a place-like name the gazetteer lacks ('clashes in Nertiti') places the event at the point and
  province the training records gave it, when they coded it in one country.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from eventcoder.datafiles import load_data
from eventcoder.document import Document, Event
from eventcoder.geoparser.gazetteer import Place
from eventcoder.geoparser.names import norm
from eventcoder.nlp.doc_cache import doc_sents, span_text
from eventcoder.resolve.event_location.records import location_of

# A name the training records coded in one country at least this often (of all their lines with
# that name) points to that country; below it the name is shared and says nothing.
MIN_SHARE = 0.75
W_PRIOR = 1.0  # as much as a province named outright: the analysts coded that very name there
# A capitalised name (up to four words, hyphens and particles inside) after a locative word, or
# before a settlement noun ('struck Damasa border town', 'raided Gouzoudou village').
_NAME = r"((?:[A-Z][\w'’]+)(?:[\s-](?:(?:el|al|ad|ed|de|du|wa|bin|ben)\s+)?[A-Z][\w'’]+){0,3})"
_NAME_AFTER_LOCATIVE = re.compile(
    rf"\b(?:in|at|near|outside|village\s+of|town\s+of|area\s+of)\s+{_NAME}"
    rf"|\b{_NAME}\s+(?:border\s+)?(?:town|village|camp|area|locality)\b"
)


@functools.cache
def place_table() -> dict[str, list[tuple[str, int, str, float, float]]]:
    """Normalised name → [(country, lines, admin1, lat, lon), ...], most lines first."""
    data = load_data("place_prior.yaml").get("places") or {}
    return {str(k): [(str(r[0]), int(r[1]), str(r[2]), float(r[3]), float(r[4])) for r in rows]
            for k, rows in data.items()}


def coded_country(key: str) -> tuple[str, int, str, float, float] | None:
    """The one country (with its count, province and point) the training records code a name in."""
    rows = place_table().get(key)
    if not rows:
        return None
    total = sum(r[1] for r in rows)
    return rows[0] if rows[0][1] / total >= MIN_SHARE else None


# A national capital or a city this large is what a bare name means, whatever a regional training
# sample coded ('Tripoli': Libya's capital, though the sample codes Lebanon's more often).
LARGE_CITY_POP = 1_000_000


def prior_votes(key: str, readings: set[str], chosen: Place | None = None) -> Counter[str]:
    """A vote for the country the training records code this name in, if the name has a reading
    there ('Rafah' → EG) and the chosen reading is no capital or large city, else none."""
    if chosen is not None and (chosen.fcode == "PPLC" or chosen.pop >= LARGE_CITY_POP):
        return Counter()
    row = coded_country(key)
    return Counter({row[0]: W_PRIOR}) if row and row[0] in readings else Counter()


def locate_by_prior(document: Document, event: Event) -> bool:
    """Place the event at a name in its sentences that the geoparser could not resolve and the
    training records coded in one country; True when placed."""
    sents = doc_sents(document.spacy_doc)
    for i in event._sentences:
        if i >= len(sents):
            continue
        sent = sents[i]
        for m in _NAME_AFTER_LOCATIVE.finditer(span_text(sent)):
            group = 1 if m.group(1) else 2
            words = m.group(group).split()
            for n in range(len(words), 0, -1):  # 'Nertiti Camp' → 'Nertiti Camp', 'Nertiti'
                name = " ".join(words[:n])
                row = coded_country(norm(name))
                start = sent.start_char + m.start(group)
                if row is None or any(t.start < start + len(name) and start < t.end
                                      for t in document.toponyms):
                    continue  # a name the geoparser resolved was weighed (and set aside) already
                cc, lines, admin1, lat, lon = row
                place = Place(-1, name, "city", "PPL", cc, admin1 or None, None, None, None,
                              lat, lon, 0)
                event.location = location_of(place, name, start, start + len(name))
                event.add_evidence("location", start, start + len(name), document.text)
                event.notes["location"] = (
                    f"'{name}' is not in the gazetteer; the training records code it in {cc} "
                    f"({admin1}, {lines} line{'s' if lines > 1 else ''})")
                return True
    return False
