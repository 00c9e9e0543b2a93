"""Find counted people in a parsed sentence: who was killed, wounded or arrested, and how many.

Each cue word (``data/count_words.yaml``: kill/die/dead/death toll/wound/injure/arrest ...) is
followed through the spaCy parse to the noun phrase it counts: the passive or intransitive
subject ("45 people were killed"), the object of an active verb ("killing 45 members"), the
noun a participle modifies ("3 killed", "02 dead"), or the figure a death toll reaches. The
noun phrase is read with :func:`eventcoder.extract.numbers.parse_quantity`, conjuncts added
("two policemen and a civilian").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from eventcoder.extract.numbers import (
    Quantity,
    lexicon,
    parse_single,
    sum_quantities,
)

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


def _lex(name: str) -> Any:
    return lexicon()[name]


def _cue_kind(token: Any) -> tuple[str, str] | None:
    """(kind, role) of a cue token: role is verb, noun or adjective."""
    lemma, low = token.lemma_.lower(), token.lower_
    if low in _lex("abbreviations"):
        return _lex("abbreviations")[low], "adjective"
    for kind in KINDS:
        cues = _lex("cues")[kind]
        if token.pos_ in ("VERB", "AUX") and lemma in cues["verbs"]:
            return kind, "verb"
        if token.pos_ in ("ADJ", "VERB") and low in cues["adjectives"]:
            return kind, "adjective"
        if token.pos_ in ("NOUN", "PROPN") and (lemma in cues["nouns"] or low in cues["nouns"]):
            return kind, "noun"
    return None


def _verb_allowed(token: Any, kind: str) -> bool:
    lemma = token.lemma_.lower()
    cues = _lex("cues")[kind]
    if lemma in cues["need_death_word"]:
        window = token.doc[token.i : min(token.i + 7, len(token.doc))]
        return any(t.lower_ in _lex("death_words") for t in window)
    if lemma in _lex("passive_only") and not any(c.dep_ == "auxpass" for c in token.children):
        return False
    particle = _lex("particle_required").get(lemma)
    if particle and not any(
        c.dep_ in ("prt", "prep") and c.lower_ == particle for c in token.children
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
    if token.ent_type_ == "DATE":
        # NER also tags "between 11 and 14" as a date: drop only real calendar numbers
        doc = token.doc
        window = doc[max(token.i - 2, 0) : token.i + 3].text
        return not (_CALENDAR.search(window) or _CALENDAR.search(token.text))
    return True


def _with_modifier(num: Any) -> Quantity | None:
    """Read a number with the modifier words written before it ("at least", "more than")."""
    doc = num.doc
    first = min(num.left_edge.i, num.i)
    start = num.i
    while start > max(first - 3, 0) and doc[start - 1].is_alpha and not doc[start - 1].like_num:
        start -= 1
    for begin in range(min(start, first), num.i + 1):
        q = parse_single(doc[begin : num.i + 1].text)
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
            child.dep_ in ("amod", "det") and child.lower_ in _lex("vague")
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


def _own_cue(token: Any) -> bool:
    """A conjunct with its own cue ("3 killed and 10 wounded") is another count."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    near = [*token.children, *([nxt] if nxt is not None else [])]
    others = set(_lex("other_states"))
    return any(_cue_kind(t) is not None or t.lower_ in others for t in near)


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
    parts = [head, *(c for c in head.conjuncts if not _own_cue(c))]
    if _counted(head):
        # "two soldiers and three fighters": a figure-less conjunct is no person of the count
        parts = [p for p in parts if p is head or _counted(p)]
    quantities = []
    for part in parts:
        q = _np_quantity(part)
        if q is not None:
            quantities.append(q)
        elif part is head:
            return None
    total = sum_quantities(quantities) if len(quantities) > 1 else quantities[0]
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
    victim = "" if _is_number(head) or head.pos_ == "PRON" else head.lemma_.lower()
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
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in token.children):
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


def _verb_targets(cue: Any, kind: str) -> list[Any]:
    """Noun phrases a cue verb counts."""
    passive = any(c.dep_ in ("auxpass", "agent") for c in cue.children)
    intransitive = cue.lemma_.lower() in _lex("cues")[kind]["intransitive"]
    heads: list[Any] = []
    if passive or intransitive:
        subj = _subject(cue, ("nsubjpass", "nsubj"))
        if subj is None and cue.dep_ == "conj":
            subj = _subject(cue.head, ("nsubjpass",))
        if subj is None and cue.dep_ in ("xcomp", "oprd", "ccomp"):
            subj = _subject(cue.head, ("nsubjpass", "nsubj"))
        if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
            subj = next((c for c in subj.children if c.dep_ == "appos"), None)
        obj = _subject(cue, ("dobj",))
        if obj is not None and (subj is None or _np_quantity(subj) is None):
            subj = obj  # "were they killed two": a mis-read passive with an object
        if subj is not None:
            heads.append(subj)
    else:
        obj = _subject(cue, ("dobj",))
        down = next((c for c in cue.children if c.lower_ == "down" and c.dep_ == "prep"), None)
        if obj is None and down is not None:
            obj = _subject(down, ("pobj",))  # "gunned down a priest"
        if obj is None and cue.dep_ == "conj":
            obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None and (num := _following_number(cue)) is not None:
            obj = num
        if obj is not None:
            heads.append(obj)
        else:
            subj = _subject(cue, ("nsubj", "nsubjpass"))
            # headline style "Five soldiers wounded": a counted subject with no object
            if subj is None and cue.dep_ in ("xcomp", "oprd", "ccomp"):
                subj = _subject(cue.head, ("nsubjpass",))  # "were reported killed"
            if (
                subj is not None
                and not _is_perpetrator(subj)
                and (_counted(subj) or (cue.tag_ in ("VBN", "VBD") and subj.tag_ == "NN"))
            ):
                heads.append(subj)
            elif subj is None and cue.dep_ == "conj":
                inherited = _subject(cue.head, ("nsubjpass",))
                if inherited is not None:
                    heads.append(inherited)
    if cue.dep_ in ("acl", "amod") and cue.head.pos_ in ("NOUN", "NUM", "PROPN", "PRON"):
        heads.append(cue.head)
    return heads


def _adjective_targets(cue: Any) -> list[Any]:
    head = cue.head
    if cue.dep_ in ("oprd", "acomp", "xcomp"):
        target = _subject(head, ("dobj",)) if cue.dep_ == "oprd" else None
        target = target or _subject(head, ("nsubjpass", "nsubj"))
        if target is None and head.dep_ in ("acl", "amod") and head.head.pos_ in ("NOUN", "NUM"):
            target = head.head  # "At least one civilian reported dead"
        return [target] if target is not None else []
    if cue.dep_ in ("amod", "acl") and head.pos_ in ("NOUN", "PROPN", "NUM"):
        return [head]
    return []


def _reported_death(cue: Any) -> bool:
    """'the death of N' reports deaths only as a result or a report, not as a grievance."""
    if cue.lemma_.lower() not in ("death", "killing"):
        return False
    if cue.dep_ in ("nsubj", "nsubjpass", "ROOT", "attr"):
        return True
    head = cue.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        return head.head.lemma_.lower() in _lex("result_verbs")
    return head.lemma_.lower() in _lex("result_verbs")


def _noun_targets(cue: Any) -> list[Any]:
    if any(c.dep_ == "nummod" for c in cue.children):
        return [cue]
    for prep in cue.children if _reported_death(cue) else []:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and _counted(pobj):
                return [pobj]
    toll = cue if cue.lower_ == "toll" else cue.head if cue.head.lower_ == "toll" else None
    if toll is not None:
        after = [t for t in toll.head.subtree if t.i > toll.i and _is_number(t)]
        return after[:1]
    return []


def _adjacent_number(cue: Any) -> Any | None:
    """A number written just before the cue ("12 killed", "02 dead", "seven Boko Haram dead")."""
    doc = cue.doc
    i = cue.i - 1
    steps = 0
    while i >= 0 and steps < 8:
        tok = doc[i]
        if _is_number(tok):
            return tok
        if tok.lower_ in _AUX_SKIP or tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.ent_type_:
            i -= 1
            steps += 1
            continue
        return None
    return None


def find_in_span(span: Any, previous: list[Finding] | None = None) -> list[Finding]:
    """Every counted group a sentence (or any span) states; ``previous`` are the findings of
    earlier sentences, which a later "the number rose to N" updates."""
    findings: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for cue in span:
        kc = _cue_kind(cue)
        if kc is None:
            continue
        kind, role = kc
        if role == "verb":
            if not _verb_allowed(cue, kind):
                continue
            heads = _verb_targets(cue, kind)
        elif role == "adjective":
            heads = _adjective_targets(cue)
        else:
            heads = _noun_targets(cue)
            if not heads and cue.tag_ == "VBG" or cue.lower_.endswith("ing"):
                # a gerund tagged as a noun ("strike ... killing 40")
                num = _following_number(cue)
                heads = [num] if num is not None and not heads else heads
        if not heads and (n := _adjacent_number(cue)) is not None:
            heads = [n]
        for head in heads:
            if (kind, head.i) in seen or _cue_kind(head) is not None and head is not cue:
                continue
            finding = count_phrase(cue, head, kind)
            if finding is not None:
                seen.add((kind, head.i))
                findings.append(finding)
    findings.extend(_updated_figures(span, [*(previous or []), *findings]))
    return findings


def _updated_figures(span: Any, findings: list[Finding]) -> list[Finding]:
    """'the number was later raised to sixteen': an update of the figure given before it."""
    out: list[Finding] = []
    for tok in span:
        if tok.lemma_.lower() not in _lex("update_nouns") or tok.lower_ == "toll":
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _lex("update_verbs"):
            continue
        before = [f for f in findings if f.start < tok.idx]
        num = next(
            (
                t
                for t in verb.subtree
                if t.i > verb.i and _is_number(t) and t.head.lower_ in ("to", "at")
            ),
            None,
        )
        if not before or num is None:
            continue
        q = _with_modifier(num)
        if q is None:
            continue
        doc = tok.doc
        s = doc[min(_np_start(tok), num.i) : num.i + 1]
        out.append(
            Finding(
                before[-1].kind, q, s.start_char, s.end_char, "", False, False, False, num.i, tok.i
            )
        )
    return out
