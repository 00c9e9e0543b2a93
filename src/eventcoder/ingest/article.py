"""Build :class:`Article` objects from text, HTML or a JSON record, with id, language and status."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from eventcoder.document import Article
from eventcoder.errors import InputError
from eventcoder.ingest.clean import clean_plain_text
from eventcoder.ingest.decode import decode_bytes
from eventcoder.ingest.html import extract_html, looks_like_html
from eventcoder.ingest.ids import canonical_url, origin_id, stable_id
from eventcoder.ingest.language import non_english_reason
from eventcoder.ingest.limits import check_storable, id_problem
from eventcoder.ingest.published import normalize_published, published_from_line

log = logging.getLogger(__name__)

# spaCy's parser needs ~1 GB per 100,000 words; a news story is a few thousand words, so
# anything longer is a dump, not an article.
MAX_TEXT_CHARS = 300_000


def error_article(origin: str, message: str, *, id: str | None = None) -> Article:
    """An article that could not be read: status error, reason "<origin>: <message>"."""
    article = Article(
        id=stable_id(id) if id else origin_id(origin),
        status="error",
        reason=f"{origin}: {message}",
        origin=origin,
    )
    return check_storable(article) if id_problem(article.id) else article


def finish_article(article: Article, *, check_language: bool = True) -> Article:
    """Give an article its id and check that it can be coded (not empty, too long, English)."""
    text = article.text
    canonical = canonical_url(article.url)
    article.id = stable_id(article.id or None, canonical, text)
    where = f"{article.origin}: " if article.origin else ""
    if check_storable(article).status == "error":
        return article
    if not text.strip():
        article.status = "skipped"
        article.reason = f"{where}no article text found (empty after boilerplate removal)"
    elif len(text) > MAX_TEXT_CHARS:
        article.status = "error"
        article.reason = (
            f"{where}text is {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} "
            "accepted for one article; split it into separate articles"
        )
        article.text = ""
    elif check_language:
        lang, reason = non_english_reason(text)
        article.language = lang
        if reason:
            article.status = "skipped"
            article.reason = where + reason
    return article


def article_from_input(
    text_or_html: str,
    url: str | None = None,
    published: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Article:
    """Build an article from raw text or HTML: boilerplate removed, metadata read, id given."""
    return build_article(
        text_or_html, url=url, published=published, id=id, title=title, source=source
    )


def build_article(
    text_or_html: str,
    *,
    url: str | None = None,
    published: Any = None,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    publisher: str | None = None,
    origin: str | None = None,
) -> Article:
    """Shared body of :func:`article_from_input` that also carries where the input came from."""
    if text_or_html is None:
        text_or_html = ""
    elif isinstance(text_or_html, bytes | bytearray):
        try:
            text_or_html = decode_bytes(bytes(text_or_html), html=True)
        except InputError as exc:
            return error_article(origin or "input", str(exc), id=id)
    if looks_like_html(text_or_html):
        parts = extract_html(text_or_html, url=url)
        article = Article(
            id=id or "",
            text=parts.text,
            url=url or parts.url,
            title=title or parts.title,
            publisher=publisher or parts.publisher,
            byline=parts.byline,
            published=normalize_published(published) or parts.published,
            source=source,
            origin=origin,
        )
        # The canonical URL identifies the page better than the address it was fetched from.
        if not id and parts.url:
            article.id = stable_id(None, parts.url, parts.text)
    else:
        cleaned = clean_plain_text(text_or_html)
        article = Article(
            id=id or "",
            text=cleaned.text,
            url=url,
            title=title or cleaned.title,
            publisher=publisher,
            byline=cleaned.byline,
            published=normalize_published(published) or published_from_line(cleaned.date_text),
            source=source,
            origin=origin,
        )
    return finish_article(article)


def article_from_record(record: Mapping[str, Any], *, origin: str | None = None) -> Article:
    """Build an article from a JSON record (JSONL line, API body): a given ``text`` is kept as is.

    ``text`` is not cleaned at all, so offsets index exactly what the caller sent; ``html``
    goes through boilerplate removal. Other keys: id, url, title, published, source, publisher.
    """
    where = origin or "record"
    if not isinstance(record, Mapping):
        return error_article(where, f"expected a JSON object, got {type(record).__name__}")
    given_id = record.get("id")
    given_id = str(given_id) if given_id not in (None, "") else None
    text, html = record.get("text"), record.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return error_article(where, f"'{key}' must be a string", id=given_id)
    meta = {k: record.get(k) for k in ("url", "title", "source", "publisher")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            meta[key] = str(value)
    if text is None and html is None:
        return error_article(where, "has neither 'text' nor 'html'; add one of them", id=given_id)
    if text is None:
        return build_article(
            html or "",
            url=meta["url"],
            published=record.get("published"),
            id=given_id,
            title=meta["title"],
            source=meta["source"],
            publisher=meta["publisher"],
            origin=origin,
        )
    article = Article(
        id=given_id or "",
        text=text,
        url=meta["url"],
        title=meta["title"],
        publisher=meta["publisher"],
        published=normalize_published(record.get("published")),
        source=meta["source"],
        origin=origin,
    )
    return finish_article(article)
