"""RSS and Atom feed files: each entry becomes an article (feedparser, offline, from text)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from eventcoder.document import Article
from eventcoder.ingest.article import error_article, finish_article
from eventcoder.ingest.clean import clean_paragraphs, clean_plain_text
from eventcoder.ingest.html import fragment_paragraphs, looks_like_html
from eventcoder.ingest.published import normalize_published

log = logging.getLogger(__name__)


def looks_like_feed(text: str) -> bool:
    """True when an XML document is an RSS, RDF or Atom feed."""
    head = text[:2048].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _entry_body(entry: Any) -> str:
    """The fullest body an entry carries: content, else summary (HTML or text)."""
    best = ""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if len(value) > len(best):
            best = value
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _entry_text(body: str) -> tuple[str, str | None]:
    """Clean an entry body (an HTML fragment or plain text) into (text, sign-off byline)."""
    if looks_like_html(body) or "<" in body and ">" in body:
        cleaned = clean_paragraphs(fragment_paragraphs(body))
    else:
        cleaned = clean_plain_text(body)
    return cleaned.text, cleaned.byline


def _entry_published(entry: Any) -> str | None:
    """Publication date as the feed wrote it (local date), falling back to feedparser's UTC."""
    for key in ("published", "updated", "created", "dc_date"):
        value = normalize_published(entry.get(key))
        if value:
            return value
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return normalize_published(
                f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
            )
    return None


def read_feed(text: str, label: str) -> Iterator[Article]:
    """Yield one article per feed entry, in feed order."""
    import feedparser

    try:
        parsed = feedparser.parse(text)
    except (
        Exception
    ) as exc:  # feedparser should not raise, but a broken parser must not stop a batch
        yield error_article(label, f"cannot parse feed ({exc.__class__.__name__}: {exc})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        yield error_article(label, f"no feed entries found{detail}; is it an RSS/Atom feed?")
        return
    publisher = (parsed.get("feed") or {}).get("title")
    for number, entry in enumerate(entries, start=1):
        origin = f"{label}#{number}"
        try:
            text, byline = _entry_text(_entry_body(entry))
            guid = entry.get("id")
            link = entry.get("link")
            article = Article(
                # A guid that is not a URL is the publisher's own id; a URL guid is hashed below.
                id=guid if guid and not str(guid).startswith(("http:", "https:")) else "",
                text=text,
                url=link or (guid if guid and str(guid).startswith("http") else None),
                title=" ".join((entry.get("title") or "").split()) or None,
                publisher=" ".join(publisher.split()) if publisher else None,
                byline=entry.get("author") or byline,
                published=_entry_published(entry),
                origin=origin,
            )
        except Exception as exc:  # one odd entry must not lose the rest of the feed
            log.debug("feed entry failed", exc_info=True)
            yield error_article(origin, f"cannot read feed entry ({exc.__class__.__name__}: {exc})")
            continue
        yield finish_article(article)
