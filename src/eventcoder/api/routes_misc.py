"""Actors, the actor graph, exports and the token check."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from eventcoder.api.auth import require_reader
from eventcoder.api.deps import FiltersDep, StoreDep, WriterDep
from eventcoder.api.errors import ApiError
from eventcoder.api.exports import MEDIA_TYPES, WRITERS
from eventcoder.api.queries import incident_rows
from eventcoder.store import queries
from eventcoder.web.vocabulary_js import vocabulary_json

router = APIRouter(prefix="/api", dependencies=[Depends(require_reader)])
auth_router = APIRouter(prefix="/api", tags=["auth"])


@router.get("/actors", tags=["actors"], summary="Actors, most active first")
def get_actors(
    store: StoreDep,
    q: str | None = Query(None, description="part of a name or ACLED name"),
    limit: int = Query(100, ge=1, le=1000),
) -> list[dict[str, Any]]:
    """Actors with how many events and articles name them."""
    return queries.list_actors(store, q=q, limit=limit)


@router.get("/actors/{name}", tags=["actors"], summary="One actor with its events and relations")
def get_actor(name: str, store: StoreDep) -> dict[str, Any]:
    """An actor found by name, alias or ACLED name."""
    profile = queries.actor_profile(store, name)
    if profile is None:
        raise ApiError(404, f"No actor called {name!r}; search with GET /api/actors?q=...")
    return profile


@router.get("/graph", tags=["actors"], summary="The actor relation graph (nodes and edges)")
def get_graph(store: StoreDep) -> dict[str, Any]:
    """Actors as nodes, stated relations as edges with how many reports state them."""
    from eventcoder.export.graph import actor_graph, graph_json

    return graph_json(actor_graph(store))


@router.get("/export", tags=["export"], summary="Export incidents: csv, geojson, jsonl or parquet")
def get_export(
    f: FiltersDep,
    store: StoreDep,
    format: str = Query("csv", description="csv (ACLED columns), geojson, jsonl or parquet"),
    sort: str = Query("-date"),
) -> Response:
    """Every incident matching the filters, as a download."""
    writer = WRITERS.get(format)
    if writer is None:
        raise ApiError(400, f"Unknown format {format!r}: use one of {', '.join(WRITERS)}.")
    with store.session() as s:
        body = writer(incident_rows(s, f, sort))
    return Response(
        body,
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="incidents.{format}"'},
    )


@router.get("/vocabulary", tags=["vocabulary"], summary="The contract's closed vocabularies")
def get_vocabulary() -> dict[str, Any]:
    """Event types, sub-event types, attack types, weapons, precisions and review statuses."""
    return vocabulary_json()


@auth_router.get("/auth/check", summary="200 with a valid token, 401 otherwise")
def auth_check(request: Request, user: WriterDep) -> dict[str, Any]:
    """Tell a client whether its token is valid and whose it is."""
    return {"ok": True, "user": user, "read_token_required": request.app.state.read_token_required}
