"""Stage 'actors' (placeholder until implemented)."""

from eventcoder.document import Document
from eventcoder.registry import stage


@stage("actors")
def actors_stage(document: Document) -> None:
    """Placeholder: does nothing yet."""
