"""Harm done to a captive in a prison, a cell or custody is its keeper's.

"A man died under torture in a regime prison", "three men were allegedly tortured in jail", "a
detainee died in police custody": the note names no torturer, but only the force holding the
place could do it, and ACLED names that force, not an unidentified armed group
(acled_train.jsonl: deaths under torture in a regime military prison are coded "Military
Forces of Syria (2000-) Prison Guards"; deaths and torture in custody "Police Forces of Kenya").
The keeper follows the word that owns the place:

- police custody, a police cell or station → the police;
- a military, army or regime prison or detention centre → the military's prison guards;
- a prison or jail of no such word → the prison guards, as a named "prison guards" mention is
  labelled (``units`` in ``data/state_periods.yaml``).

Only an event with no doer of its own is read: the unidentified armed group the event type
implied when the text named none.
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.geoparser.countries import code_for_name
from eventcoder.resolve.actors.periods import state_label, unit_label

# harm to a captive, then the place it was held, in one clause ("tortured in jail", "died under
# torture in a regime prison"); "killed at a police station" is left out, since an attack on the
# station kills its own men
_HARM = r"(?:tortur\w*|beaten|abus\w*|ill[- ]?treat\w*|mistreat\w*|died)"
_PLACE = re.compile(
    _HARM + r"\b[^.;]{0,60}?\b(?:in|inside|while\s+in)\s+"
    r"(?:(?:the|a|an|one\s+of(?:\s+the)?)\s+)?"
    r"(?P<owner>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<place>custody|prisons?|jails?|cells?|detention(?:\s+(?:centres?|centers?|facilit\w+))?)"
    r"\b",
    re.IGNORECASE)
_POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)
_MILITARY = re.compile(r"\b(?:military|army|regime|intelligence)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^Unidentified Armed Group \((?P<c>[^()]+)\)$")


def _keeper(match: re.Match[str], code: str, day: str | None) -> str | None:
    """The ACLED label of the force that holds the place a match names."""
    owner, place = match.group("owner"), match.group("place").lower()
    if _POLICE.search(owner) or (place == "custody" and not _MILITARY.search(owner)):
        return state_label("Police Forces", code, day)
    if _MILITARY.search(owner):
        return state_label("Military Forces", code, day, "Prison Guards")
    if place.startswith(("prison", "jail", "cell")):
        return _guards(code, day)
    return None


def _guards(code: str, day: str | None) -> str | None:
    """The label a named "prison guards" mention gets in the country."""
    base = state_label("Police Forces", code, day)
    return unit_label(base, "prison guards", day) if base else None


def label_custodians(text: str, event: Event, day: str | None) -> None:
    """Name the keeper of the prison, cell or custody where a captive was harmed as the doer
    the text left unnamed."""
    if event.event_type != "Violence against civilians":
        return
    doers = [a for a in event.actors if a.role == "perpetrator"]
    if len(doers) != 1 or doers[0].start is not None:
        return
    m = _PLACEHOLDER.match(doers[0].acled_name or doers[0].name)
    code = code_for_name(m.group("c")) if m else None
    found = _PLACE.search(text)
    label = _keeper(found, code, day) if found and code else None
    if label is None:
        return
    doers[0].name = doers[0].acled_name = label
    event.notes.setdefault("actors", "harm to a captive in custody: its keeper")
