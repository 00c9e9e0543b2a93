"""Ingest: turn files, pages, JSONL lines and feeds into clean :class:`Article` objects."""

from __future__ import annotations

import hashlib

from eventcoder.document import Article


def article_from_input(
    text_or_html: str,
    url: str | None = None,
    published: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Article:
    """Build an article from raw text or HTML (placeholder: plain text only)."""
    aid = id or hashlib.sha1(text_or_html.encode()).hexdigest()[:16]
    return Article(id=aid, text=text_or_html, url=url, published=published, title=title, source=source)
