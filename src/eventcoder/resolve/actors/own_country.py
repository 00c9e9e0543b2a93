"""An event's country read from its own actors when the geocoder found none.

When no place of the event is known, its unnamed actors ("protesters", "rioters", "civilians")
are left without a country. Some of the event's other actors carry their own country on their
face, and of those only the ones that act at home are evidence of where the event was:

- police named by their nationality ("Kenyan police", "Bangladeshi police"): a police force works
  inside its own state, unlike an army, whose troops fight abroad (French soldiers in Mali,
  Kenyan troops in Somalia), so soldiers are never evidence;
- a political party the knowledge base places in one country (a party contests elections and
  rallies at home: ``data/political_parties.yaml``).

When all such evidence names one country, the event's unnamed actors take it ("Kenyan police
fired tear gas at protesters" → "Protesters (Kenya)"); two countries, or none, leave them as
they were (unknown, not guessed).
"""

from __future__ import annotations

import re

from eventcoder.document import Document, Event
from eventcoder.geoparser.countries import code_for_name, country_name
from eventcoder.resolve.actors import kb as actor_kb

_POLICE = re.compile(r"^Police Forces of (?:the )?(?P<c>[A-Z][^()]*?)(?: \(|$)")
_PARTY = "political party"


def _evidence(document: Document, event: Event) -> set[str]:
    """Countries the event's home-bound actors name."""
    kinds = {a.actor_id: (a.kind, a.country) for a in document.actors}
    codes: set[str] = set()
    for ea in event.actors:
        m = _POLICE.match(ea.acled_name or "")
        code = code_for_name(m.group("c")) if m else None
        if code is None:
            kind, country = kinds.get(ea.actor_id or "", (None, None))
            code = country if kind == _PARTY else None
        if code:
            codes.add(code)
    return codes


def label_from_own_actors(document: Document, event: Event) -> None:
    """Give the unnamed actors of an event with no known country the one country its police
    or parties name."""
    if event.location is not None and event.location.country_code:
        return
    classes = {spec["name"]: cls for cls, spec in actor_kb.terms()["classes"].items()
               if "{country}" in spec["acled"]}
    bare = [ea for ea in event.actors if ea.acled_name is None and ea.name in classes]
    if not bare:
        return
    codes = _evidence(document, event)
    name = country_name(next(iter(codes))) if len(codes) == 1 else None
    if name is None:
        return
    for ea in bare:
        ea.acled_name = actor_kb.class_label(classes[ea.name], name)
        ea.name = ea.acled_name
    event.notes.setdefault("actors", f"country of the event's police or party: {name}")
