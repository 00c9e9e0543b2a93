"""Stage 'events' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("events")
def events_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
