"""Stages read case-restored wire copy; the output still quotes the article as written.

For all-capitals text the stages run over the case-restored text (same length, see
:mod:`eventcoder.nlp.truecase`). Afterwards the article gets its own text back and every quoted
span that carries offsets (evidence, mentions, quotes, count and date texts) is cut again from it,
so ``evidence.text == article.text[start:end]`` holds as the contract requires.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from eventcoder.document import Document

# (offset fields, text field) pairs that quote the article.
_SPANS = (("start", "end", "text"), ("start", "end", "mention"), ("span_start", "span_end", "text"))


def _requote(value: Any, original: str, seen: set[int]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, list | tuple):
        for item in value:
            _requote(item, original, seen)
        return
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return
    for start_f, end_f, text_f in _SPANS:
        start, end = getattr(value, start_f, None), getattr(value, end_f, None)
        quoted = getattr(value, text_f, None)
        if isinstance(start, int) and isinstance(end, int) and isinstance(quoted, str) and \
                len(quoted) == end - start and \
                quoted.lower() == original[start:end].lower():
            setattr(value, text_f, original[start:end])
    for f in dataclasses.fields(value):
        if f.name != "article":
            _requote(getattr(value, f.name), original, seen)


@contextmanager
def reading_text(document: Document, cased: str) -> Iterator[None]:
    """Let the stages read ``cased`` (the article's text with case restored), then quote back."""
    original = document.article.text
    if cased == original or len(cased) != len(original):
        yield
        return
    document.article.text = cased
    try:
        yield
    finally:
        document.article.text = original
        _requote(document, original, set())
