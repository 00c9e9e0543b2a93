"""Event location stage: picks each event's place among the geoparser's resolved toponyms.

Fills ``Event.location`` and the document's toponyms.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "geocode_stage": "geocode",
    "dateline": "geocode",
    "locate_events": "event_place",
    "reference_distance": "event_place",
    "location_of": "records",
    "toponym_of": "records",
    "toponyms_from_resolved": "records",
    "country_votes": "country_votes",
    "best_country": "country_votes",
    "outvoted_country": "country_votes",
})
