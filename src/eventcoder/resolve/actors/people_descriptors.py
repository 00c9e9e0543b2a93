"""A people's bare name that describes one person is no armed side.

"A Fulani trader was killed", "a trader from the Fulani ethnic group", "a councillor of Fulani
origin": the name says who the victim or the person is, not that the people's militia took part
(ACLED's victim stays "Civilians (<Country>)"). The people's armed men keep their militia when an
armed noun or a deed follows the name ("Fulani gunmen", "suspected Fulani attacked").
"""

from __future__ import annotations

import re

from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit
from eventcoder.resolve.actors.peoples import is_people

# After the name: a noun for the people as a whole, or for one person who bears no arms ("a
# Fulani herder", "a Fulani man" may be the attacker, so they are left to the roles)
_ONE_PERSON_AFTER = re.compile(
    r"\s+(?:ethnic\s+(?:group|community|minority)|ethnicity|origin|descent|woman|boy|girl|"
    r"trader|farmer|chief|elder|student|teacher|councillor|councilor|cleric|imam)\b")


def describes_one_person(text: str, hit: Hit) -> bool:
    """True if a militia hit is only a people's weak name before a noun for one person."""
    return (hit.kind == "militia" and " " not in hit.text and actor_kb.weak_only(hit.text)
            and is_people(hit.text, text) and bool(_ONE_PERSON_AFTER.match(text, hit.end)))
