"""Article endpoints: POST articles (JSON, text, HTML, JSONL, uploads) → extract, store, merge."""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select
from starlette.datastructures import UploadFile

from eventcoder.api.auth import require_reader
from eventcoder.api.deps import StoreDep, WriterDep
from eventcoder.api.errors import ApiError
from eventcoder.api.schemas import ArticleIn
from eventcoder.document import Article
from eventcoder.ingest import article_from_input, article_from_record
from eventcoder.ingest.decode import decode_bytes
from eventcoder.ingest.jsonl import read_jsonl_lines
from eventcoder.ingest.limits import is_input_error
from eventcoder.ingest.paths import read_bytes
from eventcoder.store import queries
from eventcoder.store.atomic import retrying, store_article
from eventcoder.store.dedup import aliases_of, resolve_alias
from eventcoder.store.models import EventRow
from eventcoder.store.store import content_hash

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["articles"])

# The pipeline is CPU-bound and shares one spaCy model: one batch at a time. Holding the lock
# across "already stored?" → extract → save also makes concurrent POSTs of one article one record.
_PROCESS_LOCK = threading.Lock()
NDJSON_TYPES = {"application/x-ndjson", "application/jsonl", "application/x-jsonlines",
                "application/jsonlines", "application/ndjson"}
MAX_ARTICLES = 1000


def _from_json(body: bytes) -> list[Article]:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except RecursionError:
        raise ApiError(400, "The JSON body is nested too deeply; send flat article objects "
                       "{\"text\": ..., \"id\": ...}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ApiError(400, f"Malformed JSON body{where}: {exc.__class__.__name__}. Send one "
                       "object {\"text\": ..., \"id\": ...}, a list of them, or JSONL with "
                       "Content-Type application/x-ndjson.") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ApiError(400, "The JSON body holds no article.")
    out = []
    for k, item in enumerate(items):
        if not isinstance(item, dict):
            raise ApiError(400, f"Item {k} is a JSON {type(item).__name__}; each article must be "
                           "an object with 'text' or 'html'.")
        if item.get("text") is None and item.get("html") is None:
            raise ApiError(400, f"Article {k} has neither 'text' nor 'html'; add one of them.")
        out.append(article_from_record(item, origin=f"request:{k + 1}" if len(items) > 1 else "request"))
    return out


async def read_articles(request: Request) -> list[Article]:
    """Turn the request body into articles according to its Content-Type."""
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    params = request.query_params
    if ctype == "multipart/form-data":
        form = await request.form()
        articles: list[Article] = []
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                articles.extend(read_bytes(data, value.filename or key))
            elif key in ("text", "html") and value.strip():
                articles.append(article_from_input(value, url=form.get("url") or None,
                                                   published=form.get("published") or None,
                                                   id=form.get("id") or None,
                                                   title=form.get("title") or None))
        if not articles:
            raise ApiError(400, "The upload holds no file: send files in a field named 'files'.")
        return articles
    body = await request.body()
    if not body.strip():
        raise ApiError(400, "Empty body: send an article as JSON, JSONL, text or HTML.")
    if ctype in NDJSON_TYPES:
        return list(read_jsonl_lines(body.splitlines(), "request"))
    if ctype in ("application/json", ""):
        return _from_json(body)
    if ctype in ("text/plain", "text/html", "application/xhtml+xml"):
        text = decode_bytes(body, html=ctype != "text/plain")
        return [article_from_input(text, url=params.get("url"), published=params.get("published"),
                                   id=params.get("id"), title=params.get("title"),
                                   source=params.get("source"))]
    raise ApiError(415, f"Unsupported Content-Type {ctype!r}: use application/json, "
                   "application/x-ndjson, text/plain, text/html or multipart/form-data.")


def _process(store: Any, articles: list[Article]) -> dict[str, dict[str, Any]]:
    """Extract, then store and merge each article in its own transaction; errors stay per article."""
    from eventcoder.pipeline import default_pipeline

    results: dict[str, dict[str, Any]] = {}
    todo = []
    stored = retrying(lambda: store.stored_hashes([a.id for a in articles if a.status == "ok"]),
                      "cannot read the store")
    for a in articles:
        if a.status != "ok":
            results[a.id] = {"id": a.id, "status": a.status, "reason": a.reason, "events": 0,
                             "new": False}
        elif stored.get(a.id) == content_hash(a):
            results[a.id] = {"id": a.id, "status": "ok", "reason": None, "new": False}
        else:
            todo.append(a)
    for doc in default_pipeline().pipe(todo):
        art = doc.article
        try:
            stored_as = store_article(store, doc)
        except Exception as exc:  # reported for this article; the others go on
            log.error("article %s not stored: %s", art.id, exc)
            results[art.id] = {"id": art.id, "status": "error", "new": False, "events": 0,
                               "reason": f"not stored: {exc}"}
            continue
        results[art.id] = {"id": art.id, "status": art.status, "reason": art.reason,
                           "title": art.title, "new": stored_as.saved}
        if stored_as.duplicate_of:
            results[art.id]["duplicate_of"] = stored_as.duplicate_of
            results[art.id]["reason"] = (f"same text as article {stored_as.duplicate_of!r}: kept "
                                         "as an alias of it, not counted as a second report")
    return results


def process_articles(store: Any, articles: list[Article]) -> dict[str, Any]:
    """Extract, store and merge articles; report each article and the incidents touched."""
    unique: dict[str, Article] = {}
    for a in articles:
        unique.setdefault(a.id, a)
    with _PROCESS_LOCK:
        results = _process(store, list(unique.values()))
    # An alias reports the events and incidents of the article whose text it repeats.
    owner = {i: r.get("duplicate_of") or i for i, r in results.items()}
    ok_ids = [owner[i] for i, r in results.items() if r["status"] == "ok"]

    def linked() -> list[Any]:
        with store.session() as s:
            return list(s.execute(
                select(EventRow.article_id, EventRow.id, EventRow.incident_id)
                .where(EventRow.article_id.in_(ok_ids)).order_by(EventRow.article_id, EventRow.id)
            ).all()) if ok_ids else []

    rows = retrying(linked, "cannot read the store")
    incidents: list[str] = []
    for aid, r in results.items():
        mine = [row for row in rows if row[0] == owner[aid]]
        r.setdefault("events", len(mine))
        r["events"] = len(mine) if r["status"] == "ok" else r["events"]
        r["event_ids"] = [row[1] for row in mine]
        r["incidents"] = list(dict.fromkeys(row[2] for row in mine if row[2]))
        incidents.extend(r["incidents"])
    ordered = [results[a.id] for a in unique.values()]
    return {"articles": ordered, "incidents": list(dict.fromkeys(incidents))}


@router.post(
    "/articles",
    summary="Process articles: JSON, JSONL (application/x-ndjson), text, HTML or file uploads",
    openapi_extra={"requestBody": {"content": {
        "application/json": {"schema": ArticleIn.model_json_schema()},
        "application/x-ndjson": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
    }}},
)
async def post_articles(
    request: Request, user: WriterDep, store: StoreDep
) -> dict[str, Any]:
    """Extract events from each article, store them and merge them into incidents."""
    articles = await read_articles(request)
    if len(articles) > MAX_ARTICLES:
        raise ApiError(413, f"{len(articles)} articles in one request; send at most {MAX_ARTICLES}.")
    if all(is_input_error(a) for a in articles):
        raise ApiError(422, "; ".join(dict.fromkeys(a.reason or "" for a in articles))[:2000])
    log.info("%s posted %d article(s)", user, len(articles))
    return await run_in_threadpool(process_articles, store, articles)


@router.get("/articles/{article_id:path}", summary="One stored article with its events",
            dependencies=[Depends(require_reader)])
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """The stored document (article with text, events with evidence) and its incidents."""
    with store.session() as s:
        stored_id = resolve_alias(s, article_id)
        aliases = aliases_of(s, stored_id)
    doc = queries.load_document(store, stored_id)
    if doc is None:
        raise ApiError(404, f"No article {article_id!r}; POST it to /api/articles first.")
    doc["aliases"] = aliases
    doc["incidents"] = queries.incidents_of_articles(store, [stored_id])
    return doc
