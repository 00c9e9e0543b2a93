"""Dates stage: when each event happened, resolved against the publication date.

Fills ``Event.date`` with a start, end, precision and evidence.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "dates_stage": "stage",
    "date_event": "stage",
    "parse_published": "resolve",
    "resolve_date": "resolve",
})
