"""A gang or armed group the knowledge base lacks, named by the text as one: "Los Ardillos, a
local gang", "a gang known as Los Cachiros", "a criminal group called La Familia". The
apposition or the naming verb tells the capitalised words are a group's name, whatever the
entity tagger made of them (a place, often, for Spanish names with an article). The hit covers the
name, or the whole phrase "a gang known as X", so the attribution stage reads the slot the
phrase stands in ("a gang known as X was behind the attack": the subject).
"""

from __future__ import annotations

from typing import Any

from eventcoder.nlp.doc_cache import doc_tokens
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.context import noun_lemma
from eventcoder.resolve.actors.described_groups import GROUP_NOUNS
from eventcoder.resolve.actors.hits import Hit, group_kind, overlaps
from eventcoder.resolve.actors.self_named import canonical

# Nouns of an armed or criminal body; "group" and "organisation" also name charities and firms,
# so an apposition needs one of these, or a descriptor before a wider group noun.
_GANG_NOUNS = {"gang", "cartel", "militia", "mafia", "syndicate", "clique", "band"}
_ARMED_WORDS = {"armed", "criminal", "crime", "drug", "drugs", "trafficking", "rebel",
                "insurgent", "jihadist", "militant", "paramilitary", "vigilante", "separatist"}
_NAMING = {"know", "call", "name"}  # "a gang known as / called / named X"
_JOINING = {"of", "the", "de", "del", "la", "los", "las", "el", "al", "-"}


def _armed_group_noun(head: Any) -> bool:
    """'gang', 'cartel', or a wider group noun with an armed word before it ('criminal group')."""
    lemma = noun_lemma(head)
    if lemma in _GANG_NOUNS:
        return True
    return lemma in GROUP_NOUNS and any(
        c.lower_ in _ARMED_WORDS for c in head.children if c.i < head.i)


def _name_span(token: Any) -> tuple[int, int] | None:
    """[i, j) of a capitalised proper-noun phrase headed by ``token`` (no leading 'the')."""
    toks = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks) or token.tag_ not in {"NNP", "NNPS"}:
        return None
    if any(not t.text[:1].isupper() and t.lower_ not in _JOINING for t in toks):
        return None
    if any(t.ent_type_ == "PERSON" for t in toks):
        return None  # "Juan Perez, a gang leader's brother": a person
    return toks[0].i, toks[-1].i + 1


def _named_by(head: Any) -> Any | None:
    """The name after 'known as' / 'called' / 'named' on a group noun."""
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _NAMING):
        for c in acl.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ in {"oprd", "dobj", "xcomp", "attr"}:
                return c
    return None


def _candidates(doc: Any) -> list[tuple[int, int, int]]:
    """(hit start, hit end, name start) token indices of each named gang; the name ends with
    the hit."""
    out = []
    for token in doc_tokens(doc):
        if token.dep_ == "appos" and _armed_group_noun(token) and token.i > token.head.i:
            span = _name_span(token.head)  # "Los Ardillos, a local gang"
            if span is not None:
                out.append((span[0], span[1], span[0]))
        elif token.pos_ == "NOUN" and _armed_group_noun(token):
            named = _named_by(token)  # "a gang known as Los Cachiros"
            span = _name_span(named) if named is not None else None
            if span is not None:
                out.append((token.left_edge.i, span[1], span[0]))
    return out


def named_gang_hits(doc: Any, taken: list[tuple[int, int]], doc_country: str | None) -> list[Hit]:
    """Hits for groups the text names as gangs or armed groups (see the module)."""
    out: list[Hit] = []
    for start_i, end_i, name_i in _candidates(doc):
        start, end = doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1])
        if overlaps(start, end, taken + [(h.start, h.end) for h in out]):
            continue  # "an NDC militia, called X": the phrase already names a known actor's men
        name = canonical(doc.text[doc[name_i].idx:end])
        known = actor_kb.lookup(name, doc_country)
        text = doc.text[start:end]
        hit = Hit.of_entry(start, end, text, known, doc_country) if known is not None else Hit(
            start, end, text, f"new:{actor_kb._norm(name)}", name, group_kind(name), name,
            doc_country)
        hit.as_alias = start_i == name_i  # "a gang known as X" is no alias of X
        out.append(hit)
    return out
