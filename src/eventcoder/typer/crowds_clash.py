"""Two crowds that clash with each other are a mob, whatever their following.

ACLED's codebook (2019, 'Riots') codes rioters who "violently interact with other rioters" as
mob violence; a crowd that fights the police or troops demonstrates (``typer.riot_at_forces``).
The trigger rules read a violent demonstration for a political following ("supporters of the
party clashed"), and the model weighs the same words; but when the fight is between two crowds
("supporters of the ruling party and the opposition clashed", "members of two communities
clashed", "rival youths fought each other") and no force is a side of it, it is mob violence. In
the training notes, riots whose crowds clash with each other and name no force are 33 mob
violence, 5 violent demonstrations. A side told protesting or chanting ("clashed with
nationalists chanting slogans") makes the clash one of demonstrators and counter-demonstrators.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children
from eventcoder.typer.crowd_types import MOB, VIOLENT_DEMO
from eventcoder.typer.lethal_fire import with_first_conjuncts

_CLASH_VERBS = frozenset({"clash", "fight"})
# Words that make the two sides one another's ("rival supporters", "fought each other").
_MUTUAL = frozenset({"rival", "opposing", "each", "another", "between"})


def _sides(verb: Token) -> list[Token]:
    """The clash's subjects, their conjuncts and what follows 'with' or 'between'."""
    out = [c for c in children(verb) if c.dep_ == "nsubj"]
    out += [p for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}
            for p in children(prep) if p.dep_ == "pobj"]
    return with_first_conjuncts(out)


def _two_sided(verb: Token, sides: list[Token]) -> bool:
    """The clash has two sides of people: two nouns, a subject naming two ("supporters of A and
    B", "Kuki and Meitei members"), or a word of rivalry."""
    if len(sides) >= 2:
        return True
    words = {t.lower_ for s in sides for t in s.subtree} | {t.lower_ for t in verb.subtree}
    return bool(words & _MUTUAL) or any(t.dep_ == "conj" for s in sides for t in s.subtree)


def crowds_clashed(typed: tuple[str | None, str | None], sents: list[Span]) -> bool:
    """True when a riot is a clash of two crowds with no force as a side (a mob already typed
    so is kept one: the rule that keeps a political following's demonstration comes after)."""
    if typed not in (VIOLENT_DEMO, MOB):
        return False
    for verb in (t for s in sents for t in s if t.lemma_.lower() in _CLASH_VERBS and t.pos_ == "VERB"):
        sides = _sides(verb)
        kinds = {kind_of(s, False) for s in sides}
        # protesters or people chanting on one side: demonstrators and counter-demonstrators
        if sides and not kinds & {"state", "armed", "protest"} and _two_sided(verb, sides):
            return True
    return False
