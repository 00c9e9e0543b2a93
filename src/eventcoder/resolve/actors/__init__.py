"""Actors stage: finds actor mentions (knowledge base, people, communal groups) in the text.

Fills ``Document.actors`` with canonical names, kinds and countries.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "actors_stage": "stage",
    "actor_at": "stage",
    "build_actors": "stage",
    "load_kb": "kb",
    "lookup": "kb",
    "find_known": "kb",
    "KBEntry": "kb",
    "Hit": "hits",
    "overlaps": "hits",
    "person_title": "people",
    "title_words": "people",
    "communal_militia_hits": "communal",
})
