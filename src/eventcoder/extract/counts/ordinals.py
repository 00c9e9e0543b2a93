"""Ordinals that count the dead: "a third died in hospital", "A fourth, a corporal, died".

The one an ordinal names makes the count that many: it restates the running total of everyone
counted before, not one more beside them.
"""

from __future__ import annotations

from typing import Any

ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}


def next_in_line(head: Any) -> int | None:
    """"a third died in hospital", "a ninth victim died at dawn": the one who makes the count that
    many, so the toll is the ordinal's number (two killed and "a third" are three; nine killed,
    "eight at the scene" and "a ninth victim" are still nine)."""
    if head.dep_ == "appos" and head.head.lower_ in ORDINALS:
        head = head.head  # "A third, the patrol's leader, died": the parse counts the apposition
    elif head.dep_ in ("nsubj", "nsubjpass"):
        # the parse may hang "A third," on the verb and make the apposition its subject
        head = next((c for c in head.head.children if c.lower_ in ORDINALS and c.i < head.i
                     and c.dep_ in ("advmod", "npadvmod")), head)
    if not any(c.dep_ == "det" and c.lower_ == "a" for c in head.children):
        return None
    if head.lower_ in ORDINALS:
        return ORDINALS[head.lower_]
    return next((ORDINALS[c.lower_] for c in head.children  # "a fourth soldier"
                 if c.dep_ == "amod" and c.lower_ in ORDINALS), None)
