"""A foreign state's forces taking territory do not regain it.

ACLED's "Government regains territory" is a government retaking its own land; a foreign state
actor that captures territory ("Russian forces captured several villages near Vovchansk") is coded
"Non-state actor overtakes territory" (ACLED Codebook, Battles). The typer reads only that state
forces took the place; once the actors are named and the event placed, the forces' own country
tells whether the land was theirs.
"""

from __future__ import annotations

from eventcoder.document import Event
from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors.periods import parse_state_label

_FORCES = frozenset({"Military Forces", "Police Forces"})


def _force_country(label: str) -> str | None:
    """The country code of a state force's label ("Military Forces of Russia (2000-)" → RU)."""
    parsed = parse_state_label(label)
    return parsed[1] if parsed is not None and parsed[0] in _FORCES else None


def retype_foreign_capture(event: Event) -> None:
    """Make a capture by another state's forces a non-state actor's taking of territory."""
    if event.sub_event_type != "Government regains territory" or event.location is None \
            or not event.location.country_code:
        return
    doers = [a.acled_name or a.name for a in event.actors if a.role == "perpetrator"]
    codes = {_force_country(d) for d in doers}
    if not doers or None in codes or event.location.country_code in codes:
        return
    event.sub_event_type = "Non-state actor overtakes territory"
    names = ", ".join(sorted(country_name(c) or c for c in codes if c))
    event.notes["sub_event_type"] = (f"forces of {names} took territory in "
                                     f"{event.location.country}: a foreign state actor's capture")
