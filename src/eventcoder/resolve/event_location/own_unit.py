"""An administrative unit the text names with its own type word ('Kitui county', 'Lagos State',
'Sindh province') is the writer's own statement of where: unit names are rarely shared, and the
type word says which reading is meant. Such a unit is not moved off to another country by the
article's other evidence: a nationality names people ('Somali militants who encroached Kitui
county'), and another place in the same sentence is more often the namesake abroad ('Maryland,
a junction in Lagos State') than the unit is. A national publisher of another country still moves
it: the gazetteer lacks many districts, whose names it then reads as a namesake abroad ('Manga
District' in a Nairobi paper is no district of Brazil). A compass name ('Eastern Region', 'North
West') is no such statement: many countries have one."""

from __future__ import annotations

from collections import Counter

from eventcoder.geoparser.gazetteer import OFFICIAL
from eventcoder.geoparser.name_heads import compass_only
from eventcoder.geoparser.names import unit_free_key
from eventcoder.geoparser.types import Resolved


def names_own_unit(choice: Resolved, publisher: Counter[str] | None = None) -> bool:
    """The chosen place is a province or district the text names by its own or official name
    with its type word, found as a place in the text (not by the gazetteer alone), and the
    ``publisher`` votes for no other country."""
    place, m = choice.place, choice.mention
    if place is None or place.kind not in ("adm1", "adm2") or not m.admin_word:
        return False
    if any(cc != place.cc and v > 0 for cc, v in (publisher or {}).items()):
        return False
    if m.source == "GAZ_STRONG" or compass_only(unit_free_key(m.text)):
        return False
    return any(s.place.gid == place.gid and s.flag <= OFFICIAL for s in choice.ranked)
