"""The extract stage: events, dates, counts, targets and links between events.

``eventcoder.extract(...)`` is also the public one-call API. Importing this subpackage makes
Python bind ``eventcoder.extract`` to the module, which would shadow that function; the module
is therefore made callable and forwards calls to it, so both keep working.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallableModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from eventcoder import extract_document

        return extract_document(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
