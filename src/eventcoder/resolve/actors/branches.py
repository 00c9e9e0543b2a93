"""A transnational group's national branch, from the country of the event.

The actors stage names a group's branch from the article's country ("Islamic State" in a report
set in Nigeria → "Boko Haram - Wilayat Gharb Ifriqiyyah"); when the article names no country it
can read ("IS claims to have repelled a Nigerian military attack in the Lake Chad region"), the
geocoder may still place the event, and the branch follows the event's country.
"""

from __future__ import annotations

from eventcoder.document import EventActor
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
