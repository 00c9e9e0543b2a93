"""The actor relation graph across everything stored: GraphML and node-link JSON."""

from __future__ import annotations

from typing import IO, Any

import networkx as nx
from sqlalchemy import select

from eventcoder.store import Store
from eventcoder.store import queries as q
from eventcoder.store.models import RelationRow


def actor_graph(store: Store) -> nx.MultiDiGraph:
    """Actors as nodes; one edge per (source, relation, target) with how many reports state it."""
    graph = nx.MultiDiGraph()
    for actor in q.list_actors(store, limit=1_000_000):
        graph.add_node(
            str(actor["id"]),
            label=actor["name"],
            acled_name=actor["acled_name"] or "",
            kind=actor["kind"] or "",
            country=actor["country"] or "",
            aliases="; ".join(actor["aliases"]),
            n_events=int(actor["n_events"]),
            n_articles=int(actor["n_articles"]),
        )
    with store.session() as s:
        rows = s.scalars(select(RelationRow).order_by(RelationRow.id)).all()
    for rel in rows:
        if rel.source_actor_id is None or rel.target_actor_id is None:
            continue
        u, v, key = str(rel.source_actor_id), str(rel.target_actor_id), rel.relation
        if graph.has_edge(u, v, key):
            data = graph.edges[u, v, key]
            articles = data["articles"].split("; ")
            if rel.article_id not in articles:
                data["articles"] = "; ".join([*articles, rel.article_id])
                data["n_reports"] = len(articles) + 1
            continue
        graph.add_edge(
            u,
            v,
            key=key,
            relation=rel.relation,
            n_reports=1,
            articles=rel.article_id,
            evidence=rel.evidence_text or "",
        )
    return graph


def write_graphml(graph: nx.MultiDiGraph, out: IO[bytes] | str) -> None:
    """Write the graph as GraphML (readable by networkx, Gephi, yEd)."""
    nx.write_graphml(graph, out)


def _split(value: str) -> list[str]:
    return [part for part in value.split("; ") if part]


def graph_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as ``{"nodes": [...], "edges": [...]}`` with actor names on both ends."""
    nodes = []
    for node, data in graph.nodes(data=True):
        item = {"id": node, "name": data["label"], **{k: v for k, v in data.items() if k != "label"}}
        item["aliases"] = _split(data.get("aliases", ""))
        nodes.append(item)
    edges = []
    for u, v, data in graph.edges(data=True):
        edge = {
            "source": graph.nodes[u]["label"],
            "target": graph.nodes[v]["label"],
            "source_id": u,
            "target_id": v,
            **data,
        }
        edge["articles"] = _split(data.get("articles", ""))
        edges.append(edge)
    return {"nodes": nodes, "edges": edges}
