"""Stage 'relations' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("relations")
def relations_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
