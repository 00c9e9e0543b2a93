"""Per-Doc memos of parse facts that the extract and resolve helpers ask for again and again.

spaCy builds a new Token or Span object on every ``doc[i]``, ``token.children`` or ``doc.sents``
access, and the helpers ask about the same trigger, sentence or head many times per article.
The parse does not change after the nlp pipeline, so each fact is computed once and kept in
``doc.user_data`` under a key prefixed "eventcoder.".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the geoparser's plain-text helpers import this module without needing spaCy
    from spacy.tokens import Doc, Span, Token


def doc_cache(doc: Doc, name: str) -> dict[Any, Any]:
    """A per-Doc memo dict: these helpers run many times per trigger on an unchanging parse."""
    key = "eventcoder." + name
    cache = doc.user_data.get(key)
    if cache is None:
        cache = doc.user_data[key] = {}
    return cache


_MISSING = object()


def memo(doc: Doc, name: str, key: Any, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per Doc and key, kept in the Doc's ``name`` memo."""
    # doc_cache inlined on purpose (commit a120014): memo runs hundreds of thousands of times
    # per 1,000 articles, and the extra call costs ~0.45 µs each (0.18 s vs 0.32 s per 300,000
    # hits, measured with timeit); keep the key prefix in step with doc_cache.
    user_data = doc.user_data
    full_name = "eventcoder." + name
    cache = user_data.get(full_name)
    if cache is None:
        cache = user_data[full_name] = {}
    found = cache.get(key, _MISSING)
    if found is _MISSING:
        found = cache[key] = compute()
    return found


def release(doc: Doc) -> None:
    """Drop the Doc's memos once nothing will read the Doc again.

    The memos hold Tokens and Spans, which point back to their Doc: a cycle that reference
    counting cannot free, so every finished Doc would wait, with its arrays, for the cycle
    collector to find it. Without the memos the Doc is freed as soon as its last user drops it
    (on 1,000 short notes the collector's time after warm-up falls from 0.5 s to 0.16 s, most of
    the difference being the freeing itself, now done at once: memory, more than CPU). Memos
    are only caches: a Doc read again after this recomputes them, which is also how a stage that
    re-heads tokens after the nlp pipeline (resolve/actors/whole_names.py) makes every memo read
    from the old tree go.
    """
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("eventcoder.")]:
        del doc.user_data[key]


def doc_tokens(doc: Doc) -> list[Token]:
    """All tokens of the doc as a list (``doc[i]`` builds a new Token object on every call)."""
    return memo(doc, "tokens", None, lambda: list(doc))


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (spaCy joins every token's text on each access)."""
    return memo(doc, "text", None, lambda: doc.text)


def prime_text(doc: Doc, text: str) -> None:
    """Keep ``text``, which the doc was parsed from, as its ``doc_text``: spaCy keeps every
    character (``doc.text == text``), and joining the text back costs a Token per token."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data["eventcoder.text"] = {None: text}


def doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once per doc; callers must not change the list."""
    return memo(doc, "sents", None, lambda: list(doc.sents))


def sentences_text(doc: Doc, indexes: Iterable[int]) -> str:
    """The text of the doc's sentences at ``indexes`` (an event's own sentences), space-joined."""
    sents = doc_sents(doc)
    return " ".join(span_text(sents[i]) for i in indexes if 0 <= i < len(sents))


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per doc (spaCy rebuilds the entity spans on every access)."""
    return memo(doc, "ents", None, lambda: tuple(doc.ents))


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside the span), read from the doc's entity tuple."""
    start, end = span.start, span.end
    inside = []
    for ent in doc_ents(span.doc):
        if ent.start >= start:
            if ent.end > end:
                break
            inside.append(ent)
    return inside


def sent_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each token's sentence, by token index."""
    cache = doc_cache(doc, "sent_bounds")
    bounds = cache.get(None)
    if bounds is None:
        bounds = []
        for sent in doc_sents(doc):
            bounds.extend([(sent.start, sent.end)] * (sent.end - sent.start))
        cache[None] = bounds
    return bounds


def line_breaks(doc: Doc) -> list[bool]:
    """Whether each token is whitespace holding a newline (a paragraph break)."""
    return memo(doc, "line_breaks", None,
                lambda: [t.is_space and "\n" in t.text for t in doc_tokens(doc)])


def _ent_of(doc: Doc) -> dict[int, Span]:
    """Token index → the entity containing it (entities do not overlap)."""
    cache = doc_cache(doc, "ent_of")
    ent_of = cache.get(None)
    if ent_of is None:
        ent_of = {}
        for ent in doc_ents(doc):
            for i in range(ent.start, ent.end):
                ent_of.setdefault(i, ent)
        cache[None] = ent_of
    return ent_of


def entity_at(token: Token) -> Span | None:
    """The named entity that contains the token, if any."""
    return _ent_of(token.doc).get(token.i)


def _all_children(doc: Doc) -> list[tuple[Token, ...]]:
    """Every token's children, in one pass over the heads.

    spaCy's ``token.children`` scans the token's whole subtree span on each call, keeping the
    tokens between its left and right edges whose head it is; the same rule is applied here.
    """
    toks = doc_tokens(doc)
    heads = [t.head.i for t in toks]
    lefts = [t.left_edge.i for t in toks]
    rights = [t.right_edge.i for t in toks]
    kids: list[list[Token]] = [[] for _ in toks]
    for i, h in enumerate(heads):
        if h != i and lefts[h] <= i <= rights[h]:
            kids[h].append(toks[i])
    return [tuple(k) for k in kids]


_CHILDREN_KEY = "eventcoder.children_table"


def children(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, from a per-doc table built once."""
    # The most asked memo of all (over 100 calls per article): read straight from user_data.
    doc = token.doc
    table = doc.user_data.get(_CHILDREN_KEY)
    if table is None:
        table = doc.user_data[_CHILDREN_KEY] = _all_children(doc)
    return table[token.i]


def ancestors(token: Token) -> tuple[Token, ...]:
    """``tuple(token.ancestors)``, computed once per token."""
    return memo(token.doc, "ancestors", token.i, lambda: tuple(token.ancestors))


def span_tokens(span: Span | Doc | list[Token]) -> list[Token]:
    """The tokens of a span (or doc, or list) from the doc's token list: iterating a Span builds
    a new Token object at every step."""
    if isinstance(span, list):
        return span
    if hasattr(span, "user_data"):
        return doc_tokens(span)  # a whole Doc
    if hasattr(span, "start") and hasattr(span, "doc"):
        return doc_tokens(span.doc)[span.start:span.end]
    return list(span)


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's text (spaCy joins every token's text on each access)."""
    if span.start >= span.end:
        return ""
    return doc_text(span.doc)[span.start_char:span.end_char]


def token_at_char(doc: Doc, char: int) -> int:
    """The index of the token holding the character at ``char`` (0 when none does)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0
