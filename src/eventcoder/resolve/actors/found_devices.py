"""A bomb found or defused that nobody is named for belongs to an unidentified armed group.

"Police defused a grenade left at the bus park", "residents found an unexploded bomb near the
market": the note names the force that disrupted the device, maybe the people who found it, but
no one who made or planted it. Someone did, and ACLED codes the unknown owner of a disrupted
device as "Unidentified Armed Group (<country>)" beside the force (ACLED Codebook, "Disrupted
weapons use"; acled_train.jsonl: 19 of the 22 defusal notes carry that label, the other three
name their group, "al Shabaab IEDs"). A group the text names, as owner or suspect, keeps the
record; so does a found device that is only the aftermath of a blast its doer is named for.
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.resolve.actors.device_doers import add_unidentified_group
from eventcoder.resolve.actors.rival_groups import event_scope

_DEVICE = re.compile(
    r"\b(?:IEDs?|improvised\s+explosive\s+devices?|roadside\s+bombs?|land\s?mines?|"
    r"(?:hand\s+)?grenades?|explosive\s+devices?|bombs?|explosives?|detonators?)\b",
    re.IGNORECASE)
# what a force or a passer-by does to a device that did not go off
_DISRUPTED = re.compile(
    r"\b(?:defus\w*|diffus\w*|found|discover\w*|recover\w*|unexploded|dismantl\w*|"
    r"dispos(?:ed|al)|neutrali[sz]\w*|controlled\s+(?:explosion|detonation)|spotted|"
    r"detected|located)\b", re.IGNORECASE)
# forces, officials and people: the ones who find a device, never its owner
_NOT_OWNER = re.compile(r"^(?:Military Forces|Police Forces|Government|Civilians|Protesters|"
                        r"Rioters|Private Security)\b")
_SENTENCE = re.compile(r"[^.;!?]+")
# (acled_train.jsonl types all 22 notes of a device found or defused "Disrupted weapons use";
# other typings are kept, as the typer may misread a find, but never an arrest's)
_ARREST = "Arrests"


def _disrupted_device(scope: str) -> bool:
    """True if one sentence tells of a device found or made safe."""
    return any(_DEVICE.search(s.group()) and _DISRUPTED.search(s.group())
               for s in _SENTENCE.finditer(scope))


def add_device_owner(text: str, event: Event) -> None:
    """Add the unidentified armed group that owned a found or defused device nobody is named
    for."""
    if event.event_type != "Strategic developments" or event.sub_event_type == _ARREST:
        return  # an arrest told beside a found device has its own sides (the arrested men)
    if any(not _NOT_OWNER.match(a.acled_name or a.name) for a in event.actors):
        return  # a named group (or an unidentified one already) owns it
    if not _disrupted_device(event_scope(text, event)):
        return
    add_unidentified_group(event, "target", "a device found or defused with no owner named: "
                                            "an unidentified armed group")
