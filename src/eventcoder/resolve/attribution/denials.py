"""Whether a verb of denial denies the subject's own part in a deed ("denied involvement",
"denied carrying out the attack"), not a claim disputed as a hoax nor a denial withheld."""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution.backers import BACKING

DENIED_THINGS = {"involvement", "responsibility", "role", "part", "link", "links", "claim",
                 "claims", "allegation", "allegations", "participation", "hand", "complicity",
                 "accusation"}  # "the guerrilla organization denied the accusation"
# Nouns that call a claim of responsibility untrue (not an allegation against the denier).
HOAX_NOUNS = {"hoax", "forgery", "prank", "fabrication"}


def denies_part(verb: Any) -> bool:
    """Whether a deny verb denies a part in a deed ("denied involvement", "denied carrying out")."""
    objs = {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "xcomp"}}
    objs |= {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for g in c.subtree}
    gerund = any(c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" for c in verb.children)
    # "dismissed the call as a hoax": a claim disputed, not the subject's own part denied
    disputed = any(g.lemma_.lower() in HOAX_NOUNS for c in verb.children if c.dep_ == "dobj"
                   for g in c.subtree)
    disputed |= any(g.lemma_.lower() in HOAX_NOUNS for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree)
    if _denies_backing_or_region(verb):
        return False
    return (bool(objs & DENIED_THINGS) or gerund) and not disputed and not _denial_negated(verb)


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
