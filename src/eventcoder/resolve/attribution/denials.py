"""Whether a verb of denial denies the subject's own part in a deed ("denied involvement",
"denied carrying out the attack"), not a claim disputed as a hoax nor a denial withheld."""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution.backers import BACKING
from eventcoder.resolve.attribution.verb_sets import ATTACK

DENIED_THINGS = {"involvement", "responsibility", "role", "part", "link", "links", "claim",
                 "claims", "allegation", "allegations", "participation", "hand", "complicity",
                 "accusation", "accusations", "charge", "charges"}
# Who a denier's clause names as itself: "denied that it had fired", "that its fighters had
# killed", "that the group had attacked", "that we attacked" (the denier's side, not another's).
OWN_WORDS = {"it", "they", "we", "its", "their", "our"}
OWN_DESCRIPTIONS = {"group", "movement", "rebels", "fighters", "militants", "forces", "men",
                     "troops", "members", "militia", "organisation", "organization"}
# Nouns that call a claim of responsibility untrue (not an allegation against the denier).
HOAX_NOUNS = {"hoax", "forgery", "prank", "fabrication"}


def denies_part(verb: Any) -> bool:
    """Whether a deny verb denies a part in a deed ("denied involvement", "denied carrying out")."""
    objs = {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "xcomp"}}
    objs |= {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for g in c.subtree}
    # "rejected what it called 'false allegations'": the thing denied inside the naming clause
    objs |= {g.lemma_.lower() for c in verb.children if c.dep_ == "ccomp"
             and c.lemma_.lower() == "call" for g in c.subtree}
    gerund = any(c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" for c in verb.children)
    gerund = gerund or any(_own_deed_clause(c) for c in verb.children if c.dep_ == "ccomp")
    # "dismissed the call as a hoax": a claim disputed, not the subject's own part denied
    disputed = any(g.lemma_.lower() in HOAX_NOUNS for c in verb.children if c.dep_ == "dobj"
                   for g in c.subtree)
    disputed |= any(g.lemma_.lower() in HOAX_NOUNS for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree)
    if _denies_backing_or_region(verb):
        return False
    return (bool(objs & DENIED_THINGS) or gerund) and not disputed and not _denial_negated(verb)


def _own_deed_clause(clause: Any) -> bool:
    """'(denied) that the group had fired on the camps', 'that its fighters killed anyone': a
    deed clause whose subject is the denier's own side, told by a pronoun or a description."""
    if clause.lemma_.lower() not in ATTACK:
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    owner = {c.lower_ for c in subj.children if c.dep_ == "poss"}
    det = {c.lower_ for c in subj.children if c.dep_ == "det"}
    return subj.lower_ in OWN_WORDS or bool(owner & OWN_WORDS) or (
        subj.lemma_.lower() in OWN_DESCRIPTIONS and "the" in det and subj.pos_ == "NOUN")


def _denies_backing_or_region(verb: Any) -> bool:
    """'denied supporting militants', 'denied any involvement in Balochistan': help given to
    the doers or a part in a region's conflict is denied, not a part in the deed."""
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "xcomp"}):
        if obj.tag_ == "VBG" and obj.lemma_.lower() in BACKING:
            return True
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"):
            if any(g.ent_type_ in {"GPE", "LOC"} for g in prep.children if g.dep_ == "pobj"):
                return True
    return False


def _denial_negated(verb: Any) -> bool:
    """'did not deny', 'neither claimed nor denied responsibility': no denial is made."""
    if any(c.dep_ == "neg" or c.lower_ in {"nor", "neither"} for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.lower_ in {"nor", "neither"} for c in verb.head.children)
