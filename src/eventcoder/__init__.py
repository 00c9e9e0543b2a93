"""eventcoder: news articles in, evidence-backed records of political violence out.

Example:
    >>> import eventcoder
    >>> doc = eventcoder.extract("Gunmen killed 3 people in Kano on Monday.", published="2024-03-05")
    >>> doc.to_dict()["events"][0]["fatalities"]["best"]
    3
"""

from __future__ import annotations

import logging

from eventcoder.document import Article, Document, Event
from eventcoder.errors import EventcoderError

__version__ = "0.25.0"
__all__ = ["Article", "Document", "Event", "EventcoderError", "extract", "extract_document", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract_document(
    text_or_html: str,
    url: str | None = None,
    published: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Document:
    """Run the whole pipeline on one article given as text or HTML and return its document."""
    from eventcoder.ingest import article_from_input
    from eventcoder.pipeline import default_pipeline

    article = article_from_input(
        text_or_html, url=url, published=published, id=id, title=title, source=source
    )
    return default_pipeline()(article)


# The public name; see eventcoder/extract/__init__.py for why the subpackage forwards to it.
extract = extract_document
