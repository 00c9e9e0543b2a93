"""The codebook conventions that turn on an event's date, run once the event is dated."""

from __future__ import annotations

from eventcoder.document import Document, Event
from eventcoder.typer.blockades import retype_peaceful_blockade
from eventcoder.typer.looting_kept import retype_looting


def retype_by_date(document: Document, event: Event, published: str | None) -> None:
    """Apply ACLED's 2019 codebook to a dated event: blockades without violence are protests,
    looting without other violence stays looting."""
    retype_peaceful_blockade(document, event, published)
    retype_looting(event, published)
