"""Stage 'dates' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("dates")
def dates_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
