"""Stage 'sources' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("sources")
def sources_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
