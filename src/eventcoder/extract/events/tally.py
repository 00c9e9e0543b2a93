"""Tallies: violence counted over a stretch of time, not one incident.

A perfect clause with a long span ("some 40 have died in political violence in the last six
years"), a list of crimes counted since a change of power ("there have been 7 killings ... since
the new governor took office") or a toll counted since an earlier event ("raids that have left
90 villagers dead since the talks in March") sums up a period: the victims and the date they name belong to the period, not
to an incident. A long report that tells such a tally once mentions violence in passing
(``passing.py``). The span itself is read by ``grammar.is_span_statement``; a perfect clause
counted "since" an earlier happening ("since the summit", "since the coup") is a span as well.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract import grammar

_SHORT_TIMES = frozenset({"morning", "afternoon", "evening", "night", "day", "weekend", "week",
                          "dawn", "midnight", "noon", "yesterday", "today"})


def _clause_verb(token: Token) -> Token | None:
    """The verb a trigger is or is an argument of ("have been killed", "there have been murders")."""
    tok = token
    for _ in range(6):  # up a list of objects: "7 killings, 12 abductions and 30 arrests"
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr", "conj", "appos", "pobj", "prep"}:
            return None
        tok = tok.head
    return None


def _since_happening(verb: Token) -> bool:
    """ "have left 163 victims since the summit": a perfect clause counted from a happening."""
    if not grammar.has_perfect_auxiliary(verb):
        return False
    # a happening ("the summit", "the coup"), not a recent day ("since Sunday", "since the weekend")
    return any(
        t.lower_ == "since" and t.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lower_ not in _SHORT_TIMES
            for o in t.children
        )
        for t in verb.subtree
    )


# Counts that sum many incidents ("dozens of soldiers", "hundreds of militants").
_VAGUE_COUNTS = frozenset({"dozens", "scores", "hundreds", "thousands"})


def _since_then_count(verb: Token) -> bool:
    """ "have since arrested or killed hundreds of militants", "dozens of soldiers have been
    killed there since then": a perfect clause counted on from an earlier time with a vague
    count sums the incidents of the stretch (a toll of one incident is a number)."""
    head = verb.head if verb.dep_ == "conj" else verb  # "have since arrested or killed"
    if not grammar.has_perfect_auxiliary(head):
        return False
    since = any(
        c.lower_ == "since" and (c.dep_ == "advmod" or any(
            o.lower_ == "then" for o in c.children if o.dep_ in {"pcomp", "pobj"}))
        for c in head.children
    )
    return since and any(t.lower_ in _VAGUE_COUNTS for t in head.subtree)


_SPAN_PREPS = frozenset({"over", "in", "during", "for", "throughout", "within"})
_LONG_UNITS = frozenset({"months", "years", "decades"})
_SPAN_WORDS = frozenset({"past", "last", "recent", "previous"})


def _long_span_in_clause(verb: Token) -> bool:
    """ "in the province during the last decade, ... some 40 have died": a span of months or
    years anywhere in the clause (the parser may hang it on a place or on a conjoined verb)."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for head in heads:
        for t in head.subtree:
            if t.lower_ in _LONG_UNITS and t.head.lower_ in _SPAN_PREPS \
                    and any(c.lower_ in _SPAN_WORDS for c in t.children):
                return True
    return False


def tally_mention(token: Token) -> bool:
    """True when a trigger's clause counts violence over a stretch of time."""
    # "attacks, which have left 163 victims since the summit": the relative clause counts them
    verbs = [c for c in token.children if c.dep_ == "relcl"]
    verb = _clause_verb(token)
    verbs += [verb] if verb is not None else []
    return any(
        grammar.is_span_statement(v) or _since_happening(v) or _since_then_count(v)
        or (grammar.has_perfect_auxiliary(v) and _long_span_in_clause(v))
        for v in verbs
    )
