"""The UI's closed vocabularies as an ES module, generated from :mod:`eventcoder.vocabulary`.

The API serves it at ``/js/vocabulary.js`` (and as JSON at ``/api/vocabulary``); ``make web``
also writes it beside the other modules so that the UI's code can be run from disk (unit tests).
Nobody keeps a copy by hand: the contract's vocabulary is the only source.

Run ``python -m eventcoder.web.vocabulary_js`` to write ``static/js/vocabulary.js``.
"""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder import vocabulary
from eventcoder.web import static_dir


def vocabulary_json() -> dict[str, object]:
    """The vocabularies the UI's menus offer, in display order."""
    return {
        "EVENT_TYPES": list(vocabulary.SUB_EVENT_TYPES),
        "SUB_EVENT_TYPES": {kind: list(subs) for kind, subs in vocabulary.SUB_EVENT_TYPES.items()},
        "GTD_ATTACK_TYPES": list(vocabulary.GTD_ATTACK_TYPES),
        "WEAPONS": list(vocabulary.WEAPON_TYPES),
        "DATE_PRECISIONS": list(vocabulary.DATE_PRECISIONS),
        "GEO_PRECISIONS": list(vocabulary.GEO_PRECISIONS),
        "STATUSES": list(vocabulary.STATUSES),
    }


def render_module() -> str:
    """The ES module text: one ``export const`` per vocabulary."""
    lines = ["// Generated from eventcoder.vocabulary by eventcoder.web.vocabulary_js: do not edit."]
    for name, value in vocabulary_json().items():
        lines.append(f"export const {name} = {json.dumps(value, ensure_ascii=False)};")
    return "\n".join(lines) + "\n"


def module_path() -> Path:
    """Where the generated module lives among the UI's own modules."""
    return static_dir() / "js" / "vocabulary.js"


def write_module(path: Path | None = None) -> Path:
    """Write the module (only when its text changed) and return its path."""
    path = path or module_path()
    text = render_module()
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_module())
