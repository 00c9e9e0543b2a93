"""Stage 'counts' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("counts")
def counts_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
