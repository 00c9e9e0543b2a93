"""Stage 'geocode' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("geocode")
def geocode_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
