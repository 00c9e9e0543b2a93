"""Stage 'targets' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("targets")
def targets_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
