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

# One person who bears no arms ("a Fulani herder", "a Fulani man" may be the attacker, so they
# are left to the roles)
_UNARMED_ONE = (r"(?:woman|boy|girl|trader|farmer|chief|elder|student|teacher|councillor|"
                r"councilor|cleric|imam)")
_ONE_PERSON_AFTER = re.compile(rf"\s+{_UNARMED_ONE}\b")
# A noun for the people as a whole ("of Fulani origin") describes whoever the noun before it
# names: one unarmed person ("a trader of Fulani origin"), or armed men ("gunmen of Fulani
# origin", whose militia it is)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:ethnic\s+(?:group|community|minority)|ethnicity|origin|descent)\b")
# Before "of Fulani origin" any one unarmed person counts ("a man of Fulani descent was killed"),
# whereas "a Fulani man" / "a Fulani herder" after the name may still be the militia's own.
_ONE_BEFORE = rf"(?:{_UNARMED_ONE}|man|person|herder|herdsman|villager|resident|shepherd)"
_ONE_PERSON_BEFORE = re.compile(rf"\b{_ONE_BEFORE}\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def describes_one_person(text: str, hit: Hit) -> bool:
    """True if a militia hit is only a people's weak name before a noun for one person."""
    return (hit.kind == "militia" and " " not in hit.text and actor_kb.weak_only(hit.text)
            and is_people(hit.text, text) and _one_person(text, hit))


def _one_person(text: str, hit: Hit) -> bool:
    """True if the words around the people's name make it one unarmed person's."""
    if _ONE_PERSON_AFTER.match(text, hit.end):
        return True
    return bool(_PEOPLE_AFTER.match(text, hit.end)
                and _ONE_PERSON_BEFORE.search(text, max(0, hit.start - 40), hit.start))
