"""Stage 'link' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("link")
def link_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
