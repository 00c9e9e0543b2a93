"""Read the noun phrase a count cue points at: how many people it names, and who they are.

Shared by :mod:`eventcoder.extract.counts.find`: the cue lexicon lookups, the figure of a noun
phrase ("At least 12 people", "two policemen and a civilian", "a man", "no one"), whether the
group is the attackers, and the :class:`Finding` record one counted group becomes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from eventcoder.extract.counts.listed import is_breakdown, listed_appositives, listed_subjects
from eventcoder.extract.counts.numbers import Quantity, lexicon, parse_single, sum_quantities
from eventcoder.extract.counts.ordinals import ORDINALS, next_in_line

KINDS = ("fatalities", "injuries", "arrested")
_AUX_SKIP = {
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "be",
    "reportedly",
    "also",
    "allegedly",
    "all",
    "later",
    "people",
    "persons",
    "others",
    "(",
    ")",
}
_ZERO = {"no one", "nobody", "none", "no-one", "noone"}


@dataclass
class Finding:
    """One counted group: the cue, the noun phrase and what it says."""

    kind: str
    quantity: Quantity
    start: int  # char offsets of the supporting phrase
    end: int
    victim: str  # lemma of the head noun ("" for a bare number)
    perpetrator: bool
    additive: bool
    subset: bool
    key: int  # token index of the counted phrase head (for de-duplication)
    cue: int = -1  # token index of the cue word
    update: bool = False  # a running total ("the toll rose to 9", "a fifth victim")


def _lex(name: str) -> Any:
    return lexicon()[name]


def _cue_kind(token: Any) -> tuple[str, str] | None:
    """(kind, role) of a cue token: role is verb, noun or adjective."""
    # asked of every token near every number: the answer depends on three strings only
    return _word_cue_kind(token.lemma_.lower(), token.lower_, token.pos_)


@functools.lru_cache(maxsize=8192)
def _word_cue_kind(lemma: str, low: str, pos: str) -> tuple[str, str] | None:
    if low in _lex("abbreviations"):
        return _lex("abbreviations")[low], "adjective"
    for kind in KINDS:
        cues = _lex("cues")[kind]
        if pos in ("VERB", "AUX") and lemma in cues["verbs"]:
            return kind, "verb"
        if pos in ("ADJ", "VERB") and low in cues["adjectives"]:
            return kind, "adjective"
        if pos in ("NOUN", "PROPN") and (lemma in cues["nouns"] or low in cues["nouns"]):
            return kind, "noun"
    return None


def _passive(token: Any) -> bool:
    """'was hanged', and the complement of a passive ('was found hanged')."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return token.dep_ in ("oprd", "xcomp", "acomp") and any(
        c.dep_ == "auxpass" for c in token.head.children)


# "fatally shot", "mortally wounded", "sustained fatal injuries": the wound killed
_FATAL = frozenset({"fatally", "mortally", "fatal", "mortal"})


def fatal(verb: Any) -> bool:
    """Whether the verb's harm is told as deadly ('fatally shot', 'suffered fatal wounds')."""
    return any(c.dep_ == "advmod" and c.lower_ in _FATAL for c in verb.children) or any(
        a.dep_ == "amod" and a.lower_ in _FATAL for o in _objects(verb) for a in o.children)


def _objects(verb: Any) -> list[Any]:
    """The verb's direct objects and its prepositions' objects ("succumbed to his wounds")."""
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    return direct + [o for c in verb.children if c.dep_ == "prep" for o in c.children
                     if o.dep_ == "pobj"]


def _verb_allowed(token: Any, kind: str) -> bool:
    lemma = token.lemma_.lower()
    cues = _lex("cues")[kind]
    if lemma in cues["need_death_word"]:
        # the death word follows the object, however long its phrase ("beat a 35-year-old man
        # to death"), or comes within a few words of the verb ("shot dead two guards")
        end = max([token.i + 7] + [o.right_edge.i + 4 for o in token.children if o.dep_ == "dobj"])
        window = token.doc[token.i : min(end, len(token.doc))]
        words = cues.get("need_words") or _lex("death_words")
        return any(t.lower_ in words for t in window) or (kind == "fatalities" and fatal(token))
    if lemma in _lex("passive_only") and not _passive(token):
        return False
    needed = _lex("object_required").get(lemma)
    if needed and not any(o.lemma_.lower() in needed for o in _objects(token)):
        return False
    particle = _lex("particle_required").get(lemma)
    if particle and not any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in token.children
    ):
        return False
    return True


_NOT_COUNTS = {"TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_CALENDAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\w+day\b"
    r"|\b(?:years?|months?|weeks?|days?|hours?)\b|^(?:1[89]|20)\d\d$",
    re.IGNORECASE,
)


def _is_number(token: Any) -> bool:
    """A number that can count people (not part of a date, sum of money, distance, ...)."""
    if not (token.pos_ == "NUM" or token.like_num) or token.ent_type_ in _NOT_COUNTS:
        return False
    if _is_age(token):
        return False
    if token.ent_type_ == "DATE":
        # NER also tags "between 11 and 14" as a date: drop only real calendar numbers; a weekday
        # marks one only beside it ("Saturday 13"), not across a word ("the toll hit 54 on Monday")
        doc = token.doc
        window = " ".join(t.text for t in doc[max(token.i - 2, 0) : token.i + 3]
                          if abs(t.i - token.i) <= 1 or not _WEEKDAY.fullmatch(t.text))
        return not (_CALENDAR.search(window) or _CALENDAR.search(token.text))
    return True


_AGE_UNITS = {"year", "years", "month", "months"}


def _is_age(token: Any) -> bool:
    """ "a 16 year old boy", "a 17 years old man": the number is an age, written without the
    hyphens that keep "16-year-old" one word, and counts no one."""
    words = [t.lower_ for t in token.doc[token.i + 1 : token.i + 5] if t.text not in ("-", "–")]
    return len(words) >= 2 and words[0] in _AGE_UNITS and words[1] == "old"


_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
# "two dozen", "three hundred": a multiplier the parse hangs after the number it multiplies
_MULTIPLIERS = frozenset({"dozen", "hundred", "thousand", "million"})


def _with_modifier(num: Any) -> Quantity | None:
    """Read a number with the modifier words written before it ("at least", "more than")."""
    doc = num.doc
    first = min(num.left_edge.i, num.i)
    start = num.i
    while start > max(first - 3, 0) and doc[start - 1].is_alpha and not doc[start - 1].like_num:
        start -= 1
    end = num.i + 1
    while end < len(doc) and doc[end].lower_ in _MULTIPLIERS and doc[end].head.i == num.i:
        end += 1
    for begin in range(min(start, first), num.i + 1):
        q = parse_single(doc[begin:end].text)
        if q is not None:
            return q
    return None


def _np_quantity(token: Any) -> Quantity | None:
    """How many people one noun (or number) stands for, without its conjuncts."""
    low, lemma = token.lower_, token.lemma_.lower()
    children = list(token.children)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children) or low in _ZERO:
        return Quantity(0, 0, 0, False)
    if low == "one" and any(c.lower_ == "no" for c in children):
        return Quantity(0, 0, 0, False)
    if _is_number(token) or low in _lex("vague"):
        return _with_modifier(token)
    for child in children:
        if child.dep_ in ("nummod", "quantmod") or (
            child.dep_ in ("amod", "det") and child.lower_ in {*_lex("vague"), "both"}
        ):
            q = _with_modifier(child)
            if q is not None:
                return q
    for left in token.doc[token.left_edge.i : token.i]:
        nxt = left.doc[left.i + 1] if left.i + 1 < len(left.doc) else left
        if (
            (left.tag_ == "CD" or left.like_num)
            and left.dep_ not in ("pobj", "dobj", "appos")
            and nxt.text not in ("-", "–")  # "32-year-old"
            and not _is_age(left)
        ):
            q = _with_modifier(left)
            if q is not None:
                return q
    if token.pos_ == "PRON":
        return Quantity(1, 1, 1, False) if low in ("he", "she", "him", "her") else None
    if lemma not in _lex("collective_nouns") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children
    ):
        return Quantity(1, 1, 1, False)
    if token.tag_ in ("NN", "NNP") and lemma not in _lex("collective_nouns"):
        if token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
            return None
        return Quantity(1, 1, 1, False)
    return None


def _is_perpetrator(token: Any) -> bool:
    words = _lex("perpetrator_nouns")
    near = [token, *(c for c in token.children if c.dep_ in ("appos", "compound"))]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near)


def _the_one(token: Any) -> bool:
    """'the bomber', 'the village headman', 'his driver': one person named in the singular
    without a figure, beside a counted group (a group noun names no number)."""
    if token.tag_ != "NN" or token.lower_ == "gunmen" or token.lemma_.lower() in _lex("collective_nouns"):
        return False
    return _is_perpetrator(token) or any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in token.children)


def _np_start(token: Any) -> int:
    """Index of the first token of the noun phrase proper (its determiners and modifiers)."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in (
            "det",
            "nummod",
            "compound",
            "amod",
            "quantmod",
            "poss",
            "nmod",
            "advmod",
        ):
            start = min(start, _np_start(child))
    return start


def _np_end(token: Any) -> int:
    """Index of the last token of the noun phrase proper (head plus its 'of' complement)."""
    end = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, child.right_edge.i)
        elif child.dep_ in ("appos", "compound", "amod", "nummod"):
            end = max(end, child.right_edge.i)
    return end


def _own_cue(token: Any, cue: Any = None) -> bool:
    """A conjunct with its own cue ("3 killed and 10 wounded") is another count; the cue that
    counts the whole conjunction is not its own ("three shoppers and the bomber died")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    near = [*token.children, *([nxt] if nxt is not None else [])]
    others = set(_lex("other_states"))
    return any((_cue_kind(t) is not None or t.lower_ in others) and (cue is None or t.i != cue.i)
               for t in near)


def _stray_conjuncts(cue: Any, head: Any) -> list[Any]:
    """"killing the priest and five worshippers": the parse may hang the object's conjunct on the
    verb; a noun joined to a verb is the object's conjunct."""
    if head.head.i != cue.i or head.dep_ not in ("dobj", "oprd"):
        return []
    return [c for c in cue.children if c.dep_ == "conj" and c.i > head.i
            and c.pos_ in ("NOUN", "PROPN") and not _own_cue(c)]


def _partitive_noun(head: Any) -> str:
    """ "killing 17 of the insurgents": the people a bare figure counts out of ("" if none), so
    "Two soldiers died in the fighting" adds to them as another side's dead."""
    if not _is_number(head):
        return ""
    groups = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and p.tag_ in {"NNS", "NNPS"}]
    return groups[0].lemma_.lower() if groups else ""


def count_phrase(cue: Any, head: Any, kind: str) -> Finding | None:
    """Read the phrase headed by ``head`` (counted by ``cue``) into a finding."""
    between = next((c for c in head.children if c.lower_ == "between"), None)
    if between is not None and _is_number(head):
        last = max([head, *head.conjuncts], key=lambda t: t.i)
        ranged = parse_single(head.doc[between.i : last.i + 1].text)
        if ranged is not None:
            span = head.doc[min(between.i, cue.i) : max(last.i, cue.i) + 1]
            return Finding(
                kind, ranged, span.start_char, span.end_char, "", False, False, False, head.i, cue.i
            )
    conjuncts = [] if is_breakdown(head, _np_quantity) else head.conjuncts
    parts = [head, *(c for c in conjuncts if not _own_cue(c, cue)),
             *_stray_conjuncts(cue, head), *listed_appositives(head, _np_quantity),
             *(listed_subjects(head, _counted) if head.head.i == cue.i else [])]
    if _counted(head):
        # "two soldiers and three fighters": a figure-less conjunct is no person of the count,
        # but "three civilians and the bomber" names one more
        parts = [p for p in parts if p is head or _counted(p) or _the_one(p)]
    quantities = []
    for part in parts:
        q = _np_quantity(part)
        if q is not None:
            quantities.append(q)
        elif part is head:
            return None
    total = sum_quantities(quantities) if len(quantities) > 1 else quantities[0]
    rank = next_in_line(head)
    if rank is not None:
        total = parse_single(str(rank)) or total
    doc = head.doc
    left = min(cue.i, min(_np_start(p) for p in parts))
    right = max(cue.i, max(_np_end(p) for p in parts))
    if right + 1 < len(doc) and doc[right + 1].text == ")" and "(" in doc[left : right + 1].text:
        right += 1
    span = doc[left : right + 1]
    additive_words = set(_lex("additive_words"))
    additive = (
        head.lower_ in additive_words
        or any(c.lower_ in additive_words for c in head.children)
        or any(c.lower_ == "also" for c in cue.children)
    )
    subset = head.head.dep_ == "prep" and head.head.lower_ in ("including", "among")
    # "a third died": the ordinal stands for one of whoever was counted before
    victim = "" if _is_number(head) or head.pos_ == "PRON" or head.lower_ in ORDINALS \
        else head.lemma_.lower()
    victim = victim or _partitive_noun(head)
    if rank is not None:
        victim = ""  # "a fourth, a corporal, died": the running total of everyone counted so far
    return Finding(
        kind,
        total,
        span.start_char,
        span.end_char,
        victim,
        _is_perpetrator(head),
        additive,
        subset,
        head.i,
        cue.i,
        rank is not None,
    )


def _subject(verb: Any, deps: tuple[str, ...]) -> Any | None:
    """The child with one of these relations nearest the verb (parses may give two)."""
    found = [c for c in verb.children if c.dep_ in deps]
    return min(found, key=lambda c: abs(c.i - verb.i)) if found else None


def _counted(token: Any) -> bool:
    """The phrase states a figure (a number, a vague quantity, "no one")."""
    vague = _lex("vague")
    if _is_number(token) or token.lower_ in vague or token.lower_ in _ZERO:
        return True
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "both") for c in token.children):
        return True
    return any(
        c.dep_ in ("nummod", "quantmod") or (c.dep_ in ("amod", "det") and c.lower_ in vague)
        for c in token.children
    )


def _following_number(cue: Any) -> Any | None:
    """A figure written just after an active verb ("arrested over 200", "killing at least 5")."""
    doc = cue.doc
    for tok in doc[cue.i + 1 : min(cue.i + 5, len(doc))]:
        if _is_number(tok):
            return tok
        if tok.pos_ not in ("ADV", "ADP", "DET", "ADJ") and tok.lower_ not in ("than", "least"):
            return None
    return None
