"""A bomb someone planted or threw, with no doer named, is an unidentified armed group's.

"A roadside bomb tore through a vehicle of the CMA", "a hand grenade was hurled at an army
checkpoint": the note names the target of the device, maybe the force that answered, but no one
who set it. A device placed or thrown by hand has a doer on the ground, and ACLED names an
unknown one "Unidentified Armed Group (<country>)" (ACLED Codebook, "Remote explosive/landmine/
IED" and "Grenade"; acled_train.jsonl: 99 of the 203 grenade and IED notes, the others naming
their group). The attribution stage adds that
placeholder only when no armed group is named at all, so a named armed group hit by the device,
or the soldiers who returned fire, left it without a doer. Fire from afar (shelling, air strikes,
drones, missiles) is left alone: its doer is a side the text or the front line names.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.rival_groups import event_country, event_scope

_DEVICE = re.compile(
    r"\b(?:IEDs?|[RV]B?IEDs?|UVIEDs?|improvised\s+explosive\s+devices?|roadside\s+bombs?|"
    r"land\s?mines?|(?:hand\s+)?grenades?|explosive\s+devices?|planted\s+(?:bombs?|explosives?))\b",
    re.IGNORECASE)
_FROM_AFAR = re.compile(
    r"\b(?:air\s?strikes?|air\s+raids?|shell(?:s|ing|ed)|mortars?|drones?|artillery|missiles?|"
    r"rockets?|warplanes?|jets?|bombard\w*|aircraft|helicopters?)\b", re.IGNORECASE)
_NAMED_DOER = {"claimed", "suspected", "accused"}
# labels that never set a bomb in a note that names no doer: the forces and people it hits
_NO_BOMBER = re.compile(r"^(?:Military Forces|Police Forces|Government|Civilians|Protesters|Rioters)\b")
# what the device hit belongs to the group named next ("a vehicle of the CMA", "a truck carrying
# ADF rebels"); a group named any other way ("Al Shabaab suspected", "remnants of the activities
# of BRSC militants") may be the doer the attribution did not read
_HIT_OWNER = re.compile(
    r"\b(?:(?:vehicle|pickup|truck|car|bus|boat|convoy|patrol|position|post|base|checkpoint|camp|"
    r"office|house|home|headquarters)s?\s+(?:of|belonging\s+to)|carrying|transporting)\s+"
    r"(?:(?:the|an?|two|three|several)\s+)?$", re.IGNORECASE)


def _may_be_doer(text: str, ea: EventActor) -> bool:
    """True if a named group the event reads as bystander or victim may still be its doer ("two
    Taliban fighters were killed when the mines they were laying exploded"): the text does not
    name it as the owner of what the device hit."""
    if _NO_BOMBER.match(ea.acled_name or ea.name):
        return False
    return ea.start is None or not _HIT_OWNER.search(text[max(0, ea.start - 40):ea.start])


def _has_doer(text: str, event: Event) -> bool:
    """True if an actor is or may be the event's doer (not only a force both hit and
    answering)."""
    targets = {a.acled_name or a.name for a in event.actors if a.role == "target"}
    return any(
        a.attribution in _NAMED_DOER
        or (a.role == "perpetrator" and (a.acled_name or a.name) not in targets)
        or (a.role in ("other", "target") and _may_be_doer(text, a))
        or (a.acled_name or a.name).startswith("Unidentified Armed Group")
        for a in event.actors)


def add_device_doer(text: str, event: Event) -> None:
    """Add the unidentified armed group that set off a planted or thrown device nobody is
    named for."""
    if event.event_type != "Explosions/Remote violence" or _has_doer(text, event):
        return
    scope = event_scope(text, event)
    if not _DEVICE.search(scope) or _FROM_AFAR.search(scope):
        return
    add_unidentified_group(event, "perpetrator", "a planted or thrown device with no doer named: "
                                                 "an unidentified armed group")


def add_unidentified_group(event: Event, role: str, note: str) -> None:
    """Add "Unidentified Armed Group (<the event's country>)" in ``role``, with its note."""
    country = event_country(event, [a.acled_name or a.name for a in event.actors])
    label = actor_kb.class_label("uag", country) if country else "Unidentified Armed Group"
    event.actors.append(EventActor(name=label, acled_name=label, role=role))
    event.notes.setdefault("actors", note)
