"""'Hays district of Al Hudaydah': the name after 'X district of' is the unit that holds X.

Many provinces share their name with their capital (Al Hudaydah, Narathiwat, Kherson, Sagaing),
and the resolver, on population, reads such a name as the city. When the text names a unit and
says which larger unit it is 'of', the second name is that larger unit: it is read as the
province or district of that name that holds one of the first name's senses. The containment
check that follows then keeps the first name's sense inside it ('Hays' in Yemen, not Hays County,
Texas).
"""

from __future__ import annotations

from eventcoder.geoparser.gazetteer import Gazetteer
from eventcoder.geoparser.types import Resolved
from eventcoder.geoparser.unit_gap import place_unit_gap

_OF = place_unit_gap()
_UNITS = ("adm1", "adm2")


def read_holders_as_units(resolved: list[Resolved], gaz: Gazetteer) -> None:
    """Make the name after a named unit ('Hays district of') the unit holding it, where it can."""
    text = resolved[0].mention.doc_text if resolved else None
    if not text:
        return
    for r, holder in zip(resolved, resolved[1:], strict=False):
        if not r.mention.admin_word or holder.place is None or holder.place.kind in _UNITS:
            continue
        if holder.place.kind == "country" or not _OF.match(
                text[r.mention.end : holder.mention.start]):
            continue
        # all the name's senses: the resolver pruned a province that shares its capital's name
        units = [c.place for c in holder.mention.candidates if c.place.kind in _UNITS
                 and any(gaz.contains(c.place, own.place) for own in r.ranked)]
        if units:
            holder.place = units[0]
