"""Attribution stage: who claimed, was blamed for, or denied each event.

Fills the events' actors with roles and evidence, and generic actors' countries.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "attribution_stage": "stage",
    "fill_actor_countries": "stage",
    "attribute_event": "stage",
    "read_mention": "slot_readings",
    "headline_passive": "rules",
    "Reading": "rules",
})
