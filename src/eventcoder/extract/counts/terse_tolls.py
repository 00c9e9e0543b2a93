"""Tolls written the way event databases and trackers write them: a list of counted groups and a
bare participle closing the clause ("; 3 SNA and 6 al-Shabaab killed.", "5 soldiers and 9
militants killed"). With no auxiliary and no object the participle is a passive: each figure
before it counts the dead of one group, whether the parser hung the groups on the verb as
subjects, on an earlier noun as conjuncts, or the verb on the last group as a reduced relative.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.numbers import parse_single
from eventcoder.extract.counts.phrase import Finding, _is_perpetrator

# The bare participles such a list closes on, and what each counts.
_CLOSING = {"kill": "fatalities", "wound": "injuries", "injure": "injuries"}
_CLAUSE_ENDS = {";", ".", ":"}


def _closes_clause(cue: Any) -> bool:
    """The participle ends its clause: nothing but the sentence's or the clause's end after it,
    and neither an object nor an auxiliary of its own."""
    doc = cue.doc
    nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if nxt is not None and nxt.text not in _CLAUSE_ENDS:
        return False
    return not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in cue.children)


def _clause_start(cue: Any) -> int:
    """Index of the first token of the cue's clause (after a semicolon, colon or the sentence's
    start)."""
    start = cue.sent.start
    for t in cue.doc[start : cue.i]:
        if t.text in {";", ":"}:
            start = t.i + 1
    return start


def _figure(noun: Any) -> Any | None:
    """The digits counting a noun ("6 al-Shabaab", "14 government soldiers"), or None."""
    nums = [c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i and c.text.isdigit()]
    return nums[0] if len(nums) == 1 else None


def terse_toll(cue: Any) -> list[tuple[Any, Any]]:
    """(figure, counted noun) of each group a clause-closing bare participle counts, in order;
    empty when the clause is no such list (fewer than two groups, or words between them that are
    not part of the groups)."""
    if cue.lemma_.lower() not in _CLOSING or cue.tag_ not in {"VBD", "VBN"} or not _closes_clause(cue):
        return []
    clause = cue.doc[_clause_start(cue) : cue.i]
    groups = [(num, t) for t in clause if t.pos_ in {"NOUN", "PROPN"} and (num := _figure(t)) is not None]
    if not groups or groups[0][0].i != clause.start:
        return []  # the list opens the clause: "Clashes near X; 4 ... and 2 ... killed"
    joined = {t.i for num, noun in groups for t in cue.doc[num.i : noun.i + 1]}
    rest = [t for t in clause if t.i not in joined and t.lower_ not in {"and", ",", "&"}]
    unknown = _unknown_number(rest)
    if len(rest) > len(unknown) or len(groups) + bool(unknown) < 2:
        return []
    return groups


def _unknown_number(rest: list[Any]) -> list[Any]:
    """'and an unknown number of insurgents': a group with no figure, which adds nothing."""
    words = [t.lower_ for t in rest]
    if words[:4] in (["an", "unknown", "number", "of"], ["an", "undisclosed", "number", "of"]) and len(words) <= 6:
        return rest
    return []


def terse_findings(cue: Any) -> list[Finding]:
    """One finding per counted group of such a list (none when the clause is no such list)."""
    out = []
    for num, noun in terse_toll(cue):
        quantity = parse_single(num.text)
        if quantity is None:
            continue
        out.append(Finding(
            kind=_CLOSING[cue.lemma_.lower()], quantity=quantity, start=num.idx,
            end=noun.idx + len(noun.text), victim=noun.lemma_.lower(),
            perpetrator=_is_perpetrator(noun), additive=False, subset=False, key=noun.i,
            cue=cue.i))
    return out
