"""The analyst UI: a static single-page app that the HTTP API serves at ``/``.

Our own HTML, CSS and ES modules live in ``static/`` as they are served (no bundler);
``make -C web build`` copies the third-party files (``static/vendor/``: Leaflet, TopoJSON client,
world outlines) there from ``web/node_modules``. The page loads everything from its own origin.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["static_dir", "vendor_ready"]

_STATIC = Path(__file__).resolve().parent / "static"


def static_dir() -> Path:
    """Return the folder holding ``index.html`` and the app's JS, CSS and vendor files."""
    return _STATIC


def vendor_ready() -> bool:
    """Tell whether the third-party files (map library, country outlines) have been built."""
    vendor = _STATIC / "vendor"
    return (vendor / "leaflet" / "leaflet.js").is_file() and (
        vendor / "world-atlas" / "countries-50m.json"
    ).is_file()
