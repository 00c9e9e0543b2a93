"""Content de-duplication across ids: the same normalised text is one report.

Wire copy is re-posted under new ids (another outlet's URL, a re-import). Counting it twice would
make one report look like two independent ones. The first id stored with a text owns it; a later
id with the same normalised text is recorded as an alias of that article, and both ids read back.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventcoder.document import Article
from eventcoder.store.models import ArticleRow, ArticleTextRow

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def text_digest(text: str) -> str:
    """Digest of the text with case, accents' composed forms, punctuation and spacing ignored."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _NOT_WORD.sub(" ", folded).split()
    return hashlib.sha256(" ".join(words).encode("utf-8", errors="surrogatepass")).hexdigest()


def original_of(s: Session, article: Article, digest: str) -> str | None:
    """The id of another stored article with this text (None when the text is new here)."""
    row = s.get(ArticleTextRow, article.id)
    if row is not None:
        return row.article_id if row.article_id != article.id else None
    owner = s.scalar(
        select(ArticleTextRow.article_id)
        .join(ArticleRow, ArticleRow.id == ArticleTextRow.article_id)
        .where(ArticleTextRow.text_digest == digest, ArticleTextRow.id == ArticleTextRow.article_id,
               ArticleRow.status == "ok")
        .limit(1)
    )
    return owner if owner and owner != article.id else None


def remember(s: Session, article: Article, digest: str, content_hash: str,
             owner: str | None = None) -> None:
    """Record the article's text (as its own, or as an alias of ``owner``)."""
    row = s.get(ArticleTextRow, article.id)
    if row is None:
        s.add(ArticleTextRow(id=article.id, article_id=owner or article.id, text_digest=digest,
                             content_hash=content_hash))
    else:
        row.article_id, row.text_digest, row.content_hash = owner or article.id, digest, content_hash


def resolve_alias(s: Session, article_id: str) -> str:
    """The stored article an id stands for (itself unless it is an alias)."""
    row = s.get(ArticleTextRow, article_id)
    return row.article_id if row is not None else article_id


def aliases_of(s: Session, article_id: str) -> list[str]:
    """Every other id recorded for this article's text."""
    return sorted(s.scalars(select(ArticleTextRow.id).where(
        ArticleTextRow.article_id == article_id, ArticleTextRow.id != article_id)))
