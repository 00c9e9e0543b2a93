"""The HTTP API (FastAPI): incidents, articles, actors, exports and corrections.

Example:
    >>> from eventcoder.api import create_app
    >>> app = create_app(db="sqlite:///eventcoder.db")
"""

from __future__ import annotations

from eventcoder.api.app import create_app

__all__ = ["create_app"]
