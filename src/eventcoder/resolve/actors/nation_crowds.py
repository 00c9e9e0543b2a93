"""A people named by its nationality who clash, stone or burn is a crowd of that nationality.

"Clashes erupted between Palestinians and Israeli forces", "Venezuelans threw stones at
Colombian police": the unarmed people of a nation who fight a state's forces are no armed group
and no civilians but rioters, named after their own nationality wherever the event is (ACLED
Codebook: rioters are "individuals engaging in violent demonstration or spontaneous violent
acts", named "Rioters (<country>)"; a crowd is named after the people in it, as
:mod:`foreign_crowds` does for protests). Only a bare plural demonym heads the crowd
("Palestinians", "Somalis"); "Palestinian militants" or "Somali soldiers" are armed men the
actor finders name. The unnamed placeholder the event type implied ("Unidentified Armed
Group", "Rioters" of the event's country) gives way to the crowd.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.geoparser.countries import country_name, demonym_code

_TYPES = {"Riots", "Battles"}
_DEMONYM = r"(?P<{0}>[A-Z][a-z]+(?:is|ans|ns|ese|s))"
_DEED = (r"(?:clashed|hurled|threw|pelted|rioted|stoned|torched|burn(?:ed|t)|set\s+fire|"
         r"attacked|fought|beat)")
# a demonym before an armed noun names armed men ("Venezuelans troops" is not a crowd)
_NOT_ARMED = (r"(?!\s+(?:forces|troops|soldiers|police|army|militants|fighters|gunmen|rebels|"
              r"militias?|guerrillas|insurgents)\b)")
_NATION_CROWD = re.compile(
    r"\b(?:clash(?:es|ed)?|fight(?:ing)?|confrontations?|scuffles?)\s+(?:\w+\s+){0,2}?between\s+"
    r"(?:(?:dozens|hundreds|scores|groups?)\s+of\s+)?" + _DEMONYM.format("a") + r"\s+and\b"
    # "clashes between Israeli forces and Palestinians"
    r"|\bbetween\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:security\s+)?(?:forces|troops|soldiers|"
    r"police|army|military)\s+and\s+" + _DEMONYM.format("c") + _NOT_ARMED
    + r"|(?:^|[.;]\s+|\bOn\s+[^,]{3,30},\s+)(?i:(?:dozens|hundreds|scores|a\s+group|groups)\s+of\s+"
    r"|(?:some|young|angry)\s+)?" + _DEMONYM.format("b") + r"\s+(?:[a-z]+\s+){0,2}?" + _DEED
    + r"\b"
)
_PLACEHOLDER = re.compile(r"^(?:Unidentified Armed Group|Rioters)\b")


def crowd_nation(text: str) -> str | None:
    """Country code of the nation whose people are written as a fighting crowd, or None."""
    for m in _NATION_CROWD.finditer(text):
        word = m.group("a") or m.group("b") or m.group("c")
        singular = word[:-1] if word.endswith("s") else word  # "Lebanese" stays as it is
        code = demonym_code(singular) or (demonym_code(word) if word.endswith("ese") else None)
        if code:
            return code
    return None


def label_nation_crowds(text: str, event: Event) -> None:
    """Add "Rioters (<nation>)" for a nation's people fighting in a riot or a clash, in place of
    the unnamed placeholder the event type implied."""
    if event.event_type not in _TYPES:
        return
    name = country_name(crowd_nation(text))
    if name is None:
        return
    label = f"Rioters ({name})"
    if any((a.acled_name or a.name) == label for a in event.actors):
        return
    dropped = [a for a in event.actors
               if a.mention is None and _PLACEHOLDER.match(a.acled_name or a.name)]
    role = dropped[0].role if dropped else "perpetrator"
    event.actors = [a for a in event.actors if a not in dropped]
    event.actors.append(EventActor(name=label, acled_name=label, role=role))
    event.notes.setdefault("actors", f"people of {name} fighting: rioters")
