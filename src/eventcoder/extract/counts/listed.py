"""Lists the parse reads as an apposition: "Eleven civilians, a police officer and all nine
attackers were killed" names three groups, but the parser hangs "a police officer" on
"civilians" as an appositive and "all nine attackers" on the officer. A true apposition restates
the head ("Three soldiers, a captain and two privates, were killed": 1 + 2 = 3); a list adds
people of other kinds, so its items do not sum to the head's figure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Heads an apposition breaks down rather than adds to ("Four people, a woman and three boys").
GENERIC_HEADS = frozenset({"people", "person", "persons", "victim", "individual", "casualty",
                           "body", "dead", "those"})


def listed_appositives(head: Any, quantity: Callable[[Any], Any]) -> list[Any]:
    """The items after a counted head that a list names beside it ("X, Y and Z"): the head's
    appositive with its conjuncts, when their figures do not restate the head's."""
    if head.lemma_.lower() in GENERIC_HEADS or head.lower_ in GENERIC_HEADS:
        return []
    appos = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    # "Eleven civilians, a police officer and ...": a comma right after the head closes the
    # list's first item; the appositive must have items of its own joined by "and"
    if len(appos) != 1 or not any(c.dep_ == "conj" for c in appos[0].children) \
            or not _comma_after(head):
        return []
    items = [appos[0], *appos[0].conjuncts]
    return items if _restated(head, items, quantity) is False else []


def _comma_after(head: Any) -> bool:
    """A comma right after the head sets off what follows it."""
    return head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ","


def _restated(head: Any, items: list[Any], quantity: Callable[[Any], Any]) -> bool | None:
    """True if the items' figures sum to the head's, False if they do not (or the head's is
    unknown), None when the head or an item states no figure."""
    own, parts = quantity(head), [quantity(i) for i in items]
    if own is None or any(p is None or p.best is None for p in parts):
        return None
    return sum(p.best for p in parts) == own.best


def is_breakdown(head: Any, quantity: Callable[[Any], Any]) -> bool:
    """ "Six people, two soldiers and four civilians, were killed": the parse may join the
    breakdown to a generic counted head as its conjuncts; items set off by a comma after the head
    whose figures sum to the head's restate it and add no one."""
    if head.lemma_.lower() not in GENERIC_HEADS and head.lower_ not in GENERIC_HEADS:
        return False
    items = list(head.conjuncts)
    if len(items) < 2 or not _comma_after(head):
        return False
    return _restated(head, items, quantity) is True


def listed_subjects(head: Any, counted: Callable[[Any], bool]) -> list[Any]:
    """ "12 militants and 3 policemen were killed", "Two policemen, three civilians and one
    attacker were killed": the parse may give the verb one subject per counted group instead of
    conjuncts. The other counted subjects of such a list (joined only by commas and 'and') are
    parts of the head's count."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.i > head.head.i:
        return []
    verb, doc = head.head, head.doc
    subjects = sorted((c for c in verb.children if c.dep_ == head.dep_ and c.i < verb.i), key=lambda c: c.i)
    if len(subjects) < 2 or not all(counted(c) for c in subjects) or not _figured(subjects[0]):
        return []
    # "Four people, three of them teachers, were killed": a partitive or a generic head restates
    # the others, it is no group beside them
    if any(c.lower_ in GENERIC_HEADS or c.lemma_.lower() in GENERIC_HEADS
           or any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in subjects):
        return []
    for a, b in zip(subjects, subjects[1:], strict=False):
        gap = [t.lower_ for t in doc[a.right_edge.i + 1 : b.left_edge.i]]
        # list items are parted by a comma or 'and', which the parse may hang on the first item
        # ("An officer working as a guard was killed": a misparse gives 'guard' a subject's
        # relation with nothing between)
        parted = doc[b.left_edge.i - 1].lower_ in {",", "and"}
        if not parted or any(w not in {",", "and"} for w in gap) or not _figured(b):
            return []
    # "3 policemen, 2 militia members, and 1 soldier were killed": a counted item the parse hung
    # on an earlier subject as its appositive sits between two subjects of the list, so it is one
    items = [a for s, nxt in zip(subjects, subjects[1:], strict=False) for a in s.children
             if a.dep_ == "appos" and s.i < a.i < nxt.i and _figured(a)]
    return [c for c in subjects if c.i != head.i] + items


def _figured(token: Any) -> bool:
    """The group states its figure in digits or number words ("3 policemen", "two soldiers")."""
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)
