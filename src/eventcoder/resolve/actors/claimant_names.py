"""A named claimant the parser misses: "Conspiracy of Cells of Fire claimed responsibility".

Only a group claims an attack, so a capitalised name that is the subject of "claimed (took,
accepted) responsibility / credit" names an organisation even when spaCy reads it as common
nouns and the knowledge base does not list it. The agent of a passive claim ("the attack was
claimed by Ansar al-Islam") is read the same way. The name must not be a person's, a place's or
a state body's, so "John Smith claimed responsibility" or "The Interior Ministry claimed ..."
give no new group.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from eventcoder.nlp.doc_cache import doc_tokens
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.context import RESPONSIBILITY
from eventcoder.resolve.actors.hits import Hit, group_kind, overlaps
from eventcoder.resolve.actors.self_named import canonical, names_a_body
from eventcoder.resolve.attribution.own_claims import tells_own_men_deed
from eventcoder.resolve.attribution.speakers import BODY_NOUNS, SPEAKER_NOUNS

_CLAIM_VERBS = {"claim", "take", "accept", "admit", "assume"}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,9}")
_JOINING = {"of", "the", "for", "and", "de", "del", "la", "al", "el", "'s", "-"}


def _teller(verb: Any) -> Any | None:
    """The name whose voice tells a deed of its own men: 'X said its fighters ambushed a patrol',
    and through its speaker or body: 'a spokesman for X said', "X's armed wing said", else None."""
    if not tells_own_men_deed(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in SPEAKER_NOUNS | BODY_NOUNS:
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return owner or next((g for p in subject.children if p.dep_ == "prep"
                          and p.lower_ in {"for", "of", "from"}
                          for g in p.children if g.dep_ == "pobj"), None)


def _claimant(verb: Any) -> Any | None:
    """The subject of a verb that claims responsibility ("X claimed responsibility"), or the
    agent of a passive claim ("the attack was claimed by X"), or the name telling its own men's
    deed (:func:`_teller`), else None."""
    lemma = verb.lemma_.lower()
    if lemma not in _CLAIM_VERBS:
        return _teller(verb)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if lemma == "claim" and any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return _teller(verb)


@functools.cache
def _people_words() -> frozenset[str]:
    """Single words of the KB's generic actor terms and titles ("residents", "officials")."""
    tables = actor_kb.terms()
    phrases = [p for lists in tables["terms"].values() for group in lists.values() for p in group]
    phrases += [p for group in tables["titles"].values() for p in group]
    return frozenset(w.lower() for p in phrases for w in p.split())


def _reads_as_group(span: Any) -> bool:
    """A claimant's name names a group: one with a word for a body of people, or any name that
    is no person's or place's ("Ansar al-Islam"); a state body's name never does."""
    surface = span.text
    if names_a_body(surface):
        return True
    if any(t.ent_type_ in {"PERSON", "GPE", "LOC", "FAC", "DATE"} for t in span):
        return False
    if {t.lower_ for t in span} & _people_words():
        return False  # "Local Residents", "Party Officials": people described, not a name
    return names_a_body(surface, has_acronym=True)  # the state-word checks, without a body word


def _capitalised_name(subject: Any) -> tuple[int, int] | None:
    """Token span [i, j) of the subject's phrase when every word of it is capitalised or joins
    capitalised words (no leading article), or when it is one acronym."""
    # a clause or apposition after the name is no part of it ("FLEC, the Front for ..., said")
    cut = {t.i for c in subject.children if c.dep_ in {"appos", "relcl", "acl"} and c.i > subject.i
           for t in c.subtree}
    toks = [t for t in subject.subtree if t.i not in cut and (
        t.dep_ not in {"punct", "appos", "relcl", "acl", "case"} or t.i < subject.i)]
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks):
        return None
    if toks[0].lower_ == "the":
        toks = toks[1:]
    if len(toks) == 1 and _ACRONYM.fullmatch(toks[0].text):
        return toks[0].i, toks[0].i + 1  # "FLEC said its fighters ...": an acronym is a name
    if len(toks) < 2 or not toks[0].text[:1].isupper() or not toks[-1].text[:1].isupper():
        return None
    if any(not t.text[:1].isupper() and t.lower_ not in _JOINING for t in toks):
        return None
    return toks[0].i, toks[-1].i + 1


def claimant_hits(doc: Any, taken: list[tuple[int, int]], doc_country: str | None) -> list[Hit]:
    """Hits for organisations named only as the subject of a claim of responsibility."""
    out: list[Hit] = []
    for verb in doc_tokens(doc):
        subject = _claimant(verb) if verb.pos_ in {"VERB", "AUX"} else None
        span = _capitalised_name(subject) if subject is not None else None
        if span is None:
            continue
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        surface = doc.text[start:end]
        if overlaps(start, end, taken + [(h.start, h.end) for h in out]) \
                or not _reads_as_group(doc[span[0]:span[1]]):
            continue
        name = canonical(surface)
        known = actor_kb.lookup(name, doc_country)  # fuzzy matching would take a namesake
        if known is not None:
            out.append(Hit.of_entry(start, end, surface, known, doc_country))
        else:
            out.append(Hit(start, end, surface, f"new:{actor_kb._norm(name)}", name,
                           group_kind(name), name, doc_country))
    return out
