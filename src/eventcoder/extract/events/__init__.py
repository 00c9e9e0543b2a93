"""Events stage: finds incidents (trigger words and their arguments) and types them.

Fills ``Document.events`` with typed events and their evidence.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "events_stage": "stage",
    "build_events": "stage",
    "type_incident": "types",
    "super_family": "types",
    "Incident": "incidents",
    "read_incidents": "incidents",
    "TriggerMention": "triggers",
    "find_mentions": "triggers",
})
