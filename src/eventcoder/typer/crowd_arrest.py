"""Officials or officers held by a crowd are mob violence, not an arrest.

ACLED's 'Arrests' is the detention of people by state forces or by an authority that holds
territory; villagers or residents who seize police officers or officials and hold them ("villagers
detained 2 police officers and held them in the municipal hall", "residents held a mayor for
hours") act as a crowd against people: Riots / Mob violence. The test is on the arrest verb's
own doers: every one a crowd word ('villagers', 'residents', 'mob'; ``extract.roles.is_crowd``),
none a state or armed side, none a named people or group (whose men ACLED codes as a militia),
and the active verb's object an officer or official. "Supporters detained outside" (a passive)
and "arrested by men in police uniform" (no crowd word) stay as typed.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.document import Event
from eventcoder.extract.events.sides import crowd_side
from eventcoder.extract.roles import is_crowd, kind_of, sides
from eventcoder.nlp.doc_cache import children

ARRESTS = ("Strategic developments", "Arrests")


def crowd_held_people(event: Event) -> bool:
    """True for an arrest whose arresting verbs' doers are all an anonymous crowd."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != ARRESTS or incident is None:
        return False
    verbs = [m.token for m in incident.mentions if m.family == "arrest"]
    doers = [p for v in verbs for p in sides(v).perpetrators]
    return bool(doers) and all(
        is_crowd(p) and crowd_side(p) and kind_of(p, True) not in {"state", "armed"}
        for p in doers) and any(_holds_official(v) for v in verbs)


# People of office a crowd may seize (ordinary English); the state's men by their kind.
_OFFICIALS = frozenset({"mayor", "official", "officer", "councillor", "councilor", "governor",
                        "administrator", "policeman", "policemen", "inspector", "chief", "agent"})


def _holds_official(verb: Token) -> bool:
    """The active verb's object is an officer or official ("detained 2 police officers"): a crowd
    that seizes one of its own members, or is only told with a passive ("supporters detained"),
    is not read so."""
    if not any(c.dep_ == "nsubj" for c in children(verb)):
        return False
    return any(c.dep_ == "dobj" and (kind_of(c, False) == "state"
                                     or c.lemma_.lower() in _OFFICIALS) for c in children(verb))
