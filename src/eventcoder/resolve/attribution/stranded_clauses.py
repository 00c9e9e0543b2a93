"""A report verb's content clause that the parse hangs on a noun of a phrase in between.

Wire copy puts how a claim came between the verb and what it says: "The IRA said in a statement
to a newsroom, using a recognised codeword, that its unit had detonated the device". The parser
then reads the that-clause as a relative clause of "codeword". A relative clause is introduced by
a pronoun ("the codeword that it used"), which is its subject or object; a clause whose "that" is
a mere conjunction (``mark``) and which has its own subject is a content clause, and the nearest
report verb above it is the one whose content it is.
"""

from __future__ import annotations

from typing import Any

# The phrases between a verb and its content clause: "in a statement", "using a codeword".
_BETWEEN = {"prep", "advcl", "npadvmod"}


def _content_clause(clause: Any) -> bool:
    """'that its unit had detonated the device' read as a relative clause: a conjunction 'that'
    and a subject of its own."""
    if clause.dep_ not in {"relcl", "acl"}:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return marked and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def stranded_that_clauses(verb: Any) -> list[Any]:
    """The verb's content clauses hung on nouns of the phrases between it and them."""
    out: list[Any] = []
    for phrase in (c for c in verb.children if c.dep_ in _BETWEEN and c.i > verb.i):
        out += [t for t in phrase.subtree if _content_clause(t)]
    return out


def stranded_host(clause: Any) -> Any | None:
    """The verb a content clause hung on a noun belongs to ("told the BBC by satellite telephone
    that the RUF had captured the town": told), or None when the clause is no such clause."""
    if not _content_clause(clause):
        return None
    for verb in (a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}):
        if clause in stranded_that_clauses(verb):
            return verb
    return None
