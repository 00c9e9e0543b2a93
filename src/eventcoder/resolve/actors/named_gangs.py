"""A gang or armed group the knowledge base lacks, named by the text as one: "Los Ardillos, a
local gang", "Los Contadores, a drug trafficking gang". The apposition tells the capitalised words
are a group's name, whatever the entity tagger made of them (a place, often, for Spanish names
with an article). "A gang known as X" is left to the generic hits, whose mention holds the name.
"""

from __future__ import annotations

from typing import Any

from eventcoder.nlp.doc_cache import doc_tokens
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.context import noun_lemma
from eventcoder.resolve.actors.described_groups import GROUP_NOUNS
from eventcoder.resolve.actors.hits import Hit, group_kind, overlaps

# Nouns of an armed or criminal body; "group" and "organisation" also name charities and firms,
# so an apposition needs one of these, or a descriptor before a wider group noun.
_GANG_NOUNS = {"gang", "cartel", "militia", "mafia", "syndicate", "clique"}
_ARMED_WORDS = {"armed", "criminal", "crime", "drug", "drugs", "trafficking", "rebel",
                "insurgent", "jihadist", "militant", "paramilitary", "vigilante", "separatist"}
_JOINING = {"of", "the", "de", "del", "la", "los", "las", "el", "al", "do", "da", "dos", "das",
            "di", "du", "des", "-"}
# branches of a name's head that are no part of the name: ", a gang", ", which ...", "and X"
_NOT_NAME = {"appos", "relcl", "acl", "punct", "cc", "conj"}


def _armed_group_noun(head: Any) -> bool:
    """'gang', 'cartel', or a wider group noun with an armed word before it ('criminal group')."""
    lemma = noun_lemma(head)
    if lemma in _GANG_NOUNS:
        return True
    return lemma in GROUP_NOUNS and any(
        c.lower_ in _ARMED_WORDS for c in head.children if c.i < head.i)


def _clean(toks: list[Any]) -> tuple[int, int] | None:
    """[i, j) of the tokens when they run unbroken, every word capitalised or a joining word."""
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks) or not toks[-1].text[:1].isupper():
        return None
    if any(not t.text[:1].isupper() and t.lower_ not in _JOINING for t in toks):
        return None
    return toks[0].i, toks[-1].i + 1


def _name_span(token: Any) -> tuple[int, int] | None:
    """[i, j) of a capitalised proper-noun phrase headed by ``token`` (no leading 'the'): its
    whole phrase ("Liga do Oeste"), else the words up to the head ("Los Ardillos in Guerrero")."""
    if token.tag_ not in {"NNP", "NNPS"}:
        return None
    cut = {t.i for c in token.children if c.dep_ in _NOT_NAME for t in c.subtree}
    whole = [t for t in token.subtree if t.i not in cut and t.dep_ != "det"]
    # no test of the entity type: the tagger takes "Bonde do Norte" for a person, and the gang
    # noun beside the name says what it is ("Juan Perez, a gang member" has no gang noun head)
    span = _clean(whole) or _clean([t for t in whole if t.i <= token.i])
    return _run_on(token.doc, span) if span is not None else None


def _run_on(doc: Any, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a name over the capitalised words the parse hung elsewhere ("the Liga | do Oeste",
    'do' read as a verb): a joining word then a capitalised one, or a proper noun, run on."""
    start, end = span
    while end < len(doc):
        if doc[end].tag_ in {"NNP", "NNPS"} and doc[end].text[:1].isupper():
            end += 1
        elif end + 1 < len(doc) and doc[end].lower_ in _JOINING and doc[end + 1].tag_ in {
                "NNP", "NNPS"} and doc[end + 1].text[:1].isupper():
            end += 2
        else:
            break
    return start, end


def _candidates(doc: Any) -> list[tuple[int, int]]:
    """[i, j) token spans of names in apposition with a gang noun ("Los Ardillos, a local gang")."""
    out = []
    for token in doc_tokens(doc):
        if token.dep_ == "appos" and _armed_group_noun(token) and token.i > token.head.i:
            span = _name_span(token.head)
            if span is not None:
                out.append(span)
    return out


def named_gang_hits(doc: Any, taken: list[tuple[int, int]], doc_country: str | None) -> list[Hit]:
    """Hits for groups the text names as gangs or armed groups (see the module)."""
    out: list[Hit] = []
    for i, j in _candidates(doc):
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        if overlaps(start, end, taken + [(h.start, h.end) for h in out]):
            continue
        name = doc.text[start:end]  # as written: canonical() would capitalise 'do'
        known = actor_kb.lookup(name, doc_country)
        out.append(Hit.of_entry(start, end, name, known, doc_country) if known is not None else Hit(
            start, end, name, f"new:{actor_kb._norm(name)}", name, group_kind(name), name,
            doc_country))
    return out
