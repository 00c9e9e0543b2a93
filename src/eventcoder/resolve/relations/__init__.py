"""Relations stage: alliances, rivalries and other ties between actors stated in the text.

Fills ``Document.relations``.
"""

from eventcoder.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "relations_stage": "stage",
    "cues": "stage",
    "place_cues": "stage",
})
