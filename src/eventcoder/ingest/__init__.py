"""Ingest: turn files, pages, JSONL lines and feeds into clean :class:`Article` objects.

Entry points:
    article_from_input(text_or_html, url=None, published=None, *, id=None, title=None, source=None)
        one article from a string (HTML detected and cleaned; plain text cleaned).
    article_from_record(record, origin=None)
        one article from a JSON object (JSONL line, API body); a given ``text`` is kept as sent.
    read_paths(paths)
        stream articles from files, directories and feeds; never raises on bad input.
    read_bytes(data, name)
        the same for file content held in memory (an HTTP upload), typed by its name.

Example:
    >>> from eventcoder.ingest import article_from_input
    >>> article_from_input("Gunmen killed 3 people in Kano on Monday.").status
    'ok'
"""

from __future__ import annotations

from eventcoder.ingest.article import (
    MAX_TEXT_CHARS,
    article_from_input,
    article_from_record,
    error_article,
)
from eventcoder.ingest.decode import MAX_BYTES
from eventcoder.ingest.ids import canonical_url, stable_id
from eventcoder.ingest.paths import SUPPORTED_EXTENSIONS, read_bytes, read_path, read_paths

__all__ = [
    "MAX_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_EXTENSIONS",
    "article_from_input",
    "article_from_record",
    "canonical_url",
    "error_article",
    "read_bytes",
    "read_path",
    "read_paths",
    "stable_id",
]
