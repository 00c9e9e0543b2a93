"""A foreign state's forces taking territory do not regain it.

ACLED's "Government regains territory" is a government retaking its own land; a foreign state
actor that captures territory ("Russian forces captured several villages near Vovchansk") is coded
"Non-state actor overtakes territory" (ACLED Codebook, Battles). The typer reads only that state
forces took the place; once the actors are named and the event placed, the forces' own country
tells whether the land was theirs.
"""

from __future__ import annotations

import re

from eventcoder.document import Event

_STATE_LABEL = re.compile(r"^(?:Military|Police) Forces of (?:the )?(?P<country>[^()]+?)"
                          r"(?:\s+\(\d{4}-(?:\d{4})?\))?(?:\s|$)")


def _force_country(label: str) -> str | None:
    m = _STATE_LABEL.match(label)
    return m.group("country").strip() if m else None


def retype_foreign_capture(event: Event) -> None:
    """Make a capture by another state's forces a non-state actor's taking of territory."""
    if event.sub_event_type != "Government regains territory" or event.location is None \
            or not event.location.country:
        return
    doers = [a.acled_name or a.name for a in event.actors if a.role == "perpetrator"]
    countries = {_force_country(d) for d in doers}
    if not doers or None in countries or event.location.country in countries:
        return
    event.sub_event_type = "Non-state actor overtakes territory"
    event.notes["sub_event_type"] = (f"forces of {', '.join(sorted(countries))} took territory "
                                     f"in {event.location.country}: a foreign state actor's capture")
