"""Geoparser: finds place names in a spaCy Doc and resolves them to gazetteer places.

Stand-alone: a parsed text in, resolved toponyms out; it knows nothing of events or Documents.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "geoparse_doc": "resolve",
    "resolve_mentions": "resolve",
    "Resolved": "types",
    "Scored": "types",
    "Gazetteer": "gazetteer",
    "Place": "gazetteer",
    "Candidate": "gazetteer",
    "get_gazetteer": "gazetteer",
    "Mention": "recognize",
    "find_mentions": "recognize",
    "article_country": "countries",
    "country_name": "countries",
    "code_for_name": "countries",
    "demonym_code": "countries",
    "capital_code": "countries",
    "place_code": "countries",
    "find_country_clues": "countries",
    "publisher_country": "publishers",
    "publisher_votes": "publishers",
    "outlet_countries": "publishers",
    "haversine_km": "distance",
    "haversine_km_array": "distance",
    "leader_votes": "leaders",
    "mission_votes": "leaders",
    "norm": "names",
    "fuzzy_resolve": "fuzzy",
})
