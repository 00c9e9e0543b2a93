"""A group named only as the supposed owner of a device a strike aimed at is no target.

"A drone strike targeting a suspected IS-K car bomb killed ten members of one family", "troops
fired on a car believed to be a Boko Haram bomb": the strike aimed at a thing the doers took for a
group's bomb, and the text does not say the group was there or hit (the hedge says nobody knows
it was). The group is a bystander of the record ("other"); the victims the text names are the
targets. A group's people ("a suspected Boko Haram suicide bomber", "suspected al-Shabaab
fighters") are persons the strike hit and stay targets.
"""

from __future__ import annotations

import re

from eventcoder.document import Event

_HEDGE_BEFORE = re.compile(
    r"\b(?:suspected|alleged|presumed|possible|purported|believed\s+to\s+(?:be|carry)|"
    r"thought\s+to\s+(?:be|carry))\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_DEVICE_AFTER = re.compile(
    r"^['’]?s?\s*(?:(?:car|truck|vehicle|roadside|suicide\s+car)[\s-]+)?"
    r"(?:bombs?|IEDs?|[VP]B?IEDs?|explosives?|explosive\s+devices?|bomb\s+factory|"
    r"bomb-making\s+(?:factory|workshop|cell))\b", re.IGNORECASE)


def demote_supposed_owners(text: str, event: Event) -> None:
    """Make a target named only as the supposed owner of a device a bystander ("other")."""
    for ea in event.actors:
        if ea.role != "target" or ea.start is None or ea.end is None:
            continue
        if _HEDGE_BEFORE.search(text[max(0, ea.start - 40):ea.start]) \
                and _DEVICE_AFTER.match(text[ea.end:ea.end + 40]):
            ea.role = "other"
            event.notes.setdefault("actors", "a group named as the supposed owner of a device "
                                             "the strike aimed at: no target")
