"""A police named by its task alone is the state's police: "the Public Security Police (PSP)".

Many states name their police forces and units by what they do, with no nationality or place in
the name: Portugal's "Public Security Police", the Gambia's "Police Intervention Unit", France's
"Judicial Police", Nigeria's "Mobile Police", Cameroon's "Rapid Intervention Police". spaCy reads
such a name as an organisation, and unread it became a new group of that name (with its bracketed
acronym, "PSP: Public Security Police") instead of the state's police. ACLED names every police
body after its state: "Police Forces of Portugal" (ACLED Codebook, actor names). A name with a
proper word in it ("Kano State Police", "Islamic Religious Police") is left to the other finders.
"""

from __future__ import annotations

import re

from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, acronym_uses, overlaps

# Capitalised words naming what a police body does or how it is organised, not whose it is.
_TASK = (r"Public|Security|Intervention|Judicial|Judiciary|Rapid|Response|Mobile|Riot|Traffic|"
         r"Criminal|Investigation|Order|Protection|Tactical|Reserve|Emergency|Civil|Auxiliary|"
         r"Highway|Immigration|Border|Special|Anti-Riot|Republican|State|National|Federal|"
         r"Military")
_UNIT = r"Unit|Service|Force|Brigade|Squad|Division|Command|Corps|Directorate"
_NAME_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:(?:{_TASK})\s+){{1,3}}Police(?:\s+(?:{_UNIT}))?"
    rf"|Police\s+(?:(?:{_TASK})\s+)?(?:{_UNIT}))(?![\w-])")
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Z0-9-]{1,9})\s*\)")
# A capitalised word right before the name makes it part of a longer proper name, unless the
# word opens the sentence or is an article ("The Judicial Police said ...").
_PROPER_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b(?!The\b|A\b|An\b)[A-Z][\w'’-]*\s+$")


def task_police_hits(text: str, taken: list[tuple[int, int]],
                     doc_country: str | None) -> list[Hit]:
    """Hits for a police named by its task, and its bracketed acronym's uses, as the police of
    the article's country ("Police Forces of <country>")."""
    cname = country_name(doc_country) if doc_country else None
    if not cname:
        return []  # whose police it is stays unknown: no label guessed
    label = actor_kb.class_label("police", cname)
    spec = actor_kb.terms()["classes"]["police"]
    key = f"term:police:{cname}"
    out: list[Hit] = []
    for m in _NAME_RE.finditer(text):
        start, end = m.span("name")
        if m.group("name") == "Military Police":
            continue  # the army's own police: a military force, left to the other finders
        if overlaps(start, end, taken + [(h.start, h.end) for h in out]):
            continue
        if _PROPER_BEFORE.search(text[max(0, start - 40):start]):
            continue
        hit = Hit(start, end, text[start:end], key, label, spec["kind"], label, doc_country,
                  cls="police")
        out.append(hit)
        acr = _BRACKETED.match(text, end)
        if acr:
            spans = taken + [(h.start, h.end) for h in out]
            out += acronym_uses(text, acr.group(1), hit, spans)
    return out
