"""Captors: who releases or still holds a hostage is who took it.

Kidnapping reports often name the kidnappers only when the victim comes free: "the engineers
were released today by ELN guerrillas", "the Extraditables freed the journalist", "the ELN is
still holding Senator Sedano". The one who releases or holds a person captive is the doer of the
kidnapping. Forces that free hostages rescue them ("troops freed the hostages"), and authorities
that release prisoners or suspects end a detention, not a kidnapping: those readings are left
to the caller (:func:`captor_kind_ok`) and to the list of detainee nouns below.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

# Verbs by which a captor lets a captive go or keeps one.
RELEASE_VERBS = {"release", "free", "hold", "liberate"}
# Nouns of people held by authorities (their release ends a detention, not a kidnapping) and of
# things released (a statement, a video): neither makes a captor.
DETAINEE_NOUNS = {"suspect", "detainee", "prisoner", "inmate", "convict", "protester",
                  "demonstrator", "student", "activist", "bail", "statement",
                  "report", "document", "communique", "communiqué", "video", "list", "result",
                  "figure", "information", "meeting", "talk", "ceasefire", "fund", "money"}
# Nouns that make "hold" a meeting or an office, not a captive.
HOLD_OBJECTS = {"hostage", "captive", "prisoner", "kidnap", "kidnapped"}
_HEDGE = rules.HEDGES - rules.WEAK_HEDGES


def _captive(verb: Any) -> Any | None:
    """The person let go or kept: the object, or the passive subject."""
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            return c
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "the engineers released by ..." / "Ferrari, released by ..."
    return None


def _is_person(noun: Any) -> bool:
    """A person or people: a name, a person noun, a pronoun; not a thing or a detainee."""
    if noun.lemma_.lower() in DETAINEE_NOUNS:
        return False
    if noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" or noun.lower_ in {"him", "her",
                                                                             "them", "who"}:
        return True
    return noun.pos_ == "NOUN" and noun.ent_type_ not in {"ORG", "GPE", "LOC", "MONEY", "DATE"}


def _holding(verb: Any) -> bool:
    """'is (still) holding X', 'held X hostage': keeping a captive, not a meeting or a post."""
    if any(c.lemma_.lower() in HOLD_OBJECTS for c in verb.children):
        return True
    progressive = verb.tag_ == "VBG" and any(c.lower_ == "still" for c in verb.children)
    return progressive


def holds_captive(verb: Any) -> bool:
    """'it was holding them', 'they held the engineers hostage': a form of "hold" that keeps
    a named or pronoun person captive (not "holding a rally", "holding talks")."""
    if verb.lemma_.lower() != "hold":
        return False
    captive = _captive(verb)
    if captive is None or not _is_person(captive):
        return False
    # people named, or referred back to ("the two men"): not a new noun ("holding a vigil")
    named = captive.ent_type_ == "PERSON" or captive.lower_ in {"him", "her", "them"} or any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in captive.children)
    return _holding(verb) or (named and verb.tag_ == "VBG")


def _relative_hold(name: Any) -> Reading | None:
    """'the militia, which kept them captive for nine days': a relative clause on the name."""
    for rel in (c for c in name.children if c.dep_ == "relcl"):
        if rel.lemma_.lower() not in RELEASE_VERBS or not any(
                c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"} for c in rel.children):
            continue
        captive = _captive(rel)
        if captive is not None and captive.i != name.i and _is_person(captive) and (
                rel.lemma_.lower() != "hold" or _holding(rel)):
            return Reading(role="perpetrator", verb=rel)
    return None


def captor_reading(token: Any) -> Reading | None:
    """The captor of a release or a holding ('released by X', 'X freed Y', 'X still holds Y')."""
    t = rules.np_head(token)
    held = _relative_hold(t)
    if held is not None:
        return held
    if t.dep_ == "pobj" and t.head.lower_ == "by":
        verb = t.head.head
        active = False
    elif t.dep_ == "nsubj":
        verb = t.head
        active = True
    else:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"} or lemma not in RELEASE_VERBS:
        return None
    if active and any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    captive = _captive(verb)
    if captive is None or not _is_person(captive):
        return None
    if lemma == "hold" and not _holding(verb):
        return None
    r = Reading(role="perpetrator", verb=verb)
    rules.apply_governors(r, verb)
    near = [c.lower_ for c in list(verb.children) + list(t.head.children)]
    if r.attribution in {"stated", "confirmed"} and set(near) & _HEDGE:
        r.attribution = "suspected"
    return r


def force_release(token: Any, reading: Reading, kind: str | None) -> bool:
    """True when a force or a government is read as a captor: it frees or releases detainees."""
    if kind not in {"state forces", "government", "person (official)"} or reading.verb is None:
        return False
    own = captor_reading(token)
    return own is not None and own.verb is not None and own.verb.i == reading.verb.i
