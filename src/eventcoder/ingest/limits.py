"""What both back ends can hold: an article whose id or URL cannot be stored is refused up front.

SQLite stores almost anything; PostgreSQL refuses NUL characters and the ``articles.id`` column
is ``VARCHAR(255)``. Checking here, before any NLP, turns what used to be a database error (a 500
or a stopped batch) into an input error for that one article, with its reason.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import urlsplit

from eventcoder.document import Article

MAX_ID_CHARS = 200  # event ids append ":<event id>" to the article id within VARCHAR(300)
URL_SCHEMES = ("http", "https")
INVALID = "invalid input: "


def id_problem(article_id: str) -> str | None:
    """Why an article id cannot be stored (None when it can)."""
    if len(article_id) > MAX_ID_CHARS:
        return f"id is {len(article_id):,} characters; at most {MAX_ID_CHARS} are accepted"
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in article_id):
        return "id contains control characters (such as \\u0000); use printable characters"
    return None


def url_problem(url: str | None) -> str | None:
    """Why a URL is refused: only http(s) links to a host are stored (no javascript:, data:)."""
    if not url:
        return None
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in url):
        return "url contains control characters"
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in URL_SCHEMES or not parts.netloc:
        return f"url must be an http:// or https:// link, got {url[:60]!r}"
    return None


def _safe_id(article_id: str) -> str:
    digest = hashlib.sha1(article_id.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
    return "x:" + digest


def check_storable(article: Article) -> Article:
    """Mark the article as an input error when its id or URL cannot be stored as given."""
    problem = id_problem(article.id) or url_problem(article.url)
    if problem is None:
        return article
    if id_problem(article.id):
        article.id = _safe_id(article.id)  # the report must not carry the unstorable id either
    where = f"{article.origin}: " if article.origin else ""
    article.status = "error"
    article.reason = f"{INVALID}{where}{problem}"
    article.text = ""
    return article


def is_input_error(article: Article) -> bool:
    """True when the article was refused by :func:`check_storable`."""
    return article.status == "error" and (article.reason or "").startswith(INVALID)
