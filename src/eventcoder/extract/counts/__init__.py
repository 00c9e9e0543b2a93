"""Counts stage: how many were killed, injured, kidnapped or arrested in each event.

Reads number phrases near each event and fills its counts with evidence.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "counts_stage": "stage",
    "count_event": "stage",
    "Quantity": "numbers",
    "parse_quantity": "numbers",
    "number_value": "numbers",
})
