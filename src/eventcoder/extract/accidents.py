"""Deaths the text puts down to an accident or a disaster: no incident of violence.

"two pilots were killed when their helicopter crashed", "a soldier died in a road accident",
"the bus plunged into a gorge, killing 14", "miners who died in Monday's landslide". A crash, a
capsizing or a flood that nobody caused is no incident in any coding scheme (ACLED, GTD and
MUC-4 all leave accidents out), and "killed" alone would open one. The mishap vocabulary lives
here once; ``extract/events/causes.py`` (a cause as the killing's subject, a whole war) and
``not_a_deed`` (a harm verb timed by a mishap) both read it. A sentence that names a hostile
cause ("crashed after being hit by rebel fire", "the bus overturned when a mine exploded",
"the bomber crashed his truck into the gate, killing 12") keeps its attack.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.nlp.doc_cache import children

# Causes of death that are no act of political violence: accidents, disasters, illness.
NON_VIOLENT_CAUSES = frozenset({
    "crash", "accident", "collision", "derailment", "capsizing", "earthquake", "quake", "flood",
    "flooding", "landslide", "mudslide", "storm", "hurricane", "cyclone", "tornado", "avalanche",
    "disease", "epidemic", "illness", "famine", "drought", "lightning", "typhoon", "tsunami",
    "eruption", "wildfire", "heatwave", "rain", "downpour", "blizzard", "snowstorm", "collapse",
    "drowning", "shipwreck", "outbreak", "pandemic", "cholera", "malaria", "measles", "ebola",
    "coronavirus", "covid", "covid-19",
})
# Mishaps of a vehicle, a vessel or a building ("crashed", "capsized", "collapsed"). An
# explosion or a fire may be an attack: not here.
MISHAP_VERBS = frozenset({"crash", "overturn", "capsize", "collide", "derail", "skid", "plunge",
                          "sink", "flip", "collapse"})
_HARM = frozenset({"kill", "die", "injure", "wound", "hurt", "perish"})
# any of these in the sentence gives the mishap a hostile cause
_HOSTILE = frozenset({"shoot", "fire", "attack", "hit", "ambush", "missile", "rocket", "mine",
                      "bomb", "bomber", "explosive", "explode", "explosion", "blast", "sabotage",
                      "gunfire", "grenade", "strike", "target", "down", "gunman", "rebel",
                      "guerrilla", "militant", "insurgent", "terrorist", "ied"})


def hostile_cause(sentence: Span) -> bool:
    """True when the sentence names a weapon, an attack or an armed actor beside the mishap."""
    return any(t.lemma_.lower() in _HOSTILE and not _fire_service(t) for t in sentence)


def _fire_service(token: Token) -> bool:
    """'fire officials', 'the fire brigade': fire as a modifier names the service, not a shot."""
    return token.lower_ == "fire" and token.dep_ == "compound"


def _mishap_clause(verb: Token) -> bool:
    """'killed when their helicopter crashed', 'died after the boat capsized'."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in MISHAP_VERBS for c in children(verb))


def cause_phrase(verb: Token) -> bool:
    """'killed in a plane crash', 'died in the earthquake', 'killed by lightning'."""
    return any(c.dep_ == "prep" and c.lower_ in {"in", "by", "during"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in NON_VIOLENT_CAUSES for g in children(c))
        for c in children(verb))


def _disaster_subject(verb: Token) -> bool:
    """'Floods swept through three villages', 'a cyclone hit the coast': every subject of the
    verb (with its conjuncts) is a disaster, so the disaster, not an armed man, is its doer."""
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    return bool(subjects) and all(_disaster(s) for s in subjects)


def _disaster(noun: Token) -> bool:
    """ "floods", "a cyclone", "Typhoon Gaemi", "Cyclone Freddy": a disaster noun or name."""
    return noun.lemma_.lower() in NON_VIOLENT_CAUSES or any(
        c.dep_ == "compound" and c.lemma_.lower() in NON_VIOLENT_CAUSES for c in children(noun))


def killing_participle_of_mishap(verb: Token) -> bool:
    """'the bus overturned, killing three': the mishap killed them, unless the sentence names a
    hostile cause ('the bomber crashed his truck into the gate, killing 12'). 'Floods swept
    through the villages, killing 14' and 'heavy rains lashed the coast, leaving 9 dead': the
    participle's own doer is its head verb's subject, a disaster, whatever else the sentence
    says ('an earthquake hit the town' names no attack though 'hit' could)."""
    if verb.dep_ == "oprd" and verb.head.lemma_.lower() == "leave":
        verb = verb.head  # "leaving 9 dead": the death word hangs on "leaving"
    while verb.dep_ == "conj" and verb.head.lower_.endswith("ing") and verb.head.i != verb.i:
        verb = verb.head  # "killing 14 people and destroying 300 homes"
    if verb.dep_ != "advcl" or not verb.lower_.endswith("ing"):
        return False
    if _disaster_subject(verb.head):
        return True
    return verb.head.lemma_.lower() in MISHAP_VERBS and not hostile_cause(verb.sent)


def harm_by_accident(token: Token) -> bool:
    """The harm verb is timed by or named as a mishap, and the sentence names no hostile cause."""
    if token.lemma_.lower() not in _HARM or token.pos_ not in {"VERB", "AUX"}:
        return False
    if not (_mishap_clause(token) or cause_phrase(token)):
        return False
    return not hostile_cause(token.sent)
