"""Fire told as a deed: the fire someone came under, and the fire returned.

Fire someone is under is an attack when what is under it can be shot at.

"The convoy came under Taliban fire", "government positions in Taiz came under heavy fire",
"residents came under fire as they fled": the noun 'fire' as the object of 'under' tells an attack
on the subject. "The minister came under fire from opposition MPs over the budget" is criticism:
what is under fire is a person, a body or a policy, and a reason ("over", "for") names what was
criticised. Only forces, their sites, places, vehicles and buildings, and people in the plural,
come under fire that is shot. Fire returned makes a clash only when the sentence first tells the
fire it answers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.armed_sites import is_site
from eventcoder.nlp.doc_cache import children

# A reason names what a critic's "fire" is about ("came under fire over the budget").
_REASON_PREPS = frozenset({"over", "for"})
# Things a shot can hit (WordNet's vehicle, building and settlement nouns that news uses).
_SHOT_AT = frozenset({
    "vehicle", "car", "truck", "bus", "minibus", "boat", "ship", "vessel", "tanker", "plane",
    "aircraft", "helicopter", "drone", "train", "ambulance", "town", "village", "city", "area",
    "neighbourhood", "neighborhood", "district", "suburb", "house", "home", "building",
    "hospital", "school", "market", "embassy", "compound", "hotel", "mosque", "church", "office",
    "troops", "soldier", "force", "police", "policeman", "officer", "gendarme", "fighter",
    "militant", "rebel", "unit", "team", "crew", "peacekeeper", "guard",
})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _can_be_shot_at(subject: Token) -> bool:
    lemma = subject.lemma_.lower()
    return (is_site(subject) or lemma in _SHOT_AT or subject.ent_type_ in _PLACE_ENTS
            or subject.tag_ in {"NNS", "NNPS"})


def shot_under(token: Token) -> bool:
    """True for 'fire' under which a force, a site, a place, a vehicle or people came: an attack
    (not criticism with a reason, nor fire that burns)."""
    if token.dep_ != "pobj" or token.head.lower_ != "under":
        return False
    verb = token.head.head
    if any(c.dep_ == "prep" and c.lower_ in _REASON_PREPS
           for c in (*children(verb), *children(token))):
        return False
    subjects = [c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    return not subjects or any(_can_be_shot_at(s) for s in subjects)


# Words of the fire a return of fire answers ("came under fire ... and returned fire").
_FIRED_ON = frozenset({"fire", "shoot", "shot", "attack", "ambush", "gunfire"})


def answers_fire(token: Token) -> bool:
    """'returned fire' makes a clash when its sentence first tells the fire it answers (any
    other battle word passes)."""
    if token.lemma_.lower() not in {"return", "fire"}:
        return True
    # the parse may hang 'returned' on 'fire' as a modifier: the word before will do
    near = (token, token.head, token.doc[max(token.i - 1, 0)])
    verb = next((t for t in near if t.lemma_.lower() == "return"), None)
    return verb is None or any(t.lemma_.lower() in _FIRED_ON for t in token.sent if t.i < verb.i)
