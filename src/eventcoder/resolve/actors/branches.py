"""A transnational group's national branch, from the country of the event.

The actors stage names a group's branch from the article's country ("Islamic State" in a report
set in Nigeria → "Boko Haram - Wilayat Gharb Ifriqiyyah"); when the article names no country it
can read ("the group said its fighters held off an army assault near the lake"), the
geocoder may still place the event, and the branch follows the event's country.
"""

from __future__ import annotations

import re

from eventcoder.document import EventActor
from eventcoder.geoparser.countries import code_for_name, country_name
from eventcoder.resolve.actors import kb as actor_kb


def national_branch(ea: EventActor, where: str | None) -> str | None:
    """The ACLED name of the group's branch in country ``where``, if it still has its base name."""
    if not where or not ea.acled_name:
        return None
    known = actor_kb.lookup(ea.name)
    if known is None or ea.acled_name != known.acled:
        return None  # already a branch, a dated name or another actor's label
    branch = dict(known.acled_by_country).get(where)
    return branch if branch and branch != ea.acled_name else None


def contingent_at_home(ea: EventActor, where: str | None) -> str | None:
    """A peace mission's national contingent acting outside the mission's country is its own
    country's military again ("Kenyan forces kill four al Shabaab members in Lamu" is set in
    Kenya: "Military Forces of Kenya", not "AMISOM: ... (Kenya)")."""
    label = ea.acled_name or ""
    missions = actor_kb.terms().get("missions") or {}
    for mission_country, spec in missions.items():
        head = spec["label"].split("(")[0]
        m = re.match(re.escape(head) + r".*\(([^()]+)\)$", label)
        if m is None or not where or where == mission_country:
            continue
        known = actor_kb.lookup(ea.name)
        if known is not None and known.country == code_for_name(m.group(1)):
            return known.acled
        code = code_for_name(m.group(1))
        name = country_name(code) if code and code != mission_country else None
        return actor_kb.class_label("military", name) if name else None
    return None


def shared_alias_at(ea: EventActor, where: str | None) -> tuple[str, str] | None:
    """(name, ACLED name) of the body a shared acronym denotes in the event's country, when the
    article named no country the actors stage could read ("an SNA checkpoint in Heliwa": the
    geocoder places Heliwa in Somalia, so 'SNA' is the Somali National Army, not Syria's)."""
    if not where or ea.acled_name not in (None, ea.name) or not actor_kb.weak_only(ea.name):
        return None
    entry = actor_kb.lookup(ea.name, where)
    if entry is None:
        return None
    return entry.name, entry.acled_name(where)
