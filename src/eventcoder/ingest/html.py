"""HTML pages: trafilatura boilerplate removal plus metadata from meta tags and JSON-LD.

trafilatura finds the story container and drops menus, tickers, share bars, related links,
sidebars, comments and footers; the phrase filter of :mod:`eventcoder.ingest.clean` then catches
what sits inside the container (donation boxes, sign-offs). Metadata is read from the page's
own declarations first (JSON-LD, Open Graph, ``<link rel=canonical>``), trafilatura's guesses
second.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from eventcoder.ingest.clean import clean_paragraphs
from eventcoder.ingest.published import normalize_published, published_from_line

log = logging.getLogger(__name__)

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAG = re.compile(
    r"<(p|div|br|span|a|h[1-6]|article|section|main|table|ul|li|em|strong|b|i|meta|title)\b[^>]*>",
    re.I,
)
_ARTICLE_TYPES = frozenset(
    "newsarticle article reportagenewsarticle blogposting report analysisnewsarticle "
    "backgroundnewsarticle opinionnewsarticle webpage".split()
)
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
# Block elements whose text is a paragraph of its own when converting a fragment.
_BLOCKS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote tr pre section article dd dt figcaption br td th "
    "header footer".split()
)
_DROP = tuple(
    "script style noscript template svg iframe form button select textarea input nav aside "
    "footer header head".split()
)
# Class or id words of page furniture in common CMS themes (WordPress, Drupal, Arc, Ghost).
_FURNITURE = re.compile(
    r"(^|[\s_-])(related|share|sharing|social|comments?|respond|sidebar|widget|donat\w*|"
    r"newsletter|subscribe|breadcrumbs?|menu|nav|ticker|footer|author-box|byline|entry-meta|"
    r"tags|advert\w*|ad|ads|promo|popular|most-read|trending)($|[\s_-])",
    re.I,
)


@dataclass
class HtmlParts:
    """What a page yields: cleaned body text and its metadata."""

    text: str
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """True when a string is an HTML page or fragment rather than plain text."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    # A fragment opens with a tag; text that merely quotes markup needs more tags to count.
    return tags >= 4 or (tags >= 2 and head.lstrip().startswith("<"))


def _first(*values: Any) -> str | None:
    """The first non-empty string among values, stripped."""
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _names(value: Any) -> str | None:
    """A JSON-LD person/organisation value (dict, list or string) as a display name."""
    if isinstance(value, str):
        return _first(value)
    if isinstance(value, dict):
        return _first(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first article-like JSON-LD object of the page (empty when none)."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [])
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                    return item
    return {}


def page_metadata(tree: Any) -> dict[str, str | None]:
    """Read title, publisher, byline, published date and canonical URL from a parsed page."""
    meta: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key and key not in meta and node.get("content", "").strip():
            meta[key] = node.get("content").strip()
    ld = _json_ld(tree)
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    times = tree.xpath("//time[@datetime]/@datetime")
    published = None
    for candidate in [
        ld.get("datePublished"),
        *(meta.get(k) for k in _PUBLISHED_META),
        ld.get("dateCreated"),
        *times[:1],
    ]:
        published = normalize_published(candidate) if isinstance(candidate, str) else None
        if published:
            break
    title_nodes = tree.xpath("//title/text()")
    return {
        "title": _first(meta.get("og:title"), ld.get("headline"), meta.get("twitter:title")),
        "html_title": _first(*title_nodes[:1]),
        "publisher": _first(
            meta.get("og:site_name"), _names(ld.get("publisher")), meta.get("application-name")
        ),
        "byline": _first(
            _names(ld.get("author")),
            meta.get("author"),
            meta.get("article:author")
            if not str(meta.get("article:author", "")).startswith("http")
            else None,
        ),
        "published": published,
        "url": _first(
            *(canonical[:1]),
            meta.get("og:url"),
            ld.get("url") if isinstance(ld.get("url"), str) else None,
        ),
    }


def _body_paragraphs(body: Any) -> list[str]:
    """Paragraph strings from trafilatura's XML body (lists give one paragraph per item)."""
    paragraphs: list[str] = []
    for child in body:
        if child.tag == "list":
            items = [c for c in child if c.tag == "item"] or [child]
            paragraphs.extend(" ".join("".join(i.itertext()).split()) for i in items)
        elif child.tag in {"table", "graphic"}:
            continue
        else:
            paragraphs.append(" ".join("".join(child.itertext()).split()))
    return [p for p in paragraphs if p]


def fragment_paragraphs(html: str) -> list[str]:
    """Split an HTML fragment (feed content, or a page trafilatura gave up on) into paragraphs."""
    import lxml.html  # only HTML input needs it: not imported at start-up for text and JSONL
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP)):
        if bad.getparent() is not None:
            bad.drop_tree()
    for node in list(root.iter()):
        marks = f"{node.get('class', '')} {node.get('id', '')}" if isinstance(node.tag, str) else ""
        if marks.strip() and _FURNITURE.search(marks) and node.getparent() is not None:
            node.drop_tree()
    for node in root.iter():
        if isinstance(node.tag, str) and node.tag.lower() in _BLOCKS:
            # Mark block boundaries so text from separate blocks never runs together.
            node.tail = "\n\n" + (node.tail or "")
            if node.tag.lower() != "br":
                node.text = "\n\n" + (node.text or "")
    text = root.text_content()
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def extract_html(html: str, url: str | None = None) -> HtmlParts:
    """Extract the article body and metadata from an HTML page."""
    import lxml.html  # only HTML input needs it: not imported at start-up for text and JSONL
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
        meta = page_metadata(tree)
    except (etree.ParserError, ValueError):
        meta = {}
    paragraphs: list[str] = []
    tmeta: dict[str, Any] = {}
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if result is not None:
            tmeta = result.as_dict()
            if result.body is not None:
                paragraphs = _body_paragraphs(result.body)
    except Exception:  # trafilatura raises assorted errors on broken markup; fall back below
        log.warning("trafilatura failed on a page; using plain paragraph extraction", exc_info=True)
    if not paragraphs:
        paragraphs = fragment_paragraphs(html)
    title = _first(tmeta.get("title"), meta.get("title"), meta.get("html_title"))
    # The headline is metadata, not body: offsets must not count it.
    cleaned = clean_paragraphs(paragraphs, (title, meta.get("title"), meta.get("html_title")))
    return HtmlParts(
        text=cleaned.text,
        title=title,
        publisher=_first(meta.get("publisher"), tmeta.get("sitename")),
        byline=_first(meta.get("byline"), tmeta.get("author"), cleaned.byline),
        published=meta.get("published")
        or normalize_published(tmeta.get("date"))
        or published_from_line(cleaned.date_text),
        url=_first(meta.get("url"), tmeta.get("url"), url),
    )
