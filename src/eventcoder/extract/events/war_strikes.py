"""'Moscow said the strikes were retaliation': strikes in a report of shelling are attacks.

The noun 'strike' names a walkout or a military attack. The trigger lexicon reads a bare
'strike(s)' as a walkout unless a word such as 'air' or 'missile' hangs on it. In a report that
tells of air strikes, shelling or explosions, and whose sentence holds no word of work or pay,
'the strikes' refers back to those attacks: the mention is no protest, and is dropped before
incidents are formed (the attack it refers to is already read from its own words).

A walkout harms no one: bare strikes that kill, wound or destroy ("Israeli strikes killed four
paramedics", "Russian strikes hit Kherson", "two fighters were killed in a strike") or that a state makes on a place ("US strikes on the
port") are attacks from the air, and are read as air strikes when no labour word stands by.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from eventcoder.extract.events.triggers import TriggerMention

# Families of attacks from a distance, which war reports call 'strikes'.
WAR_FAMILIES = {"air", "shelling", "explosion", "grenade", "suicide"}
# Words that make a strike a walkout: workers, their unions, their demands.
LABOUR_WORDS = {"worker", "workers", "union", "unions", "teacher", "teachers", "doctor", "doctors",
                "nurse", "nurses", "employee", "employees", "staff", "driver", "drivers", "miner",
                "miners", "student", "students", "lecturer", "lecturers", "trader", "traders",
                "pay", "wage", "wages", "salary", "salaries", "hunger", "general", "strikers",
                "walkout", "picket", "industrial", "labour", "labor", "arrears", "allowances",
                "dockworkers", "workers'", "shop", "shops", "transport", "sit-in"}


def _bare_strike(m: TriggerMention) -> bool:
    return m.family == "protest" and m.token.lemma_.lower() == "strike" and m.token.pos_ == "NOUN"


# Verbs of bodily harm or ruin a strike can be the subject of: a walkout does none of it.
_HARM_VERBS = {"kill", "wound", "injure", "destroy", "flatten", "level", "pound", "claim"}
# Verbs of harm a deed is the means of ("killed in a strike", "died in a strike").
_HARMED_IN = frozenset({"kill", "die", "wound", "injure", "hurt", "maim"})
# Verbs a walkout shares with a bombing ("the strike hit production"): harm only from a state.
_STATE_HIT_VERBS = {"hit", "damage", "target"}


def harmed_in(noun: Token, preps: frozenset[str] = frozenset({"in", "by"})) -> bool:
    """People were killed or hurt in (or by) the deed the noun names ("killed in a strike")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in preps \
        and noun.head.head.lemma_.lower() in _HARMED_IN


def harming_strike(strike: Token) -> bool:
    """'Israeli strikes killed four paramedics', 'killed in a strike', 'Turkish strikes hit a
    power station', 'US strikes on the port': a strike that hurts, or that a state (a nationality
    or a country's name beside it) makes on a place."""
    by_state = any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
                   for c in strike.children)
    if harmed_in(strike):
        return True  # "two fighters were killed in an Israeli strike on a car"
    if strike.dep_ == "nsubj":
        verb = strike.head.lemma_.lower()
        if verb in _HARM_VERBS or (by_state and verb in _STATE_HIT_VERBS):
            return True
    on_place = any(c.dep_ == "prep" and c.lower_ in {"on", "against"} and any(
        g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children)
        for c in strike.children)
    return by_state and on_place


def _labour(strike: Token) -> bool:
    """A word of work by the strike: in its own phrase when it kills or wounds ("killing two
    workers" are its victims), else anywhere in its sentence."""
    doer = strike.dep_ == "nsubj" and strike.head.lemma_.lower() in _HARM_VERBS
    return any(t.lower_ in LABOUR_WORDS for t in (strike.subtree if doer else strike.sent))


def _as_air_strike(m: TriggerMention) -> TriggerMention:
    entry = dataclasses.replace(m.entry, family="air", gtd="Bombing/Explosion",
                                weapons=("Explosives",), needs_child=frozenset(),
                                not_child=frozenset())
    return dataclasses.replace(m, entry=entry)


def without_war_strikes(mentions: list[TriggerMention]) -> list[TriggerMention]:
    """The mentions, less bare 'strike(s)' in a report of attacks from a distance with no labour
    word in their sentence; a bare strike that harms is an air strike."""
    mentions = [_as_air_strike(m) if _bare_strike(m) and harming_strike(m.token)
                and not _labour(m.token) else m for m in mentions]
    if not any(m.family in WAR_FAMILIES for m in mentions):
        return mentions
    return [m for m in mentions if not (
        _bare_strike(m) and not any(t.lower_ in LABOUR_WORDS for t in m.token.sent))]
