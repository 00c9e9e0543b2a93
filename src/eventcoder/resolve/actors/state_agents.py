"""A country that attacks is its armed forces: 'Israel struck a house', 'Russia launched attacks'.

War reports make the state the agent of its forces' deeds: "Russia launched a second night of
drone and missile attacks on Odesa", "Israel struck a house in Khan Younis", "Turkey carried out
air strikes on ...". ACLED codes such an act as the state's military ("Military Forces of
Russia"). A country's name counts only as the subject of a verb of armed attack, or of a verb of
doing whose object is an attack ("launched/carried out/conducted ... strikes"); a country that
says, denies, condemns or votes is left to the other finders.
"""

from __future__ import annotations

from typing import Any

from eventcoder.geoparser.countries import code_for_name, country_name
from eventcoder.nlp.doc_cache import doc_ents
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps

# Verbs of armed attack whose subject, when a state, is its armed forces.
ATTACK_VERBS = {"attack", "strike", "shell", "bomb", "bombard", "invade", "hit", "raid", "storm",
                "target", "pound", "blast", "fire"}
# Verbs of doing, which make the state the attacker only with an attack as their object.
DOING_VERBS = {"launch", "carry", "conduct", "stage", "mount", "unleash", "fire", "execute",
               "exchange"}
ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid",
                "raids", "offensive", "bombardment", "bombing", "bombings", "shelling", "missile",
                "missiles", "rocket", "rockets", "drone", "drones", "shells", "barrage", "assault",
                "incursion", "invasion", "fire", "gunfire"}


# Verbs of armed attack only with their particle: "blew up the liaison office", "shot down".
PARTICLE_ATTACKS = {("blow", "up"), ("shoot", "down")}


def _attacking(verb: Any) -> bool:
    """The verb tells of an armed attack by its subject."""
    lemma = verb.lemma_.lower()
    if lemma in ATTACK_VERBS and lemma != "fire":
        return True
    if any((lemma, c.lower_) in PARTICLE_ATTACKS for c in verb.children if c.dep_ == "prt"):
        return True
    if lemma not in DOING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prt", "prep")]
    return any(t.lower_ in ATTACK_NOUNS for o in objects for t in o.subtree)


def _verb_of_subject(token: Any) -> Any | None:
    """The verb the token is the subject of, also as a conjoined one ('India and Pakistan')."""
    if token.dep_ == "conj" and token.head.dep_ == "nsubj":
        token = token.head
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        return token.head
    return None


def state_agent_hits(doc: Any, taken: list[tuple[int, int]]) -> list[Hit]:
    """Military hits for country names that are the subject of an armed attack."""
    if doc is None:
        return []
    spec = actor_kb.terms()["classes"]["military"]
    out: list[Hit] = []
    for ent in doc_ents(doc):
        verb = _verb_of_subject(ent.root)
        if ent.label_ != "GPE" or verb is None:
            continue
        code = code_for_name(ent.text)
        if code is None or not _attacking(verb):
            continue
        if overlaps(ent.start_char, ent.end_char, taken + [(h.start, h.end) for h in out]):
            continue
        label = actor_kb.class_label("military", country_name(code))
        out.append(Hit(ent.start_char, ent.end_char, ent.text, f"term:military:{code}", label,
                       spec["kind"], label, code, cls="military"))
    return out
