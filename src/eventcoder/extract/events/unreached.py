"""An agreement word that tells no agreement reached between the sides.

ACLED's Agreement records a deal the actors made or a ceasefire declared (a peace accord, a
truce signed or agreed, a unilateral ceasefire announced). The same words also name what was only
talked of, sought or refused, and none of those is an agreement:

- negated: "no deal was signed", "did not sign the accord", "without an agreement";
- sought or discussed: "met to discuss a truce", "called for a ceasefire", "rejected the peace
  deal", "talks on a ceasefire", "ceasefire talks", "a proposed truce".

Such a mention leaves the incident to its other words, or to Other.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.nlp.doc_cache import children

# Verbs whose object is an agreement still to be made, or refused.
_SEEKING_VERBS = frozenset({
    "discuss", "negotiate", "seek", "propose", "demand", "urge", "reject", "consider",
    "debate", "request", "offer", "push", "press", "want", "refuse", "explore", "plead",
})
# Nouns of talks or requests an agreement word completes ("talks on a truce", "truce talks").
_TALK_NOUNS = frozenset({
    "talk", "negotiation", "discussion", "proposal", "call", "demand", "plan", "draft", "offer",
    "bid", "effort", "hope", "prospect", "appeal", "push", "meeting", "round", "request",
})
# Modifiers of an agreement not yet made (a unilateral ceasefire declared is one: ACLED codes
# such announcements as Agreement, tests/test_typing_probes.py).
_NOT_MADE = frozenset({"proposed", "possible", "potential", "draft", "future", "tentative",
                       "planned"})
_NEGATORS = frozenset({"no", "not", "never", "n't", "without"})


def _negated(token: Token) -> bool:
    """The word, or the verb it is the subject or object of, is negated."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children(token)):
        return True
    head = token.head
    if token.dep_ in {"nsubjpass", "dobj", "nsubj"} and head.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ == "neg" for c in children(head))
    return token.dep_ == "pobj" and head.lower_ == "without"


def _sought(token: Token) -> bool:
    """The word is the object of seeking or talks ("discuss a truce", "talks on a ceasefire")."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in _SEEKING_VERBS:
        return True
    if token.dep_ == "pobj" and head.dep_ == "prep":
        owner = head.head
        return owner.lemma_.lower() in _SEEKING_VERBS | _TALK_NOUNS
    if token.dep_ in {"compound", "nmod", "amod"} and head.lemma_.lower() in _TALK_NOUNS:
        return True  # "ceasefire talks", "peace deal proposal"
    return False


def _agreement_noun(token: Token) -> Token:
    """The agreement itself: the object of the signing verb, or the word."""
    if token.pos_ in {"VERB", "AUX"}:
        for c in children(token):
            if c.dep_ in {"dobj", "nsubjpass"}:
                return c
    return token


def unreached(token: Token) -> bool:
    """True when an agreement mention tells an agreement negated, sought or one-sided."""
    noun = _agreement_noun(token)
    if token.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in children(token)):
        return True
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _NOT_MADE for c in children(noun)):
        return True
    return _negated(noun) or _sought(noun)


def reached_families(mentions: list) -> set[str]:
    """The mentions' families, without 'agreement' when every agreement mention is unreached."""
    fams = {m.family for m in mentions}
    agreements = [m for m in mentions if m.family == "agreement"]
    if agreements and all(unreached(m.token) for m in agreements):
        fams.discard("agreement")
    return fams
