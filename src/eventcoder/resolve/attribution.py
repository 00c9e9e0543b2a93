"""Stage 'attribution' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("attribution")
def attribution_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
