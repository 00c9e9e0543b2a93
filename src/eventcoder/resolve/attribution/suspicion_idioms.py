"""Suspicion told in idioms: "suspicion fell on X", "suspicion focused on X", "officials pointed
the finger at X", "X was the prime suspect", "everything points to X", "the evidence pointed to X",
"the first lines of investigation point to members of X", "investigators are examining possible
links to X", "police are probing the possible involvement of X", "X is the main line of inquiry".

No verb of suspecting names the group, yet each wording lays the incident on it as a suspicion
(an accusation when someone points the finger). "Attention turned to the elections" names no
suspect: only suspicion, blame and the pointed finger do.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.claim_sentences import negated
from eventcoder.resolve.attribution.rules import Reading

# Nouns that fall, focus or rest on someone: the suspicion itself.
SUSPICION_NOUNS = {"suspicion", "blame", "finger"}
# Verbs by which a suspicion comes to rest on someone ("fell on", "focused on", "turned to").
FALL_VERBS = {"fall", "focus", "centre", "center", "turn", "rest", "settle", "shift"}
_ON = {"on", "upon", "to", "at", "towards", "toward"}
# What points or leads to a doer without anyone asserting it: signs read, not a deed told.
SIGN_NOUNS = {"everything", "all", "evidence", "sign", "clue", "indication", "trail", "finding",
              "circumstance", "lead", "indicator",
              # "the first lines of investigation point to X", "initial inquiries point to X"
              "line", "investigation", "inquiry", "enquiry", "probe", "intelligence", "information",
              # "the method used pointed to X", "the hallmarks of the attack point to X"
              "method", "hallmark", "pattern", "signature"}
# People of a group a sign may point to instead of the group ("point to members of X").
_PEOPLE_OF = {"member", "fighter", "militant", "gunman", "element", "cell", "faction", "supporter"}
_SIGN_VERBS = {"point", "lead"}
# What an inquiry weighs about a name ("possible links to X", "the involvement of X").
TIE_NOUNS = {"link", "tie", "connection", "involvement", "role", "hand", "complicity"}
# Verbs of an inquiry that weighs a tie without asserting it ("ruled out links to X" asserts none).
INQUIRY_VERBS = {"investigate", "examine", "probe", "explore", "study", "check", "consider",
                 "look", "pursue", "follow", "analyse", "analyze", "review", "weigh"}
# Words that make the tie a suspicion whoever weighs it ("possible links", "alleged role").
HEDGES = {"possible", "alleged", "suspected", "potential", "likely", "probable", "presumed",
          "purported", "reported", "apparent", "supposed", "allegedly", "possibly"}
# Those whose inquiry into a tie is an inquiry into a crime.
INVESTIGATORS = {"police", "investigator", "detective", "prosecutor", "official", "authority",
                 "officer", "investigation", "inquiry", "enquiry", "probe", "agency", "security",
                 "force", "ministry", "government", "intelligence"}
# A share in the deed, which only an inquiry proper lays on someone ("the role of X").
_DEED_SHARES = {"role", "hand", "involvement"}
_PROBE_VERBS = {"investigate", "probe", "look", "examine", "explore", "pursue"}


def _weighed_tie(t: Any) -> Any | None:
    """The inquiry verb of "examining possible links to X", "looking into the role of X"."""
    tie = t.head.head if t.dep_ == "pobj" and t.head.lower_ in {"to", "with", "of"} else None
    if tie is not None and tie.pos_ in {"VERB", "AUX"}:
        # the parse may hang "to X" on the verb ("examining possible links | to X")
        tie = next((c for c in tie.children if c.dep_ == "dobj"), None)
    if tie is None or tie.lemma_.lower() not in TIE_NOUNS:
        return None
    verb = tie.head.head if tie.dep_ == "pobj" and tie.head.lower_ == "into" else tie.head
    if tie.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() not in INQUIRY_VERBS:
        return None
    if not (_hedged(tie) or _investigators_weigh(verb, tie)):
        return None  # "the summit examined the role of X in securing the border"
    return None if negated(verb) else verb


def _hedged(tie: Any) -> bool:
    """True if the tie is worded as a suspicion ("possible links", "alleged involvement")."""
    return any(c.dep_ in {"amod", "advmod", "compound"} and c.lemma_.lower() in HEDGES
               for c in tie.children)


def _investigators_weigh(verb: Any, tie: Any) -> bool:
    """True if investigators probe the tie ("police examined links to X"); a role or a hand
    only under a verb of inquiry proper (to 'review' or 'study' a role asks about no crime)."""
    if tie.lemma_.lower() in _DEED_SHARES and verb.lemma_.lower() not in _PROBE_VERBS:
        return False
    subj = rules.subject_of(verb)
    return subj is not None and subj.lemma_.lower() in INVESTIGATORS


def _pointed_finger(verb: Any) -> Any | None:
    """The verb "point" of "pointed the finger (of blame) at X"."""
    if verb.lemma_.lower() == "finger" and verb.dep_ == "dobj":
        verb = verb.head  # the parse may hang "at X" on the finger
    if verb.lemma_.lower() != "point":
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "finger" for c in verb.children):
        return verb
    return None


def _sign_subject(verb: Any) -> Any | None:
    """The subject of the pointing verb, also where the parse makes the sign's reduced relative
    the clause ("the evidence gathered so far pointed to X": 'pointed' hung on 'gathered')."""
    subj = rules.subject_of(verb)
    if subj is None and verb.dep_ in {"acomp", "xcomp", "oprd", "advcl"} \
            and verb.head.pos_ == "VERB":
        subj = rules.subject_of(verb.head)
    return subj


def idiom_suspicion(t: Any) -> Reading | None:
    """Perpetrator (suspected, or accused by the one pointing) read from a suspicion idiom."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _PEOPLE_OF:
        t = t.head.head  # "points to members of X": the members stand where the group would
    if t.dep_ == "pobj" and t.head.lower_ in _ON:
        verb = t.head.head
        pointed = _pointed_finger(verb)
        if pointed is not None and not negated(pointed):
            by = rules.subject_of(pointed)
            return Reading(role="perpetrator", attribution="accused" if by is not None
                           else "suspected", by_token=by, verb=pointed)
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in FALL_VERBS | _SIGN_VERBS \
                and not negated(verb):
            subj = _sign_subject(verb)
            nouns = SIGN_NOUNS if verb.lemma_.lower() in _SIGN_VERBS else SUSPICION_NOUNS
            if subj is not None and subj.lemma_.lower() in nouns - {"finger"}:
                return Reading(role="perpetrator", attribution="suspected", verb=verb)
    weighed = _weighed_tie(t)
    if weighed is not None:
        return Reading(role="perpetrator", attribution="suspected", verb=weighed)
    if t.dep_ == "nsubj" and t.head.lemma_.lower() == "be" and not negated(t.head):
        if any(c.dep_ == "attr" and _suspect_noun(c) for c in t.head.children):
            return Reading(role="perpetrator", attribution="suspected", verb=t.head)
    return None


# "the main line of inquiry", "the focus of the investigation": an inquiry's bearing on a name
_BEARINGS = {"line", "focus"}
_INQUIRIES = {"inquiry", "enquiry", "investigation", "probe"}


def _suspect_noun(attr: Any) -> bool:
    """'X was the prime suspect', 'X is the main line of inquiry': the name an inquiry suspects."""
    lemma = attr.lemma_.lower()
    if lemma == "suspect":
        return True
    return lemma in _BEARINGS and any(
        p.lower_ == "of" and any(o.lemma_.lower() in _INQUIRIES for o in p.children)
        for p in attr.children)
