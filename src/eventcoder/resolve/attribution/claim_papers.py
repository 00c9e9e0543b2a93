"""A claim made in a group's name: leaflets, banners or statements that claim a deed for it.

"leaflets near the scene claiming the blasts in the name of the BRN", "leaflets left at the site
claimed the killing for the BRN", "a statement signed by the Kurdistan Freedom Falcons claiming
the bombing": the paper speaks for the group, so the group claims the deed. The claim must name
a deed ("the blasts", "the attack"); "claiming to speak in the name of the people" names none. A
paper the doers left where they struck needs no claim verb: its signature claims the deed ("left
banners at the scene signed by the cartel", "a note signed by X was left beside the bodies").
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution.claim_sentences import DEED_NOUNS, negated
from eventcoder.resolve.attribution.rules import Reading

_DEEDS = DEED_NOUNS | {"blast", "blasts", "bombings", "attacks", "killings", "explosions"}
# "in the name of X", "on behalf of X"
_NAME_NOUNS = {"name", "behalf"}
# papers that sign for a group ("leaflets signed by X")
PAPERS = {"leaflet", "pamphlet", "flyer", "banner", "note", "letter", "statement", "poster",
          "message", "communique", "communiqué", "graffiti", "slogan"}


def _claims_deed(verb: Any) -> bool:
    """A form of "claim" whose object is a deed: "claiming the blasts"."""
    if verb.lemma_.lower() != "claim" or negated(verb):
        return False
    # "claimed responsibility on behalf of X": responsibility is always for a deed
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _DEEDS | {"responsibility"}
               for c in verb.children)


def _claim_above(token: Any, hops: int = 3) -> Any | None:
    """The claim verb a phrase hangs from, within a few steps up the parse."""
    current = token
    for _ in range(hops):
        current = current.head
        if _claims_deed(current):
            return current
        if current.dep_ == "ROOT":
            break
    return None


def _signed_claim(t: Any) -> Any | None:
    """ "leaflets signed by X (and) claiming the attack": the claim beside the signature."""
    if not (t.dep_ == "pobj" and t.head.dep_ == "agent"):
        return None
    signed = t.head.head
    if signed.lemma_.lower() != "sign" or signed.head.lemma_.lower() not in PAPERS:
        return None
    for c in (*signed.children, *signed.head.children):
        if c.lemma_.lower() == "claim" and (_claims_deed(c) or any(
                g.lemma_.lower() in _DEEDS for g in c.subtree)):
            return c
    return None


# Verbs by which the doers leave a paper where they struck ("left a note", "banners were found")
LEAVE_VERBS = {"leave", "scatter", "drop", "hang", "dump", "find", "throw", "post", "place"}


def _left_paper(signed: Any) -> Any | None:
    """The verb that left the paper a signature hangs on: "left banners signed by X", and the
    parse's "left banners at the scene signed by X" (the signature hung on the place)."""
    paper = signed.head
    subject = next((c for c in signed.children if c.dep_ in {"nsubjpass", "csubjpass"}), None)
    if subject is not None and subject.dep_ == "csubjpass" and subject.lemma_.lower() in LEAVE_VERBS \
            and any(c.lemma_.lower() in PAPERS for c in subject.children if c.dep_ == "nsubj"):
        return subject  # the parse's "[Banners left at the scene] were signed by X"
    if subject is not None and subject.lemma_.lower() in PAPERS:
        paper = subject  # "Banners left at the scene were signed by X": the paper is the subject
    left = signed.head  # the parse's "[Leaflets left beside the bodies] and [were signed by X]"
    if signed.dep_ == "conj" and left.lemma_.lower() in LEAVE_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in PAPERS for c in left.children):
        return left
    if paper.lemma_.lower() not in PAPERS and paper.dep_ == "pobj":
        verb = paper.head.head  # "at the scene" → "left"
        papers = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                  and c.lemma_.lower() in PAPERS]
        return verb if papers and verb.lemma_.lower() in LEAVE_VERBS else None
    if paper.lemma_.lower() not in PAPERS:
        return None
    if paper.dep_ in {"dobj", "nsubjpass"} and paper.head.lemma_.lower() in LEAVE_VERBS:
        return paper.head
    return next((c for c in paper.children if c.dep_ == "acl"
                 and c.lemma_.lower() in LEAVE_VERBS), None)  # "a note left at the scene"


def _self_named(t: Any) -> Any:
    """ "signed by a group calling itself X": the group the name is given to, for X."""
    verb = t.head
    if t.dep_ == "oprd" and verb.lemma_.lower() in {"call", "name", "style"} and verb.dep_ == "acl" \
            and any(c.dep_ == "dobj" and c.lower_ in {"itself", "themselves"} for c in verb.children):
        return verb.head
    return t


def _signed_left_paper(t: Any) -> Any | None:
    """ "left a note signed by X": a paper the doers left behind speaks for its signer."""
    if not (t.dep_ == "pobj" and t.head.dep_ == "agent"):
        return None
    signed = t.head.head
    if signed.lemma_.lower() != "sign" or negated(signed):
        return None
    return _left_paper(signed)


def claimed_in_name(t: Any) -> Reading | None:
    """Perpetrator (claimed) reading of a group a paper claims a deed for."""
    claim = None
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _NAME_NOUNS:
        claim = _claim_above(t.head.head)
    elif t.dep_ == "pobj" and t.head.lower_ == "for":
        claim = _claim_above(t, hops=3)
    if claim is None:
        signer = _self_named(t)
        claim = _signed_claim(signer) or _signed_left_paper(signer)
    if claim is None:
        return None
    return Reading(role="perpetrator", attribution="claimed", by_self=True, verb=claim)
