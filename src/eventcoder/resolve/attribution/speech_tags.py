"""Speech tags the parse does not put above the act: "according to the army", ", the army said".

"X attacked the patrol, according to the army", "according to a statement from the ministry"
tell whose account the clause is, as "the army said that ..." does above it: a doer the clause
names is that source's account (confirmed by it, or accused where the deed goes unclaimed), not
the report's own voice. Only a source that speaks for a body counts: "according to witnesses" or
"according to local media" tell what was seen or heard (see :data:`_NO_SPEAKERS`).

A sentence-final tag ("..., the junta said in a statement.") is often parsed as a verb joined to
the sentence's first verb rather than as the verb above it; it still governs the whole sentence.
"""

from __future__ import annotations

from typing import Any

# Sources that tell what they saw or heard, not a party's account of who did it.
_NO_SPEAKERS = {"witness", "witnesses", "resident", "residents", "report", "reports", "media",
                "footage", "video", "data", "count", "tally", "figure", "figures", "estimate",
                "estimates", "information", "survivor", "survivors", "villager", "villagers",
                "source", "sources", "account", "accounts", "press", "news"}
# Documents through which a body speaks ("according to a statement from the army").
_PAPERS = {"statement", "release", "communique", "communiqué", "note", "bulletin"}
# Verbs of a speech tag ("the army said", "police told reporters").
_TAG_VERBS = {"say", "state", "tell", "add", "report"}


def according_source(verb: Any) -> Any | None:
    """The speaker an "according to" phrase names when it hangs on the verb's clause: on the
    verb, a verb above it, or a verb joined to it ("attacked ... and killed six, according to")."""
    for prep in (t for t in verb.sent if t.lower_ == "according" and t.dep_ == "prep"):
        holder = prep.head
        if holder.i == verb.i or verb in holder.ancestors or holder in verb.ancestors:
            source = _source(prep)
            if source is not None:
                return source
    return None


def _source(according: Any) -> Any | None:
    """The noun after "according to", through a paper it speaks in ("a statement by the army")."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if noun is None:
        return None
    if noun.lemma_.lower() in _PAPERS:
        owner = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in {"from", "by", "of"}
                 for g in p.children if g.dep_ == "pobj"]
        owner += [c for c in noun.children if c.dep_ in {"poss", "compound"}]
        noun = owner[0] if owner else None
    if noun is None or noun.lower_ in _NO_SPEAKERS or noun.lemma_.lower() in _NO_SPEAKERS:
        return None
    return noun


def trailing_tag(verb: Any) -> Any | None:
    """The subject of a sentence-final speech tag parsed as a joined verb (", the junta said"):
    a say verb after a comma, later than the act, with no clause or object of its own."""
    for tag in (t for t in verb.sent if t.dep_ == "conj" and t.lemma_.lower() in _TAG_VERBS):
        if tag.i <= verb.i or tag.doc[tag.left_edge.i - 1].text != ",":
            continue
        if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tag.children):
            continue
        if not (verb.i == tag.head.i or tag.head in verb.ancestors or verb in tag.head.subtree):
            continue
        subj = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
    return None
