"""Stable article ids and canonical URLs.

An article keeps the id it was given; otherwise its id is a hash of the canonical URL
(``u:``), else of its cleaned body (``t:``). The same input always gets the same id, so
re-ingesting is idempotent.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid")


def canonical_url(url: str | None) -> str | None:
    """Normalise a URL: lower-case scheme and host, no fragment, no tracking parameters."""
    if not url or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    host = parts.netloc.lower()
    if host.endswith(":80") and parts.scheme.lower() == "http":
        host = host[:-3]
    elif host.endswith(":443") and parts.scheme.lower() == "https":
        host = host[:-4]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))


def _digest(value: str) -> str:
    """Short, stable hex digest of a string."""
    return hashlib.sha1(value.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def stable_id(given: str | None = None, url: str | None = None, text: str = "") -> str:
    """Return the given id, else ``u:`` + hash of the canonical URL, else ``t:`` + hash of text."""
    if given is not None and str(given).strip():
        return str(given).strip()
    canonical = canonical_url(url)
    if canonical:
        # Trailing slashes differ between links to the same page; ignore them for the id only.
        parts = urlsplit(canonical)
        key = urlunsplit(parts._replace(path=parts.path.rstrip("/"))) if parts.netloc else canonical
        return "u:" + _digest(key)
    return "t:" + _digest(text)


def origin_id(origin: str) -> str:
    """Id for an input that could not be read (hash of where it came from)."""
    return "x:" + _digest(origin)
