"""Restated tolls: "the number was later raised to sixteen", "the toll climbed to 14".

Outlets update a toll by naming it again with a verb of change and the new figure after "to"
("The number of dead rose to nine", "the number of inmates killed ... had risen to 118",
"bringing the toll to nine"). The counted kind is read from the noun's own phrase ("number of
dead", "number of wounded", "death count"); a bare "toll" is a death toll; a bare "number" updates
the kind counted just before it, but "the number of displaced" counts no one hurt. A number counted over a stretch of time ("bringing to 30 the number killed
in the commune since the start of the month") is a running tally, not the incident's toll.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.phrase import (
    Finding,
    _cue_kind,
    _is_number,
    _lex,
    _np_start,
    _with_modifier,
)
from eventcoder.nlp.doc_cache import span_tokens

# Stretches of the calendar a running toll can sum ("this month", "the past week").
_PERIODS = frozenset({"week", "month", "year"})
# Update verbs that take the new figure as their object ("reached 18", "hit 40", "topped 100").
_ARRIVE = {"reach", "hit", "top"}
# Verbs that carry a toll to its new figure beside the lexicon's verbs of rising ("taking the
# death toll to two", "pushing the toll to 30").
_CARRYING = frozenset({"take", "push"})


def _toll_verb(verb: Any) -> bool:
    """A verb that moves a toll to a new figure: the lexicon's verbs of rising, or a carrying one."""
    lemma = verb.lemma_.lower()
    return lemma in _lex("update_verbs") or lemma in _CARRYING


def rising_to(num: Any) -> Any | None:
    """The verb a figure is a running total of: 'rose to nine', 'stood at 14', 'taking the death
    toll to two' (the figure after 'to' or 'at' on a verb that moves a toll), else None."""
    # One reader for both callers: find.find_in_span marks a counted figure ("taking the death
    # toll to two") and updated_figures reads a bare toll noun's new figure ("the number rose
    # to nine"); both are the same "<verb of rising> ... to N".
    prep = num.head
    verb = prep.head
    return verb if prep.lower_ in ("to", "at") and _toll_verb(verb) else None


def _stretch_noun(tok: Any) -> bool:
    """'this month', 'the past week', 'last year': a stretch of the calendar, not one day (nor
    the owner of one deed: 'this week's attack')."""
    return tok.lemma_.lower() in _PERIODS and tok.dep_ != "poss" and any(
        c.lower_ in ("this", "past", "last") for c in tok.children)


def _generic_incidents(tok: Any) -> bool:
    """'from attacks in the area', 'in recent raids': incidents in the plural with no article,
    so several deeds, not the report's one ('the toll from Tuesday's ambush')."""
    return (tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.lemma_.lower() in _lex("incident_nouns")
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children))


def tally_of_many(verb: Any) -> bool:
    """'taking the death toll from attacks in the area this month to 40': the toll a verb moves
    sums several incidents or a stretch of time, so it is no toll of the report's own incident."""
    after = [t for t in verb.subtree if t.i > verb.i]
    # "since January", not "since the attack": a toll counted since the deed itself is its own
    return any(t.lower_ == "since" and not _since_a_deed(t) or _stretch_noun(t)
               or _generic_incidents(t) for t in after)


def _since_a_deed(since: Any) -> bool:
    """'since the attack began', 'since Monday's ambush': counted from the deed itself."""
    return any(t.lemma_.lower() in _lex("incident_nouns") and t.tag_ == "NN" for t in since.subtree)


def _own_kind(noun: Any) -> str | None:
    """The kind the noun's own phrase names: 'number of dead', 'number of soldiers killed',
    'death count'."""
    for tok in noun.subtree:
        if tok.i < noun.i and tok.dep_ not in ("compound", "amod") or tok.i == noun.i:
            continue
        kc = _cue_kind(tok)
        if kc is not None:
            return kc[0]
    return None


def _over_a_stretch(noun: Any, verb: Any) -> bool:
    """'the number killed since the start of the month': a tally over time, not one incident's."""
    words = [*noun.subtree, *(c for c in verb.children if c.dep_ == "prep")]
    return any(t.lower_ == "since" and not _since_a_deed(t) for t in words)


def _death_toll(noun: Any) -> bool:
    """'death toll' is read by the cue 'death' itself (find._noun_targets); 'death count' is not."""
    return noun.lower_ == "toll" and any(
        c.dep_ in ("compound", "amod") and _cue_kind(c) is not None for c in noun.children)


def _dies(verb: Any) -> bool:
    """The verb tells a death of its subject ('died', 'succumbed', 'passed away')."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _lex("cues")["fatalities"]["intransitive"]


def died_of_wounds(finding: Finding, doc: Any) -> bool:
    """The wounded counted then died: 'A wounded policeman died in hospital', 'an officer wounded
    in the shoot-out died later'. They are among the dead, not the injured."""
    if finding.kind != "injuries" or finding.key < 0:
        return False
    head = doc[finding.key]
    if head.dep_ in ("nsubj", "nsubjpass") and _dies(head.head):
        return True
    # the parse may hang 'died' on the participle: "officer wounded in ... died later"
    verb = doc[finding.cue] if finding.cue >= 0 else None
    return verb is not None and head.i != verb.i and any(
        c.dep_ in ("advcl", "conj") and _dies(c) and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)


def _reached(num: Any, verb: Any) -> bool:
    """'the number of people killed had reached 18', 'the toll hit 40': a verb of arriving whose
    object is the figure itself (no 'to')."""
    return num.dep_ == "dobj" and num.head.i == verb.i and verb.lemma_.lower() in _ARRIVE


def updated_figures(span: Any, findings: list[Finding]) -> list[Finding]:
    """The figures the span restates a toll with, each of the kind it updates."""
    out: list[Finding] = []
    for tok in span_tokens(span):
        if tok.lemma_.lower() not in _lex("update_nouns") or _death_toll(tok):
            continue
        verb = tok.head
        if not _toll_verb(verb) or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        before = [f for f in findings if f.start < tok.idx]
        kind = _own_kind(tok) or ("fatalities" if tok.lower_ == "toll" else None)
        if kind is None and before and not any(c.dep_ == "prep" for c in tok.children):
            kind = before[-1].kind  # a bare "the number rose to"; not "the number of displaced"
        num = next((t for t in verb.subtree if t.i > verb.i and _is_number(t)
                    and (getattr(rising_to(t), "i", -1) == verb.i or _reached(t, verb))), None)
        if kind is None or num is None or _over_a_stretch(tok, verb) or tally_of_many(verb):
            continue
        q = _with_modifier(num)
        if q is None:
            continue
        s = tok.doc[min(_np_start(tok), num.i) : max(num.i, tok.i) + 1]
        out.append(Finding(kind, q, s.start_char, s.end_char, "", False, False, False, num.i, tok.i, True))
    return out
